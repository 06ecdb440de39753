# Generated from tests/cases/ring/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Models of Ring 1, each imported from its module on first use.

`from ring_client import <Model>` (or from ring_client.models) imports the module that defines
it and the modules it refers to, not the others: a large API costs at import what a caller uses.
"""

from importlib import import_module as _import_module
from typing import Any

# What the models' fields and from_dict use, here too.
from .._runtime import UNSET as UNSET, DecodeError as DecodeError, Unset as Unset

# The public names each module of this folder defines. Type checkers read __init__.pyi, which
# imports them all; here a name is imported from its module when first asked for. The names are
# kept as one string per module, and looked up in them, because thousands of names each made a
# constant of its own, or a dict from name to module, would cost a large package 1-2 ms per import.
_NAMES_BY_MODULE: dict[str, str] = {
    "edge": "Edge",
    "node": "Node",
    "owner": "Owner",
    "shape": "Circle Shape Square shape_from_dict",
}


def __getattr__(name: str) -> Any:
    """Import the module that defines ``name`` on first use, and keep the class here."""
    if name == "__all__":
        value: Any = sorted(n for names in _NAMES_BY_MODULE.values() for n in names.split())
    else:
        module = _module_defining(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def _module_defining(name: str) -> str | None:
    for module, names in _NAMES_BY_MODULE.items():
        if name in names and name in names.split():
            return module
    return None


def __dir__() -> list[str]:
    return list(globals().get("__all__") or __getattr__("__all__"))
