"""The types of the schemas the HTTP side names: parameters, request bodies, responses, webhook payloads.

A schema models/build.py made a class or alias of has its type in ``Api.types_by_pointer``; any
other is typed here, from the spec's typed schema node: a simple type (``type_refs.json_kind``, the
table the models read custom types with), a list or map of them, a literal, or an untagged union
of its members, added to the HTTP side's unions under a name claimed after where it stands.
"""

from __future__ import annotations

from .. import ir
from ..ir.class_names import NameHint, NameRequest
from ..ir.diagnostics import Diagnostic
from ..openapi.schemas import Schema
from .member_order import in_member_order
from .type_refs import json_kind

_NOT_SIMPLE = "an inline schema that isn't a simple type or array is sent and read as plain JSON"


class InlineTypes:
    """Types the schemas of one reader of the HTTP side, each pointer once.

    ``api`` (the models' part) is only read; the unions made here go to ``unions`` and the warnings to
    ``warnings``, the lists of the caller's part.
    """

    def __init__(self, api: ir.Api, unions: list[ir.Union], warnings: list[Diagnostic]) -> None:
        self.api = api
        self.unions = unions
        self.warnings = warnings
        self.typed: dict[str, ir.TypeRef] = {}  # inline schemas typed here, by pointer (a shared one, once)

    def warn(self, schema: Schema, message: str) -> None:
        self.warnings.append(Diagnostic("warning", schema.source, message))

    def type_of(self, schema: Schema | None, hint: str, depth: int = 0) -> ir.TypeRef:
        """The TypeRef of a schema (None: no schema, any JSON): a built model, or a type made here."""
        if schema is None:
            return ir.TypeRef("any")
        known = self.api.types_by_pointer.get(schema.pointer) or self.typed.get(schema.pointer)
        if known is not None:
            return known
        if not schema.is_object or depth > 20:
            return ir.TypeRef("any")
        if schema.ref is not None:
            local = schema.target_pointer
            built = self.api.types_by_pointer.get(local) if local is not None else None
            if built is not None:
                return built
            target = schema.target()
            if target is not None:
                return self.type_of(target, hint, depth + 1)
            self.warn(schema, f"{schema.ref} is not a schema of this file; sent and read as plain JSON")
            return ir.TypeRef("any")
        typed = self.inline(schema, hint, depth)
        self.typed[schema.pointer] = typed
        return typed

    def inline(self, schema: Schema, hint: str, depth: int) -> ir.TypeRef:
        nullable = schema.nullable
        if "const" in schema.node and schema.literal is not None:
            return ir.TypeRef("literal", literal=schema.literal, nullable=nullable)
        for keyword in ("oneOf", "anyOf"):
            options = schema.members(keyword)
            if options:
                null = [option.is_null for option in options]
                members = [
                    self.type_of(option, f"{hint}Option{i + 1}", depth + 1)
                    for i, option in enumerate(options)
                    if not null[i]
                ]
                if not members:
                    return ir.TypeRef("literal", literal=None)
                return self.union(members, nullable or any(null), hint, schema)
        all_of = schema.members("allOf")
        if len(all_of) == 1:
            inner = self.type_of(all_of[0], hint, depth + 1)
            return inner.with_nullable(nullable or inner.nullable)
        kind = schema.type
        if kind == "null" or kind == ("null",):
            return ir.TypeRef("literal", literal=None)  # only null: a flag sent with no value
        if isinstance(kind, tuple):
            nullable = nullable or "null" in kind
            kinds = [k for k in kind if k != "null"]
            if len(kinds) > 1:
                members = [self.inline(schema.with_type(k), f"{hint}Option{i + 1}", depth) for i, k in enumerate(kinds)]
                return self.union(members, nullable, hint, schema)
            kind = kinds[0] if kinds else None
        return self.simple(schema, kind, nullable, hint, depth)

    def simple(self, schema: Schema, kind: str | None, nullable: bool, hint: str, depth: int) -> ir.TypeRef:
        """A schema of one JSON type (or none): an array, a map of one type, or a scalar."""
        if kind == "array":
            item = self.type_of(schema.items, hint + "Item", depth + 1)
            return ir.TypeRef("list", item=item, nullable=nullable)
        values = schema.enum
        if values is not None and kind is None:
            kind = "string" if all(isinstance(v, str) for v in values if v is not None) else None
        simple = json_kind(kind, schema.format)
        extra = schema.additional_properties
        if simple == "map" and extra is not None and not schema.has_properties:
            item = self.type_of(extra, hint + "Value", depth + 1)
            return ir.TypeRef("dict", item=item, nullable=nullable)
        if simple is not None:
            if simple == "map" and (schema.has_properties or schema.has_all_of):
                self.warn(schema, _NOT_SIMPLE)
            return ir.TypeRef(simple, nullable=nullable)
        if kind is None and not schema.has_structure:
            return ir.TypeRef("any", nullable=nullable)  # {} (or only a description): any JSON, as the spec says
        self.warn(schema, _NOT_SIMPLE)
        return ir.TypeRef("any")

    def union(self, members: list[ir.TypeRef], nullable: bool, hint: str, schema: Schema) -> ir.TypeRef:
        """One type, or an untagged union of several, named after where it stands."""
        flat: list[ir.TypeRef] = []
        for m in members:
            m = m.non_null().opened()
            known = self.known_union(m.name) if m.kind == "untagged" else None
            for member in known.members if known is not None else (m,):
                if member not in flat:
                    flat.append(member)
        if not flat or any(m.kind == "any" for m in flat):
            return ir.TypeRef("any", nullable=nullable and bool(flat))
        if len(flat) == 1:
            return flat[0].with_nullable(nullable)
        if sum(1 for m in flat if m.kind == "list") > 1 or sum(1 for m in flat if m.kind in ("dict", "map")) > 1:
            self.warn(schema, _NOT_SIMPLE)
            return ir.TypeRef("any")
        request = NameRequest(NameHint("", hint), "Union", f"{schema.file.display}#{schema.pointer}")
        name = self.api.class_names.claim(request)
        self.unions.append(ir.Union(name, "", "", (), schema.source, members=in_member_order(flat)))
        return ir.TypeRef("untagged", name, nullable=nullable)

    def known_union(self, name: str) -> ir.Union | None:
        return next((u for u in (*self.api.unions, *self.unions) if u.name == name), None)
