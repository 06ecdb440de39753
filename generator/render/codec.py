"""The Python side of each wire type: its annotation and its decode/encode expressions.

Every decision about generated codec code lives here, as small functions from a
TypeRef to a Python expression, so templates only place the results. Decoders
follow one protocol, ``decode(value, key) -> T``, raising DecodeError whose path
starts at ``key``; the runtime functions named here live in ``_runtime.py``.
"""

from __future__ import annotations

import re

from .. import ir
from ..ir.annotations import annotation, field_annotation, item_or_any
from ..ir.naming import snake_case

__all__ = ["annotation", "field_annotation"]  # theirs, used through codec by the views

_DECODERS = {
    "str": "as_str",
    "int": "as_int",
    "number": "as_number",
    "bool": "as_bool",
    "any": "as_any",
    "map": "as_map",
    "datetime": "as_datetime",
    "date": "as_date",
    "never": "as_never",
}

_ENCODERS = {"datetime": "encode_datetime", "date": "encode_date", "map": "dict", "enum": "enum_value"}


def decoder(t: ir.TypeRef) -> str:
    """A callable expression ``(value, key) -> T`` for ``t``."""
    if t.nullable:
        return f"or_none({decoder(t.non_null())})"
    if t.kind in _DECODERS:
        return _DECODERS[t.kind]
    if t.kind == "model":
        return f"{t.name}.from_dict"
    if t.kind in ("union", "untagged"):
        return union_decoder_name(t.name)
    return f"lambda v, k: {decode(t, 'v', 'k')}"


def decode(t: ir.TypeRef, value: str, key: str) -> str:
    """An expression decoding ``value`` (found under ``key``) as the non-null part of ``t``."""
    t = t.non_null()
    if t.kind == "enum":
        helper = "as_int_enum" if t.enum_kind == "int" else "as_enum"
        return f"{helper}({value}, {key}, {t.name})"
    if t.kind == "literal":
        helper = "as_one_of" if isinstance(t.literal, tuple) else "as_literal"  # a literal enum, or one value
        return f"{helper}({value}, {key}, {t.literal!r})"
    if t.kind == "list":
        return f"as_list({value}, {key}, {decoder(item_or_any(t))})"
    if t.kind == "dict":
        return f"as_dict({value}, {key}, {decoder(item_or_any(t))})"
    return f"{decoder(t)}({value}, {key})"


def encode(t: ir.TypeRef, value: str, depth: int = 0, *, in_models: bool = False) -> str:
    """An expression giving the JSON form of ``value``, whose type is ``t``.

    ``in_models``: the expression is in a module of models/, whose enums have a dict from member to
    value (a lookup is 7x faster than the call of ``enum_value`` and its ``.value``).
    """
    if t.nullable:
        inner = encode(t.non_null(), value, depth, in_models=in_models)
        return inner if inner == value else f"None if {value} is None else {inner}"
    if t.kind == "enum" and in_models:
        return f"{enum_values(t.name)}.get({value}, {value})"
    if t.kind in _ENCODERS:
        return f"{_ENCODERS[t.kind]}({value})"
    if t.kind in ("model", "union"):
        return f"{value}.to_dict()"
    if t.kind == "untagged":
        return f"{union_encoder_name(t.name)}({value})"
    if t.kind == "list":
        item = f"x{depth}"
        inner = encode(item_or_any(t), item, depth + 1, in_models=in_models)
        return f"list({value})" if inner == item else f"[{inner} for {item} in {value}]"
    if t.kind == "dict":
        item, k = f"x{depth}", f"k{depth}"
        inner = encode(item_or_any(t), item, depth + 1, in_models=in_models)
        return f"dict({value})" if inner == item else f"{{{k}: {inner} for {k}, {item} in {value}.items()}}"
    return value  # str, int, number, bool, any, literal: JSON already


def union_decoder_name(union_name: str) -> str:
    return f"{snake_case(union_name)}_from_dict"


def union_encoder_name(union_name: str) -> str:
    """The encoder of an untagged union (a tagged one's members are models: ``value.to_dict()``)."""
    return f"{snake_case(union_name)}_to_dict"


# --- a model's from_dict: statements with the checks inline, calls only for nested values ----

_CHECKS = {
    "str": ("type({v}) is not str", "string"),
    "int": ("type({v}) is not int", "integer"),
    "number": ("type({v}) is not float and type({v}) is not int", "number"),
    "bool": ("type({v}) is not bool", "boolean"),
}


def enum_members(enum_name: str) -> str:
    """The module-level dict from wire value to member of an enum: a lookup, not an Enum call."""
    return f"_{enum_name}_members"


def enum_values(enum_name: str) -> str:
    """The module-level dict from member (or value) to plain value: to_dict's lookup, not ``.value``."""
    return f"_{enum_name}_values"


def model_wire_names(model_name: str) -> str:
    """The module-level frozenset of a model's wire names (not a ClassVar, which a class compiled by
    mypyc hands to dataclasses as a field)."""
    return f"_{model_name}_wire_names"


