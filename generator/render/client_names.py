"""The names client.py binds, and the models it must import under another name.

client.py's imports are declared here, once: the template places ``client_imports_text()``,
and ``CLIENT_MODULE_NAMES`` (every name client.py binds) is read from the same declaration, so
a model that would shadow one of them (``Request``, ``Client``, a builtin) is imported as
``<name>Model`` (naming/imports.py). tests/test_client_names.py checks that a rendered client.py
binds nothing else.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from dataclasses import dataclass

from .. import ir
from ..naming.imports import local_names
from . import codec


@dataclass(frozen=True)
class Import:
    """``from <module> import <names>`` (``import <module>`` if no names), exploded one name a line
    as written in client.py (ruff keeps an exploded import exploded, so this is part of the output)."""

    module: str
    names: tuple[str, ...] = ()
    exploded: bool = False

    def text(self) -> str:
        if not self.names:
            return f"import {self.module}"
        if self.exploded:
            return f"from {self.module} import (\n" + "".join(f"    {n},\n" for n in self.names) + ")"
        return f"from {self.module} import {', '.join(self.names)}"


def _exploded(module: str, *names: str) -> Import:
    return Import(module, names, exploded=True)


# client.py's imports after ``from __future__ import annotations``, in groups (a blank line between two).
CLIENT_IMPORTS: tuple[tuple[Import, ...], ...] = (
    (
        Import("collections.abc", ("Mapping", "Sequence")),
        Import("datetime", ("date", "datetime")),
        Import("typing", ("TYPE_CHECKING", "Any", "Final", "Literal", "Self")),
        Import("urllib.parse", ("quote",)),
    ),
    (Import("httpx"),),
    (
        _exploded(
            "._auth",
            *("AsyncSecret", "Credential", "Dynamic", "Secret", "basic_secret", "credential", "oauth2_credential"),
        ),
        _exploded(
            "._encoding",
            *("Binary", "BinaryBody", "Part", "Upload", "basic_auth", "binary_content", "file_part", "form_body"),
            *("json_part", "path_segment"),
            *("read_bytes", "simple_text", "style_pairs", "text_part", "value_parts", "wire_text"),
        ),
        _exploded(
            "._errors",
            *("APIConnectionError", "APIError", "APIStatusError", "APITimeoutError", "AuthenticationError"),
            *("BadRequestError", "ConflictError", "ErrorDecoder", "InternalServerError", "NotFoundError"),
            *("PermissionDeniedError", "RateLimitError", "ResponseDecodeError", "ResponseTooLargeError"),
            *("TooManyPagesError", "UnprocessableEntityError"),
        ),
        _exploded(
            "._http",
            *("DEFAULT_MAX_PAGES", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "AsyncAPIClient", "Request"),
            *("SyncAPIClient", "Timeout"),
        ),
        _exploded(
            "._pages",
            *("AsyncPages", "Pages", "field_at", "last_item_key", "next_cursor", "next_link", "next_link_header"),
            *("next_offset", "next_page_counted", "next_page_given", "next_page_number"),
        ),
        Import("._oauth", ("ClientAuth", "TokenRequestError")),
        Import("._retries", ("DEFAULT_BACKOFF", "Backoff")),
        Import("._transfer", ("DEFAULT_MAX_RESPONSE_BYTES",)),
        _exploded(
            "._responses",
            "APIResponse",
            "Reader",
            "by_status",
            "bytes_body",
            "json_body",
            "json_model_body",
            "no_body",
            "text_body",
        ),
        _exploded(
            "._streaming",
            *("AsyncStream", "EventTooLargeError", "ServerSentEvent", "Stream", "events_body", "lines_body"),
            "text_events_body",
        ),
        _exploded("._downloads", "AsyncStreamedResponse", "StreamedResponse", "StreamingView", "astreamed", "streamed"),
        Import("._lazy", ("AsyncRawResponses", "RawResponses", "install_operations")),
        _exploded(
            "._runtime",
            *("UNSET", "Unset", "as_any", "as_bool", "as_date", "as_datetime", "as_dict", "as_enum", "as_int"),
            *("as_int_enum", "as_list", "as_literal", "as_one_of", "as_map", "as_number", "as_str"),
            *("encode_date", "encode_datetime", "enum_value", "json_dumps", "or_none"),
        ),
    ),
)

# The classes client.py defines: a client of each flavour and its raw-response view (render/client_views.py).
CLIENT_CLASSES = (
    *("Client", "ClientWithRawResponse", "ClientWithStreamingResponse"),
    *("AsyncClient", "AsyncClientWithRawResponse", "AsyncClientWithStreamingResponse"),
)

# What client.py exports, and the package exports lazily (importing them imports httpx).
CLIENT_EXPORTS = (
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPages",
    "AsyncStream",
    "AsyncStreamedResponse",
    "AuthenticationError",
    "Backoff",
    "BadRequestError",
    "Client",
    "ConflictError",
    "EventTooLargeError",
    "InternalServerError",
    "NotFoundError",
    "Pages",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "ServerSentEvent",
    "Stream",
    "StreamedResponse",
    "TokenRequestError",
    "TooManyPagesError",
    "UnprocessableEntityError",
)

# Every public name client.py binds but the models': a model with one of these names is imported as <name>Model.
CLIENT_MODULE_NAMES = frozenset(
    {"annotations", *CLIENT_CLASSES, *CLIENT_EXPORTS}
    | {n for group in CLIENT_IMPORTS for i in group for n in (i.names or (i.module,))}
    | {name for name in dir(builtins) if not name.startswith("_")}
)


def client_imports_text() -> str:
    """client.py's imports (``CLIENT_IMPORTS``) as the template places them."""
    return "\n\n".join("\n".join(i.text() for i in group) for group in CLIENT_IMPORTS)


def renamed_models(api: ir.Api, module_names: frozenset[str] | None = None) -> dict[str, str]:
    """Model, enum and union names that client.py (or the module that binds ``module_names``) imports renamed."""
    taken = (CLIENT_MODULE_NAMES if module_names is None else module_names) | _RUNTIME_DECODERS
    names = [e.name for e in api.enums] + [m.name for m in api.models] + [u.name for u in api.unions]
    return local_names(names, taken)


# What webhooks.py imports from _runtime besides its WEBHOOK_MODULE_NAMES (render/webhook_views.py).
_RUNTIME_DECODERS = frozenset(
    {"as_any", "as_bool", "as_date", "as_datetime", "as_dict", "as_enum", "as_int"}
    | {"as_int_enum", "as_list", "as_literal", "as_map", "as_number", "as_str"}
)


def model_imports(api: ir.Api, renames: Mapping[str, str]) -> list[str]:
    """The import clauses of client.py's ``from .models import (...)``: ruff drops the unused ones."""
    names = [e.name for e in api.enums] + [m.name for m in api.models] + [u.name for u in api.unions]
    names += [codec.union_decoder_name(u.name) for u in api.unions]
    names += [codec.union_encoder_name(u.name) for u in api.unions if not u.tagged]  # untagged bodies encode with it
    return sorted(f"{n} as {renames[n]}" if n in renames else n for n in names)
