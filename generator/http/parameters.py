"""Read what an operation takes besides its body: the spec's servers and security, and the parameters.

The base URL comes from the first server (its variables at their defaults); each security
scheme the clients can send becomes a credential argument; each path, query, header and
cookie parameter becomes a typed, safely named argument with its wire name and style.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Literal

from .. import ir
from ..ir.constraints import constraints_of
from ..ir.diagnostics import join_pointer
from ..ir.naming import is_secret_name, pascal_case, safe_attribute, snake_case
from .schemas import _RANK, SchemaReader, mapping, media_kind, resolve

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
        servers = self.data.get("servers")
        server = servers[0] if isinstance(servers, list) and servers and isinstance(servers[0], dict) else {}
        url = str(server.get("url", ""))
        for name, variable in mapping(server.get("variables")).items():
            if isinstance(variable, dict) and "default" in variable:
                url = url.replace("{" + str(name) + "}", str(variable["default"]))
        return url.rstrip("/")

    def schemes(self) -> list[ir.SecurityScheme]:
        schemes: list[ir.SecurityScheme] = []
        taken = {"self", "base_url", "timeout", "max_retries", "backoff", "http_client", "credentials", "super"}
        taken |= {"idempotency_keys", "headers", "set_headers", "query", "set_query", "client", "type"}
        taken |= {"max_response_bytes", "deadline", "max_pages"}
        for key, raw in mapping(resolve(self.data, "/components/securitySchemes")).items():
            pointer = join_pointer("/components/securitySchemes", key)
            scheme = self.scheme(str(key), raw, pointer, taken)
            if scheme is not None:
                taken |= {scheme.argument, scheme.password}
                schemes.append(replace(scheme, source=self.spec.source(pointer)))
        return schemes

    def scheme(self, key: str, raw: Any, pointer: str, taken: set[str]) -> ir.SecurityScheme | None:
        raw = mapping(raw)
        description = str(raw.get("description") or "").strip()
        kind, where, http_scheme = raw.get("type"), raw.get("in"), str(raw.get("scheme", "")).lower()
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
        if kind == "apiKey" and where in ("header", "query", "cookie") and raw.get("name"):
            wire = str(raw["name"])
            argument = safe_attribute(snake_case(re.sub(r"^x-", "", wire, flags=re.IGNORECASE)), taken, "api_key")
            location: Literal["header", "query", "cookie"] = where
            return ir.SecurityScheme(key, argument, location, wire, "", description)
        self.warn(
            pointer,
            "only bearer, basic, OAuth 2 and OpenID Connect tokens and API keys are supported; this scheme isn't sent",
        )
        return None

    def security(self, raw: dict[str, Any]) -> tuple[str, ...]:
        requirements = raw.get("security", self.data.get("security"))
        keys: list[str] = []
        for requirement in requirements if isinstance(requirements, list) else ():
            for key in requirement if isinstance(requirement, dict) else ():
                if str(key) not in keys:
                    keys.append(str(key))
        return tuple(keys)

    def parameters(
        self, item: dict[str, Any], raw: dict[str, Any], pointer: str, hint: str
    ) -> list[ir.Parameter] | None:
        """Path-item parameters overridden by the operation's own; None if one can't be sent."""
        listed: dict[tuple[str, str], tuple[dict[str, Any], str, str]] = {}
        item_pointer = pointer.rsplit("/", 1)[0]
        for owner, where in ((item, item_pointer), (raw, pointer)):
            for n, entry in enumerate(owner.get("parameters") or []):
                param_pointer = join_pointer(where, "parameters", n)
                param, at = self.deref_at(entry, param_pointer)
                if param.get("name") and param.get("in"):
                    listed[(str(param["in"]), str(param["name"]))] = (param, param_pointer, at)
        taken = set(LOCAL_NAMES) | self.class_names
        out = []
        for (where, wire), (param, param_pointer, at) in listed.items():
            if where == "header" and wire.lower() in _IGNORED_HEADERS:
                continue
            if where not in ("path", "query", "header", "cookie"):
                if param.get("required"):
                    self.warn(param_pointer, f"required {where} parameters are not supported; operation left out")
                    return None
                self.warn(param_pointer, f"{where} parameters are not supported; parameter left out")
                continue
            location: Literal["path", "query", "header", "cookie"] = where  # type: ignore[assignment]
            name = safe_attribute(snake_case(wire), taken, fallback="param")
            taken.add(name)
            style = str(param.get("style") or ("form" if where in ("query", "cookie") else "simple"))
            explode = param.get("explode", style == "form") is not False
            schema, schema_at = param.get("schema"), join_pointer(at, "schema")
            if schema is None and isinstance(param.get("content"), dict) and param["content"]:
                # the value in a media type: JSON text (preferred), or text the caller writes (XML...)
                media = min(param["content"], key=lambda m: _RANK[media_kind(str(m), None)])
                schema, schema_at = mapping(param["content"][media]).get("schema"), join_pointer(at, "content", media)
                if media_kind(str(media), schema) == "json":
                    style, schema_at = "json", join_pointer(schema_at, "schema")
                else:
                    schema = {"type": "string"}
            param_type = self.schema_type(schema, schema_at, hint + pascal_case(wire))
            description = str(param.get("description") or "").strip()
            required = bool(param.get("required")) or where == "path"
            kept_style = style if style not in ("form", "simple") else ""
            source = self.spec.source(at)
            secret = is_secret_name(wire) or (isinstance(schema, dict) and schema.get("format") == "password")
            limits = constraints_of(self.deref(schema))
            out.append(
                ir.Parameter(
                    name, wire, location, param_type, required, description, explode, kept_style, source, secret, limits
                )
            )
        return sorted(out, key=lambda p: not p.required)
