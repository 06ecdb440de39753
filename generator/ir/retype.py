"""Every type an IR holds, mapped: a class renamed (generator/naming/renames.py), an enum read as a literal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .api import Api, Operation, TypeRef

TypeMap = Callable[[TypeRef], TypeRef]
"""What a type becomes (a class renamed, an enum read as a literal)."""


def retyped_operation(op: Operation, new: TypeMap) -> Operation:
    """``op`` with every type it holds mapped by ``new``."""
    pagination = op.pagination
    if pagination is not None:
        reads = tuple((role, tuple(replace(f, type=new(f.type)) for f in path)) for role, path in pagination.reads)
        pagination = replace(pagination, items=replace(pagination.items, type=new(pagination.items.type)), reads=reads)
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
