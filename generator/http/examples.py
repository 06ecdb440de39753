"""A parameter's example value, as the spec gives it, for the examples of a package's README (render/readme.py).

Read from the parameter (``example``, then the first of ``examples``' values) or its schema (``example``,
the first of ``examples``, ``default``, the first of ``enum``), and kept as JSON text: it is data,
turned into a Python literal (or refused, for a placeholder) only where it is used.
"""

from __future__ import annotations

import json

from ..ir.walk import node_at
from ..openapi import nodes

_NONE = object()


def parameter_example(param: nodes.Parameter) -> str:
    """The JSON text of the example the spec gives for ``param`` ("" if none, or if it isn't JSON data)."""
    raw = node_at(param.file.data, param.pointer)
    value = _example_of(raw) if isinstance(raw, dict) else _NONE
    if value is _NONE and param.schema is not None:
        schema = param.schema.resolved().raw
        value = _example_of(schema, schema_keywords=True) if isinstance(schema, dict) else _NONE
    if value is _NONE:
        return ""
    try:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)
    except (TypeError, ValueError):  # a YAML date, a NaN: not JSON
        return ""


def _example_of(node: dict[str, object], *, schema_keywords: bool = False) -> object:
    if "example" in node:
        return node["example"]
    examples = node.get("examples")
    if isinstance(examples, dict):  # a parameter's: {name: Example Object}
        first = next(iter(examples.values()), None)
        if isinstance(first, dict) and "value" in first:
            return first["value"]
    if schema_keywords:
        if isinstance(examples, list) and examples:  # JSON Schema's (3.1)
            return examples[0]
        if "default" in node:
            return node["default"]
        enum = node.get("enum")
        if isinstance(enum, list) and enum:
            return enum[0]
    return _NONE
