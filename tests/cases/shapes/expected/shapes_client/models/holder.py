# Generated from tests/cases/shapes/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Cat, Child, Dog, Holder, Level, Pet: models of Shapes 1.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

# The models of a package call one another's _from_wire (from_json's fast path, _runtime.wire_decoder).
# pyright: reportPrivateUsage=false

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum
from types import FunctionType
from typing import Any, Final, Literal, TypeAlias

from .._runtime import (
    KEEP,
    UNSET,
    DecodeError,
    Keep,
    Key,
    Model as _Model,
    Unset,
    WireFields,
    as_any,
    as_date,
    as_datetime,
    as_dict,
    as_int,
    as_list,
    as_object,
    as_str,
    as_str_list,
    decode_failure,
    encode_date,
    encode_datetime,
    or_none,
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


class Level(IntEnum):
    """An integer enum."""

    INTEGER_1 = 1
    INTEGER_2 = 2
    INTEGER_3 = 3


_Level_members: Final = {m.value: m for m in Level}
_Level_values: Final[dict[Level | int, int]] = {m: m.value for m in Level}


_Holder_wire_names: Final[frozenset[str]] = frozenset(
    {
        "plain",
        "optional",
        "nullable_required",
        "nullable_optional",
        "when",
        "day",
        "ident",
        "tags",
        "maybe_tags",
        "grid",
        "children_by_name",
        "child",
        "maybe_child",
        "level",
        "anything",
        "free_form",
        "pet",
    }
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Holder(_Model):
    """Every combination of required, optional and nullable, and the containers."""

    plain: str
    optional: int | Unset = UNSET
    nullable_required: float | int | None
    nullable_optional: bool | None | Unset = UNSET
    when: datetime
    day: date | Unset = UNSET
    ident: str | Unset = UNSET
    tags: list[str]
    maybe_tags: list[str | None] | Unset = UNSET
    grid: list[list[int]] | Unset = UNSET
    children_by_name: dict[str, Child]
    child: Child | Unset = UNSET
    maybe_child: Child | None | Unset = UNSET
    level: Level | int | Unset = UNSET
    anything: Any | Unset = UNSET
    free_form: dict[str, Any] | Unset = UNSET
    pet: Pet | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        plain: str,
        optional: int | Unset = UNSET,
        nullable_required: float | int | None,
        nullable_optional: bool | None | Unset = UNSET,
        when: datetime,
        day: date | Unset = UNSET,
        ident: str | Unset = UNSET,
        tags: list[str],
        maybe_tags: list[str | None] | Unset = UNSET,
        grid: list[list[int]] | Unset = UNSET,
        children_by_name: dict[str, Child],
        child: Child | Unset = UNSET,
        maybe_child: Child | None | Unset = UNSET,
        level: Level | int | Unset = UNSET,
        anything: Any | Unset = UNSET,
        free_form: dict[str, Any] | Unset = UNSET,
        pet: Pet | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.plain = plain
        self.optional = optional
        self.nullable_required = nullable_required
        self.nullable_optional = nullable_optional
        self.when = when
        self.day = day
        self.ident = ident
        self.tags = tags
        self.maybe_tags = maybe_tags
        self.grid = grid
        self.children_by_name = children_by_name
        self.child = child
        self.maybe_child = maybe_child
        self.level = level
        self.anything = anything
        self.free_form = free_form
        self.pet = pet
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Holder:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            plain_ = obj["plain"]
            if type(plain_) is not str:
                raise DecodeError(("plain",), "string", plain_)
            optional_ = obj.get("optional", UNSET)
            if optional_ is UNSET:
                absent += 1
            elif type(optional_) is not int:
                raise DecodeError(("optional",), "integer", optional_)
            nullable_required_ = obj["nullable_required"]
            if (
                type(nullable_required_) is not float
                and type(nullable_required_) is not int
                and nullable_required_ is not None
            ):
                raise DecodeError(("nullable_required",), "number", nullable_required_)
            nullable_optional_ = obj.get("nullable_optional", UNSET)
            if nullable_optional_ is UNSET:
                absent += 1
            elif type(nullable_optional_) is not bool and nullable_optional_ is not None:
                raise DecodeError(("nullable_optional",), "boolean", nullable_optional_)
            when_ = obj["when"]
            when_ = as_datetime(when_, "when")
            day_ = obj.get("day", UNSET)
            if day_ is UNSET:
                absent += 1
            else:
                day_ = as_date(day_, "day")
            ident_ = obj.get("ident", UNSET)
            if ident_ is UNSET:
                absent += 1
            elif type(ident_) is not str:
                raise DecodeError(("ident",), "string", ident_)
            tags_ = obj["tags"]
            tags_ = as_str_list(tags_, "tags")
            maybe_tags_ = obj.get("maybe_tags", UNSET)
            if maybe_tags_ is UNSET:
                absent += 1
            else:
                maybe_tags_ = as_list(maybe_tags_, "maybe_tags", or_none(as_str))
            grid_ = obj.get("grid", UNSET)
            if grid_ is UNSET:
                absent += 1
            else:
                grid_ = as_list(grid_, "grid", lambda v, k: as_list(v, k, as_int))
            children_by_name_ = obj["children_by_name"]
            children_by_name_ = as_dict(children_by_name_, "children_by_name", _Child_from_dict)
            child_ = obj.get("child", UNSET)
            if child_ is UNSET:
                absent += 1
            else:
                child_ = _Child_from_dict(child_, "child")
            maybe_child_ = obj.get("maybe_child", UNSET)
            if maybe_child_ is UNSET:
                absent += 1
            elif maybe_child_ is not None:
                maybe_child_ = _Child_from_dict(maybe_child_, "maybe_child")
            level_ = obj.get("level", UNSET)
            if level_ is UNSET:
                absent += 1
            elif type(level_) is not int:
                raise DecodeError(("level",), "integer", level_)
            else:
                level_ = _Level_members.get(level_, level_)
            anything_ = obj.get("anything", UNSET)
            if anything_ is UNSET:
                absent += 1
            free_form_ = obj.get("free_form", UNSET)
            if free_form_ is UNSET:
                absent += 1
            else:
                free_form_ = as_dict(free_form_, "free_form", as_any)
            pet_ = obj.get("pet", UNSET)
            if pet_ is UNSET:
                absent += 1
            else:
                pet_ = pet_from_dict(pet_, "pet")
            extra: dict[str, Any] = (
                {} if len(obj) == 17 - absent else unknown_fields(obj, _Holder_wire_names)
            )
            if _COMPILED:
                return Holder(
                    plain=plain_,
                    optional=optional_,
                    nullable_required=nullable_required_,
                    nullable_optional=nullable_optional_,
                    when=when_,
                    day=day_,
                    ident=ident_,
                    tags=tags_,
                    maybe_tags=maybe_tags_,
                    grid=grid_,
                    children_by_name=children_by_name_,
                    child=child_,
                    maybe_child=maybe_child_,
                    level=level_,
                    anything=anything_,
                    free_form=free_form_,
                    pet=pet_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.plain = plain_
            instance.optional = optional_
            instance.nullable_required = nullable_required_
            instance.nullable_optional = nullable_optional_
            instance.when = when_
            instance.day = day_
            instance.ident = ident_
            instance.tags = tags_
            instance.maybe_tags = maybe_tags_
            instance.grid = grid_
            instance.children_by_name = children_by_name_
            instance.child = child_
            instance.maybe_child = maybe_child_
            instance.level = level_
            instance.anything = anything_
            instance.free_form = free_form_
            instance.pet = pet_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("plain", "plain", str, True),
            ("optional", "optional", int, False),
            ("nullable_required", "nullable_required", float | int | None, True),
            ("nullable_optional", "nullable_optional", bool | None, False),
            ("when", "when", str, True),
            ("day", "day", str, False),
            ("ident", "ident", str, False),
            ("tags", "tags", list[str], True),
            ("maybe_tags", "maybe_tags", Any, False),
            ("grid", "grid", Any, False),
            ("children_by_name", "children_by_name", dict[str, Child], True),
            ("child", "child", Child, False),
            ("maybe_child", "maybe_child", Child | None, False),
            ("level", "level", int, False),
            ("anything", "anything", Any, False),
            ("free_form", "free_form", Any, False),
            ("pet", "pet", Any, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> Holder:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        plain_ = wire.plain
        optional_ = wire.optional
        nullable_required_ = wire.nullable_required
        nullable_optional_ = wire.nullable_optional
        when_ = wire.when
        when_ = as_datetime(when_, "when")
        day_ = wire.day
        if day_ is not UNSET:
            day_ = as_date(day_, "day")
        ident_ = wire.ident
        tags_ = wire.tags
        maybe_tags_ = wire.maybe_tags
        if maybe_tags_ is not UNSET:
            maybe_tags_ = as_list(maybe_tags_, "maybe_tags", or_none(as_str))
        grid_ = wire.grid
        if grid_ is not UNSET:
            grid_ = as_list(grid_, "grid", lambda v, k: as_list(v, k, as_int))
        children_by_name_ = wire.children_by_name
        children_by_name_ = {k: _Child_from_wire(x) for k, x in children_by_name_.items()}
        child_ = wire.child
        if child_ is not UNSET:
            child_ = _Child_from_wire(child_)
        maybe_child_ = wire.maybe_child
        if maybe_child_ is not UNSET and maybe_child_ is not None:
            maybe_child_ = _Child_from_wire(maybe_child_)
        level_: Any = wire.level
        if level_ is not UNSET:
            level_ = _Level_members.get(level_, level_)
        anything_ = wire.anything
        free_form_ = wire.free_form
        if free_form_ is not UNSET:
            free_form_ = as_dict(free_form_, "free_form", as_any)
        pet_ = wire.pet
        if pet_ is not UNSET:
            pet_ = pet_from_dict(pet_, "pet")
        if _COMPILED:
            return Holder(
                plain=plain_,
                optional=optional_,
                nullable_required=nullable_required_,
                nullable_optional=nullable_optional_,
                when=when_,
                day=day_,
                ident=ident_,
                tags=tags_,
                maybe_tags=maybe_tags_,
                grid=grid_,
                children_by_name=children_by_name_,
                child=child_,
                maybe_child=maybe_child_,
                level=level_,
                anything=anything_,
                free_form=free_form_,
                pet=pet_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.plain = plain_
        instance.optional = optional_
        instance.nullable_required = nullable_required_
        instance.nullable_optional = nullable_optional_
        instance.when = when_
        instance.day = day_
        instance.ident = ident_
        instance.tags = tags_
        instance.maybe_tags = maybe_tags_
        instance.grid = grid_
        instance.children_by_name = children_by_name_
        instance.child = child_
        instance.maybe_child = maybe_child_
        instance.level = level_
        instance.anything = anything_
        instance.free_form = free_form_
        instance.pet = pet_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "plain": self.plain,
            "nullable_required": self.nullable_required,
            "when": encode_datetime(self.when),
            "tags": list(self.tags),
            "children_by_name": {k0: x0.to_dict() for k0, x0 in self.children_by_name.items()},
        }
        if self.optional is not UNSET:
            out["optional"] = self.optional
        if self.nullable_optional is not UNSET:
            out["nullable_optional"] = self.nullable_optional
        if self.day is not UNSET:
            out["day"] = encode_date(self.day)
        if self.ident is not UNSET:
            out["ident"] = self.ident
        if self.maybe_tags is not UNSET:
            out["maybe_tags"] = list(self.maybe_tags)
        if self.grid is not UNSET:
            out["grid"] = [list(x0) for x0 in self.grid]
        if self.child is not UNSET:
            out["child"] = self.child.to_dict()
        if self.maybe_child is not UNSET:
            out["maybe_child"] = None if self.maybe_child is None else self.maybe_child.to_dict()
        if self.level is not UNSET:
            out["level"] = _Level_values.get(self.level, self.level)
        if self.anything is not UNSET:
            out["anything"] = self.anything
        if self.free_form is not UNSET:
            out["free_form"] = dict(self.free_form)
        if self.pet is not UNSET:
            out["pet"] = self.pet.to_dict()
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        plain: str | Keep = KEEP,
        optional: int | Unset | Keep = KEEP,
        nullable_required: float | int | None | Keep = KEEP,
        nullable_optional: bool | None | Unset | Keep = KEEP,
        when: datetime | Keep = KEEP,
        day: date | Unset | Keep = KEEP,
        ident: str | Unset | Keep = KEEP,
        tags: list[str] | Keep = KEEP,
        maybe_tags: list[str | None] | Unset | Keep = KEEP,
        grid: list[list[int]] | Unset | Keep = KEEP,
        children_by_name: dict[str, Child] | Keep = KEEP,
        child: Child | Unset | Keep = KEEP,
        maybe_child: Child | None | Unset | Keep = KEEP,
        level: Level | int | Unset | Keep = KEEP,
        anything: Any | Unset | Keep = KEEP,
        free_form: dict[str, Any] | Unset | Keep = KEEP,
        pet: Pet | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Holder:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            plain=self.plain if plain is KEEP else plain,
            optional=self.optional if optional is KEEP else optional,
            nullable_required=self.nullable_required
            if nullable_required is KEEP
            else nullable_required,
            nullable_optional=self.nullable_optional
            if nullable_optional is KEEP
            else nullable_optional,
            when=self.when if when is KEEP else when,
            day=self.day if day is KEEP else day,
            ident=self.ident if ident is KEEP else ident,
            tags=self.tags if tags is KEEP else tags,
            maybe_tags=self.maybe_tags if maybe_tags is KEEP else maybe_tags,
            grid=self.grid if grid is KEEP else grid,
            children_by_name=self.children_by_name
            if children_by_name is KEEP
            else children_by_name,
            child=self.child if child is KEEP else child,
            maybe_child=self.maybe_child if maybe_child is KEEP else maybe_child,
            level=self.level if level is KEEP else level,
            anything=self.anything if anything is KEEP else anything,
            free_form=self.free_form if free_form is KEEP else free_form,
            pet=self.pet if pet is KEEP else pet,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Child_wire_names: Final[frozenset[str]] = frozenset({"name"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Child(_Model):
    """A nested object."""

    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Child:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            name_ = obj.get("name", UNSET)
            if name_ is UNSET:
                absent += 1
            elif type(name_) is not str:
                raise DecodeError(("name",), "string", name_)
            extra: dict[str, Any] = (
                {} if len(obj) == 1 - absent else unknown_fields(obj, _Child_wire_names)
            )
            if _COMPILED:
                return Child(name=name_, additional_properties=extra)
            instance = _new(cls)
            instance.name = name_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("name", "name", str, False),)

    @classmethod
    def _from_wire(cls, wire: Any) -> Child:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        name_ = wire.name
        if _COMPILED:
            return Child(name=name_, additional_properties={})
        instance = _new(cls)
        instance.name = name_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.name is not UNSET:
            out["name"] = self.name
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        name: str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Child:
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


_Cat_wire_names: Final[frozenset[str]] = frozenset({"name", "kind", "lives"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Cat(_Model):
    """A cat."""

    name: str
    kind: Literal["cat"] = "cat"
    lives: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        name: str,
        kind: Literal["cat"] = "cat",
        lives: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.kind = kind
        self.lives = lives
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Cat:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            name_ = obj["name"]
            if type(name_) is not str:
                raise DecodeError(("name",), "string", name_)
            kind_ = obj["kind"]
            if kind_ != "cat" or type(kind_) is not str:
                raise DecodeError(("kind",), "'cat'", kind_)
            lives_ = obj.get("lives", UNSET)
            if lives_ is UNSET:
                absent += 1
            elif type(lives_) is not int:
                raise DecodeError(("lives",), "integer", lives_)
            extra: dict[str, Any] = (
                {} if len(obj) == 3 - absent else unknown_fields(obj, _Cat_wire_names)
            )
            if _COMPILED:
                return Cat(name=name_, kind="cat", lives=lives_, additional_properties=extra)
            instance = _new(cls)
            instance.name = name_
            instance.kind = "cat"
            instance.lives = lives_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("name", "name", str, True),
            ("kind", "kind", Any, True),
            ("lives", "lives", int, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> Cat:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        name_ = wire.name
        kind_ = wire.kind
        if kind_ != "cat" or type(kind_) is not str:
            raise DecodeError(("kind",), "'cat'", kind_)
        lives_ = wire.lives
        if _COMPILED:
            return Cat(name=name_, kind="cat", lives=lives_, additional_properties={})
        instance = _new(cls)
        instance.name = name_
        instance.kind = "cat"
        instance.lives = lives_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "kind": self.kind,
        }
        if self.lives is not UNSET:
            out["lives"] = self.lives
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        name: str | Keep = KEEP,
        kind: Literal["cat"] | Keep = KEEP,
        lives: int | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Cat:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            name=self.name if name is KEEP else name,
            kind=self.kind if kind is KEEP else kind,
            lives=self.lives if lives is KEEP else lives,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Dog_wire_names: Final[frozenset[str]] = frozenset({"name", "kind", "good"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Dog(_Model):
    """A dog."""

    name: str
    kind: Literal["dog"] = "dog"
    good: bool | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        name: str,
        kind: Literal["dog"] = "dog",
        good: bool | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.kind = kind
        self.good = good
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Dog:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            name_ = obj["name"]
            if type(name_) is not str:
                raise DecodeError(("name",), "string", name_)
            kind_ = obj["kind"]
            if kind_ != "dog" or type(kind_) is not str:
                raise DecodeError(("kind",), "'dog'", kind_)
            good_ = obj.get("good", UNSET)
            if good_ is UNSET:
                absent += 1
            elif type(good_) is not bool:
                raise DecodeError(("good",), "boolean", good_)
            extra: dict[str, Any] = (
                {} if len(obj) == 3 - absent else unknown_fields(obj, _Dog_wire_names)
            )
            if _COMPILED:
                return Dog(name=name_, kind="dog", good=good_, additional_properties=extra)
            instance = _new(cls)
            instance.name = name_
            instance.kind = "dog"
            instance.good = good_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("name", "name", str, True),
            ("kind", "kind", Any, True),
            ("good", "good", bool, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> Dog:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        name_ = wire.name
        kind_ = wire.kind
        if kind_ != "dog" or type(kind_) is not str:
            raise DecodeError(("kind",), "'dog'", kind_)
        good_ = wire.good
        if _COMPILED:
            return Dog(name=name_, kind="dog", good=good_, additional_properties={})
        instance = _new(cls)
        instance.name = name_
        instance.kind = "dog"
        instance.good = good_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "kind": self.kind,
        }
        if self.good is not UNSET:
            out["good"] = self.good
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        name: str | Keep = KEEP,
        kind: Literal["dog"] | Keep = KEEP,
        good: bool | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Dog:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            name=self.name if name is KEEP else name,
            kind=self.kind if kind is KEEP else kind,
            good=self.good if good is KEEP else good,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


Pet: TypeAlias = Cat | Dog
"""A discriminated one-of."""


def pet_from_dict(data: Any, key: Key | None = None) -> Pet:
    """Decode a Pet, choosing the variant by its discriminator."""
    try:
        obj = as_object(data)
        tag = obj["kind"]
        if tag == "cat":
            return Cat.from_dict(obj)
        if tag == "dog":
            return Dog.from_dict(obj)
        raise DecodeError(("kind",), "one of 'cat', 'dog'", tag)
    except (DecodeError, KeyError) as exc:
        raise decode_failure(exc, key) from None


_Holder_from_dict: Final = Holder.from_dict
_Holder_from_wire: Final = Holder._from_wire
_Child_from_dict: Final = Child.from_dict
_Child_from_wire: Final = Child._from_wire
_Cat_from_dict: Final = Cat.from_dict
_Cat_from_wire: Final = Cat._from_wire
_Dog_from_dict: Final = Dog.from_dict
_Dog_from_wire: Final = Dog._from_wire
