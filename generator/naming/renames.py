"""The IR with classes renamed: every place a class name stands, in models, unions, operations and webhooks.

Used to give a built package its settled class names (``with_settled_names``), by render/ for the
names client.py and webhooks.py import classes under (naming/imports.py), and by review/ to
compare two versions of a package whose classes were renamed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ..ir.api import Api, Field, Model, Operation, TypeRef, Union
from ..ir.retype import retyped_operation
from .settle import settled_names


def renamed_type(t: TypeRef, names: Mapping[str, str]) -> TypeRef:
    item = renamed_type(t.item, names) if t.item is not None else None
    return replace(t, name=names.get(t.name, t.name), item=item)


def renamed_operation(op: Operation, names: Mapping[str, str]) -> Operation:
    if not names:
        return op
    return retyped_operation(op, lambda t: renamed_type(t, names))


def with_settled_names(api: Api, configured: Mapping[str, str]) -> Api:
    """A copy of ``api`` whose classes have their final names (naming/settle.py).

    ``configured``: provisional name -> the name the spec's config file gives it (naming/configured.py).
    """
    used = [e.name for e in api.enums] + [m.name for m in api.models] + [u.name for u in api.unions]
    names = settled_names(api.class_names, used, configured)
    missing = sorted(_referenced(api) - names.keys())
    if missing:  # a type naming a class that isn't generated: a bug of the build, never the spec's
        raise RuntimeError(f"types name classes that are not generated: {', '.join(missing[:5])}")
    return renamed_classes(api, names)


def renamed_classes(api: Api, names: Mapping[str, str]) -> Api:
    """A copy of ``api`` whose classes (and every type naming one) are renamed by ``names``; others keep theirs."""
    http = api.http
    if http is not None:
        http = replace(http, operations=[renamed_operation(op, names) for op in http.operations])
    return replace(
        api,
        enums=[replace(e, name=names.get(e.name, e.name)) for e in api.enums],
        models=[_renamed_model(m, names) for m in api.models],
        unions=[_renamed_union(u, names) for u in api.unions],
        types_by_pointer={p: renamed_type(t, names) for p, t in api.types_by_pointer.items()},
        http=http,
        webhooks=[w if w.type is None else replace(w, type=renamed_type(w.type, names)) for w in api.webhooks],
    )


def _renamed_field(f: Field, names: Mapping[str, str]) -> Field:
    return replace(f, type=renamed_type(f.type, names))


def _renamed_model(m: Model, names: Mapping[str, str]) -> Model:
    fields = tuple(_renamed_field(f, names) for f in m.fields)
    extra = renamed_type(m.extra, names) if m.extra is not None else None
    return replace(m, name=names.get(m.name, m.name), fields=fields, extra=extra)


def _renamed_union(u: Union, names: Mapping[str, str]) -> Union:
    return replace(
        u,
        name=names.get(u.name, u.name),
        variants=tuple(replace(v, model=names.get(v.model, v.model)) for v in u.variants),
        members=tuple(renamed_type(t, names) for t in u.members),
        fallback=names.get(u.fallback, u.fallback),
    )


def _referenced(api: Api) -> set[str]:
    """Every class name a type of ``api`` stands for."""
    found: set[str] = set()

    def add(t: TypeRef | None) -> None:
        while t is not None:
            if t.name:
                found.add(t.name)
            t = t.item

    for m in api.models:
        for f in m.fields:
            add(f.type)
        add(m.extra)
    for u in api.unions:
        found.update(v.model for v in u.variants)
        for t in u.members:
            add(t)
        if u.fallback:
            found.add(u.fallback)
    for t in api.types_by_pointer.values():
        add(t)
    for webhook in api.webhooks:
        add(webhook.type)
    for op in api.http.operations if api.http is not None else ():
        for p in op.parameters:
            add(p.type)
        if op.body is not None:
            add(op.body.type)
            for part in op.body.parts:
                add(part.type)
        for r in op.responses:
            add(r.type)
        add(op.result)
        for _, t in op.errors:
            add(t)
        if op.pagination is not None:
            add(op.pagination.items.type)
    return found
