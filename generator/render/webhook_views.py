"""What webhooks.py.jinja places: one parse function per webhook, and ``parse_webhook`` that picks one by name.

Each function takes the payload as received (bytes or str) and returns it decoded as the type its
schema became, the way the clients read a response body: JSON with the model's decoder, text as
str, anything else as bytes. Everything is decided here; the template only places it.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from dataclasses import dataclass, replace

from .. import ir
from ..naming.renames import renamed_type
from . import codec
from .text import py_str

# Names webhooks.py defines or imports: a model with one of these names is imported as <name>Model.
WEBHOOK_MODULE_NAMES = frozenset(
    {"Any", "Callable", "Final", "Literal", "Never", "overload", "annotations", "date", "datetime"}
    | {"DecodeError", "json_loads", "or_none", "as_never"}
    | {"parse_webhook", "_PARSERS", "_json", "_text", "_bytes", "body", "data", "name", "parse"}
    | {name for name in dir(builtins) if not name.startswith("_")}
)


@dataclass(frozen=True)
class WebhookView:
    name: str  # the spec's name, as a string literal
    function: str
    returns: str  # the annotation of what the function returns
    doc: str  # its docstring's text (spec text: the template makes it a safe literal)
    reads: list[str]  # its statements, from the parameter ``body`` to the return


def webhook_view(webhook: ir.Webhook) -> WebhookView:
    return WebhookView(
        name=py_str(webhook.name),
        function=webhook.function,
        returns=_returns(webhook),
        doc=_doc(webhook),
        reads=_reads(webhook),
    )


def _returns(webhook: ir.Webhook) -> str:
    if webhook.kind == "json":
        return codec.annotation(webhook.type or ir.TypeRef("any"))
    return {"text": "str", "binary": "bytes"}.get(webhook.kind, "None")


def _reads(webhook: ir.Webhook) -> list[str]:
    """The statements decoding ``body``: as the clients decode a response body (client_views.decoder)."""
    if webhook.kind != "json":
        return [{"text": "return _text(body)", "binary": "return _bytes(body)"}.get(webhook.kind, "return None")]
    t = webhook.type or ir.TypeRef("any")
    if t.kind == "model" and not t.nullable:
        return [f"return {t.name}.from_dict(_json(body))"]
    decoded = codec.decode(t, "data", py_str("body"))
    return ["data = _json(body)", f"return None if data is None else {decoded}" if t.nullable else f"return {decoded}"]


def _doc(webhook: ir.Webhook) -> str:
    what = {"json": "JSON", "text": "text", "binary": "bytes", "none": "none, the spec gives it no body"}[webhook.kind]
    media = f" ({webhook.media_type})" if webhook.media_type else ""
    lines = [f"The payload of the webhook {webhook.name!r} ({webhook.method}): {what}{media}."]
    lines += [text for text in (webhook.summary, webhook.description) if text]
    if webhook.kind == "json":
        t = webhook.type or ir.TypeRef("any")
        again = "; to_dict() gives its JSON back exactly" if t.kind in ("model", "union") else ""
        lines.append(f"DecodeError says where it doesn't fit its schema{again}.")
    return "\n\n".join(lines)


def webhooks_doc(api: ir.Api) -> str:
    return (
        f"The webhooks of {api.title} {api.version}: the requests it sends, their payloads decoded.\n\n"
        "parse_webhook(name, body) reads the payload (the request body, bytes or str) of the webhook\n"
        "the spec names ``name``; there is one parse_ function per webhook too. A payload that isn't\n"
        "JSON, or doesn't fit its schema, raises DecodeError; standard library only."
    )


def localised(webhook: ir.Webhook, renames: Mapping[str, str]) -> ir.Webhook:
    """``webhook`` with the names webhooks.py knows its classes by."""
    if webhook.type is None or not renames:
        return webhook
    return replace(webhook, type=renamed_type(webhook.type, renames))
