"""Read what an operation takes besides its body: the spec's servers and security, and the parameters.

The base URL comes from the first server (its variables at their defaults); each security
scheme the clients can send becomes a credential argument; each path, query, header and
cookie parameter becomes a typed, safely named argument with its wire name and style.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from .. import ir
from ..ir.constraints import constraints_of
from ..ir.naming import is_secret_name, pascal_case, safe_attribute, snake_case
from ..openapi import nodes
from .examples import parameter_example
from .schemas import _RANK, SchemaReader, media_kind

# Names the generated functions use in their bodies, and their own options: no parameter takes these.
LOCAL_NAMES = frozenset(
    {
        "self",
        "body",
        "request",
        "response",
        "query",
        "headers",
        "cookies",
        "parts",
        "timeout",
        "max_retries",
        "max_response_bytes",
        "deadline",
        "max_pages",
        "extra_headers",
        "extra_query",
        "extra_body",
        "x",
        "quote",
        "path_segment",
        "enum_value",
        "encode_date",
        "encode_datetime",
        "json_dumps",
        "json_body",
        "no_body",
        "text_body",
        "bytes_body",
        "by_status",
        "wire_text",
        "style_pairs",
        "simple_text",
        "form_body",
        "text_part",
        "json_part",
        "file_part",
        "value_parts",
        "read_bytes",
        "Request",
        "Upload",
        "UNSET",
        "Unset",
    }
)

# Header parameters OpenAPI says to ignore: the client sets these itself.
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})


class ParameterReader(SchemaReader):
    """Reads the servers, security schemes and security requirements, and each operation's parameters."""

    def base_url(self) -> str:
        servers = self.document.servers
        if not servers:
            return ""
        url = servers[0].url
        for name, default in servers[0].defaults:
            url = url.replace("{" + name + "}", default)
        return url.rstrip("/")

    def schemes(self) -> list[ir.SecurityScheme]:
        schemes: list[ir.SecurityScheme] = []
        taken = {"self", "base_url", "timeout", "max_retries", "backoff", "http_client", "credentials", "super"}
        taken |= {"idempotency_keys", "headers", "set_headers", "query", "set_query", "client", "type"}
        taken |= {"max_response_bytes", "deadline", "max_pages"}
        for given in self.document.security_schemes:
            scheme = self.scheme(given, taken)
            if scheme is not None:
                taken |= {scheme.argument, scheme.password}
                schemes.append(replace(scheme, source=given.source))
        return schemes

    def scheme(self, given: nodes.SecurityScheme, taken: set[str]) -> ir.SecurityScheme | None:
        key, kind, where, http_scheme = given.key, given.type, given.location, given.scheme
        description = given.description.strip()
        if (kind == "http" and http_scheme == "bearer") or kind in ("oauth2", "openIdConnect"):
            # OAuth 2 and OpenID Connect: the client sends the access token it is given (getting one is up to you)
            argument = safe_attribute("token" if "token" not in taken else snake_case(key), taken, "token")
            return ir.SecurityScheme(key, argument, "header", "Authorization", "Bearer ", description)
        if kind == "http" and http_scheme == "basic":
            user = safe_attribute(
                "username" if "username" not in taken else snake_case(key) + "_username", taken, "user"
            )
            password = safe_attribute(
                "password" if "password" not in taken else snake_case(key) + "_password", taken | {user}, "password"
            )
            return ir.SecurityScheme(key, user, "header", "Authorization", "Basic ", description, password)
        if kind == "apiKey" and where in ("header", "query", "cookie") and given.name:
            wire = given.name
            argument = safe_attribute(snake_case(re.sub(r"^x-", "", wire, flags=re.IGNORECASE)), taken, "api_key")
            location: Literal["header", "query", "cookie"] = where  # type: ignore[assignment]
            return ir.SecurityScheme(key, argument, location, wire, "", description)
        self.warn(
            given.pointer,
            "only bearer, basic, OAuth 2 and OpenID Connect tokens and API keys are supported; this scheme isn't sent",
        )
        return None

    def security(self, op: nodes.Operation) -> tuple[str, ...]:
        return op.security if op.security is not None else self.document.security

    def parameters(self, item: nodes.PathItem, op: nodes.Operation, hint: str) -> list[ir.Parameter] | None:
        """Path-item parameters overridden by the operation's own; None if one can't be sent."""
        listed = {(p.location, p.name): p for p in (*item.parameters, *op.parameters)}
        taken = set(LOCAL_NAMES) | self.class_names
        out = []
        for (where, wire), param in listed.items():
            if where == "header" and wire.lower() in _IGNORED_HEADERS:
                continue
            if where not in ("path", "query", "header", "cookie"):
                if param.required:
                    self.warn(param.listed_at, f"required {where} parameters are not supported; operation left out")
                    return None
                self.warn(param.listed_at, f"{where} parameters are not supported; parameter left out")
                continue
            location: Literal["path", "query", "header", "cookie"] = where  # type: ignore[assignment]
            name = safe_attribute(snake_case(wire), taken, fallback="param")
            taken.add(name)
            style = param.style or ("form" if where in ("query", "cookie") else "simple")
            explode = param.explode if param.explode is not None else style == "form"
            schema = param.schema
            if schema is None and param.content:
                # the value in a media type: JSON text (preferred), or text the caller writes (XML...)
                media = min(param.content, key=lambda m: _RANK[media_kind(m.media, None)])
                schema = media.schema
                if media_kind(media.media, schema) == "json":
                    style = "json"
                    param_type = self.schema_type(schema, hint + pascal_case(wire))
                else:
                    schema, param_type = None, ir.TypeRef("str")
            else:
                param_type = self.schema_type(schema, hint + pascal_case(wire))
            description = param.description.strip()
            required = param.required or where == "path"
            kept_style = style if style not in ("form", "simple") else ""
            limits = constraints_of(schema.resolved().raw if schema is not None else None)
            secret = is_secret_name(wire) or (schema is not None and schema.format == "password")
            out.append(
                ir.Parameter(
                    name,
                    wire,
                    location,
                    param_type,
                    required,
                    description,
                    explode,
                    kept_style,
                    param.source,
                    secret,
                    limits,
                    parameter_example(param),
                )
            )
        return sorted(out, key=lambda p: not p.required)
