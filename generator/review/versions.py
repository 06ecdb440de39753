"""Two versions of one package, and a change between them as a Python caller sees it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from .. import ir
from ..naming.renames import renamed_classes, renamed_type
from .types import TypeSpace, accepts
from .usage import BOTH, REQUEST, RESPONSE, directions

Severity = Literal["breaking", "compatible"]


@dataclass(frozen=True)
class Change:
    severity: Severity
    group: str  # the class or operation it belongs to: "cycle_client.Image", "cycle_client.Client.list_images"
    kind: str  # what happened: "field removed", "parameter became required", ...
    symbol: str  # the Python name it is about: "cycle_client.Image.size"
    wire: str = ""  # its name on the wire, if it has one
    old: ir.Source | None = None  # where it was (None: it is new)
    new: ir.Source | None = None  # where it is (None: it is gone)
    detail: str = ""  # "int -> str"
    documentation: bool = False  # only its description changed


class Versions:
    """The old version's classes renamed to the new names where they are the same class (same place)."""

    def __init__(self, old: ir.Api, new: ir.Api) -> None:
        self.package = new.package
        self.original = old
        self.renamed = _classes_renamed(old, new)
        self.old = renamed_classes(old, self.renamed)
        self.new = new
        self.old_space, self.new_space = TypeSpace.of(self.old), TypeSpace.of(new)
        self.old_use, self.new_use = directions(self.old), directions(new)

    def use(self, name: str) -> frozenset[str]:
        """The directions a class (by its new name) travels in, in either version."""
        return self.old_use.get(name, frozenset()) | self.new_use.get(name, frozenset()) or BOTH

    def type_break(self, old: ir.TypeRef, new: ir.TypeRef, use: frozenset[str]) -> str:
        """Why the change of a type breaks callers ("" if it doesn't), for a value used as ``use`` says."""
        if REQUEST in use and not accepts(new, self.new_space, old, self.old_space):
            return "no longer accepts None" if _gains_null(new, old) else "no longer accepts every value it did"
        if RESPONSE in use and not accepts(old, self.old_space, new, self.new_space):
            return "may now be null" if _gains_null(old, new) else "may now hold a value it couldn't"
        return ""

    def type_change(self, old: ir.TypeRef, new: ir.TypeRef) -> str:
        """``widened`` (takes every old value), ``narrowed`` (holds only old values) or ``changed``."""
        if accepts(new, self.new_space, old, self.old_space):
            return "widened"
        return "narrowed" if accepts(old, self.old_space, new, self.new_space) else "changed"

    def symbol(self, *names: str) -> str:
        return ".".join((self.package, *names))


def _gains_null(before: ir.TypeRef, after: ir.TypeRef) -> bool:
    """``after`` is ``before`` admitting null too, and nothing else differs."""
    return after.nullable and not before.nullable and after.non_null() == before.non_null()


def _classes_renamed(old: ir.Api, new: ir.Api) -> dict[str, str]:
    """Old class name -> new name, for the classes that are there under another name.

    The same class is one whose schema stands where it stood (named anew: a clash, a renamed
    owner), or else the one class of the same kind and shape (a schema whose key was renamed).
    """
    old_classes, new_classes = _classes(old), _classes(new)
    gone = {name: source for name, source in old_classes.items() if name not in new_classes}
    added = {name: source for name, source in new_classes.items() if name not in old_classes}
    found = _unique_matches({n: _place(s) for n, s in gone.items()}, {n: _place(s) for n, s in added.items()})
    gone = {n: s for n, s in gone.items() if n not in found}
    added = {n: s for n, s in added.items() if n not in found.values()}
    old_shapes, new_shapes = _shapes(old, gone), _shapes(new, added)
    for _ in range(8):  # a renamed class renames the types of its members' owners: settle in rounds
        more = _unique_matches(
            {n: _renamed_shape(s, found) for n, s in old_shapes.items() if n not in found},
            {n: s for n, s in new_shapes.items() if n not in found.values()},
        )
        if not more:
            break
        found.update(more)
    return found


def _unique_matches(old: dict[str, object], new: dict[str, object]) -> dict[str, str]:
    """Pairs of names whose keys are equal and held by no other name on either side."""
    by_key: dict[object, list[str]] = {}
    for name, key in new.items():
        by_key.setdefault(key, []).append(name)
    olds: dict[object, list[str]] = {}
    for name, key in old.items():
        olds.setdefault(key, []).append(name)
    return {
        names[0]: by_key[key][0] for key, names in olds.items() if len(names) == 1 and len(by_key.get(key, [])) == 1
    }


def _shapes(api: ir.Api, names: dict[str, ir.Source]) -> dict[str, tuple[object, ...]]:
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

    return tuple(renamed(item) for item in shape)


def _classes(api: ir.Api) -> dict[str, ir.Source]:
    found: dict[str, ir.Source] = {m.name: m.source for m in api.models}
    found.update((e.name, e.source) for e in api.enums)
    found.update((u.name, u.source) for u in api.unions)
    return found


def _place(source: ir.Source) -> tuple[str, str]:
    """A place both versions name alike: the file's name (not its folder or revision) and the pointer."""
    return source.file.rsplit("/", 1)[-1].rsplit(":", 1)[-1], source.pointer
