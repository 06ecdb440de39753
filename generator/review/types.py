"""Whether one type takes every value another does, and how a type reads in Python.

A caller sends request values and receives response values. A change breaks a request if
the new type refuses a value the old one took (``accepts(new, old)`` is false); it breaks a
response if the new type may hold a value the old one couldn't (``accepts(old, new)`` is false).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import ir
from ..ir.annotations import annotation


@dataclass
class TypeSpace:
    """The unions and enums of one version of a package, by class name."""

    unions: dict[str, ir.Union] = field(default_factory=dict)
    enums: dict[str, ir.Enum] = field(default_factory=dict)

    @classmethod
    def of(cls, api: ir.Api) -> TypeSpace:
        return cls({u.name: u for u in api.unions}, {e.name: e for e in api.enums})


_JSON_KIND: dict[type, ir.Kind] = {bool: "bool", int: "int", float: "number", str: "str"}


def accepts(wide: ir.TypeRef, wide_space: TypeSpace, narrow: ir.TypeRef, narrow_space: TypeSpace) -> bool:
    """Whether every value of ``narrow`` is a value of ``wide`` (both as Python sees them)."""
    return _accepts(wide, wide_space, narrow, narrow_space, 0)


def _accepts(wide: ir.TypeRef, ws: TypeSpace, narrow: ir.TypeRef, ns: TypeSpace, depth: int) -> bool:
    if wide == narrow or wide.kind == "any":
        return True
    if narrow.nullable and not wide.nullable:
        return False
    wide, narrow = wide.non_null(), narrow.non_null()
    if wide == narrow or depth > 20 or narrow.kind == "never":
        return True
    if narrow.kind == "untagged" and narrow.name in ns.unions:  # each member must fit
        members = ns.unions[narrow.name].members
        return all(_accepts(wide, ws, m, ns, depth + 1) for m in members)
    if wide.kind == "untagged" and wide.name in ws.unions:  # one member must take it
        return any(_accepts(m, ws, narrow, ns, depth + 1) for m in ws.unions[wide.name].members)
    if wide.kind == "union" and narrow.kind == "model" and wide.name in ws.unions:
        return any(v.model == narrow.name for v in ws.unions[wide.name].variants)
    if (
        wide.kind == "union"
        and narrow.kind == "union"
        and {wide.name, narrow.name} <= ws.unions.keys() & ns.unions.keys()
    ):
        wide_models = {v.model for v in ws.unions[wide.name].variants}
        return {v.model for v in ns.unions[narrow.name].variants} <= wide_models
    if narrow.kind == "literal":
        return _takes_literal(wide, ws, narrow.literal)
    if narrow.kind == "int" and wide.kind == "number":
        return True
    if narrow.kind == "enum" and wide.kind in ("str", "int", "number"):
        enum = ns.enums.get(narrow.name)
        return enum is not None and (
            enum.value_kind == wide.kind or (wide.kind == "number" and enum.value_kind == "int")
        )
    if wide.kind == "map" and narrow.kind in ("model", "union", "dict", "map"):
        return True
    if wide.kind == narrow.kind and wide.kind in ("list", "dict"):
        return _accepts(wide.item or ir.TypeRef("any"), ws, narrow.item or ir.TypeRef("any"), ns, depth + 1)
    return False


def _takes_literal(wide: ir.TypeRef, ws: TypeSpace, value: object) -> bool:
    if isinstance(value, tuple):  # a literal enum (a config's enums: literal): each of its values
        return all(_takes_literal(wide, ws, v) for v in value)
    kind = _JSON_KIND.get(type(value))
    if wide.kind == "literal":
        return value in wide.literal if isinstance(wide.literal, tuple) else wide.literal == value
    if wide.kind == "enum":
        enum = ws.enums.get(wide.name)
        return enum is not None and any(m.value == value for m in enum.members)
    return wide.kind == kind or (wide.kind == "number" and kind == "int")


def python_type(t: ir.TypeRef, space: TypeSpace) -> str:
    """How a type reads in the generated code: ``list[ImageConfigPort]``, ``ImageState | str | None``."""
    return annotation(t)
