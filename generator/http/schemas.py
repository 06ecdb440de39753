"""The base of the HTTP side's readers: a loaded spec, its $refs, and the types of its schemas.

``SchemaReader`` holds the spec and the built ``ir.Api``; it follows local $refs and
gives each parameter, body or response schema its TypeRef: the model models/build.py made of
it (via ``Api.types_by_pointer``), or a simple type read here. An inline schema the model
pipeline didn't reach (a type list, an anyOf of simple types, a const) becomes an
untagged union named after its operation when it has several members. Also here: which
media types are JSON, forms, multipart, text or bytes, and how much each is preferred.
"""

from __future__ import annotations

import re
from typing import Any

from .. import ir
from ..ir.class_names import NameHint, NameRequest
from ..ir.diagnostics import Diagnostic, join_pointer
from ..load.files import LoadedFile, ref_pointer, resolve_pointer
from ..models.unions import MEMBER_ORDER

_JSON = re.compile(r"^(application|text)/([^;]+\+)?json$")
_BINARY_MEDIA = re.compile(r"^(application/(octet-stream|pdf|zip|gzip|x-tar)|image/|audio/|video/|font/)")

# How much a request body's media type is preferred when an operation offers several.
_RANK: dict[ir.BodyKind, int] = {"json": 0, "form": 1, "multipart": 2, "text": 3, "binary": 4}
_MEMBER_RANK = {kind: rank for rank, kinds in enumerate(MEMBER_ORDER) for kind in kinds}


def media_kind(media: str, schema: Any) -> ir.BodyKind:
    """How a body of this media type is sent or read."""
    base = media.split(";", 1)[0].strip().lower()
    if _JSON.match(base):
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base == "multipart/form-data":
        return "multipart"
    if base in ("*/*", "application/*") and isinstance(schema, dict) and ("$ref" in schema or "properties" in schema):
        return "json"  # "anything", with an object schema: JSON is what is meant
    if base.startswith("text/") or base == "application/xml" or base.endswith("+xml"):
        return "text"
    if _BINARY_MEDIA.match(base) or is_binary(schema):
        return "binary"
    if isinstance(schema, dict) and schema.get("type") == "string":
        return "text"
    return "binary"


def is_binary(schema: Any) -> bool:
    """A schema of raw bytes: ``format: binary`` (3.0), or ``contentMediaType`` with no ``contentEncoding`` (3.1)."""
    if not isinstance(schema, dict):
        return False
    return schema.get("format") == "binary" or ("contentMediaType" in schema and "contentEncoding" not in schema)


