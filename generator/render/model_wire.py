"""from_json's fast path in a model: the struct msgspec decodes for it, and how the model adopts it.

A model's ``_wire_fields`` gives each member's type as msgspec checks it (``_runtime.wire_decoder``
makes a struct of them); its ``_from_wire`` takes the decoded struct and finishes what msgspec
can't do: enum members, date-times that keep their wire text, nested models, and the kinds msgspec
decodes as ``Any`` (unions, literals, nullable items...), which go through the same code as
from_dict and raise DecodeError if they don't fit (from_json then decodes again with from_dict).
A model in a circle of references is ``Any`` to the models that refer to it, so every struct is
made of finitely many others; from_dict decodes it there.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import ir
from . import codec
from .model_modules import references, strongly_connected

_PRIMITIVES = {"str": "str", "int": "int", "bool": "bool", "number": "float | int"}
_AS_IS = {**_PRIMITIVES, "any": "Any", "map": "dict[str, Any]", "datetime": "str", "date": "str"}


def model_wire_decoder(model_name: str) -> str:
    """The module-level binding of a model's _from_wire."""
    return f"_{model_name}_from_wire"


def cyclic_models(classes: Iterable[ir.Model | ir.Union]) -> frozenset[str]:
    """The models that reach themselves through their fields (directly or through other models and
    unions): model_modules may put them in modules that import one another only when first used."""
    by_name = {c.name: c for c in classes}
    graph = {name: {r for r in references(c) if r in by_name} for name, c in by_name.items()}
    found: set[str] = set()
    for component in strongly_connected(graph):
        if len(component) > 1 or component[0] in graph[component[0]]:
            found.update(component)
    return frozenset(n for n in found if isinstance(by_name[n], ir.Model))


def wire_type(t: ir.TypeRef, cyclic: frozenset[str]) -> str:
    """The type msgspec checks for ``t``, as a Python expression (a model class stands for its struct)."""
    base = _wire_base(t.non_null(), cyclic)
    return f"{base} | None" if t.nullable and base != "Any" else base


def _wire_base(t: ir.TypeRef, cyclic: frozenset[str]) -> str:
    if t.kind in _AS_IS:
        return _AS_IS[t.kind]
    if t.kind == "enum":
        return "int" if t.enum_kind == "int" else "str"
    if t.kind == "model" and t.name not in cyclic:
        return t.name
    item = t.item
    if t.kind not in ("list", "dict") or item is None or item.nullable:
        return "Any"
    if item.kind in _PRIMITIVES or (item.kind == "model" and item.name not in cyclic):
        inner = _PRIMITIVES.get(item.kind, item.name)
        return f"list[{inner}]" if t.kind == "list" else f"dict[str, {inner}]"
    return "Any"


def wire_lines(local: str, attr: str, wire: str, t: ir.TypeRef, required: bool, cyclic: frozenset[str]) -> list[str]:
    """``_from_wire``'s statements reading field ``attr`` of the struct into ``local``, decoded as from_dict would."""
    lines = [f"{local} = wire.{attr}"]
    base = t.non_null()
    if base.kind == "enum":  # Any, as the member lookup's result is not its key's type, and boxed: compiled by
        lines = [f"{local}: Any = wire.{attr}"]  # mypyc, a local typed `IntEnum | int` is a C int, not a member
    steps = _adopt_steps(local, wire, base, _wire_base(base, cyclic))
    if not steps:
        return lines
    guards = ([] if required else [f"{local} is not UNSET"]) + ([f"{local} is not None"] if t.nullable else [])
    if not guards:
        return [*lines, *steps]
    return [*lines, f"if {' and '.join(guards)}:", *[f"    {step}" for step in steps]]


def _adopt_steps(local: str, wire: str, t: ir.TypeRef, checked: str) -> list[str]:
    """What turns the value msgspec checked as ``checked`` into the field's value."""
    if t.kind in ("datetime", "date"):
        return [f"{local} = as_{t.kind}({local}, {wire})"]
    if t.kind == "enum":  # the member, or the value the schema doesn't list
        return [f"{local} = {codec.enum_members(t.name)}.get({local}, {local})"]
    if checked == "Any":  # msgspec only parsed it: from_dict's own checks and calls
        test, error, steps = codec.decode_steps(t, local, wire)
        return [f"if {test}:", f"    {error}", *steps] if test else steps
    if t.kind == "model":
        return [f"{local} = {model_wire_decoder(t.name)}({local})"]
    item = t.item
    if item is not None and item.kind == "model":
        adopt = model_wire_decoder(item.name)
        if t.kind == "list":
            return [f"{local} = [{adopt}(x) for x in {local}]"]
        return [f"{local} = {{k: {adopt}(x) for k, x in {local}.items()}}"]
    return []  # a primitive, or a list or map of them: msgspec made it, checked
