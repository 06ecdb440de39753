# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""CreatorScope, CreatorScopeType: models of Cycle Platform API (images) 1.0.0.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

# The models of a package call one another's _from_wire (from_json's fast path, _runtime.wire_decoder).
# pyright: reportPrivateUsage=false

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
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


class CreatorScopeType(StrEnum):
    """The kind of identity that created the resource."""

    ACCOUNT = "account"
    ENVIRONMENT = "environment"
    PLATFORM = "platform"
    PLATFORM_PIPELINE = "platform-pipeline"
    EMPLOYEE = "employee"
    API_KEY = "api-key"
    VISITOR = "visitor"


_CreatorScopeType_members: Final = {m.value: m for m in CreatorScopeType}
_CreatorScopeType_values: Final[dict[CreatorScopeType | str, str]] = {
    m: m.value for m in CreatorScopeType
}


_CreatorScope_wire_names: Final[frozenset[str]] = frozenset({"id", "type"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class CreatorScope(_Model):
    """The creator scope is embedded in resource objects to describe who created them"""

    id: str
    """A 24 character hex string used to identify a unique resource."""
    type: CreatorScopeType | str
    """The kind of identity that created the resource."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        id: str,
        type: CreatorScopeType | str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.type = type
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CreatorScope:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            id_ = obj["id"]
            if type(id_) is not str:
                raise DecodeError(("id",), "string", id_)
            type_ = obj["type"]
            if type(type_) is not str:
                raise DecodeError(("type",), "string", type_)
            type_ = _CreatorScopeType_members.get(type_, type_)
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _CreatorScope_wire_names)
            )
            if _COMPILED:
                return CreatorScope(id=id_, type=type_, additional_properties=extra)
            instance = _new(cls)
            instance.id = id_
            instance.type = type_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("id", "id", str, True),
            ("type", "type", str, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> CreatorScope:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        id_ = wire.id
        type_: Any = wire.type
        type_ = _CreatorScopeType_members.get(type_, type_)
        if _COMPILED:
            return CreatorScope(id=id_, type=type_, additional_properties={})
        instance = _new(cls)
        instance.id = id_
        instance.type = type_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "type": _CreatorScopeType_values.get(self.type, self.type),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        id: str | Keep = KEEP,
        type: CreatorScopeType | str | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> CreatorScope:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            id=self.id if id is KEEP else id,
            type=self.type if type is KEEP else type,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_CreatorScope_from_dict: Final = CreatorScope.from_dict
_CreatorScope_from_wire: Final = CreatorScope._from_wire
