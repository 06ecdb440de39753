"""Two versions of one package, and a change between them as a Python caller sees it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .. import ir
from ..naming.renames import renamed_classes
from .pairing import pair_classes
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
        pairing = pair_classes(old, new)
        self.renamed, self.alike = pairing.renamed, pairing.alike
        self.old = renamed_classes(old, self.renamed)
        self.new = new
        self.new_kinds = _kinds(new)
        self.kind_changed = {  # a class that became another kind: name -> (old kind, new kind)
            n: (k[0], self.new_kinds[n][0]) for n, k in _kinds(self.old).items() if self.new_kinds.get(n, k)[0] != k[0]
        }
        self.old_space, self.new_space = TypeSpace.of(self.old), TypeSpace.of(new)
        self.old_use, self.new_use = directions(self.old), directions(new)

    def use(self, name: str) -> frozenset[str]:
        """The directions a class (by its new name) travels in, in either version."""
        return self.old_use.get(name, frozenset()) | self.new_use.get(name, frozenset()) or BOTH

    def type_break(self, old: ir.TypeRef, new: ir.TypeRef, use: frozenset[str]) -> str:
        """Why the change of a type breaks callers ("" if it doesn't), for a value used as ``use`` says."""
        old = self._recast(old)
        if REQUEST in use and not accepts(new, self.new_space, old, self.old_space):
            return "no longer accepts None" if _gains_null(new, old) else "no longer accepts every value it did"
        if RESPONSE in use and not accepts(old, self.old_space, new, self.new_space):
            return "may now be null" if _gains_null(old, new) else "may now hold a value it couldn't"
        return ""

    def type_change(self, old: ir.TypeRef, new: ir.TypeRef) -> str:
        """``widened`` (takes every old value), ``narrowed`` (holds only old values) or ``changed``."""
        old = self._recast(old)
        if accepts(new, self.new_space, old, self.old_space):
            return "widened"
        return "narrowed" if accepts(old, self.old_space, new, self.new_space) else "changed"

    def differ(self, old: ir.TypeRef, new: ir.TypeRef) -> bool:
        """Whether two types differ, other than by a class that became another kind (said on the class)."""
        return old != new and self._recast(old) != new

    def _recast(self, t: ir.TypeRef) -> ir.TypeRef:
        """An old type with the kinds of the classes it names as they are now (their change is said once)."""
        if not self.kind_changed:
            return t
        item = self._recast(t.item) if t.item is not None else None
        kind = self.new_kinds[t.name][1] if t.name in self.kind_changed else t.kind
        return ir.TypeRef(kind, t.name, item, t.nullable, t.literal)

    def symbol(self, *names: str) -> str:
        return ".".join((self.package, *names))


def _gains_null(before: ir.TypeRef, after: ir.TypeRef) -> bool:
    """``after`` is ``before`` admitting null too, and nothing else differs."""
    return after.nullable and not before.nullable and after.non_null() == before.non_null()


def _kinds(api: ir.Api) -> dict[str, tuple[str, ir.Kind]]:
    """Each class's kind ("model", "enum", "union") and the kind of a type naming it."""
    found: dict[str, tuple[str, ir.Kind]] = {m.name: ("model", "model") for m in api.models}
    found.update((e.name, ("enum", "enum")) for e in api.enums)
    found.update((u.name, ("union", "union" if u.tagged else "untagged")) for u in api.unions)
    return found