class SchemaReader:
    """A loaded spec whose schemas are already in ``api``: $refs, schema types, warnings."""

    def __init__(self, spec: LoadedFile, api: ir.Api) -> None:
        self.spec = spec
        self.api = api
        self.data: dict[str, Any] = spec.data if isinstance(spec.data, dict) else {}
        self.class_names = {e.name for e in api.enums} | {m.name for m in api.models} | {u.name for u in api.unions}
        self.typed: dict[str, ir.TypeRef] = {}  # inline schemas typed here, by pointer (a shared one, once)

    def warn(self, pointer: str, message: str) -> None:
        self.api.warnings.append(Diagnostic("warning", self.spec.source(pointer), message))

    def model_of(self, t: ir.TypeRef | None) -> ir.Model | None:
        if t is None or t.kind != "model":
            return None
        return next((m for m in self.api.models if m.name == t.name), None)

    @staticmethod
    def field_of(model: ir.Model | None, wire_name: Any) -> ir.Field | None:
        if model is None:
            return None
        return next((f for f in model.fields if f.wire_name == wire_name), None)

    def deref(self, node: Any) -> dict[str, Any]:
        """A parameter, body, response or schema object, following local $refs."""
        return self.deref_at(node, "")[0]

    def deref_at(self, node: Any, pointer: str) -> tuple[dict[str, Any], str]:
        """``node`` with its local $refs followed, and the pointer where it was found."""
        for _ in range(20):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#")):
                break
            pointer = ref_pointer(node["$ref"])
            node = resolve(self.data, pointer)
        return (node if isinstance(node, dict) else {}), pointer

    def schema_type(self, schema: Any, pointer: str, hint: str, depth: int = 0) -> ir.TypeRef:
        """The TypeRef of a parameter, body or response schema: a built model, or a simple inline type."""
        known = self.api.types_by_pointer.get(pointer) or self.typed.get(pointer)
        if known is not None:
            return known
        if not isinstance(schema, dict) or depth > 20:
            return ir.TypeRef("any")
        ref = schema.get("$ref")
        if isinstance(ref, str):
            local = ref_pointer(ref) if ref.startswith("#/") else None
            target = self.api.types_by_pointer.get(local) if local is not None else None
            if target is not None:
                return target
            if local is not None and isinstance(resolve(self.data, local), dict):
                return self.schema_type(resolve(self.data, local), local, hint, depth + 1)
            self.warn(pointer, f"{ref} is not a schema of this file; sent and read as plain JSON")
            return ir.TypeRef("any")
        typed = self.inline_type(schema, pointer, hint, depth)
        self.typed[pointer] = typed
        return typed

    def inline_type(self, schema: dict[str, Any], pointer: str, hint: str, depth: int) -> ir.TypeRef:
        nullable = schema.get("nullable") is True
        if (
            "const" in schema
            and isinstance(schema["const"], str | int | bool)
            and not isinstance(schema["const"], float)
        ):
            return ir.TypeRef("literal", literal=schema["const"], nullable=nullable)
        for keyword in ("oneOf", "anyOf"):
            if isinstance(schema.get(keyword), list) and schema[keyword]:
                null = [isinstance(s, dict) and s.get("type") == "null" for s in schema[keyword]]
                members = [
                    self.schema_type(s, join_pointer(pointer, keyword, i), f"{hint}Option{i + 1}", depth + 1)
                    for i, s in enumerate(schema[keyword])
                    if not null[i]
                ]
                if not members:
                    return ir.TypeRef("literal", literal=None)
                return self.union(members, nullable or any(null), hint, pointer)
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1:
            inner = self.schema_type(all_of[0], join_pointer(pointer, "allOf", 0), hint, depth + 1)
            return inner.with_nullable(nullable or inner.nullable)
        kind = schema.get("type")
        if kind == "null" or kind == ["null"]:
            return ir.TypeRef("literal", literal=None)  # only null: a flag sent with no value
        if isinstance(kind, list):
            nullable = nullable or "null" in kind
            kinds = [k for k in kind if k != "null"]
            if len(kinds) > 1:
                members = [
                    self.inline_type({**schema, "type": k}, pointer, f"{hint}Option{i + 1}", depth)
                    for i, k in enumerate(kinds)
                ]
                return self.union(members, nullable, hint, pointer)
            kind = kinds[0] if kinds else None
        if kind == "array":
            item = self.schema_type(schema.get("items"), join_pointer(pointer, "items"), hint + "Item", depth + 1)
            return ir.TypeRef("list", item=item, nullable=nullable)
        if isinstance(schema.get("enum"), list) and kind is None:
            values = [v for v in schema["enum"] if v is not None]
            kind = "string" if all(isinstance(v, str) for v in values) else None
        simple = _SIMPLE.get((kind, schema.get("format"))) or _SIMPLE.get((kind, None))
        extra = schema.get("additionalProperties")
        if simple == "map" and isinstance(extra, dict) and extra and not schema.get("properties"):
            item = self.schema_type(extra, join_pointer(pointer, "additionalProperties"), hint + "Value", depth + 1)
            return ir.TypeRef("dict", item=item, nullable=nullable)
        if simple is not None:
            if simple == "map" and (schema.get("properties") or schema.get("allOf")):
                self.warn(pointer, "an inline schema that isn't a simple type or array is sent and read as plain JSON")
            return ir.TypeRef(simple, nullable=nullable)
        if kind is None and not any(k in schema for k in _STRUCTURE):
            return ir.TypeRef("any", nullable=nullable)  # {} (or only a description): any JSON, as the spec says
        self.warn(pointer, "an inline schema that isn't a simple type or array is sent and read as plain JSON")
        return ir.TypeRef("any")

    def union(self, members: list[ir.TypeRef], nullable: bool, hint: str, pointer: str) -> ir.TypeRef:
        """One type, or an untagged union of several, named after where it stands."""
        flat: list[ir.TypeRef] = []
        for m in members:
            m = m.non_null().opened()
            known = next((u for u in self.api.unions if u.name == m.name), None) if m.kind == "untagged" else None
            for member in known.members if known is not None else (m,):
                if member not in flat:
                    flat.append(member)
        if not flat or any(m.kind == "any" for m in flat):
            return ir.TypeRef("any", nullable=nullable and bool(flat))
        if len(flat) == 1:
            return flat[0].with_nullable(nullable)
        if sum(1 for m in flat if m.kind == "list") > 1 or sum(1 for m in flat if m.kind in ("dict", "map")) > 1:
            self.warn(pointer, "an inline schema that isn't a simple type or array is sent and read as plain JSON")
            return ir.TypeRef("any")
        request = NameRequest(NameHint("", hint), "Union", f"{self.spec.display}#{pointer}")
        name = self.api.class_names.claim(request)
        ordered = sorted(flat, key=lambda t: _MEMBER_RANK.get(t.kind, len(MEMBER_ORDER)))
        self.api.unions.append(ir.Union(name, "", "", (), self.spec.source(pointer), members=tuple(ordered)))
        return ir.TypeRef("untagged", name, nullable=nullable)


_SIMPLE: dict[tuple[Any, Any], ir.Kind] = {
    ("string", None): "str",
    ("string", "date-time"): "datetime",
    ("string", "date"): "date",
    ("integer", None): "int",
    ("number", None): "number",
    ("boolean", None): "bool",
    ("object", None): "map",
}

# Keywords that give a schema a shape: without any of them (and without a type), a schema is any JSON.
_STRUCTURE = ("properties", "additionalProperties", "items", "allOf", "anyOf", "oneOf", "not", "enum", "const")


def mapping(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one: the spec was validated, but stay safe."""
    return value if isinstance(value, dict) else {}


def resolve(data: Any, pointer: str) -> Any:
    try:
        return resolve_pointer(data, pointer)
    except KeyError:
        return None
