"""Read what an operation takes besides its body: the spec's servers and security, and the parameters.

The base URL comes from the first server (its variables at their defaults); each security
scheme the clients can send becomes a credential argument; each path, query, header and
cookie parameter becomes a typed, safely named argument with its wire name and style.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal
from urllib.parse import urljoin, urlsplit, urlunsplit

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
        "json_model_body",
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
        return self._server_url().rstrip("/")

    def _server_url(self) -> str:
        """The first server's URL, its variables at their defaults, as written (relative URLs resolve against it)."""
        servers = self.document.servers
        if not servers:
            return ""
        url = servers[0].url
        for name, default in servers[0].defaults:
            url = url.replace("{" + name + "}", default)
        return url

    def schemes(self) -> list[ir.SecurityScheme]:
        schemes: list[ir.SecurityScheme] = []
        taken = {"self", "base_url", "timeout", "max_retries", "backoff", "http_client", "credentials", "super"}
        taken |= {"idempotency_keys", "headers", "set_headers", "query", "set_query", "client", "type"}
        taken |= {"max_response_bytes", "deadline", "max_pages"}
        for given in self.document.security_schemes:
            scheme = self.scheme(given, taken)
            if scheme is not None:
                taken |= {scheme.argument, scheme.password, *oauth2_names(scheme.oauth2)}
                schemes.append(replace(scheme, source=given.source))
        return schemes

    def scheme(self, given: nodes.SecurityScheme, taken: set[str]) -> ir.SecurityScheme | None:
        key, kind, where, http_scheme = given.key, given.type, given.location, given.scheme
        description = given.description.strip()
        if (kind == "http" and http_scheme == "bearer") or kind in ("oauth2", "openIdConnect"):
            # The access token given; an oauth2 scheme's client credentials or refresh token also get one
            argument = safe_attribute("token" if "token" not in taken else snake_case(key), taken, "token")
            oauth2 = oauth2_arguments(given, self._server_url(), taken | {argument}) if kind == "oauth2" else None
            return ir.SecurityScheme(
                key, argument, "header", "Authorization", "Bearer ", description, oauth2=oauth2, kind=kind or ""
            )
        if kind == "http" and http_scheme == "basic":
            user = safe_attribute(
                "username" if "username" not in taken else snake_case(key) + "_username", taken, "user"
            )
            password = safe_attribute(
                "password" if "password" not in taken else snake_case(key) + "_password", taken | {user}, "password"
            )
            return ir.SecurityScheme(key, user, "header", "Authorization", "Basic ", description, password, kind=kind)
        if kind == "apiKey" and where in ("header", "query", "cookie") and given.name:
            wire = given.name
            argument = safe_attribute(snake_case(re.sub(r"^x-", "", wire, flags=re.IGNORECASE)), taken, "api_key")
            location: Literal["header", "query", "cookie"] = where  # type: ignore[assignment]
            return ir.SecurityScheme(key, argument, location, wire, "", description, kind=kind)
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


def oauth2_arguments(given: nodes.SecurityScheme, server_url: str, taken: set[str]) -> ir.OAuth2 | None:
    """The client's arguments of an oauth2 scheme whose tokens it can get itself: with a clientCredentials
    flow (client_id, client_secret) or a flow that hands out refresh tokens (refresh_token); None otherwise."""
    flows = {flow.kind: flow for flow in given.flows}
    credentials = flows.get("clientCredentials")
    token_url = resolved_url(credentials.token_url, server_url) if credentials and credentials.token_url else ""
    refreshing = [flows[k] for k in ("authorizationCode", "password") if k in flows]
    refresh = next((f.refresh_url or f.token_url for f in refreshing if f.refresh_url or f.token_url), "")
    refresh_url = resolved_url(refresh, server_url) if refresh else ""
    if not token_url and not refresh_url:
        return None
    prefix = "" if "client_id" not in taken else snake_case(given.key) + "_"
    names: dict[str, str] = {}
    for name in ("client_id", "client_secret", "refresh_token", "scopes", "token_url", "client_auth"):
        if name == "refresh_token" and not refresh_url:
            names[name] = ""
            continue
        names[name] = safe_attribute(prefix + name, taken | set(names.values()), name)
    scopes = tuple(dict.fromkeys(scope for flow in given.flows for scope in flow.scopes))
    return ir.OAuth2(
        token_url,
        refresh_url,
        scopes,
        names["client_id"],
        names["client_secret"],
        names["refresh_token"],
        names["scopes"],
        names["token_url"],
        names["client_auth"],
    )


def oauth2_names(oauth2: ir.OAuth2 | None) -> set[str]:
    """The keyword arguments an oauth2 scheme's token fetching takes."""
    if oauth2 is None:
        return set()
    names = {oauth2.client_id, oauth2.client_secret, oauth2.refresh_token, oauth2.scopes_argument}
    return (names | {oauth2.token_url_argument, oauth2.client_auth}) - {""}


def resolved_url(url: str, server_url: str) -> str:
    """A token URL as the clients use it: absolute as written, or, if relative, resolved against the server
    (RFC 3986, as OpenAPI says) and kept as a path the clients resolve against their base URL's origin."""
    if urlsplit(url).scheme:
        return url
    parts = urlsplit(urljoin(server_url, url))
    return urlunsplit(("", "", "/" + parts.path.lstrip("/"), parts.query, ""))
