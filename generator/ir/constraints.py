"""A schema's constraints and default as the IR keeps them (``ir.Constraints``), for the review of a spec change."""

from __future__ import annotations

import json
from typing import Any

from .api import Constraints

CHECKED = (
    "maxLength",
    "minLength",
    "pattern",
    "format",
    "maximum",
    "minimum",
    "exclusiveMaximum",
    "exclusiveMinimum",
    "multipleOf",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxProperties",
    "minProperties",
    "default",
)


def constraints_of(schema: Any) -> Constraints:
    """The keywords of ``CHECKED`` that ``schema`` has (not those of a schema it refers to), values as JSON text."""
    if not isinstance(schema, dict):
        return ()
    return tuple((key, json.dumps(schema[key], sort_keys=True, default=str)) for key in CHECKED if key in schema)


def header_type(schema: Any) -> str:
    """A response header's schema as text: ``integer``, ``string date-time``, ``string | null``."""
    if not isinstance(schema, dict):
        return "any"
    kind = schema.get("type", "any")
    text = " | ".join(str(k) for k in kind) if isinstance(kind, list) else str(kind)
    if schema.get("format"):
        text += f" {schema['format']}"
    return text + (" | null" if schema.get("nullable") is True else "")
