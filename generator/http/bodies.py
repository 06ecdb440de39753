"""Read what an operation sends and gets back: its request body, its 2xx responses, its error models.

Of the media types a body or response offers, the one the clients prefer is used (JSON
first); a form or multipart body's properties become parts with their encoding.
"""

from __future__ import annotations

from typing import Any, Literal

from .. import ir
from ..ir.constraints import header_type
from ..ir.diagnostics import join_pointer
from ..ir.naming import safe_attribute
from .parameters import LOCAL_NAMES
from .schemas import _JSON, _RANK, SchemaReader, is_binary, mapping, media_kind


class BodyReader(SchemaReader):
    """Reads request bodies (and their parts), 2xx responses and the error responses' models."""

    def body(self, raw: Any, pointer: str, arguments: set[str], hint: str) -> ir.Body | Literal[False] | None:
        """The request body, in the media type the clients prefer; False if it can't be sent."""
        raw, at = self.deref_at(raw, pointer)
        content = mapping(raw.get("content"))
        if not raw or not content:
            return None  # no body, or one with no media type: nothing to send
        required = bool(raw.get("required"))
        description = str(raw.get("description") or "").strip()
        offered = [
            (str(media), entry, media_kind(str(media), entry.get("schema")))
            for media, entry in content.items()
            if isinstance(entry, dict)
        ]
        for media, entry, kind in sorted(offered, key=lambda o: _RANK[o[2]]):
            where = join_pointer(at, "content", media, "schema")
            schema = entry.get("schema")
            if kind == "text":
                return ir.Body(ir.TypeRef("str"), required, description, media, "text")
            if kind == "binary":
                return ir.Body(ir.TypeRef("any"), required, description, media, "binary")
            body_type = self.schema_type(schema, where, hint + "Request")
            if kind == "json":
                return ir.Body(body_type, required, description, media, "json")
            if body_type.non_null().kind not in ("model", "map", "any", "dict", "union", "untagged"):
                self.warn(where, f"a {media} body must be an object; operation left out")
                return False
            # a part the schema requires is required unless the body is explicitly optional (often left unsaid)
            parts = self.parts(
                body_type, schema, mapping(entry.get("encoding")), raw.get("required") is not False, arguments
            )
            if kind == "form":
                defaults = [p for p in parts if p.content_type or p.style != "form" or not p.explode]
                return ir.Body(body_type, required, description, media, "form", tuple(defaults))
            return ir.Body(body_type, required, description, media, "multipart", tuple(parts))
        return None

    def parts(
        self, body_type: ir.TypeRef, schema: Any, encoding: dict[str, Any], required: bool, arguments: set[str]
    ) -> list[ir.Part]:
        """The properties of a form or multipart body (none for a free-form one), with their encoding."""
        model = self.model_of(body_type.non_null())
        if model is None:
            return []
        properties = self.raw_properties(schema)
        taken = set(LOCAL_NAMES) | self.class_names | arguments
        out = []
        for f in model.fields:
            prop = properties.get(f.wire_name)
            items = self.deref(prop.get("items")) if isinstance(prop, dict) else {}
            file = is_binary(prop) or (f.type.kind == "list" and is_binary(items))
            how = mapping(encoding.get(f.wire_name))
            style = str(how.get("style") or "form")
            explode = how.get("explode", style == "form") is not False
            name = safe_attribute(f.name, taken, fallback="field")
            taken.add(name)
            content_type = str(how.get("contentType") or "")
            out.append(
                ir.Part(
                    name,
                    f.wire_name,
                    f.type,
                    f.required and required,
                    f.description,
                    file,
                    content_type,
                    style,
                    explode,
                )
            )
        return out

    def raw_properties(self, schema: Any, depth: int = 0) -> dict[str, dict[str, Any]]:
        """A raw object schema's properties (through $refs and allOf), each property's schema dereferenced."""
        node = self.deref(schema)
        out: dict[str, dict[str, Any]] = {}
        if depth > 20:
            return out
        for part in mapping(node).get("allOf") or []:
            out.update(self.raw_properties(part, depth + 1))
        for key, prop in mapping(node.get("properties")).items():
            out[str(key)] = self.deref(prop)
        return out

    def responses(self, responses: Any, pointer: str, hint: str) -> tuple[ir.Response, ...]:
        """The 2xx responses: each one's body, in the media type the clients prefer."""
        out = []
        for status, raw in mapping(responses).items():
            if not str(status).startswith("2"):
                continue
            response, at = self.deref_at(raw, join_pointer(pointer, status))
            offered = [
                (str(media), entry, media_kind(str(media), entry.get("schema")))
                for media, entry in mapping(response.get("content")).items()
                if isinstance(entry, dict)
            ]
            headers = self.response_headers(response)
            if not offered:
                out.append(ir.Response(str(status).upper(), "none", None, headers=headers))
                continue
            media, entry, kind = min(offered, key=lambda o: _RANK[o[2]])
            if kind == "json":
                where = join_pointer(at, "content", media, "schema")
                several = sum(1 for s in mapping(responses) if str(s).startswith("2")) > 1
                suffix = f"Response{status}" if several else "Response"
                response_type = self.schema_type(entry.get("schema"), where, hint + suffix)
                out.append(ir.Response(str(status).upper(), "json", response_type, media, headers))
            else:
                read: Literal["text", "binary"] = "text" if kind == "text" else "binary"
                out.append(ir.Response(str(status).upper(), read, None, media, headers))
        return tuple(out)

    def response_headers(self, response: dict[str, Any]) -> tuple[tuple[str, str], ...]:
        """The headers a response declares, each with its schema's type as text (for review/)."""
        found = mapping(response.get("headers")).items()
        return tuple((str(name), header_type(self.deref(self.deref(h).get("schema")))) for name, h in found)

    def errors(self, responses: Any, pointer: str) -> tuple[tuple[str, ir.TypeRef], ...]:
        out = []
        for status, raw in mapping(responses).items():
            key = str(status).upper()
            if key == "DEFAULT" or key[0] in "45":
                error_type = self.json_content_type(raw, join_pointer(pointer, status))
                if error_type is not None:
                    out.append(("default" if key == "DEFAULT" else key, error_type))
        return tuple(out)

    def json_content_type(self, raw: Any, pointer: str) -> ir.TypeRef | None:
        response, at = self.deref_at(raw, pointer)
        for media, entry in mapping(response.get("content")).items():
            if _JSON.match(str(media).split(";")[0].strip().lower()) and isinstance(entry, dict) and "schema" in entry:
                return self.schema_type(entry["schema"], join_pointer(at, "content", media, "schema"), "Error")
        return None
