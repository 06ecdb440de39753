"""Walking a spec: every value with its JSON pointer, and every schema nested in a schema."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .diagnostics import join_pointer


def mapping(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one: for reading optional spec sections."""
    return value if isinstance(value, dict) else {}


def describe(raw: Any) -> str:
    """A schema's description (or title), stripped; "" if it has neither."""
    return str(mapping(raw).get("description") or mapping(raw).get("title") or "").strip()


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def walk(data: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    """Every (pointer, value) in a JSON document, parents before children."""
    stack = [(pointer, data)]
    while stack:
        here, value = stack.pop()
        yield here, value
        if isinstance(value, dict):
            stack.extend((join_pointer(here, k), v) for k, v in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((join_pointer(here, i), v) for i, v in reversed(list(enumerate(value))))


_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_ONES = ("items", "additionalProperties", "not", "if", "then", "else", "contains")


def iter_schemas(schema: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """A schema and every schema nested in it (never examples, defaults or enums)."""
    stack = [(pointer, schema)]
    while stack:
        here, node = stack.pop()
        if not isinstance(node, dict):
            continue
        yield here, node
        for keyword in _SCHEMA_ONES:
            if isinstance(node.get(keyword), dict):
                stack.append((join_pointer(here, keyword), node[keyword]))
        for keyword in _SCHEMA_LISTS:
            if isinstance(node.get(keyword), list):
                stack.extend((join_pointer(here, keyword, i), s) for i, s in enumerate(node[keyword]))
        for keyword in _SCHEMA_MAPS:
            if isinstance(node.get(keyword), dict):
                stack.extend((join_pointer(here, keyword, k), s) for k, s in node[keyword].items())
