"""The document as datamodel-code-generator's parser is given it: a copy, with references it misreads made plain.

An allOf that only annotates a ``$ref`` becomes the ``$ref`` (``plain_refs``), and a schema whose
allOf holds ``false`` becomes ``false`` (``false_for_false_all_of``). Only the parser's copy
changes: descriptions, source lines and pointers come from the spec as it is.
"""

from __future__ import annotations

import copy
import re
from typing import Any
from urllib.parse import unquote

from ..ir.walk import node_at
from ..load.files import ref_pointer

ANNOTATIONS = frozenset(
    {"description", "title", "example", "examples", "deprecated", "readOnly", "writeOnly", "externalDocs", "$comment"}
)
"""Keywords that say something about a schema's values without constraining them."""
_TYPING_EXTENSIONS = re.compile(r"x-(nullable$|python-|enum|datamodel-code-generator|is-|propertyNames$)")
"""The x- extensions that do change a type (Swagger's x-nullable, and those the parser gives a meaning to)."""


def annotated_ref(parts: Any) -> int | None:
    """The index of the one ``$ref`` of an allOf whose other members only annotate it, else None.

    ``allOf: [{$ref: Value}, {description: ...}, {example: online}, {x-key: category}]`` means
    exactly ``Value``: its other members hold only annotations (``ANNOTATIONS``, ``x-`` extensions).
    OpenAPI 3.0's ``nullable: true`` among them says it is ``Value`` or null (type_refs.allows_null).
    """
    if not isinstance(parts, list) or len(parts) < 2:
        return None
    found = None
    for index, part in enumerate(parts):
        if not isinstance(part, dict):
            return None
        if "$ref" in part:
            if found is not None or not isinstance(part["$ref"], str):
                return None
            found = index
        for key in part:
            if key in ANNOTATIONS or key in ("$ref", "nullable") or _annotation_extension(key):
                continue
            return None
    return found


def plain_refs(data: Any) -> Any:
    """A copy of ``data`` for the parser, with every annotated reference's allOf reduced to its ``$ref``.

    The parser reads ``allOf: [{$ref: Value}, {example: online}]`` as a new schema merged from
    its members: where ``Value`` is a oneOf of a string, an array and objects, that became a
    union of copies of the objects alone (Box's ``MetadataFilter.filters``), and a oneOf of objects
    became copies of them (``AiAsk.ai_agent``). ``allOf: [{$ref: Value}]`` it reads as ``Value``.
    Only the parser's copy changes: descriptions, source lines and pointers come from the spec.
    A named schema (a component, a file's root) that only annotates a reference to an object or an
    enum is left as it is: the parser reads it as a subclass, or an alias of the enum. One that only
    annotates a reference to a union or a simple type becomes that reference (``_named_union_ref``).

    A schema of another type than array loses its ``items`` (the parser reads them as saying array).

    The copy keeps what the document shares (a YAML alias) shared, as ``copy.deepcopy`` would.
    """
    components = data.get("components") if isinstance(data, dict) else None
    schemas = components.get("schemas") if isinstance(components, dict) else None
    named = {id(data), *(id(s) for s in schemas.values())} if isinstance(schemas, dict) else {id(data)}
    copies: dict[int, Any] = {}

    def copied(node: Any) -> Any:
        if type(node) is dict:
            if (done := copies.get(id(node))) is not None:
                return done
            out: dict[str, Any] = {}
            copies[id(node)] = out
            for key, value in node.items():
                out[key] = copied(value) if type(value) is dict or type(value) is list else value
            if type(kind := out.get("type")) is str and kind != "array" and ("items" in out or "prefixItems" in out):
                out = copies[id(node)] = _without_array_keywords(out)  # which only apply to arrays
            if type(ref := out.get("$ref")) is str and "%" in ref:
                out["$ref"] = unquote(ref)  # it reads the pointer as written: give it the one the URI means
            if "allOf" in out and id(node) not in named and (index := annotated_ref(out["allOf"])) is not None:
                out["allOf"] = [{"$ref": out["allOf"][index]["$ref"]}]
            elif id(node) in named and (ref := _named_union_ref(out, data)) is not None:
                out = copies[id(node)] = {"$ref": ref}  # (an empty class, or copies of its objects, otherwise)
            return out
        if type(node) is list:
            if (done := copies.get(id(node))) is not None:
                return done
            items: list[Any] = []
            copies[id(node)] = items
            items.extend(copied(v) if type(v) is dict or type(v) is list else v for v in node)
            return items
        return copy.deepcopy(node)

    return copied(data)


def _without_array_keywords(schema: dict[str, Any]) -> dict[str, Any]:
    """``{type: string, items: ...}`` as ``{type: string}``: the parser reads any schema with items as an array."""
    return {k: v for k, v in schema.items() if k not in ("items", "prefixItems")}


def _named_union_ref(schema: dict[str, Any], root: Any) -> str | None:
    """The local ``$ref`` a named schema means exactly, if it names a union or a simple type.

    ``Value: {allOf: [{$ref: OneOf}], description: ...}``: the parser makes an empty class of it
    (a dict without fields), and of ``allOf: [{$ref: OneOf}, {description: ...}]`` copies of the
    union's objects, leaving the rest out. A bare ``$ref`` it reads as the schema it names.
    """
    parts = schema["allOf"] if isinstance(schema.get("allOf"), list) else None
    if parts is None or any(k != "allOf" and k not in ANNOTATIONS and not _annotation_extension(k) for k in schema):
        return None
    index = 0 if len(parts) == 1 and isinstance(parts[0], dict) and set(parts[0]) == {"$ref"} else annotated_ref(parts)
    ref = parts[index].get("$ref") if index is not None else None
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return None
    target = node_at(root, ref[1:])
    if not isinstance(target, dict) or "$ref" in target or "allOf" in target or "properties" in target:
        return None
    union = isinstance(target.get("oneOf"), list) or isinstance(target.get("anyOf"), list)
    simple = target.get("type") in ("string", "integer", "number", "boolean", "array") and "enum" not in target
    return ref if union or simple else None


def _annotation_extension(key: str) -> bool:
    return key.startswith("x-") and not _TYPING_EXTENSIONS.match(key)


def false_for_false_all_of(node: Any, root: Any, depth: int = 0) -> Any:
    """``node`` with every schema whose allOf holds ``false`` (or a local $ref to it) replaced by ``false``."""
    if isinstance(node, list):
        return [false_for_false_all_of(v, root, depth + 1) for v in node]
    if not isinstance(node, dict) or depth > 200:
        return node
    parts = node.get("allOf")
    if isinstance(parts, list) and any(_is_false(p, root) for p in parts):
        return False
    return {k: false_for_false_all_of(v, root, depth + 1) for k, v in node.items()}


def _is_false(schema: Any, root: Any) -> bool:
    for _ in range(16):
        if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#")):
            break
        schema = node_at(root, ref_pointer(schema["$ref"]))
    return schema is False
