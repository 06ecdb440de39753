"""The order an untagged union tries its members in (unions.py, and inline_types.py for http/'s schemas)."""

from __future__ import annotations

from .. import ir

MEMBER_ORDER: tuple[tuple[ir.Kind, ...], ...] = (
    ("literal",),  # one exact value
    ("datetime", "date"),  # strings in that format only
    ("int",),  # before number: 8 stays an int
    ("model", "union", "untagged"),  # objects with their required members
    ("list",),
    ("dict",),
    ("enum",),  # open enums take any string (or integer) of their kind
    ("str", "number", "bool"),
    ("map",),  # any object
    ("any",),  # anything
)
"""The order an untagged union tries its members in; the spec's order breaks ties."""

_RANK = {kind: rank for rank, kinds in enumerate(MEMBER_ORDER) for kind in kinds}


def in_member_order(members: list[ir.TypeRef]) -> tuple[ir.TypeRef, ...]:
    """An untagged union's members in the order its decoder tries them (MEMBER_ORDER; else the spec's)."""
    return tuple(sorted(members, key=lambda t: _RANK.get(t.kind, len(MEMBER_ORDER))))
