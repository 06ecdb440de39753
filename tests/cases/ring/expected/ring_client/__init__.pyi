# Generated from tests/cases/ring/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Ring 1: typed models generated from its OpenAPI spec."""

from ._runtime import UNSET, DecodeError, Unset, json_dumps, json_loads
from .models import (
    Circle,
    Edge,
    Node,
    Owner,
    Shape,
    Square,
    shape_from_dict,
)

__all__ = [
    "UNSET",
    "DecodeError",
    "Unset",
    "json_dumps",
    "json_loads",
    "Circle",
    "Edge",
    "Node",
    "Owner",
    "Shape",
    "Square",
    "shape_from_dict",
]
