# Generated from tests/cases/ring/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Ring 1: typed models generated from its OpenAPI spec."""

from importlib import import_module as _import_module
from typing import Any

from ._runtime import (
    UNSET as UNSET,
    DecodeError as DecodeError,
    Unset as Unset,
    json_dumps as json_dumps,
    json_loads as json_loads,
)

# Type checkers read __init__.pyi, which imports every name. Here the models and the clients are
# imported when first asked for: a model from .models, which imports only the module defining it;
# the clients and the HTTP errors from .client, as they need httpx.
_OWN = ["UNSET", "DecodeError", "Unset", "json_dumps", "json_loads"]
_FROM_CLIENT: frozenset[str] = frozenset()


def __getattr__(name: str) -> Any:
    """A model, or a client or HTTP error, imported from its module when first asked for."""
    if name in _FROM_CLIENT:
        value = getattr(_import_module(".client", __name__), name)
    elif name == "__all__":
        value = _OWN + _import_module(".models", __name__).__all__ + sorted(_FROM_CLIENT)
    else:
        try:
            value = getattr(_import_module(".models", __name__), name)
        except AttributeError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(globals().get("__all__") or __getattr__("__all__"))
