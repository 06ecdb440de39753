"""What a spec's config file changes in a package once its class names are settled: fields, enums.

(Its ``class_names`` are settled with the others: naming/configured.py.)

- ``field_names``: the field of a property is renamed, in every model that has it
  (an allOf copies a base's fields), its wire name unchanged.
- ``enums: literal``: every enum becomes a ``Literal[...]`` of its values (no class), whose
  decoder refuses a value the spec doesn't list.

Whatever the config names must exist in the spec; a problem is an error at the config's line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .. import ir
from ..ir.diagnostics import Diagnostic, SpecError
from ..ir.retype import retype
from ..load.config import Rename, SpecConfig, pointer_of


def configure_fields(api: ir.Api, renames: Iterable[Rename]) -> None:
    """Rename the fields the config names, in place; call once class names are settled. Raises SpecError."""
    problems: list[Diagnostic] = []
    renamed: dict[tuple[str, str], str] = {}  # (model, wire name) -> new field name
    for rename in renames:
        pointer = pointer_of(rename.target)
        owner, _, prop = pointer.rpartition("/properties/")
        wire = prop.replace("~1", "/").replace("~0", "~")
        hits = [
            (m, f)
            for m in api.models
            for f in m.fields
            if f.source.pointer == pointer or (m.source.pointer == owner and f.wire_name == wire)
        ]
        if not owner or not hits:
            problems.append(_error(rename, f"no field is made of the property at {pointer}"))
        for model, f in hits:
            if any(other.name == rename.name and other is not f for other in model.fields):
                problems.append(_error(rename, f"{model.name} already has a field {rename.name!r}"))
            renamed[(model.name, f.wire_name)] = rename.name
    if problems:
        raise SpecError(problems)
    api.models[:] = [
        replace(m, fields=tuple(replace(f, name=renamed.get((m.name, f.wire_name), f.name)) for f in m.fields))
        for m in api.models
    ]
    if api.http is not None:
        api.http.operations[:] = [_renamed_pager(op, renamed) for op in api.http.operations]


def _renamed_pager(op: ir.Operation, renamed: dict[tuple[str, str], str]) -> ir.Operation:
    """An operation whose pagination reads the page's fields by their new names."""
    pagination, page = op.pagination, op.result.name if op.result is not None else ""
    if pagination is None:
        return op
    items = replace(pagination.items, name=renamed.get((page, pagination.items.wire_name), pagination.items.name))
    link = pagination.next_field
    if link is not None:
        link = replace(link, name=renamed.get((page, link.wire_name), link.name))
    key = pagination.item_key
    if key is not None:
        key = replace(
            key,
            name=renamed.get(
                (pagination.items.type.item.name if pagination.items.type.item else "", key.wire_name), key.name
            ),
        )
    reads = tuple((role, _renamed_path(page, path, renamed)) for role, path in pagination.reads)
    return replace(op, pagination=replace(pagination, items=items, next_field=link, item_key=key, reads=reads))


def _renamed_path(page: str, path: tuple[ir.Field, ...], renamed: dict[tuple[str, str], str]) -> tuple[ir.Field, ...]:
    """A path of fields from the page model down, each by its new name (each one's model: the one before's type)."""
    out, model = [], page
    for f in path:
        out.append(replace(f, name=renamed.get((model, f.wire_name), f.name)))
        model = f.type.name
    return tuple(out)


def literal_enums(api: ir.Api) -> None:
    """Every enum as a ``Literal[...]`` of its values, in place: no enum classes are left."""
    values = {e.name: tuple(m.value for m in e.members) for e in api.enums}

    def literal(t: ir.TypeRef) -> ir.TypeRef:
        item = literal(t.item) if t.item is not None else None
        if t.kind == "enum" and t.name in values:
            return ir.TypeRef("literal", item=item, nullable=t.nullable, literal=values[t.name])
        return replace(t, item=item)

    retype(api, literal)
    api.enums.clear()


def apply_config(api: ir.Api, config: SpecConfig) -> None:
    """Field names and enums, once class names are settled."""
    configure_fields(api, config.field_names)
    if config.enums == "literal":
        literal_enums(api)


def _error(rename: Rename, message: str) -> Diagnostic:
    return Diagnostic("error", rename.source, message)
