"""Changes to the classes of a package: models and their fields, enums and their values, unions."""

from __future__ import annotations

from collections.abc import Iterator

from .. import ir
from .constraints import constraint_changes
from .kinds import kind_changes
from .pairing import moved
from .types import python_type
from .usage import REQUEST, RESPONSE
from .versions import Change, Severity, Versions


def class_changes(v: Versions) -> Iterator[Change]:
    yield from _added_removed_renamed(v)
    yield from kind_changes(v)
    old_models = {m.name: m for m in v.old.models}
    for model in v.new.models:
        if model.name in old_models:
            yield from _model_changes(v, old_models[model.name], model)
    old_enums = {e.name: e for e in v.old.enums}
    for enum in v.new.enums:
        if enum.name in old_enums:
            yield from _enum_changes(v, old_enums[enum.name], enum)
    old_unions = {u.name: u for u in v.old.unions}
    for union in v.new.unions:
        if union.name in old_unions:
            yield from _union_changes(v, old_unions[union.name], union)


_WHAT = {"model": "model", "enum": "enum", "union": "union"}


def _kinds(api: ir.Api) -> dict[str, tuple[str, ir.Source]]:
    found = {m.name: ("model", m.source) for m in api.models}
    found.update((e.name, ("enum", e.source)) for e in api.enums)
    found.update((u.name, ("union", u.source)) for u in api.unions)
    return found


def _added_removed_renamed(v: Versions) -> Iterator[Change]:
    old, new = _kinds(v.original), _kinds(v.new)
    for name, (kind, source) in old.items():
        if name in v.renamed:
            target = v.renamed[name]
            yield Change(
                "breaking",
                v.symbol(target),
                f"{kind} {'moved' if moved(source, new[target][1]) else 'renamed'}",
                v.symbol(target),
                "",
                source,
                new[target][1],
                f"{name} -> {target}",
            )
        elif name not in new:
            alike = v.alike.get(name, [])
            detail = f"same shape as {_some(alike)}" if alike else ""
            yield Change("breaking", v.symbol(name), f"{kind} removed", v.symbol(name), "", source, None, detail)
    renamed_to = set(v.renamed.values())
    for name, (kind, source) in new.items():
        if name not in old and name not in renamed_to:
            yield Change("compatible", v.symbol(name), f"{kind} added", v.symbol(name), "", None, source)


def _some(names: list[str], most: int = 3) -> str:
    more = f" and {len(names) - most} more" if len(names) > most else ""
    return ", ".join(names[:most]) + more


def _model_changes(v: Versions, old: ir.Model, new: ir.Model) -> Iterator[Change]:
    group = v.symbol(new.name)
    use = v.use(new.name)
    if old.description != new.description:
        yield Change("compatible", group, "description changed", group, "", old.source, new.source, documentation=True)
    old_fields = {f.name: f for f in old.fields}
    new_fields = {f.name: f for f in new.fields}
    by_wire = {f.wire_name: f for f in new.fields if f.name not in old_fields}
    for f in old.fields:
        symbol = v.symbol(new.name, f.name)
        if f.name in new_fields:
            yield from _field_changes(v, group, symbol, f, new_fields[f.name], use)
        elif f.wire_name in by_wire:
            renamed = by_wire.pop(f.wire_name)
            detail = f"{f.name} -> {renamed.name}"
            yield Change("breaking", group, "field renamed", symbol, f.wire_name, f.source, renamed.source, detail)
            yield from _field_changes(v, group, v.symbol(new.name, renamed.name), f, renamed, use)
        else:
            yield Change("breaking", group, "field removed", symbol, f.wire_name, f.source, None)
    renamed_wires = {f.wire_name for f in old.fields}
    for f in new.fields:
        if f.name in old_fields or f.wire_name in renamed_wires:
            continue
        symbol = v.symbol(new.name, f.name)
        if f.required and REQUEST in use:
            yield Change("breaking", group, "required field added", symbol, f.wire_name, None, f.source)
        else:
            yield Change("compatible", group, "field added", symbol, f.wire_name, None, f.source)
    if old.extra != new.extra:
        wider = v.type_break(old.extra or ir.TypeRef("any"), new.extra or ir.TypeRef("any"), use)
        was, now = old.extra or ir.TypeRef("any"), new.extra or ir.TypeRef("any")
        detail = f"{python_type(was, v.old_space)} -> {python_type(now, v.new_space)}"
        severity: Severity = "breaking" if wider else "compatible"
        yield Change(severity, group, "type of other members changed", group, "", old.source, new.source, detail)


