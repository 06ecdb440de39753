"""The spec's webhooks (OpenAPI 3.1): the requests the API sends, and how the package reads each payload.

A webhook is a path item the API calls on its users' servers. Its payload is the request body of
one operation: POST if it has one, else the first; the schema's type came from models/build.py
(``Api.types_by_pointer``), as for the clients' bodies. Of its media types, JSON is preferred,
then text, then bytes; a form or multipart payload can't be read back exactly and is warned about
and left out, as is a webhook with no operation.
"""

from __future__ import annotations

from typing import Any, Literal

from .. import ir
from ..ir.diagnostics import join_pointer
from ..ir.naming import pascal_case, safe_attribute, snake_case
from ..ir.walk import HTTP_METHODS
from ..load.files import LoadedFile
from .schemas import _RANK, SchemaReader, mapping, media_kind

PARSE_WEBHOOK = "parse_webhook"
"""The function of the generated webhooks module that reads any webhook's payload, by its name."""

_METHODS = ("post", *(m for m in HTTP_METHODS if m != "post"))
Payload = tuple[Literal["json", "text", "binary", "none"], ir.TypeRef | None, str]  # kind, type, media type


class WebhookReader(SchemaReader):
    """Reads the ``webhooks`` of one loaded spec whose schemas are already in ``api``."""

    def build(self) -> list[ir.Webhook]:
        taken = {PARSE_WEBHOOK} | self.class_names
        webhooks = []
        for name, raw in mapping(self.data.get("webhooks")).items():
            webhook = self.webhook(str(name), raw, taken)
            if webhook is not None:
                taken.add(webhook.function)
                webhooks.append(webhook)
        return webhooks

    def webhook(self, name: str, raw: Any, taken: set[str]) -> ir.Webhook | None:
        pointer = join_pointer("/webhooks", name)
        item, at = self.deref_at(raw, pointer)
        methods = [m for m in _METHODS if isinstance(item.get(m), dict)]
        if not methods:
            self.warn(pointer, f"webhook {name!r} has no operation, so no payload to read: left out")
            return None
        method, operation = methods[0], item[methods[0]]
        for other in methods[1:]:
            self.warn(join_pointer(at, other), f"webhook {name!r}: only its {method.upper()} payload is read")
        payload = self.payload(operation.get("requestBody"), join_pointer(at, method, "requestBody"), name)
        if payload is None:
            return None
        kind, payload_type, media = payload
        return ir.Webhook(
            name=name,
            function=safe_attribute(f"parse_{snake_case(name)}", taken, fallback="parse_webhook"),
            method=method.upper(),
            kind=kind,
            type=payload_type,
            media_type=media,
            summary=str(operation.get("summary") or "").strip(),
            description=str(operation.get("description") or item.get("description") or "").strip(),
            source=self.spec.source(pointer),
        )

    def payload(self, raw: Any, pointer: str, name: str) -> Payload | None:
        """How the payload is read (its kind, type and media type); None if it can't be read exactly."""
        body, at = self.deref_at(raw, pointer)
        offered = [
            (str(media), entry, media_kind(str(media), entry.get("schema")))
            for media, entry in mapping(body.get("content")).items()
            if isinstance(entry, dict)
        ]
        if not offered:
            return "none", None, ""
        media, entry, kind = min(offered, key=lambda o: _RANK[o[2]])
        if kind in ("form", "multipart"):
            where = join_pointer(at, "content", media)
            self.warn(where, f"webhook {name!r}: its {media} payload is not read: left out")
            return None
        if kind == "text" or kind == "binary":
            return kind, None, media
        where = join_pointer(at, "content", media, "schema")
        return "json", self.schema_type(entry.get("schema"), where, pascal_case(name) + "Payload"), media


def build_webhooks(spec: LoadedFile, api: ir.Api) -> list[ir.Webhook]:
    """The webhooks of ``spec``, their payloads typed by the models of ``api``."""
    return WebhookReader(spec, api).build()
