"""The Python side of each wire type: its annotation and its decode/encode expressions.

Every decision about generated codec code lives here, as small functions from a
TypeRef to a Python expression, so templates only place the results. Decoders
follow one protocol, ``decode(value, key) -> T``, raising DecodeError whose path
starts at ``key``; the runtime functions named here live in ``_runtime.py``.
"""

from __future__ import annotations

from collections.abc import Mapping

from . import ir
from .naming import snake_case

_ANNOTATIONS = {
    "str": "str",
    "int": "int",
    "number": "float",
    "bool": "bool",
    "any": "Any",
    "map": "dict[str, Any]",
    "datetime": "datetime",
    "date": "date",
}

_DECODERS = {
    "str": "as_str",
    "int": "as_int",
    "number": "as_number",
    "bool": "as_bool",
    "any": "as_any",
    "map": "as_map",
    "datetime": "as_datetime",
    "date": "as_date",
}

_ENCODERS = {"datetime": "encode_datetime", "date": "encode_date", "map": "dict", "enum": "enum_value"}


def annotation(t: ir.TypeRef, enum_kinds: Mapping[str, str]) -> str:
    """The Python annotation; enums also admit the plain value the schema didn't list."""
    if t.kind in _ANNOTATIONS:
        text = _ANNOTATIONS[t.kind]
    elif t.kind == "enum":
        text = f"{t.name} | {enum_kinds.get(t.name, 'str')}"
    elif t.kind == "literal":
        text = f"Literal[{t.literal!r}]"
    elif t.kind == "list":
        text = f"list[{annotation(_item(t), enum_kinds)}]"
    elif t.kind == "dict":
        text = f"dict[str, {annotation(_item(t), enum_kinds)}]"
    else:  # model, union, untagged
        text = t.name
    return f"{text} | None" if t.nullable else text


def decoder(t: ir.TypeRef, enum_kinds: Mapping[str, str]) -> str:
    """A callable expression ``(value, key) -> T`` for ``t``."""
    if t.nullable:
        return f"or_none({decoder(t.non_null(), enum_kinds)})"
    if t.kind in _DECODERS:
        return _DECODERS[t.kind]
    if t.kind == "model":
        return f"{t.name}.from_dict"
    if t.kind in ("union", "untagged"):
        return union_decoder_name(t.name)
    return f"lambda v, k: {decode(t, 'v', 'k', enum_kinds)}"


def decode(t: ir.TypeRef, value: str, key: str, enum_kinds: Mapping[str, str]) -> str:
    """An expression decoding ``value`` (found under ``key``) as the non-null part of ``t``."""
    t = t.non_null()
    if t.kind == "enum":
        helper = "as_int_enum" if enum_kinds.get(t.name) == "int" else "as_enum"
        return f"{helper}({value}, {key}, {t.name})"
    if t.kind == "literal":
        return f"as_literal({value}, {key}, {t.literal!r})"
    if t.kind == "list":
        return f"as_list({value}, {key}, {decoder(_item(t), enum_kinds)})"
    if t.kind == "dict":
        return f"as_dict({value}, {key}, {decoder(_item(t), enum_kinds)})"
    return f"{decoder(t, enum_kinds)}({value}, {key})"


def encode(t: ir.TypeRef, value: str, depth: int = 0) -> str:
    """An expression giving the JSON form of ``value``, whose type is ``t``."""
    if t.nullable:
        inner = encode(t.non_null(), value, depth)
        return inner if inner == value else f"None if {value} is None else {inner}"
    if t.kind in _ENCODERS:
        return f"{_ENCODERS[t.kind]}({value})"
    if t.kind in ("model", "union"):
        return f"{value}.to_dict()"
    if t.kind == "untagged":
        return f"{union_encoder_name(t.name)}({value})"
    if t.kind == "list":
        item = f"x{depth}"
        inner = encode(_item(t), item, depth + 1)
        return f"list({value})" if inner == item else f"[{inner} for {item} in {value}]"
    if t.kind == "dict":
        item, k = f"x{depth}", f"k{depth}"
        inner = encode(_item(t), item, depth + 1)
        return f"dict({value})" if inner == item else f"{{{k}: {inner} for {k}, {item} in {value}.items()}}"
    return value  # str, int, number, bool, any, literal: JSON already


def union_decoder_name(union_name: str) -> str:
    return f"{snake_case(union_name)}_from_dict"


def union_encoder_name(union_name: str) -> str:
    """The encoder of an untagged union (a tagged one's members are models: ``value.to_dict()``)."""
    return f"{snake_case(union_name)}_to_dict"


def _item(t: ir.TypeRef) -> ir.TypeRef:
    return t.item if t.item is not None else ir.TypeRef("any")
