"""Following ``$ref``s: where each one leads, and chains of them that loop or run too long.

A ``$ref`` may name another ``$ref`` (``A: {$ref: B}``, ``B: {$ref: C}``): a chain. The chains of
a spec are followed once each, whatever the number of ``$ref``s that share them, so checking them
all is linear in the spec's size: a 10,000-long chain or cycle is reported in milliseconds. A
cycle with no schema in it is an error, reported once, at the first ``$ref`` that leads into it;
so is a chain longer than ``MAX_REF_CHAIN``, which no real spec needs and which the later stages
(datamodel-code-generator, the type builder) would follow by recursion.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..ir.diagnostics import SpecError
from ..load.files import OUTSIDE, FileCache, LoadedFile, ref_pointer, resolve_pointer, split_ref

MAX_REF_CHAIN = 100
"""A ``$ref`` may lead through at most this many ``$ref``s before it reaches what is not one."""

_NAMED = 3  # the places a message names before "..."


def resolve_ref(here: LoadedFile, ref: str, files: FileCache) -> tuple[LoadedFile | None, str]:
    """The file ``ref`` (a ``$ref`` of ``here``) names, None for ``here`` itself; or why it can't be followed."""
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc:
        return None, f"remote $ref {ref!r} is not followed (only local and relative file refs are)"
    file_part, fragment = split_ref(ref)
    target = here
    if file_part:
        path = here.path.parent / file_part
        if not files.readable(path):
            return None, f"$ref {ref!r} {OUTSIDE}"
        if not path.is_file():
            return None, f"$ref {ref!r} names a file that does not exist"
        try:
            target = files.get(path)
        except SpecError as exc:
            return None, f"$ref {ref!r}: {exc.diagnostics[0].message}"
    if fragment and not fragment.startswith("/"):
        return None, f"$ref {ref!r} is not a JSON pointer"
    try:
        resolve_pointer(target.data, fragment)
    except KeyError:
        return None, f"$ref {ref!r} points to nothing"
    return (target if file_part else None), ""


@dataclass
class _Known:
    links: int  # the $refs followed from here to the end
    end: str  # where the chain ends ("file#pointer"), or where its cycle was first met
    cycle: bool = False


@dataclass
class RefChains:
    """The chains of the ``$ref``s of one spec's files, each place followed once."""

    files: FileCache
    known: dict[str, _Known] = field(default_factory=dict)  # "file#pointer" of a $ref -> its chain
    reported: set[str] = field(default_factory=set)  # the ends of the chains already reported

    def problem(self, here: LoadedFile, pointer: str, ref: str) -> str:
        """Why the ``$ref`` ``ref`` at ``pointer`` of ``here`` (a holder of a good ``$ref``) must be refused, or ""."""
        start = f"{here.display}#{pointer}"
        if start in self.known:
            return ""  # on a chain already followed (and reported, if it had to be)
        chain, index = [start], {start: 0}
        current, link = here, ref
        while True:
            target, problem = resolve_ref(current, link, self.files)
            if problem:
                return self._settle(chain, _Known(0, chain[-1]))  # reported where that $ref stands
            current = target or current
            where = f"{current.display}#{ref_pointer(link)}"
            if where in self.known:
                return self._settle(chain, self.known[where])
            if where in index:
                return self._cycle(chain, index[where])
            node = resolve_pointer(current.data, ref_pointer(link))
            if not isinstance(node, dict) or not isinstance(node.get("$ref"), str):
                return self._settle(chain, _Known(0, where))
            index[where] = len(chain)
            chain.append(where)
            link = node["$ref"]

    def _settle(self, chain: list[str], tail: _Known) -> str:
        """Record each place of ``chain`` as leading to ``tail``; say so if the chain is too long."""
        for position, where in enumerate(chain):
            self.known[where] = _Known(tail.links + len(chain) - position, tail.end, tail.cycle)
        links = self.known[chain[0]].links
        if tail.cycle or links <= MAX_REF_CHAIN or tail.end in self.reported:
            return ""
        self.reported.add(tail.end)
        return (
            f"$ref chain of {links:,} $refs before a schema ({_names(chain, links)}): "
            f"more than {MAX_REF_CHAIN} in a row are refused"
        )

    def _cycle(self, chain: list[str], first: int) -> str:
        members = chain[first:]
        for where in chain:
            self.known[where] = _Known(0, members[0], cycle=True)
        self.reported.add(members[0])
        names = _names([*members, members[0]], len(members) + 1)
        return f"$ref cycle with no schema in it: {names} ({len(members):,} $ref{'s' * (len(members) > 1)})"


def _names(chain: list[str], length: int) -> str:
    """The first few places of a chain of ``length``, and its last if there are few more."""
    if length <= _NAMED + 1:
        return " -> ".join(chain[:length])
    return " -> ".join(chain[:_NAMED]) + " -> ..."
