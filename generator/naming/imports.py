"""The names a generated module imports the package's classes under: their own, or ``<name>Model``.

A model, enum or union whose name the importing module already binds (client.py's ``Request``,
``Client``, a builtin) is imported as ``<name>Model`` (``<name>Model2``, ... if that is taken
too); naming/renames.py gives every type the module holds the name it knows the class by.
"""

from __future__ import annotations

from collections.abc import Sequence, Set


def local_names(classes: Sequence[str], taken: Set[str]) -> dict[str, str]:
    """The classes of ``classes`` that a module binding ``taken`` imports under another name, and that name."""
    renames: dict[str, str] = {}
    for name in classes:
        if name in taken:
            local, n = f"{name}Model", 2
            while local in classes or local in taken:
                local, n = f"{name}Model{n}", n + 1
            renames[name] = local
            taken = taken | {local}
    return renames
