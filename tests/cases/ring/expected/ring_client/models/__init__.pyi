# Generated from tests/cases/ring/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Models of Ring 1, each imported from its module on first use.

`from ring_client import <Model>` (or from ring_client.models) imports the module that defines
it and the modules it refers to, not the others: a large API costs at import what a caller uses.
"""

from .._runtime import UNSET as UNSET, DecodeError as DecodeError, Unset as Unset
from .edge import Edge
from .node import Node
from .owner import Owner
from .shape import (
    Circle,
    Shape,
    Square,
    shape_from_dict,
)

__all__ = [
    "Circle",
    "Edge",
    "Node",
    "Owner",
    "Shape",
    "Square",
    "shape_from_dict",
]
