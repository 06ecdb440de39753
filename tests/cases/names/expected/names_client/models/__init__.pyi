# Generated from tests/cases/names/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Models of Awkward names 1, each imported from its module on first use.

`from names_client import <Model>` (or from names_client.models) imports the module that defines
it and the modules it refers to, not the others: a large API costs at import what a caller uses.
"""

from .._runtime import UNSET as UNSET, DecodeError as DecodeError, Unset as Unset
from .any_model import AnyModel
from .thing import (
    EnumModel,
    Thing,
)

__all__ = [
    "AnyModel",
    "EnumModel",
    "Thing",
]
