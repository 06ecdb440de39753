# Generated from tests/cases/names/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""AnyModel: models of Awkward names 1.

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


_AnyModel_wire_names: Final[frozenset[str]] = frozenset({"value"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class AnyModel(_Model):
    """A schema called Any."""

    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        value: Any | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.value = value
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> AnyModel:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            value_ = obj.get("value", UNSET)
            if value_ is UNSET:
                absent += 1
            extra: dict[str, Any] = (
                {} if len(obj) == 1 - absent else unknown_fields(obj, _AnyModel_wire_names)
            )
            if _COMPILED:
                return AnyModel(value=value_, additional_properties=extra)
            instance = _new(cls)
            instance.value = value_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("value", "value", Any, False),)

    @classmethod
    def _from_wire(cls, wire: Any) -> AnyModel:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        value_ = wire.value
        if _COMPILED:
            return AnyModel(value=value_, additional_properties={})
        instance = _new(cls)
        instance.value = value_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.value is not UNSET:
            out["value"] = self.value
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        value: Any | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> AnyModel:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            value=self.value if value is KEEP else value,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_AnyModel_from_dict: Final = AnyModel.from_dict
_AnyModel_from_wire: Final = AnyModel._from_wire
