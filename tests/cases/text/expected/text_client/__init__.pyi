# Generated from tests/cases/text/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Hostile "text" ''' \"\"\" {{ title }} 1
2: typed models generated from its OpenAPI spec.
"""

from ._runtime import UNSET, DecodeError, Unset, json_dumps, json_loads
from .models import (
    Note,
    NoteLineBreak,
)

__all__ = [
    "UNSET",
    "DecodeError",
    "Unset",
    "json_dumps",
    "json_loads",
    "Note",
    "NoteLineBreak",
]
