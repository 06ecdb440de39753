"""The spec's webhooks (OpenAPI 3.1): the requests the API sends, and how the package reads each payload.

A webhook is a path item the API calls on its users' servers. Its payload is the request body of
one operation: POST if it has one, else the first; the schema's type came from models/build.py
(``Api.types_by_pointer``), as for the clients' bodies. Of its media types, JSON is preferred,
then text, then bytes; a form or multipart payload can't be read back exactly and is warned about
and left out, as is a webhook with no operation.
"""

from __future__ import annotations

from typing import Literal

from .. import ir
from ..ir.naming import pascal_case, safe_attribute, snake_case
from ..openapi import nodes
from .schemas import HttpPart, SchemaReader, offered, preferred

PARSE_WEBHOOK = "parse_webhook"
"""The function of the generated webhooks module that reads any webhook's payload, by its name."""

Payload = tuple[Literal["json", "text", "binary", "none"], ir.TypeRef | None, str]  # kind, type, media type


class WebhookReader(SchemaReader):
    """Reads the ``webhooks`` of one spec whose schemas are already in ``api``."""

    def build(self) -> list[ir.Webhook]:
        taken = {PARSE_WEBHOOK} | self.class_names
        webhooks = []
        for item in self.document.webhooks:
            webhook = self.webhook(item, taken)
            if webhook is not None:
                taken.add(webhook.function)
                webhooks.append(webhook)
        return webhooks

    def webhook(self, item: nodes.PathItem, taken: set[str]) -> ir.Webhook | None:
        name = item.key
        if not item.operations:
            self.warn(item.listed_at, f"webhook {name!r} has no operation, so no payload to read: left out")
            return None
        # POST if it has one, else the first
        operation, *others = sorted(item.operations, key=lambda op: op.method != "post")
        method = operation.method
        for other in others:
            self.warn(other.pointer, f"webhook {name!r}: only its {method.upper()} payload is read")
        payload = self.payload(operation.request_body, name)
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
            summary=operation.summary.strip(),
            description=(operation.description or item.description).strip(),
            source=self.document.file.source(item.listed_at),
        )

    def payload(self, body: nodes.RequestBody | None, name: str) -> Payload | None:
        """How the payload is read (its kind, type and media type); None if it can't be read exactly."""
        offers = offered(body.content) if body is not None else []
        if not offers:
            return "none", None, ""
        entry, kind = preferred(offers)
        if kind in ("form", "multipart"):
            self.warn(entry.pointer, f"webhook {name!r}: its {entry.media} payload is not read: left out")
            return None
        if kind == "text" or kind == "binary":
            return kind, None, entry.media
        return "json", self.schema_type(entry.schema, pascal_case(name) + "Payload"), entry.media


def build_webhooks(document: nodes.Document, api: ir.Api, part: HttpPart) -> list[ir.Webhook]:
    """The webhooks of ``document``, their payloads typed by the models of ``api`` (their unions into ``part``)."""
    return WebhookReader(document, api, part).build()
