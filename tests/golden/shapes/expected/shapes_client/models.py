# Generated from tests/golden/shapes/shapes.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Models of Shapes 1.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum
from typing import Any, ClassVar, Literal, TypeAlias

from ._runtime import (
    UNSET,
    DecodeError,
    Key,
    Unset,
    as_any,
    as_bool,
    as_date,
    as_datetime,
    as_dict,
    as_int,
    as_int_enum,
    as_list,
    as_literal,
    as_number,
    as_object,
    as_str,
    decode_failure,
    encode_date,
    encode_datetime,
    enum_value,
    or_none,
    unknown_fields,
)


class Level(IntEnum):
    """An integer enum."""

    INTEGER_1 = 1
    INTEGER_2 = 2
    INTEGER_3 = 3


@dataclass(slots=True, kw_only=True)
class Holder:
    """Every combination of required, optional and nullable, and the containers."""

    plain: str
    optional: int | Unset = UNSET
    nullable_required: float | None
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
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

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Holder:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            plain_ = as_str(obj["plain"], "plain")
            optional_ = obj.get("optional", UNSET)
            if optional_ is not UNSET:
                optional_ = as_int(optional_, "optional")
            nullable_required_ = obj["nullable_required"]
            if nullable_required_ is not None:
                nullable_required_ = as_number(nullable_required_, "nullable_required")
            nullable_optional_ = obj.get("nullable_optional", UNSET)
            if nullable_optional_ is not UNSET and nullable_optional_ is not None:
                nullable_optional_ = as_bool(nullable_optional_, "nullable_optional")
            when_ = as_datetime(obj["when"], "when")
            day_ = obj.get("day", UNSET)
            if day_ is not UNSET:
                day_ = as_date(day_, "day")
            ident_ = obj.get("ident", UNSET)
            if ident_ is not UNSET:
                ident_ = as_str(ident_, "ident")
            tags_ = as_list(obj["tags"], "tags", as_str)
            maybe_tags_ = obj.get("maybe_tags", UNSET)
            if maybe_tags_ is not UNSET:
                maybe_tags_ = as_list(maybe_tags_, "maybe_tags", or_none(as_str))
            grid_ = obj.get("grid", UNSET)
            if grid_ is not UNSET:
                grid_ = as_list(grid_, "grid", lambda v, k: as_list(v, k, as_int))
            children_by_name_ = as_dict(
                obj["children_by_name"], "children_by_name", Child.from_dict
            )
            child_ = obj.get("child", UNSET)
            if child_ is not UNSET:
                child_ = Child.from_dict(child_, "child")
            maybe_child_ = obj.get("maybe_child", UNSET)
            if maybe_child_ is not UNSET and maybe_child_ is not None:
                maybe_child_ = Child.from_dict(maybe_child_, "maybe_child")
            level_ = obj.get("level", UNSET)
            if level_ is not UNSET:
                level_ = as_int_enum(level_, "level", Level)
            anything_ = obj.get("anything", UNSET)
            if anything_ is not UNSET:
                anything_ = as_any(anything_, "anything")
            free_form_ = obj.get("free_form", UNSET)
            if free_form_ is not UNSET:
                free_form_ = as_dict(free_form_, "free_form", as_any)
            pet_ = obj.get("pet", UNSET)
            if pet_ is not UNSET:
                pet_ = pet_from_dict(pet_, "pet")
            return cls(
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
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
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
            out["level"] = enum_value(self.level)
        if self.anything is not UNSET:
            out["anything"] = self.anything
        if self.free_form is not UNSET:
            out["free_form"] = dict(self.free_form)
        if self.pet is not UNSET:
            out["pet"] = self.pet.to_dict()
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class Child:
    """A nested object."""

    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"name"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Child:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            name_ = obj.get("name", UNSET)
            if name_ is not UNSET:
                name_ = as_str(name_, "name")
            return cls(
                name=name_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.name is not UNSET:
            out["name"] = self.name
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class Animal:
    """What every pet has."""

    name: str
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"name"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Animal:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            name_ = as_str(obj["name"], "name")
            return cls(
                name=name_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "name": self.name,
        }
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class Cat:
    """A cat."""

    name: str
    kind: Literal["cat"] = "cat"
    lives: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"name", "kind", "lives"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Cat:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            name_ = as_str(obj["name"], "name")
            kind_ = as_literal(obj["kind"], "kind", "cat")
            lives_ = obj.get("lives", UNSET)
            if lives_ is not UNSET:
                lives_ = as_int(lives_, "lives")
            return cls(
                name=name_,
                kind=kind_,
                lives=lives_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "name": self.name,
            "kind": self.kind,
        }
        if self.lives is not UNSET:
            out["lives"] = self.lives
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class Dog:
    """A dog."""

    name: str
    kind: Literal["dog"] = "dog"
    good: bool | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"name", "kind", "good"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Dog:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            name_ = as_str(obj["name"], "name")
            kind_ = as_literal(obj["kind"], "kind", "dog")
            good_ = obj.get("good", UNSET)
            if good_ is not UNSET:
                good_ = as_bool(good_, "good")
            return cls(
                name=name_,
                kind=kind_,
                good=good_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "name": self.name,
            "kind": self.kind,
        }
        if self.good is not UNSET:
            out["good"] = self.good
        out.update(self.additional_properties)
        return out


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
