"""Which class of the old version is which class of the new one, when its name changed.

The same class is one whose schema stands where it stood (named anew: a clash, a renamed
owner); or else the class of the same kind and shape (a schema moved or whose key was
renamed). Several classes of one shape are told apart by where they stand: the pair whose
JSON pointers end alike (``.../RecordTypes/properties/a`` and ``.../DnsRecordTypes/properties/a``)
and, failing that, whose names end alike, if each is the other's one best match.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from .. import ir
from ..naming.renames import renamed_type


@dataclass(frozen=True)
class Pairing:
    renamed: dict[str, str]  # old name -> new name, of the classes there under another name
    alike: dict[str, list[str]]  # a class gone for good -> the added classes of its shape it could be


def pair_classes(old: ir.Api, new: ir.Api) -> Pairing:
    old_classes, new_classes = classes(old), classes(new)
    gone = {name: source for name, source in old_classes.items() if name not in new_classes}
    added = {name: source for name, source in new_classes.items() if name not in old_classes}
    found = _unique({n: _place(s) for n, s in gone.items()}, {n: _place(s) for n, s in added.items()})
    old_shapes = shapes(old, {n for n in gone if n not in found})
    new_shapes = shapes(new, {n for n in added if n not in found.values()})
    for _ in range(8):  # a renamed class renames the types of its members' owners: settle in rounds
        olds = {n: _renamed_shape(s, found) for n, s in old_shapes.items() if n not in found}
        news = {n: s for n, s in new_shapes.items() if n not in found.values()}
        more = _unique(olds, news) or _closest(olds, news, old_classes, new_classes)
        if not more:
            break
        found.update(more)
    by_shape = _by_key({n: s for n, s in new_shapes.items() if n not in found.values()})
    olds = {n: _renamed_shape(s, found) for n, s in old_shapes.items() if n not in found}
    return Pairing(found, {n: by_shape[s] for n, s in olds.items() if s in by_shape})


def _unique(old: Mapping[str, object], new: Mapping[str, object]) -> dict[str, str]:
    """Pairs of names whose keys are equal and held by no other name on either side."""
    news, olds = _by_key(new), _by_key(old)
    return {names[0]: news[key][0] for key, names in olds.items() if len(names) == 1 and len(news.get(key, [])) == 1}


def _closest(
    old: Mapping[str, object], new: Mapping[str, object], old_at: dict[str, ir.Source], new_at: dict[str, ir.Source]
) -> dict[str, str]:
    """Pairs among several classes of one shape: each the other's one best by pointer and name ending."""
    news = _by_key(new)
    found: dict[str, str] = {}
    for key, olds in _by_key(old).items():
        candidates = news.get(key, [])
        if not candidates:
            continue
        best_new = {o: _best(o, candidates, old_at, new_at, True) for o in olds}
        best_old = {n: _best(n, olds, new_at, old_at, False) for n in candidates}
        found.update({o: n for o, n in best_new.items() if n and best_old.get(n) == o})
    return found


def _best(name: str, others: list[str], here: dict[str, ir.Source], there: dict[str, ir.Source], old: bool) -> str:
    """The one name of ``others`` most alike ``name`` ("" if tied, or if none is alike enough)."""
    scores = {other: _alike(here[name].pointer, there[other].pointer, name, other) for other in others}
    top = max(scores.values())
    winners = [other for other, score in scores.items() if score == top]
    alike_enough = top[0] > 0 or top[1] >= 4  # a pointer segment, or a word's worth of name ("Kind")
    return winners[0] if len(winners) == 1 and alike_enough else ""


def _alike(pointer: str, other_pointer: str, name: str, other: str) -> tuple[int, int]:
    """How many trailing pointer segments, then trailing name characters, two classes share."""
    return _common_tail(pointer.split("/"), other_pointer.split("/")), _common_tail(list(name), list(other))


def _common_tail(a: list[str], b: list[str]) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _by_key(named: Mapping[str, object]) -> dict[object, list[str]]:
    found: dict[object, list[str]] = {}
    for name, key in named.items():
        found.setdefault(key, []).append(name)
    return found


def shapes(api: ir.Api, names: set[str]) -> dict[str, tuple[object, ...]]:
    """What a class is, whatever its name: a model's fields, an enum's values, a union's members."""
    found: dict[str, tuple[object, ...]] = {}
    for m in api.models:
        if m.name in names:
            found[m.name] = ("model", tuple((f.wire_name, f.required, f.type) for f in m.fields), m.extra)
    for e in api.enums:
        if e.name in names:
            found[e.name] = ("enum", tuple(member.value for member in e.members))
    for u in api.unions:
        if u.name in names:
            found[u.name] = ("union", u.discriminator, u.variants, u.members, u.fallback)
    return found


def _renamed_shape(shape: tuple[object, ...], names: dict[str, str]) -> tuple[object, ...]:
    """A shape with the class names it holds renamed."""

    def renamed(value: object) -> object:
        if isinstance(value, ir.TypeRef):
            return renamed_type(value, names)
        if isinstance(value, ir.Variant):
            return replace(value, model=names.get(value.model, value.model))
        if isinstance(value, str):
            return names.get(value, value)
        if isinstance(value, tuple):
            return tuple(renamed(item) for item in value)
        return value

    return tuple(renamed(item) for item in shape) if names else shape


def classes(api: ir.Api) -> dict[str, ir.Source]:
    found: dict[str, ir.Source] = {m.name: m.source for m in api.models}
    found.update((e.name, e.source) for e in api.enums)
    found.update((u.name, u.source) for u in api.unions)
    return found


def _place(source: ir.Source) -> tuple[str, str]:
    """A place both versions name alike: the file's name (not its folder or revision) and the pointer."""
    return source.file.rsplit("/", 1)[-1].rsplit(":", 1)[-1], source.pointer


def moved(old: ir.Source, new: ir.Source) -> bool:
    """Whether a class's schema stands elsewhere now, not only under a renamed key (its own or an owner's)."""
    before, after = old.pointer.split("/"), new.pointer.split("/")
    return len(before) != len(after) or sum(a != b for a, b in zip(before, after, strict=True)) > 1
