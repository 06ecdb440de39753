"""The base of the HTTP side's readers: the typed spec, the built ``ir.Api``, and the types of schemas.

``SchemaReader`` holds the spec's ``Document`` and the built ``ir.Api``; it gives each parameter,
body or response schema its TypeRef through the models stage (``models.inline_types``: the model
models/build.py made of it, or a simple or union type made there). Also here: which media types are
JSON, forms, multipart, text or bytes, and how much each is preferred.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import ir
from ..ir.diagnostics import Diagnostic
from ..models.inline_types import InlineTypes
from ..openapi.nodes import Document, MediaType
from ..openapi.schemas import Schema

_JSON = re.compile(r"^(application|text)/([^;]+\+)?json$")
_BINARY_MEDIA = re.compile(r"^(application/(octet-stream|pdf|zip|gzip|x-tar)|image/|audio/|video/|font/)")

# How much a request body's media type is preferred when an operation offers several.
_RANK: dict[ir.BodyKind, int] = {"json": 0, "form": 1, "multipart": 2, "text": 3, "binary": 4}


def media_kind(media: str, schema: Schema | None) -> ir.BodyKind:
    """How a body of this media type is sent or read."""
    base = media.split(";", 1)[0].strip().lower()
    if _JSON.match(base):
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base == "multipart/form-data":
        return "multipart"
    node = schema.node if schema is not None and schema.is_object else None
    if base in ("*/*", "application/*") and node is not None and ("$ref" in node or "properties" in node):
        return "json"  # "anything", with an object schema: JSON is what is meant
    if base.startswith("text/") or base == "application/xml" or base.endswith("+xml"):
        return "text"
    if _BINARY_MEDIA.match(base) or (schema is not None and schema.is_binary):
        return "binary"
    if node is not None and node.get("type") == "string":
        return "text"
    return "binary"


Offer = tuple[MediaType, ir.BodyKind]


def offered(content: tuple[MediaType, ...]) -> list[Offer]:
    """The media types of a body or response (those that are Media Type Objects), with their kind."""
    return [(m, media_kind(m.media, m.schema)) for m in content if m.is_object]


def preferred(offers: list[Offer]) -> Offer:
    return min(offers, key=lambda o: _RANK[o[1]])


@dataclass
class HttpPart:
    """What the HTTP side adds to a package: its clients' operations, its webhooks, the unions it made
    of inline schemas, and its warnings (``api``, the models' part, is only read)."""

    http: ir.HttpApi | None = None
    webhooks: list[ir.Webhook] = field(default_factory=list)
    unions: list[ir.Union] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)
    notes: list[Diagnostic] = field(default_factory=list)  # what --verbose shows: each list operation's pagination


class SchemaReader:
    """The typed spec whose schemas are already in ``api``: schema types, warnings (into ``part``)."""

    def __init__(self, document: Document, api: ir.Api, part: HttpPart) -> None:
        self.document = document
        self.api = api
        self.part = part
        self.class_names = {e.name for e in api.enums} | {m.name for m in api.models}
        self.class_names |= {u.name for u in (*api.unions, *part.unions)}
        self.types = InlineTypes(api, part.unions, part.warnings)

    def warn(self, pointer: str, message: str) -> None:
        self.part.warnings.append(Diagnostic("warning", self.document.file.source(pointer), message))

    def schema_type(self, schema: Schema | None, hint: str) -> ir.TypeRef:
        """The TypeRef of a parameter, body or response schema (None: no schema, any JSON)."""
        return self.types.type_of(schema, hint)

    def model_of(self, t: ir.TypeRef | None) -> ir.Model | None:
        if t is None or t.kind != "model":
            return None
        return next((m for m in self.api.models if m.name == t.name), None)

    @staticmethod
    def field_of(model: ir.Model | None, wire_name: object) -> ir.Field | None:
        if model is None:
            return None
        return next((f for f in model.fields if f.wire_name == wire_name), None)
