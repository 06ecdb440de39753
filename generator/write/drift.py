"""Which files of a package differ from those already in the output folder (``--check``)."""

from __future__ import annotations

from pathlib import Path

from .files import read_tree


def differences(fresh: Path, current: Path, package: str) -> list[str]:
    """``package/<file>`` of every file added, removed or changed between the folders ``current`` and ``fresh``."""
    new, old = read_tree(fresh), read_tree(current)
    return sorted(f"{package}/{name}" for name in new.keys() | old.keys() if new.get(name) != old.get(name))
