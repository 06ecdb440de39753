# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Acl, AclEntry: models of Cycle Platform API (images) 1.0.0.

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
    as_dict,
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


_Acl_wire_names: Final[frozenset[str]] = frozenset({"roles"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Acl(_Model):
    """An access control list. Defines which roles have which permissions on specific resources."""

    roles: dict[str, AclEntry] | Unset = UNSET
    """The permissions of each role, keyed by role ID."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        roles: dict[str, AclEntry] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.roles = roles
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Acl:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            roles_ = obj.get("roles", UNSET)
            if roles_ is UNSET:
                absent += 1
            else:
                roles_ = as_dict(roles_, "roles", _AclEntry_from_dict)
            extra: dict[str, Any] = (
                {} if len(obj) == 1 - absent else unknown_fields(obj, _Acl_wire_names)
            )
            if _COMPILED:
                return Acl(roles=roles_, additional_properties=extra)
            instance = _new(cls)
            instance.roles = roles_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("roles", "roles", dict[str, AclEntry], False),)

    @classmethod
    def _from_wire(cls, wire: Any) -> Acl:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        roles_ = wire.roles
        if roles_ is not UNSET:
            roles_ = {k: _AclEntry_from_wire(x) for k, x in roles_.items()}
        if _COMPILED:
            return Acl(roles=roles_, additional_properties={})
        instance = _new(cls)
        instance.roles = roles_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.roles is not UNSET:
            out["roles"] = {k0: x0.to_dict() for k0, x0 in self.roles.items()}
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        roles: dict[str, AclEntry] | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Acl:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            roles=self.roles if roles is KEEP else roles,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_AclEntry_wire_names: Final[frozenset[str]] = frozenset({"view", "modify", "manage"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class AclEntry(_Model):
    """Permissions for an ACL entry."""

    view: bool
    """Can the user see / use this resource?"""
    modify: bool
    """Can the user edit the state / name / identifier of this resource?"""
    manage: bool
    """Can the user delete / update ACLs for this resource?"""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        view: bool,
        modify: bool,
        manage: bool,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.view = view
        self.modify = modify
        self.manage = manage
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> AclEntry:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            view_ = obj["view"]
            if type(view_) is not bool:
                raise DecodeError(("view",), "boolean", view_)
            modify_ = obj["modify"]
            if type(modify_) is not bool:
                raise DecodeError(("modify",), "boolean", modify_)
            manage_ = obj["manage"]
            if type(manage_) is not bool:
                raise DecodeError(("manage",), "boolean", manage_)
            extra: dict[str, Any] = (
                {} if len(obj) == 3 else unknown_fields(obj, _AclEntry_wire_names)
            )
            if _COMPILED:
                return AclEntry(
                    view=view_, modify=modify_, manage=manage_, additional_properties=extra
                )
            instance = _new(cls)
            instance.view = view_
            instance.modify = modify_
            instance.manage = manage_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("view", "view", bool, True),
            ("modify", "modify", bool, True),
            ("manage", "manage", bool, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> AclEntry:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        view_ = wire.view
        modify_ = wire.modify
        manage_ = wire.manage
        if _COMPILED:
            return AclEntry(view=view_, modify=modify_, manage=manage_, additional_properties={})
        instance = _new(cls)
        instance.view = view_
        instance.modify = modify_
        instance.manage = manage_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "view": self.view,
            "modify": self.modify,
            "manage": self.manage,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        view: bool | Keep = KEEP,
        modify: bool | Keep = KEEP,
        manage: bool | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> AclEntry:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            view=self.view if view is KEEP else view,
            modify=self.modify if modify is KEEP else modify,
            manage=self.manage if manage is KEEP else manage,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Acl_from_dict: Final = Acl.from_dict
_Acl_from_wire: Final = Acl._from_wire
_AclEntry_from_dict: Final = AclEntry.from_dict
_AclEntry_from_wire: Final = AclEntry._from_wire
