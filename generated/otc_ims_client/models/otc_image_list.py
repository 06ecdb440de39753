# Generated from specs/otc_ims.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""OtcImageList: models of Open Telekom Cloud Image Management Service (IMS) - Image Query API v2.

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
from .otc_image import OtcImage

_OtcImage_from_dict: Final = OtcImage.from_dict
_OtcImage_from_wire: Final = OtcImage._from_wire  # pyright: ignore[reportPrivateUsage]

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


_OtcImageList_wire_names: Final[frozenset[str]] = frozenset({"images", "first", "next", "schema"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class OtcImageList(_Model):
    """Response body of the image query (GET /v2/images). A page of images; `first`, `next` and `schema` are the Glance v2 envelope links (documented on the OTC page "Querying Images (Native OpenStack API)")."""

    images: list[OtcImage]
    """Specifies the resource type. The list of images; each item is described in the parameter table of the "Response Parameters for Querying Images" page."""
    first: str | Unset = UNSET
    """Specifies the URL of the first page of images."""
    next: str | Unset = UNSET
    """Specifies the URL of the next page of images. When the last page of images is queried, there is no parameter next."""
    schema: str | Unset = UNSET
    """Specifies the URL for the schema describing a list of images."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        images: list[OtcImage],
        first: str | Unset = UNSET,
        next: str | Unset = UNSET,
        schema: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.images = images
        self.first = first
        self.next = next
        self.schema = schema
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> OtcImageList:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            images_ = obj["images"]
            images_ = as_list(images_, "images", _OtcImage_from_dict)
            first_ = obj.get("first", UNSET)
            if first_ is UNSET:
                absent += 1
            elif type(first_) is not str:
                raise DecodeError(("first",), "string", first_)
            next_ = obj.get("next", UNSET)
            if next_ is UNSET:
                absent += 1
            elif type(next_) is not str:
                raise DecodeError(("next",), "string", next_)
            schema_ = obj.get("schema", UNSET)
            if schema_ is UNSET:
                absent += 1
            elif type(schema_) is not str:
                raise DecodeError(("schema",), "string", schema_)
            extra: dict[str, Any] = (
                {} if len(obj) == 4 - absent else unknown_fields(obj, _OtcImageList_wire_names)
            )
            if _COMPILED:
                return OtcImageList(
                    images=images_,
                    first=first_,
                    next=next_,
                    schema=schema_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.images = images_
            instance.first = first_
            instance.next = next_
            instance.schema = schema_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("images", "images", list[OtcImage], True),
            ("first", "first", str, False),
            ("next", "next", str, False),
            ("schema", "schema", str, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> OtcImageList:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        images_ = wire.images
        images_ = [_OtcImage_from_wire(x) for x in images_]
        first_ = wire.first
        next_ = wire.next
        schema_ = wire.schema
        if _COMPILED:
            return OtcImageList(
                images=images_, first=first_, next=next_, schema=schema_, additional_properties={}
            )
        instance = _new(cls)
        instance.images = images_
        instance.first = first_
        instance.next = next_
        instance.schema = schema_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "images": [x0.to_dict() for x0 in self.images],
        }
        if self.first is not UNSET:
            out["first"] = self.first
        if self.next is not UNSET:
            out["next"] = self.next
        if self.schema is not UNSET:
            out["schema"] = self.schema
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        images: list[OtcImage] | Keep = KEEP,
        first: str | Unset | Keep = KEEP,
        next: str | Unset | Keep = KEEP,
        schema: str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> OtcImageList:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            images=self.images if images is KEEP else images,
            first=self.first if first is KEEP else first,
            next=self.next if next is KEEP else next,
            schema=self.schema if schema is KEEP else schema,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_OtcImageList_from_dict: Final = OtcImageList.from_dict
_OtcImageList_from_wire: Final = OtcImageList._from_wire