def _field_changes(
    v: Versions, group: str, symbol: str, old: ir.Field, new: ir.Field, use: frozenset[str]
) -> Iterator[Change]:
    where = (new.wire_name, old.source, new.source)
    if v.differ(old.type, new.type):
        why = v.type_break(old.type, new.type, use)
        detail = f"{python_type(old.type, v.old_space)} -> {python_type(new.type, v.new_space)}"
        if why:
            yield Change("breaking", group, f"field {why}", symbol, *where, detail)
        else:
            yield Change("compatible", group, f"field type {v.type_change(old.type, new.type)}", symbol, *where, detail)
    if old.required and not new.required:
        if RESPONSE in use:
            yield Change("breaking", group, "field may now be absent", symbol, *where)
        else:
            yield Change("compatible", group, "field became optional", symbol, *where)
    elif new.required and not old.required:
        if REQUEST in use:
            yield Change("breaking", group, "field became required", symbol, *where)
        else:
            yield Change("compatible", group, "field is now always present", symbol, *where)
    for severity, what, detail in constraint_changes(old.constraints, new.constraints, use):
        yield Change(severity, group, f"field {what}", symbol, *where, detail)
    if old.description != new.description:
        yield Change("compatible", group, "description changed", symbol, *where, documentation=True)


def _enum_changes(v: Versions, old: ir.Enum, new: ir.Enum) -> Iterator[Change]:
    group = v.symbol(new.name)
    if old.description != new.description:
        yield Change("compatible", group, "description changed", group, "", old.source, new.source, documentation=True)
    if old.value_kind != new.value_kind:
        detail = f"{old.value_kind} -> {new.value_kind}"
        yield Change("breaking", group, "enum value type changed", group, "", old.source, new.source, detail)
    new_members: dict[str | int, list[str]] = {}  # a value listed twice has two members
    for member in new.members:
        new_members.setdefault(member.value, []).append(member.name)
    old_values = {m.value for m in old.members}
    for m in old.members:
        symbol = v.symbol(new.name, m.name)
        if m.value not in new_members:
            yield Change("breaking", group, "enum value removed", symbol, str(m.value), old.source, new.source)
        elif m.name not in new_members[m.value]:
            detail = f"{m.name} -> {new_members[m.value][0]}"
            yield Change("breaking", group, "enum member renamed", symbol, str(m.value), old.source, new.source, detail)
    for m in new.members:
        if m.value not in old_values:
            # fields are typed `Enum | str`: a response with the new value decoded before too, kept as str
            yield Change(
                "compatible",
                group,
                "enum value added",
                v.symbol(new.name, m.name),
                str(m.value),
                old.source,
                new.source,
            )


def _union_changes(v: Versions, old: ir.Union, new: ir.Union) -> Iterator[Change]:
    group = v.symbol(new.name)
    use = v.use(new.name)
    sources = (old.source, new.source)
    if old.discriminator != new.discriminator:
        detail = f"{old.discriminator!r} -> {new.discriminator!r}"
        yield Change("breaking", group, "discriminator changed", group, new.discriminator, *sources, detail)
    old_tags = {v_.tag: v_.model for v_ in old.variants}
    new_tags = {v_.tag: v_.model for v_ in new.variants}
    for tag in old_tags.keys() & new_tags.keys():
        if old_tags[tag] != new_tags[tag]:
            detail = f"{old_tags[tag]} -> {new_tags[tag]}"
            yield Change("breaking", group, "tag selects another class", group, str(tag), *sources, detail)
    removed = [python_type(t, v.old_space) for t in old.members if t not in new.members]
    removed += [f"{old_tags[t]} ({t!r})" for t in old_tags.keys() - new_tags.keys()]
    added = [python_type(t, v.new_space) for t in new.members if t not in old.members]
    added += [f"{new_tags[t]} ({t!r})" for t in new_tags.keys() - old_tags.keys()]
    for text in removed:
        severity: Severity = "breaking" if REQUEST in use else "compatible"
        yield Change(severity, group, "union member removed", group, "", *sources, text)
    for text in added:
        severity = "breaking" if RESPONSE in use else "compatible"
        yield Change(severity, group, "union member added", group, "", *sources, text)
    if old.fallback != new.fallback:
        detail = f"{old.fallback or '-'} -> {new.fallback or '-'}"
        yield Change("breaking", group, "class of other tags changed", group, "", *sources, detail)
