# Generated from tests/cases/shapes/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Animal: models of Shapes 1.

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
    DecodeError,
    Keep,
    Key,
    Model as _Model,
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


_Animal_wire_names: Final[frozenset[str]] = frozenset({"name"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Animal(_Model):
    """What every pet has."""

    name: str
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        name: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Animal:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            name_ = obj["name"]
            if type(name_) is not str:
                raise DecodeError(("name",), "string", name_)
            extra: dict[str, Any] = {} if len(obj) == 1 else unknown_fields(obj, _Animal_wire_names)
            if _COMPILED:
                return Animal(name=name_, additional_properties=extra)
            instance = _new(cls)
            instance.name = name_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("name", "name", str, True),)

    @classmethod
    def _from_wire(cls, wire: Any) -> Animal:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        name_ = wire.name
        if _COMPILED:
            return Animal(name=name_, additional_properties={})
        instance = _new(cls)
        instance.name = name_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        name: str | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Animal:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            name=self.name if name is KEEP else name,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Animal_from_dict: Final = Animal.from_dict
_Animal_from_wire: Final = Animal._from_wire
