"""The classes a set of types reaches: the classes they name, and every class those refer to in turn.

A model refers to the classes of its fields and of its extra members; a union to its variants,
members and fallback. Used to leave out the classes no kept operation uses (models/pruning.py)
and to tell which classes a request or a response carries (review/usage.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .api import Api, TypeRef


def type_names(t: TypeRef | None) -> Iterator[str]:
    """The classes a type names: its own, and its items' (a list of a list of Image names Image)."""
    while t is not None:
        if t.name:
            yield t.name
        t = t.item


def classes_reached(api: Api, roots: Iterable[TypeRef | None]) -> set[str]:
    """The names of the classes of ``api`` that ``roots`` name, directly or through other classes."""
    models = {m.name: m for m in api.models}
    unions = {u.name: u for u in api.unions}
    seen: set[str] = set()
    pending = [name for t in roots for name in type_names(t)]
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        if name in models:
            model = models[name]
            pending += [n for t in (*(f.type for f in model.fields), model.extra) for n in type_names(t)]
        if name in unions:
            union = unions[name]
            pending += [v.model for v in union.variants] + [n for t in union.members for n in type_names(t)]
            pending += [union.fallback] if union.fallback else []
    return seen
