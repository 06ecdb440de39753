# Generated from tests/golden/names/names.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Models of Awkward names 1.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar

from ._runtime import (
    UNSET,
    DecodeError,
    Key,
    Unset,
    as_any,
    as_bool,
    as_enum,
    as_int,
    as_number,
    as_object,
    as_str,
    decode_failure,
    enum_value,
    unknown_fields,
)


class EnumModel(StrEnum):
    """A schema called Enum, whose values are not identifiers."""

    FIELD_1X = "1x"
    A_B = "a-b"
    CLASS = "class"
    A = "A"
    A_1 = "a"
    MRO_ = "mro"
    FIELD_ = ""


@dataclass(slots=True, kw_only=True)
class Thing:
    """Wire names that are not Python identifiers, or clash with something."""

    hub_id: str | Unset = UNSET
    os_bit: str | Unset = UNSET
    self: str
    class_: str
    type: str | Unset = UNSET
    schema: str | Unset = UNSET
    from_dict_: str | Unset = UNSET
    additional_properties_: int | Unset = UNSET
    str_: bool | Unset = UNSET
    field_1x: float | Unset = UNSET
    a_b: str | Unset = UNSET
    foo_bar: str | Unset = UNSET
    foo_bar_1: str | Unset = UNSET
    page_number: int | Unset = UNSET
    kind: EnumModel | str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "hubId",
            "__os_bit",
            "self",
            "class",
            "type",
            "schema",
            "from_dict",
            "additional_properties",
            "str",
            "1x",
            "a-b",
            "fooBar",
            "foo_bar",
            "page[number]",
            "kind",
        }
    )

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Thing:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            hub_id_ = obj.get("hubId", UNSET)
            if hub_id_ is not UNSET:
                hub_id_ = as_str(hub_id_, "hubId")
            os_bit_ = obj.get("__os_bit", UNSET)
            if os_bit_ is not UNSET:
                os_bit_ = as_str(os_bit_, "__os_bit")
            self_ = as_str(obj["self"], "self")
            class__ = as_str(obj["class"], "class")
            type_ = obj.get("type", UNSET)
            if type_ is not UNSET:
                type_ = as_str(type_, "type")
            schema_ = obj.get("schema", UNSET)
            if schema_ is not UNSET:
                schema_ = as_str(schema_, "schema")
            from_dict__ = obj.get("from_dict", UNSET)
            if from_dict__ is not UNSET:
                from_dict__ = as_str(from_dict__, "from_dict")
            additional_properties__ = obj.get("additional_properties", UNSET)
            if additional_properties__ is not UNSET:
                additional_properties__ = as_int(additional_properties__, "additional_properties")
            str__ = obj.get("str", UNSET)
            if str__ is not UNSET:
                str__ = as_bool(str__, "str")
            field_1x_ = obj.get("1x", UNSET)
            if field_1x_ is not UNSET:
                field_1x_ = as_number(field_1x_, "1x")
            a_b_ = obj.get("a-b", UNSET)
            if a_b_ is not UNSET:
                a_b_ = as_str(a_b_, "a-b")
            foo_bar_ = obj.get("fooBar", UNSET)
            if foo_bar_ is not UNSET:
                foo_bar_ = as_str(foo_bar_, "fooBar")
            foo_bar_1_ = obj.get("foo_bar", UNSET)
            if foo_bar_1_ is not UNSET:
                foo_bar_1_ = as_str(foo_bar_1_, "foo_bar")
            page_number_ = obj.get("page[number]", UNSET)
            if page_number_ is not UNSET:
                page_number_ = as_int(page_number_, "page[number]")
            kind_ = obj.get("kind", UNSET)
            if kind_ is not UNSET:
                kind_ = as_enum(kind_, "kind", EnumModel)
            return cls(
                hub_id=hub_id_,
                os_bit=os_bit_,
                self=self_,
                class_=class__,
                type=type_,
                schema=schema_,
                from_dict_=from_dict__,
                additional_properties_=additional_properties__,
                str_=str__,
                field_1x=field_1x_,
                a_b=a_b_,
                foo_bar=foo_bar_,
                foo_bar_1=foo_bar_1_,
                page_number=page_number_,
                kind=kind_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "self": self.self,
            "class": self.class_,
        }
        if self.hub_id is not UNSET:
            out["hubId"] = self.hub_id
        if self.os_bit is not UNSET:
            out["__os_bit"] = self.os_bit
        if self.type is not UNSET:
            out["type"] = self.type
        if self.schema is not UNSET:
            out["schema"] = self.schema
        if self.from_dict_ is not UNSET:
            out["from_dict"] = self.from_dict_
        if self.additional_properties_ is not UNSET:
            out["additional_properties"] = self.additional_properties_
        if self.str_ is not UNSET:
            out["str"] = self.str_
        if self.field_1x is not UNSET:
            out["1x"] = self.field_1x
        if self.a_b is not UNSET:
            out["a-b"] = self.a_b
        if self.foo_bar is not UNSET:
            out["fooBar"] = self.foo_bar
        if self.foo_bar_1 is not UNSET:
            out["foo_bar"] = self.foo_bar_1
        if self.page_number is not UNSET:
            out["page[number]"] = self.page_number
        if self.kind is not UNSET:
            out["kind"] = enum_value(self.kind)
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class AnyModel:
    """A schema called Any."""

    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"value"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> AnyModel:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            value_ = obj.get("value", UNSET)
            if value_ is not UNSET:
                value_ = as_any(value_, "value")
            return cls(
                value=value_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.value is not UNSET:
            out["value"] = self.value
        out.update(self.additional_properties)
        return out
