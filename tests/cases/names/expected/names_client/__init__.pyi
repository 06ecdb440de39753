# Generated from tests/cases/names/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Awkward names 1: typed models generated from its OpenAPI spec."""

from ._runtime import UNSET, DecodeError, Unset, json_dumps, json_loads
from .models import (
    AnyModel,
    EnumModel,
    Thing,
)

__all__ = [
    "UNSET",
    "DecodeError",
    "Unset",
    "json_dumps",
    "json_loads",
    "AnyModel",
    "EnumModel",
    "Thing",
]
