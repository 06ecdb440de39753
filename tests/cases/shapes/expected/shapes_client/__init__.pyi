# Generated from tests/cases/shapes/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Shapes 1: typed models generated from its OpenAPI spec."""

from ._runtime import UNSET, DecodeError, Unset, json_dumps, json_loads
from .models import (
    Animal,
    Cat,
    Child,
    Dog,
    Holder,
    Level,
    Pet,
    pet_from_dict,
)

__all__ = [
    "UNSET",
    "DecodeError",
    "Unset",
    "json_dumps",
    "json_loads",
    "Animal",
    "Cat",
    "Child",
    "Dog",
    "Holder",
    "Level",
    "Pet",
    "pet_from_dict",
]
