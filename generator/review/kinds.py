"""A class that became another kind under the same name: a model now a union of models, and back.

Said once, on the class, rather than as a type change of every field that holds it (whose
annotation reads the same). A model that became a union loses the fields its members don't
all have: ``steps[0].image`` no longer type-checks unless every member has ``image``.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import ir
from .pairing import classes
from .types import TypeSpace, python_type
from .versions import Change, Versions


def kind_changes(v: Versions) -> Iterator[Change]:
    old_models, new_models = {m.name: m for m in v.old.models}, {m.name: m for m in v.new.models}
    old_unions, new_unions = {u.name: u for u in v.old.unions}, {u.name: u for u in v.new.unions}
    old_sources, new_sources = classes(v.old), classes(v.new)
    for name, (was, now) in sorted(v.kind_changed.items()):
        group = v.symbol(name)
        sources = (old_sources[name], new_sources[name])
        if was == "model" and now == "union":
            union = new_unions[name]
            members = _members(union, v.new_space)
            yield Change("breaking", group, "model became a union", group, "", *sources, " | ".join(members))
            yield from _unreachable(v, old_models[name], union, new_models)
        elif was == "union" and now == "model":
            detail = f"{' | '.join(_members(old_unions[name], v.old_space))} -> {name}"
            yield Change("breaking", group, "union became a model", group, "", *sources, detail)
        else:
            yield Change("breaking", group, f"{was} became {'an' if now == 'enum' else 'a'} {now}", group, "", *sources)


def _members(union: ir.Union, space: TypeSpace) -> list[str]:
    """The union's members as its annotation reads them."""
    if union.tagged:
        return _models(union)
    return [python_type(t, space) for t in union.members]


def _models(union: ir.Union) -> list[str]:
    """The classes of a union's members ("" for a member that is no model)."""
    if union.tagged:
        return list(dict.fromkeys([v.model for v in union.variants] + ([union.fallback] if union.fallback else [])))
    return [t.name if t.kind == "model" else "" for t in union.members]


def _unreachable(v: Versions, old: ir.Model, union: ir.Union, models: dict[str, ir.Model]) -> Iterator[Change]:
    """The old model's fields that not every member of the union has (by Python name)."""
    holders = [models.get(name) for name in _models(union)]
    group = v.symbol(union.name)
    for f in old.fields:
        having = [m.name for m in holders if m is not None and any(g.name == f.name for g in m.fields)]
        if len(having) == len(holders):
            continue
        detail = f"only on {', '.join(having)}" if having else "on no member"
        yield Change(
            "breaking",
            group,
            "field no longer reachable",
            v.symbol(union.name, f.name),
            f.wire_name,
            f.source,
            None,
            detail,
        )
