"""The group modules of a package's operations (``_ops_<group>.py``) and client.py's table of them.

client.py holds no operation: each is in the module of its group, imported on its first use
(runtime/_lazy.py), with only the models its operations use. An operation's group is its first tag
(made an identifier; untagged, the first segment of its path), so a spec edit elsewhere moves no operation: a
group of more than MAX_GROUP operations is split in 2, 4, 8, ... parts by a hash of each
operation's name (``_ops_<group>__<part>``), and its operations move only when the group's size
crosses such a bound.
"""

from __future__ import annotations

import dataclasses
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from .. import ir
from .client_views import OperationView
from .text import py_str

MAX_GROUP = 64  # operations of a group module, at most, before it is split in two (then four, ...)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class GroupView:
    module: str  # "_ops_repos", or "_ops_repos__3" (a part: a key has no "__", so no tag's module is named so)
    operations: list[OperationView]


def group_key(op: ir.Operation) -> str:
    """The group of ``op``: its first tag as an identifier (lower case, ``_`` between words); untagged, the
    first segment of its path that is no parameter; else "untagged"."""
    segments = [s for s in op.path.split("/") if s and "{" not in s]
    given = op.tags[0] if op.tags else segments[0] if segments else ""
    return re.sub(r"[^a-z0-9]+", "_", given.lower()).strip("_")[:40] or "untagged"


def operation_groups(operations: list[ir.Operation], view: Callable[[ir.Operation], OperationView]) -> list[GroupView]:
    """The group modules of ``operations``, by module name, each operation's view made by ``view``."""
    by_key: dict[str, list[ir.Operation]] = {}
    for op in operations:
        by_key.setdefault(group_key(op), []).append(op)
    groups: list[GroupView] = []
    for key, members in sorted(by_key.items()):
        parts = 1
        while len(members) > MAX_GROUP * parts:
            parts *= 2
        if parts == 1:
            groups.append(GroupView(f"_ops_{key}", [view(op) for op in members]))
            continue
        for part in range(parts):
            chosen = [op for op in members if zlib.crc32(op.name.encode()) % parts == part]
            if chosen:
                groups.append(GroupView(f"_ops_{key}__{part}", [view(op) for op in chosen]))
    return groups


def names_table(groups: list[GroupView], pagers: bool = False) -> str:
    """A dict literal: each group module -> the names of its operations (or of their ``paginate_`` methods),
    one a line in a list (its trailing comma keeps them so through ruff, one name too: an operation
    added is a line added)."""
    entries: list[str] = []
    for group in groups:
        if pagers:
            names = [op.pager.name for op in group.operations if op.pager]
        else:
            names = [op.name for op in group.operations]
        if names:
            lines = "".join(f"        {py_str(name)},\n" for name in names)
            entries.append(f"    {py_str(group.module)}: [\n{lines}    ],\n")
    return "{\n" + "".join(entries) + "}" if entries else "{}"


def used_imports(group: GroupView, clauses: list[str]) -> list[str]:
    """The import clauses (``Name`` or ``Name as Local``) of the names the group's code uses (by word, in
    every string its views hold): a module imports only the models of its operations."""
    words: set[str] = set()
    for op in group.operations:
        _collect_words(op, words)
    return [c for c in clauses if c.rpartition(" as ")[2] in words]


def _collect_words(value: object, words: set[str]) -> None:
    if isinstance(value, str):
        words.update(_WORD.findall(value))
    elif isinstance(value, list | tuple):
        for item in value:
            _collect_words(item, words)
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            _collect_words(getattr(value, f.name), words)
