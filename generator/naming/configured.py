"""The class names a spec's config file gives (``class_names``), checked against the classes built.

The class of the schema at a JSON pointer (or the component schema of a name) asks for its
configured name at the top rank when the names are settled (naming/settle.py), so it always gets
it and the rest settles around it: its inline members are named after it, and a class that
wanted the name takes its next form. Whatever the config names must exist in the spec; a
problem is an error at the config's line.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import ir
from ..ir.diagnostics import Diagnostic, SpecError
from ..load.config import Rename, pointer_of


def configured_class_names(api: ir.Api, renames: Iterable[Rename]) -> dict[str, str]:
    """Provisional class name -> the name the config gives it, for ``with_settled_names``. Raises SpecError."""
    used = [e.name for e in api.enums] + [m.name for m in api.models] + [u.name for u in api.unions]
    by_place: dict[str, str] = {}
    for key in used:
        by_place.setdefault(api.class_names.requests[key].place, key)
    problems: list[Diagnostic] = []
    given: dict[str, Rename] = {}
    configured: dict[str, str] = {}
    for rename in renames:
        pointer = pointer_of(rename.target)
        found = by_place.get(f"{api.spec_file}#{pointer}")
        if found is None:
            problems.append(_error(rename, f"no class is made of the schema at {pointer}"))
        elif rename.name in given:
            problems.append(_error(rename, f"{rename.name!r} is also given to {given[rename.name].target!r}"))
        else:
            given[rename.name] = rename
            configured[found] = rename.name
    if problems:
        raise SpecError(problems)
    return configured


def _error(rename: Rename, message: str) -> Diagnostic:
    return Diagnostic("error", rename.source, message)
