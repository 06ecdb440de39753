"""Every change from one version of a package to the next, grouped by the class or operation it is in."""

from __future__ import annotations

from .. import ir
from .classes import class_changes
from .operations import operation_changes
from .versions import Change, Versions


def compare(old: ir.Api, new: ir.Api) -> list[Change]:
    """The changes a Python caller of ``new``'s package sees, coming from ``old``'s (same package)."""
    versions = Versions(old, new)
    found = list(class_changes(versions)) + list(operation_changes(versions))
    order = {group: i for i, group in enumerate(sorted({c.group for c in found}))}
    return sorted(found, key=lambda c: order[c.group])  # stable: each group's changes as found


def counts(changes: list[Change]) -> dict[str, int]:
    """How many changes break callers, and how many don't (documentation among them)."""
    return {
        "breaking": sum(c.severity == "breaking" for c in changes),
        "compatible": sum(c.severity == "compatible" for c in changes),
        "documentation": sum(c.documentation for c in changes),
    }
