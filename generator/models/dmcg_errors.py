"""datamodel-code-generator's refusals, said in our words, at the file, line and member at fault.

It reports a schema it can't read as ``Error at schema path 'common/a.yaml/#/components/schemas/X':
ValidationError: 6 validation errors for JsonSchemaObject``: the schema's reference path, and its
schema model's (pydantic's) errors, one per branch of each union it tried. The path is found in
the spec by places.Locator; each error's location is followed in the document from there, the
union branches' names (``JsonSchemaObject``, ``bool``) skipped, and the member it reaches furthest
is the one named.
"""

from __future__ import annotations

from typing import Any

from ..ir.diagnostics import SpecError, error, join_pointer
from ..load.files import FileCache, LoadedFile
from .places import Locator, Place

_EXPECTED = {
    "string_type": "a string",
    "list_type": "an array",
    "bool_type": "true or false",
    "int_type": "an integer",
    "int_parsing": "an integer",
    "int_from_float": "an integer",
    "float_type": "a number",
    "float_parsing": "a number",
    "dict_type": "an object",
    "model_type": "an object",
    "model_attributes_type": "an object",
}
_UNION_BRANCH_MISMATCH = "bool_type"  # the branch "a schema may be true or false", tried after the object


def parse_failure(exc: Exception, spec: LoadedFile, files: FileCache) -> SpecError:
    """The diagnostic of what the parser raised: at the member at fault if it says where, else at the spec."""
    message = _first_line(exc)
    path = getattr(exc, "path", None)
    place = _place(path, spec, files) if isinstance(path, list) and path else None
    if place is None:
        return error(spec.source(""), f"datamodel-code-generator could not parse the spec: {message}")
    found = _member_at_fault(place, getattr(exc, "original_error", None))
    if found is None:
        return error(place.file.source(place.pointer), f"datamodel-code-generator cannot read this schema: {message}")
    pointer, text = found
    return error(place.file.source(pointer), text)


def _place(path: list[Any], spec: LoadedFile, files: FileCache) -> Place | None:
    """Where its schema path (``['common', 'a.yaml', '#/components/schemas', 'X']``) is, if it can be found."""
    try:
        return Locator(spec, files).place("/".join(map(str, path)).replace("/#", "#"))
    except Exception:  # a path it made up: the spec is named instead
        return None


def _member_at_fault(place: Place, validation: Any) -> tuple[str, str] | None:
    """The pointer of the member the parser's schema model refused, and why, or None if it gave no such errors."""
    errors = validation.errors() if callable(getattr(validation, "errors", None)) else []
    best: tuple[tuple[int, bool], str, str] | None = None
    for found in errors:
        pointer, key, depth = _follow(place, found.get("loc", ()))
        rank = (depth, found.get("type") != _UNION_BRANCH_MISMATCH)
        if best is None or rank > best[0]:
            best = rank, pointer, _why(pointer, key, found)
    return None if best is None else (best[1], best[2])


def _follow(place: Place, location: tuple[Any, ...]) -> tuple[str, bool, int]:
    """Where an error's location leads from ``place``: its pointer, whether a key is at fault, the steps taken."""
    node, pointer, depth = place.node(), place.pointer, 0
    for token in location:
        if token == "[key]":
            return pointer, True, depth
        if isinstance(node, dict) and str(token) in node:
            node, pointer = node[str(token)], join_pointer(pointer, str(token))
        elif isinstance(node, list) and isinstance(token, int) and 0 <= token < len(node):
            node, pointer = node[token], join_pointer(pointer, token)
        else:
            continue  # the name of a union branch the model tried, not a member of the document
        depth += 1
    return pointer, False, depth


def _why(pointer: str, key: bool, found: dict[str, Any]) -> str:
    member = pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~") or "the document"
    expected = _EXPECTED.get(str(found.get("type")))
    if expected is None:
        problem = f"{member}: {str(found.get('msg', '')).lower()}"
    elif key:
        problem = f"the key {found.get('input')!r} must be {expected}"
    else:
        problem = f"{member} must be {expected}, not {_json_kind(found.get('input'))}"
    return f"{problem}; datamodel-code-generator cannot read the schema otherwise"


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    for kind, name in ((str, "a string"), (int, "an integer"), (float, "a number"), (list, "an array")):
        if isinstance(value, kind):
            return f"{name} ({value!r})" if kind in (int, float) else name
    return "an object"


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
