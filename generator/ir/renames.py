"""The IR with classes renamed: every place a class name stands, in models, unions and operations.

Used to give a built package its settled class names (``settle_class_names``), by
render/client_names.py for the names client.py imports classes under, and by review/ to
compare two versions of a package whose classes were renamed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from .api import Api, Field, Model, Operation, TypeRef, Union


def renamed_type(t: TypeRef, names: Mapping[str, str]) -> TypeRef:
    item = renamed_type(t.item, names) if t.item is not None else None
    return replace(t, name=names.get(t.name, t.name), item=item)


def renamed_operation(op: Operation, names: Mapping[str, str]) -> Operation:
    if not names:
        return op
    return retyped_operation(op, lambda t: renamed_type(t, names))


TypeMap = Callable[[TypeRef], TypeRef]
"""What a type becomes (a class renamed, an enum read as a literal)."""


def retyped_operation(op: Operation, new: TypeMap) -> Operation:
    """``op`` with every type it holds mapped by ``new``."""
    pagination = op.pagination
    if pagination is not None:
        pagination = replace(pagination, items=replace(pagination.items, type=new(pagination.items.type)))
    body = op.body
    if body is not None:
        parts = tuple(replace(p, type=new(p.type)) for p in body.parts)
        body = replace(body, type=new(body.type), parts=parts)
    return replace(
        op,
        parameters=tuple(replace(p, type=new(p.type)) for p in op.parameters),
        body=body,
        result=None if op.result is None else new(op.result),
        responses=tuple(r if r.type is None else replace(r, type=new(r.type)) for r in op.responses),
        errors=tuple((status, new(t)) for status, t in op.errors),
        pagination=pagination,
    )


def retype(api: Api, new: TypeMap) -> None:
    """Map every type of ``api`` (fields, union members, operations, webhooks) by ``new``, in place."""
    api.models[:] = [
        replace(
            m,
            fields=tuple(replace(f, type=new(f.type)) for f in m.fields),
            extra=None if m.extra is None else new(m.extra),
        )
        for m in api.models
    ]
    api.unions[:] = [replace(u, members=tuple(new(t) for t in u.members)) for u in api.unions]
    api.types_by_pointer = {p: new(t) for p, t in api.types_by_pointer.items()}
    if api.http is not None:
        api.http.operations[:] = [retyped_operation(op, new) for op in api.http.operations]
    api.webhooks[:] = [w if w.type is None else replace(w, type=new(w.type)) for w in api.webhooks]


def settle_class_names(api: Api) -> None:
    """Give every class of ``api`` its final name (ir/class_names.py), in place."""
    used = [e.name for e in api.enums] + [m.name for m in api.models] + [u.name for u in api.unions]
    names = api.class_names.resolve(used)
    missing = sorted(_referenced(api) - names.keys())
    if missing:  # a type naming a class that isn't generated: a bug of the build, never the spec's
        raise RuntimeError(f"types name classes that are not generated: {', '.join(missing[:5])}")
    rename_classes(api, names)


def rename_classes(api: Api, names: Mapping[str, str]) -> None:
    """Rename the classes of ``api`` (and every type naming one) by ``names``, in place; others keep theirs."""
    api.enums[:] = [replace(e, name=names.get(e.name, e.name)) for e in api.enums]
    api.models[:] = [_renamed_model(m, names) for m in api.models]
    api.unions[:] = [_renamed_union(u, names) for u in api.unions]
    api.types_by_pointer = {p: renamed_type(t, names) for p, t in api.types_by_pointer.items()}
    if api.http is not None:
        api.http.operations[:] = [renamed_operation(op, names) for op in api.http.operations]
    api.webhooks[:] = [w if w.type is None else replace(w, type=renamed_type(w.type, names)) for w in api.webhooks]


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
