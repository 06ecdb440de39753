# Generated from tests/cases/names/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""EnumModel, Thing: models of Awkward names 1.

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


class EnumModel(StrEnum):
    """A schema called Enum, whose values are not identifiers."""

    FIELD_1X = "1x"
    A_B = "a-b"
    CLASS = "class"
    A = "A"
    A_1 = "a"
    MRO_ = "mro"
    FIELD_ = ""


_EnumModel_members: Final = {m.value: m for m in EnumModel}
_EnumModel_values: Final[dict[EnumModel | str, str]] = {m: m.value for m in EnumModel}


_Thing_wire_names: Final[frozenset[str]] = frozenset(
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


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Thing(_Model):
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
    field_1x: float | int | Unset = UNSET
    a_b: str | Unset = UNSET
    foo_bar: str | Unset = UNSET
    foo_bar_1: str | Unset = UNSET
    page_number: int | Unset = UNSET
    kind: EnumModel | str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        _self,
        *,
        hub_id: str | Unset = UNSET,
        os_bit: str | Unset = UNSET,
        self: str,
        class_: str,
        type: str | Unset = UNSET,
        schema: str | Unset = UNSET,
        from_dict_: str | Unset = UNSET,
        additional_properties_: int | Unset = UNSET,
        str_: bool | Unset = UNSET,
        field_1x: float | int | Unset = UNSET,
        a_b: str | Unset = UNSET,
        foo_bar: str | Unset = UNSET,
        foo_bar_1: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
        kind: EnumModel | str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        _self.hub_id = hub_id
        _self.os_bit = os_bit
        _self.self = self
        _self.class_ = class_
        _self.type = type
        _self.schema = schema
        _self.from_dict_ = from_dict_
        _self.additional_properties_ = additional_properties_
        _self.str_ = str_
        _self.field_1x = field_1x
        _self.a_b = a_b
        _self.foo_bar = foo_bar
        _self.foo_bar_1 = foo_bar_1
        _self.page_number = page_number
        _self.kind = kind
        _self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Thing:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            hub_id_ = obj.get("hubId", UNSET)
            if hub_id_ is UNSET:
                absent += 1
            elif type(hub_id_) is not str:
                raise DecodeError(("hubId",), "string", hub_id_)
            os_bit_ = obj.get("__os_bit", UNSET)
            if os_bit_ is UNSET:
                absent += 1
            elif type(os_bit_) is not str:
                raise DecodeError(("__os_bit",), "string", os_bit_)
            self_ = obj["self"]
            if type(self_) is not str:
                raise DecodeError(("self",), "string", self_)
            class__ = obj["class"]
            if type(class__) is not str:
                raise DecodeError(("class",), "string", class__)
            type_ = obj.get("type", UNSET)
            if type_ is UNSET:
                absent += 1
            elif type(type_) is not str:
                raise DecodeError(("type",), "string", type_)
            schema_ = obj.get("schema", UNSET)
            if schema_ is UNSET:
                absent += 1
            elif type(schema_) is not str:
                raise DecodeError(("schema",), "string", schema_)
            from_dict__ = obj.get("from_dict", UNSET)
            if from_dict__ is UNSET:
                absent += 1
            elif type(from_dict__) is not str:
                raise DecodeError(("from_dict",), "string", from_dict__)
            additional_properties__ = obj.get("additional_properties", UNSET)
            if additional_properties__ is UNSET:
                absent += 1
            elif type(additional_properties__) is not int:
                raise DecodeError(("additional_properties",), "integer", additional_properties__)
            str__ = obj.get("str", UNSET)
            if str__ is UNSET:
                absent += 1
            elif type(str__) is not bool:
                raise DecodeError(("str",), "boolean", str__)
            field_1x_ = obj.get("1x", UNSET)
            if field_1x_ is UNSET:
                absent += 1
            elif type(field_1x_) is not float and type(field_1x_) is not int:
                raise DecodeError(("1x",), "number", field_1x_)
            a_b_ = obj.get("a-b", UNSET)
            if a_b_ is UNSET:
                absent += 1
            elif type(a_b_) is not str:
                raise DecodeError(("a-b",), "string", a_b_)
            foo_bar_ = obj.get("fooBar", UNSET)
            if foo_bar_ is UNSET:
                absent += 1
            elif type(foo_bar_) is not str:
                raise DecodeError(("fooBar",), "string", foo_bar_)
            foo_bar_1_ = obj.get("foo_bar", UNSET)
            if foo_bar_1_ is UNSET:
                absent += 1
            elif type(foo_bar_1_) is not str:
                raise DecodeError(("foo_bar",), "string", foo_bar_1_)
            page_number_ = obj.get("page[number]", UNSET)
            if page_number_ is UNSET:
                absent += 1
            elif type(page_number_) is not int:
                raise DecodeError(("page[number]",), "integer", page_number_)
            kind_ = obj.get("kind", UNSET)
            if kind_ is UNSET:
                absent += 1
            elif type(kind_) is not str:
                raise DecodeError(("kind",), "string", kind_)
            else:
                kind_ = _EnumModel_members.get(kind_, kind_)
            extra: dict[str, Any] = (
                {} if len(obj) == 15 - absent else unknown_fields(obj, _Thing_wire_names)
            )
            if _COMPILED:
                return Thing(
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
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.hub_id = hub_id_
            instance.os_bit = os_bit_
            instance.self = self_
            instance.class_ = class__
            instance.type = type_
            instance.schema = schema_
            instance.from_dict_ = from_dict__
            instance.additional_properties_ = additional_properties__
            instance.str_ = str__
            instance.field_1x = field_1x_
            instance.a_b = a_b_
            instance.foo_bar = foo_bar_
            instance.foo_bar_1 = foo_bar_1_
            instance.page_number = page_number_
            instance.kind = kind_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("hub_id", "hubId", str, False),
            ("os_bit", "__os_bit", str, False),
            ("self", "self", str, True),
            ("class_", "class", str, True),
            ("type", "type", str, False),
            ("schema", "schema", str, False),
            ("from_dict_", "from_dict", str, False),
            ("additional_properties_", "additional_properties", int, False),
            ("str_", "str", bool, False),
            ("field_1x", "1x", float | int, False),
            ("a_b", "a-b", str, False),
            ("foo_bar", "fooBar", str, False),
            ("foo_bar_1", "foo_bar", str, False),
            ("page_number", "page[number]", int, False),
            ("kind", "kind", str, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> Thing:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        hub_id_ = wire.hub_id
        os_bit_ = wire.os_bit
        self_ = wire.self
        class__ = wire.class_
        type_ = wire.type
        schema_ = wire.schema
        from_dict__ = wire.from_dict_
        additional_properties__ = wire.additional_properties_
        str__ = wire.str_
        field_1x_ = wire.field_1x
        a_b_ = wire.a_b
        foo_bar_ = wire.foo_bar
        foo_bar_1_ = wire.foo_bar_1
        page_number_ = wire.page_number
        kind_: Any = wire.kind
        if kind_ is not UNSET:
            kind_ = _EnumModel_members.get(kind_, kind_)
        if _COMPILED:
            return Thing(
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
                additional_properties={},
            )
        instance = _new(cls)
        instance.hub_id = hub_id_
        instance.os_bit = os_bit_
        instance.self = self_
        instance.class_ = class__
        instance.type = type_
        instance.schema = schema_
        instance.from_dict_ = from_dict__
        instance.additional_properties_ = additional_properties__
        instance.str_ = str__
        instance.field_1x = field_1x_
        instance.a_b = a_b_
        instance.foo_bar = foo_bar_
        instance.foo_bar_1 = foo_bar_1_
        instance.page_number = page_number_
        instance.kind = kind_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
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
            out["kind"] = _EnumModel_values.get(self.kind, self.kind)
        out.update(self.additional_properties)
        return out

    def replace(
        _self,
        *,
        hub_id: str | Unset | Keep = KEEP,
        os_bit: str | Unset | Keep = KEEP,
        self: str | Keep = KEEP,
        class_: str | Keep = KEEP,
        type: str | Unset | Keep = KEEP,
        schema: str | Unset | Keep = KEEP,
        from_dict_: str | Unset | Keep = KEEP,
        additional_properties_: int | Unset | Keep = KEEP,
        str_: bool | Unset | Keep = KEEP,
        field_1x: float | int | Unset | Keep = KEEP,
        a_b: str | Unset | Keep = KEEP,
        foo_bar: str | Unset | Keep = KEEP,
        foo_bar_1: str | Unset | Keep = KEEP,
        page_number: int | Unset | Keep = KEEP,
        kind: EnumModel | str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Thing:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return _self.__class__(
            hub_id=_self.hub_id if hub_id is KEEP else hub_id,
            os_bit=_self.os_bit if os_bit is KEEP else os_bit,
            self=_self.self if self is KEEP else self,
            class_=_self.class_ if class_ is KEEP else class_,
            type=_self.type if type is KEEP else type,
            schema=_self.schema if schema is KEEP else schema,
            from_dict_=_self.from_dict_ if from_dict_ is KEEP else from_dict_,
            additional_properties_=_self.additional_properties_
            if additional_properties_ is KEEP
            else additional_properties_,
            str_=_self.str_ if str_ is KEEP else str_,
            field_1x=_self.field_1x if field_1x is KEEP else field_1x,
            a_b=_self.a_b if a_b is KEEP else a_b,
            foo_bar=_self.foo_bar if foo_bar is KEEP else foo_bar,
            foo_bar_1=_self.foo_bar_1 if foo_bar_1 is KEEP else foo_bar_1,
            page_number=_self.page_number if page_number is KEEP else page_number,
            kind=_self.kind if kind is KEEP else kind,
            additional_properties=(
                dict(_self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Thing_from_dict: Final = Thing.from_dict
_Thing_from_wire: Final = Thing._from_wire
