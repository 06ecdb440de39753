"""Read what an operation sends and gets back: its request body, its 2xx responses, its error models.

Of the media types a body or response offers, the one the clients prefer is used (JSON
first); a form or multipart body's properties become parts with their encoding.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from .. import ir
from ..ir.constraints import header_type
from ..ir.diagnostics import join_pointer
from ..ir.naming import safe_attribute
from ..openapi import nodes
from ..openapi.schemas import Schema
from .parameters import LOCAL_NAMES
from .schemas import _JSON, _RANK, SchemaReader, offered, preferred


class BodyReader(SchemaReader):
    """Reads request bodies (and their parts), 2xx responses and the error responses' models."""

    def body(self, given: nodes.RequestBody | None, arguments: set[str], hint: str) -> ir.Body | Literal[False] | None:
        """The request body, in the media type the clients prefer; False if it can't be sent."""
        if given is None or not given.content:
            return None  # no body, or one with no media type: nothing to send
        required = given.required
        description = given.description.strip()
        for entry, kind in sorted(offered(given.content), key=lambda o: _RANK[o[1]]):
            media = entry.media
            if kind == "text":
                return ir.Body(ir.TypeRef("str"), required, description, media, "text")
            if kind == "binary":
                return ir.Body(ir.TypeRef("any"), required, description, media, "binary")
            body_type = self.schema_type(entry.schema, hint + "Request")
            if kind == "json":
                return ir.Body(body_type, required, description, media, "json")
            if body_type.non_null().kind not in ("model", "map", "any", "dict", "union", "untagged"):
                self.warn(
                    join_pointer(entry.pointer, "schema"), f"a {media} body must be an object; operation left out"
                )
                return False
            # a part the schema requires is required unless the body is explicitly optional (often left unsaid)
            parts = self.parts(body_type, entry, not given.optional_said, arguments)
            if kind == "form":
                defaults = [p for p in parts if p.content_type or p.style != "form" or not p.explode]
                return ir.Body(body_type, required, description, media, "form", tuple(defaults))
            return ir.Body(body_type, required, description, media, "multipart", tuple(parts))
        return None

    def parts(
        self, body_type: ir.TypeRef, entry: nodes.MediaType, required: bool, arguments: set[str]
    ) -> list[ir.Part]:
        """The properties of a form or multipart body (none for a free-form one), with their encoding."""
        model = self.model_of(body_type.non_null())
        if model is None:
            return []
        properties = entry.schema.properties() if entry.schema is not None else {}
        taken = set(LOCAL_NAMES) | self.class_names | arguments
        out = []
        for f in model.fields:
            prop = properties.get(f.wire_name)
            file = prop is not None and _sends_file(prop, f.type)
            how = entry.encoding.get(f.wire_name, nodes.Encoding())
            style = how.style or "form"
            explode = how.explode if how.explode is not None else style == "form"
            name = safe_attribute(f.name, taken, fallback="field")
            taken.add(name)
            out.append(
                ir.Part(
                    name,
                    f.wire_name,
                    f.type,
                    f.required and required,
                    f.description,
                    file,
                    how.content_type,
                    style,
                    explode,
                )
            )
        return out

    def responses(self, responses: tuple[nodes.Response, ...], hint: str) -> tuple[ir.Response, ...]:
        """The 2xx responses: each one's body, in the media type the clients prefer."""
        out = []
        several = sum(1 for r in responses if r.status.startswith("2")) > 1
        for response in responses:
            status = response.status
            if not status.startswith("2"):
                continue
            offers = offered(response.content)
            headers = self.response_headers(response)
            if not offers:
                out.append(ir.Response(status.upper(), "none", None, headers=headers))
                continue
            entry, kind = preferred(offers)
            stream = self.stream(response.content, hint) if kind != "json" else None
            if stream is not None:
                out.append(replace(stream, status=status.upper(), headers=headers))
            elif kind == "json":
                suffix = f"Response{status}" if several else "Response"
                response_type = self.schema_type(entry.schema, hint + suffix)
                out.append(ir.Response(status.upper(), "json", response_type, entry.media, headers))
            else:
                read: Literal["text", "binary"] = "text" if kind == "text" else "binary"
                out.append(ir.Response(status.upper(), read, None, entry.media, headers))
        return tuple(_one_stream(out))

    def stream(self, content: tuple[nodes.MediaType, ...], hint: str) -> ir.Response | None:
        """A response read item by item: an event stream, whose ``schema`` is each event's data (as
        OpenAI's spec writes it) or whose ``itemSchema`` (3.2) is the event, or JSON lines."""
        for entry in content:
            media = entry.media.split(";")[0].strip().lower()
            if not entry.is_object or media not in _STREAMS:
                continue
            kind = _STREAMS[media]
            item = entry.item_schema or entry.schema
            if kind == "events":
                item = _event_data(entry.item_schema) if entry.item_schema is not None else entry.schema
                if item is None or _is_text(item):
                    return ir.Response("", "events", None, entry.media)
            return ir.Response("", kind, self.schema_type(item, hint + "Item"), entry.media)
        return None

    def response_headers(self, response: nodes.Response) -> tuple[tuple[str, str], ...]:
        """The headers a response declares, each with its schema's type as text (for review/)."""
        return tuple((h.name, header_type(h.schema.resolved().raw if h.schema else None)) for h in response.headers)

    def errors(self, responses: tuple[nodes.Response, ...]) -> tuple[tuple[str, ir.TypeRef], ...]:
        out = []
        for response in responses:
            key = response.status.upper()
            if key == "DEFAULT" or key[0] in "45":
                error_type = self.json_content_type(response)
                if error_type is not None:
                    out.append(("default" if key == "DEFAULT" else key, error_type))
        return tuple(out)

    def json_content_type(self, response: nodes.Response) -> ir.TypeRef | None:
        for entry in response.content:
            if _JSON.match(entry.media.split(";")[0].strip().lower()) and entry.is_object and entry.schema is not None:
                return self.schema_type(entry.schema, "Error")
        return None


_STREAMS: dict[str, Literal["events", "lines"]] = {
    "text/event-stream": "events",
    "application/jsonl": "lines",
    "application/x-ndjson": "lines",
    "application/x-jsonlines": "lines",
    "application/json-seq": "lines",
}


def _event_data(item: Schema) -> Schema | None:
    """The schema of an event's data, from 3.2's ``itemSchema`` of the event: its ``data`` property's
    ``contentSchema`` (JSON data), the property itself, or the whole item if it has no ``data``."""
    data = item.resolved().properties().get("data")
    if data is None:
        return item
    content = data.resolved().node.get("contentSchema")
    return data.child(content, "contentSchema") if content is not None else data


def _is_text(schema: Schema) -> bool:
    node = schema.resolved().node
    return node.get("type") == "string" and "contentSchema" not in node and "contentMediaType" not in node


def _one_stream(responses: list[ir.Response]) -> list[ir.Response]:
    """A stream is read as one only if it is the operation's only 2xx body; otherwise as text, as before."""
    bodies = [r for r in responses if r.kind != "none"]
    if len(bodies) <= 1:
        return responses
    return [
        replace(r, kind="text" if r.kind == "events" else "binary", type=None) if r.kind in ("events", "lines") else r
        for r in responses
    ]


def _sends_file(prop: Schema, field_type: ir.TypeRef) -> bool:
    """Whether a part is a file: raw bytes, or a list of them."""
    return prop.is_binary or (field_type.kind == "list" and prop.items.resolved().is_binary)
