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
    schema = mapping(raw)
    return str(schema.get("description") or "").strip() or str(schema.get("title") or "").strip()


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


# --- $refs: the spec's own, and those inside data -------------------------------------------

DATA_KEYWORDS = frozenset({"example", "default", "enum", "const"})
"""Members whose values are JSON data the spec shows or allows, never spec objects."""

_NAMED_MAPS = frozenset(
    {
        *("properties", "patternProperties", "$defs", "definitions", "dependentSchemas"),
        *("headers", "content", "encoding", "links", "callbacks", "variables", "mapping", "scopes", "webhooks"),
    }
)
"""Objects whose keys are names a spec chooses: an ``x-`` key there (a header ``x-request-id``) is a name."""
_SWAGGER_NAMED_MAPS = frozenset({"parameters", "responses", "securityDefinitions"})  # at a Swagger 2.0 root

# Where a value stands, which decides what its keys mean.
_ROOT, _OBJECT, _NAMES, _COMPONENTS, _RESPONSES, _EXAMPLES, _EXAMPLE, _DATA = range(8)


def refs(data: Any, pointer: str = "", *, root: bool = True) -> Iterator[tuple[str, dict[str, Any], str]]:
    """Every object holding a string ``$ref``, with its pointer and, if it lies inside data, that data's pointer.

    The data is the value of an extension (``x-mapped-definition: {$ref: ...}``: vendor data,
    whose references name what the vendor's tooling knows) or of ``example``, ``examples``,
    ``default``, ``enum`` or ``const``. For the spec's own ``$ref``s the third item is "".
    ``root``: ``data`` is a whole document (else an object in one, such as ``paths``).
    """
    stack: list[tuple[str, Any, int, str]] = [(pointer, data, _ROOT if root else _OBJECT, "")]
    while stack:
        here, value, where, in_data = stack.pop()
        if isinstance(value, list):
            inner = _DATA if where == _DATA else _OBJECT
            stack.extend((join_pointer(here, i), value[i], inner, in_data) for i in reversed(range(len(value))))
            continue
        if not isinstance(value, dict):
            continue
        if isinstance(value.get("$ref"), str):
            yield here, value, in_data
        for key, child in reversed(value.items()):  # (popped in document order)
            if isinstance(child, dict | list):
                at = join_pointer(here, key)
                inner = _member(where, str(key), child)
                stack.append((at, child, inner, in_data or (at if inner == _DATA else "")))


def _member(where: int, key: str, value: Any) -> int:
    """Where the member ``key`` of an object that stands ``where`` stands."""
    if where == _DATA:
        return _DATA
    if where == _NAMES:
        return _OBJECT
    if where == _EXAMPLES:
        return _EXAMPLE
    if key.startswith("x-"):
        return _DATA
    if where == _RESPONSES:
        return _OBJECT  # "default" here is a response, not a schema's default value
    if where == _COMPONENTS:
        return _EXAMPLES if key == "examples" else _NAMES
    if key in DATA_KEYWORDS or (where == _EXAMPLE and key == "value"):
        return _DATA
    if key == "examples" and isinstance(value, list):  # a schema's examples (3.1), not named Example objects
        return _DATA
    if key == "examples":
        return _EXAMPLES
    if where == _ROOT and key == "components":
        return _COMPONENTS
    if key in _NAMED_MAPS or (where == _ROOT and key in _SWAGGER_NAMED_MAPS):
        return _NAMES
    return _RESPONSES if key == "responses" else _OBJECT


def node_at(data: Any, pointer: str) -> Any:
    """The value at ``pointer`` in a JSON document; None if there is none."""
    node = data
    for raw in pointer.split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node
