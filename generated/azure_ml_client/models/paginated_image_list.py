# Generated from specs/azure_ml.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""PaginatedImageList: models of Azure Machine Learning Model Management Service - Images 2019-09-30.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

# The models of a package call one another's _from_wire (from_json's fast path, _runtime.wire_decoder).
# pyright: reportPrivateUsage=false

from __future__ import annotations

from dataclasses import dataclass, field
from types import FunctionType
from typing import Any, Final

from .._runtime import (
    KEEP,
    UNSET,
    DecodeError,
    Keep,
    Key,
    Model as _Model,
    Unset,
    WireFields,
    as_list,
    as_object,
    decode_failure,
    unknown_fields,
)
from .image_response_base import ImageResponseBase

_ImageResponseBase_from_dict: Final = ImageResponseBase.from_dict
_ImageResponseBase_from_wire: Final = ImageResponseBase._from_wire  # pyright: ignore[reportPrivateUsage]

# from_dict makes each instance with object.__new__ and fills its slots (5x cheaper than calling
# __init__ with every field), and __init__ is written out in each class rather than made by
# @dataclass when the module is imported. What every model shares (repr, JSON text, equality,
# pickling) is in _runtime's Model.
_new: Final = object.__new__


def _compiled_probe() -> None:
    """A Python function, unless mypyc compiled this module (``make compiled``)."""


# Compiled, the classes are native: object.__new__ refuses them, and calling a class by its name
# is a direct C call, so from_dict makes its instance that way (slower in Python, the same result).
_COMPILED: Final = not isinstance(_compiled_probe, FunctionType)


_PaginatedImageList_wire_names: Final[frozenset[str]] = frozenset({"value", "nextLink"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class PaginatedImageList(_Model):
    """A paginated list of Images."""

    value: list[ImageResponseBase] | Unset = UNSET
    """An array of objects of type Image."""
    next_link: str | Unset = UNSET
    """A continuation link (absolute URI) to the next page of results in the list."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        value: list[ImageResponseBase] | Unset = UNSET,
        next_link: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.value = value
        self.next_link = next_link
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> PaginatedImageList:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            value_ = obj.get("value", UNSET)
            if value_ is UNSET:
                absent += 1
            else:
                value_ = as_list(value_, "value", _ImageResponseBase_from_dict)
            next_link_ = obj.get("nextLink", UNSET)
            if next_link_ is UNSET:
                absent += 1
            elif type(next_link_) is not str:
                raise DecodeError(("nextLink",), "string", next_link_)
            extra: dict[str, Any] = (
                {}
                if len(obj) == 2 - absent
                else unknown_fields(obj, _PaginatedImageList_wire_names)
            )
            if _COMPILED:
                return PaginatedImageList(
                    value=value_, next_link=next_link_, additional_properties=extra
                )
            instance = _new(cls)
            instance.value = value_
            instance.next_link = next_link_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("value", "value", list[ImageResponseBase], False),
            ("next_link", "nextLink", str, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> PaginatedImageList:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        value_ = wire.value
        if value_ is not UNSET:
            value_ = [_ImageResponseBase_from_wire(x) for x in value_]
        next_link_ = wire.next_link
        if _COMPILED:
            return PaginatedImageList(value=value_, next_link=next_link_, additional_properties={})
        instance = _new(cls)
        instance.value = value_
        instance.next_link = next_link_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.value is not UNSET:
            out["value"] = [x0.to_dict() for x0 in self.value]
        if self.next_link is not UNSET:
            out["nextLink"] = self.next_link
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        value: list[ImageResponseBase] | Unset | Keep = KEEP,
        next_link: str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> PaginatedImageList:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            value=self.value if value is KEEP else value,
            next_link=self.next_link if next_link is KEEP else next_link,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_PaginatedImageList_from_dict: Final = PaginatedImageList.from_dict
_PaginatedImageList_from_wire: Final = PaginatedImageList._from_wire
