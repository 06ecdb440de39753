"""The names client.py defines, imports and exports, and the models it must import under another name.

A model, enum or union whose name client.py already uses (``Request``, ``Client``, a builtin)
is imported as ``<name>Model``; ``ir.renames.renamed_operation`` gives every TypeRef of an operation the name
client.py knows its class by.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping

from .. import ir
from . import codec

# Names client.py defines or imports: a model with one of these names is imported as <name>Model.
CLIENT_MODULE_NAMES = frozenset(
    {
        "ClientWithRawResponse",
        "AsyncClientWithRawResponse",
        "AsyncAPIClient",
        "SyncAPIClient",
        "Binary",
        "Credential",
        "ErrorDecoder",
        "Part",
        "Reader",
        "Request",
        "Upload",
        "basic_auth",
        "by_status",
        "bytes_body",
        "file_part",
        "form_body",
        "json_part",
        "read_bytes",
        "simple_text",
        "style_pairs",
        "text_body",
        "text_part",
        "value_parts",
        "wire_text",
        "Timeout",
        "DEFAULT_BACKOFF",
        "DEFAULT_MAX_PAGES",
        "DEFAULT_MAX_RESPONSE_BYTES",
        "DEFAULT_MAX_RETRIES",
        "DEFAULT_TIMEOUT",
        "json_body",
        "next_link",
        "next_page_number",
        "no_body",
        "UNSET",
        "Unset",
        "encode_date",
        "encode_datetime",
        "enum_value",
        "json_dumps",
        "or_none",
        "quote",
        "path_segment",
        "httpx",
        "date",
        "datetime",
        "Any",
        "Literal",
        "Mapping",
        "Self",
        "Final",
        "annotations",
    }
    | {name for name in dir(builtins) if not name.startswith("_")}
)


def renamed_models(api: ir.Api, module_names: frozenset[str] | None = None) -> dict[str, str]:
    """Model, enum and union names that client.py (or the module that uses ``module_names``) imports renamed."""
    taken = (CLIENT_MODULE_NAMES | set(CLIENT_EXPORTS) if module_names is None else module_names) | _RUNTIME_DECODERS
    names = [e.name for e in api.enums] + [m.name for m in api.models] + [u.name for u in api.unions]
    renames: dict[str, str] = {}
    for name in names:
        if name in taken:
            local, n = f"{name}Model", 2
            while local in names or local in taken:
                local, n = f"{name}Model{n}", n + 1
            renames[name] = local
            taken = taken | {local}
    return renames


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


# What client.py exports, and the package exports lazily (importing them imports httpx).
CLIENT_EXPORTS = (
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPages",
    "AuthenticationError",
    "Backoff",
    "BadRequestError",
    "Client",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "Pages",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "TooManyPagesError",
    "UnprocessableEntityError",
)
