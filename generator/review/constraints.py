"""Changes of a field's or parameter's constraints and default (``ir.Constraints``).

The generated code checks no constraint: a narrowed one (a lower ``maxLength``, a ``pattern``
added) makes the server refuse a request it took, so it breaks requests. In a response it
changes no Python type, so it is compatible there (oasdiff flags a widened one). A changed
default breaks requests too: the clients never send a default, so a call that leaves the
value out gets the new one.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from .. import ir
from ..ir.constraints import CHECKED
from .usage import REQUEST
from .versions import Severity

_UPPER = frozenset({"maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties"})
_LOWER = frozenset({"minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties"})


def constraint_changes(
    old: ir.Constraints, new: ir.Constraints, use: frozenset[str]
) -> Iterator[tuple[Severity, str, str]]:
    """``(severity, what happened, detail)`` of each keyword that changed: ("breaking", "constraint narrowed", ..)."""
    if old == new:
        return
    was, now = dict(old), dict(new)
    request = REQUEST in use
    for key in CHECKED:
        before, after = was.get(key), now.get(key)
        if before == after:
            continue
        detail = f"{key}: {before or '(none)'} -> {after or '(none)'}"
        if key == "default":
            changed = before is not None and after is not None
            what = "default changed" if changed else "default added" if after is not None else "default removed"
            yield ("breaking" if changed and request else "compatible"), what, detail
        elif _narrows(key, before, after):
            yield ("breaking" if request else "compatible"), "constraint narrowed", detail
        else:
            yield "compatible", "constraint widened", detail


def _narrows(key: str, before: str | None, after: str | None) -> bool:
    """Whether a value that met ``before`` may fail ``after`` (a new or changed pattern: it may)."""
    if after is None:
        return False
    if before is None:
        return after != "false"
    old, new = json.loads(before), json.loads(after)
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (old, new))
    if key in _UPPER and numbers:
        return bool(new < old)
    if key in _LOWER and numbers:
        return bool(new > old)
    if isinstance(new, bool):  # uniqueItems, OpenAPI 3.0's exclusiveMaximum/Minimum
        return new and not old
    return True
