# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""ExistingSource: models of Cycle Platform API (images) 1.0.0.

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
    as_object,
    decode_failure,
    unknown_fields,
)

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


_ExistingSource_wire_names: Final[frozenset[str]] = frozenset({"source_id"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ExistingSource(_Model):
    """In a stack, specifies an image source ID from which Cycle will derive any values not specified in the stack file. This is useful for avoiding direct placement of credentials in a stack file, for example."""

    source_id: str | Unset = UNSET
    """The ID of the image source this image should be built from."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        source_id: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.source_id = source_id
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ExistingSource:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            source_id_ = obj.get("source_id", UNSET)
            if source_id_ is UNSET:
                absent += 1
            elif type(source_id_) is not str:
                raise DecodeError(("source_id",), "string", source_id_)
            extra: dict[str, Any] = (
                {} if len(obj) == 1 - absent else unknown_fields(obj, _ExistingSource_wire_names)
            )
            if _COMPILED:
                return ExistingSource(source_id=source_id_, additional_properties=extra)
            instance = _new(cls)
            instance.source_id = source_id_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("source_id", "source_id", str, False),)

    @classmethod
    def _from_wire(cls, wire: Any) -> ExistingSource:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        source_id_ = wire.source_id
        if _COMPILED:
            return ExistingSource(source_id=source_id_, additional_properties={})
        instance = _new(cls)
        instance.source_id = source_id_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.source_id is not UNSET:
            out["source_id"] = self.source_id
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        source_id: str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ExistingSource:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            source_id=self.source_id if source_id is KEEP else source_id,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ExistingSource_from_dict: Final = ExistingSource.from_dict
_ExistingSource_from_wire: Final = ExistingSource._from_wire