def model_decoder(model_name: str) -> str:
    """The module-level binding of a model's from_dict (a bound classmethod costs half the lookup)."""
    return f"_{model_name}_from_dict"


def field_lines(local: str, wire: str, t: ir.TypeRef, required: bool) -> list[str]:
    """Statements that read a field from ``obj`` into ``local``, check it and decode it in place.

    Checks are inline (``type(v) is not str``), so a present, well-typed primitive costs one
    test. An absent optional field (UNSET) adds one to ``absent``: with it, ``len(obj)`` tells
    whether the object has members the model doesn't name, and a present field costs no count.
    """
    test, error, steps = decode_steps(t.non_null(), local, wire)
    not_null = f"{local} is not None"
    if required:
        lines = [f"{local} = obj[{wire}]"]
        if t.nullable and steps:
            return [*lines, f"if {not_null}:", *_indent(_checked(test, error, steps))]
        if t.nullable and test:
            return [*lines, f"if {test} and {not_null}:", f"    {error}"]
        return [*lines, *_checked(test, error, steps)]
    lines = [f"{local} = obj.get({wire}, UNSET)", f"if {local} is UNSET:", "    absent += 1"]
    if t.nullable and steps:
        return [*lines, f"elif {not_null}:", *_indent(_checked(test, error, steps))]
    if test:
        lines += [f"elif {test} and {not_null}:" if t.nullable else f"elif {test}:", f"    {error}"]
    return [*lines, "else:", *_indent(steps)] if steps else lines


def decode_steps(t: ir.TypeRef, v: str, key: str) -> tuple[str, str, list[str]]:
    """For the local ``v``, present and not null: the test that its JSON type is wrong ("" if
    there is none to make inline), the raise if it is, and the statements that then replace it
    by its decoded value (nested values are decoded by calls, which check them)."""
    if t.kind == "any":
        return "", "", []
    kind = _enum_kind(t) if t.kind == "enum" else t.kind
    if kind in _CHECKS:
        test, expected = _CHECKS[kind]
        error = f"raise DecodeError(({key},), {expected!r}, {v})"
        steps = [f"{v} = {enum_members(t.name)}.get({v}, {v})"] if t.kind == "enum" else []
        return test.format(v=v), error, steps
    if t.kind == "literal" and type(t.literal) in (str, int, bool):  # a discriminator
        literal, json_type = repr(t.literal), type(t.literal).__name__
        error = f"raise DecodeError(({key},), {literal!r}, {v})"
        return f"({v} != {literal} or type({v}) is not {json_type})", error, []
    if t.kind == "model":
        return "", "", [f"{v} = {model_decoder(t.name)}({v}, {key})"]
    item = item_or_any(t)
    if t.kind in ("list", "dict") and not item.nullable and item.kind in _CHECKS:
        return "", "", [f"{v} = as_{item.kind}_{t.kind}({v}, {key})"]
    if t.kind in ("list", "dict") and not item.nullable and item.kind == "model":
        return "", "", [f"{v} = as_{t.kind}({v}, {key}, {model_decoder(item.name)})"]
    return "", "", [f"{v} = {decode(t, v, key)}"]


def _checked(test: str, error: str, steps: list[str]) -> list[str]:
    return [f"if {test}:", f"    {error}", *steps] if test else steps


def stored(t: ir.TypeRef, local: str) -> str:
    """What from_dict stores in the field once ``local`` is checked: a discriminator's own
    literal (typed ``Literal[...]`` for mypy, which a checked ``str`` is not), else ``local``."""
    if t.kind == "literal" and not t.nullable and type(t.literal) in (str, int, bool):
        return repr(t.literal)
    return local


# What pyright counts against its limit of 768 for a function (its "code flow complexity"): each
# branch joining another, and, inside a try, each call and raise, which may jump to the except.
_PYRIGHT_COMPLEXITY_LIMIT = 768
_CALL_OR_RAISE = re.compile(r"[\w\])]\(|\braise\b")
_BRANCH = re.compile(r"^\s*(if|elif|else)\b")


def decode_apart(lines: list[str]) -> bool:
    """Whether from_dict's statements (``lines``) leave its try for a method of their own, ``_decode``.

    Past pyright's limit it checks none of from_dict (``Code is too complex to analyze``); each call
    in a try costs it one, so a model of a hundred fields or more decodes in ``_decode`` (one call
    more), and from_dict keeps only the try. Estimated high: a model near the limit goes apart.
    """
    cost = sum(len(_CALL_OR_RAISE.findall(line)) + 2 * bool(_BRANCH.match(line)) for line in lines)
    return cost > _PYRIGHT_COMPLEXITY_LIMIT // 2


def known_count(fields: int, optional: int) -> str:
    """How many members of ``obj`` the model names, once its fields are read: unknown members
    are looked for only if ``len(obj)`` is more."""
    return f"{fields} - absent" if optional else str(fields)


def _enum_kind(t: ir.TypeRef) -> str:
    return "int" if t.enum_kind == "int" else "str"


def _indent(lines: list[str]) -> list[str]:
    return [f"    {line}" for line in lines]
