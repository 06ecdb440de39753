"""Changes to what an operation answers besides its result's type: success statuses, headers, errors.

A caller of the parsed method doesn't see the status, but a raw-response user does (and code
that checks ``status_code``): a success status changed breaks them, as a response header
removed or retyped breaks code reading ``response.headers``. An error status added or removed
is compatible (a call raises ``APIStatusError`` either way) but listed, as a reviewer wants it.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import ir
from .versions import Change


def response_changes(group: str, old: ir.Operation, new: ir.Operation) -> Iterator[Change]:
    sources = (old.source, new.source)
    was, now = [r.status for r in old.responses], [r.status for r in new.responses]
    if was and now and set(was) != set(now):
        detail = f"{', '.join(was)} -> {', '.join(now)}"
        yield Change("breaking", group, "success status changed", group, "", *sources, detail)
    for before, after in _paired(old.responses, new.responses):
        yield from _header_changes(group, before, after, sources)
    old_errors, new_errors = _error_statuses(old), _error_statuses(new)
    for status in [s for s in old_errors if s not in new_errors]:
        yield Change("compatible", group, "error status removed", group, status, *sources)
    for status in [s for s in new_errors if s not in old_errors]:
        yield Change("compatible", group, "error status added", group, status, *sources)


def _error_statuses(op: ir.Operation) -> list[str]:
    """The 4xx, 5xx and default statuses the spec lists (if unsaid, those with an error model)."""
    listed = op.statuses or tuple(status for status, _ in op.errors)
    return [status for status in listed if status[0] in "45d"]


def _paired(old: tuple[ir.Response, ...], new: tuple[ir.Response, ...]) -> list[tuple[ir.Response, ir.Response]]:
    """The responses of the same status; or the one before and the one after, when a lone status changed."""
    if len(old) == len(new) == 1:
        return [(old[0], new[0])]
    by_status = {r.status: r for r in new}
    return [(r, by_status[r.status]) for r in old if r.status in by_status]


def _header_changes(
    group: str, old: ir.Response, new: ir.Response, sources: tuple[ir.Source, ir.Source]
) -> Iterator[Change]:
    now = {name.lower(): (name, kind) for name, kind in new.headers}
    for name, kind in old.headers:
        where = f"{new.status} {name}"
        if name.lower() not in now:
            yield Change("breaking", group, "response header removed", group, where, *sources)
        elif now[name.lower()][1] != kind:
            detail = f"{kind} -> {now[name.lower()][1]}"
            yield Change("breaking", group, "response header type changed", group, where, *sources, detail)
    was = {name.lower() for name, _ in old.headers}
    for name, _ in new.headers:
        if name.lower() not in was:
            yield Change("compatible", group, "response header added", group, f"{new.status} {name}", *sources)
