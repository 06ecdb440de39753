# Generated from tests/cases/shapes/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Models of Shapes 1, each imported from its module on first use.

`from shapes_client import <Model>` (or from shapes_client.models) imports the module that defines
it and the modules it refers to, not the others: a large API costs at import what a caller uses.
"""

from .._runtime import UNSET as UNSET, DecodeError as DecodeError, Unset as Unset
from .animal import Animal
from .holder import (
    Cat,
    Child,
    Dog,
    Holder,
    Level,
    Pet,
    pet_from_dict,
)

__all__ = [
    "Animal",
    "Cat",
    "Child",
    "Dog",
    "Holder",
    "Level",
    "Pet",
    "pet_from_dict",
]
