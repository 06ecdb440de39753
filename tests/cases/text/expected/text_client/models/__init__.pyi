# Generated from tests/cases/text/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Models of Hostile "text" ''' \"\"\" {{ title }} 1
2, each imported from its module on first use.

`from text_client import <Model>` (or from text_client.models) imports the module that defines
it and the modules it refers to, not the others: a large API costs at import what a caller uses.
"""

from .._runtime import UNSET as UNSET, DecodeError as DecodeError, Unset as Unset
from .note import (
    Note,
    NoteLineBreak,
)

__all__ = [
    "Note",
    "NoteLineBreak",
]
