"""Build the HTTP side of the IR (ir.HttpApi) from a spec's servers, security schemes and paths.

The schemas an operation names were already built into models by build.py; here we
only map each parameter, body and response to the TypeRef its schema became (via
``Api.types_by_pointer``), name the Python arguments, and read the ``x-pagination``
extension that says how a list operation pages. An inline parameter or response schema
the model pipeline didn't reach (a type list, an anyOf of simple types, a const) is typed
here, as an untagged union named after its operation when it has several members. What
the clients cannot express is reported as a warning and left out, never guessed.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from . import ir
from .build_unions import MEMBER_ORDER
from .diagnostics import Diagnostic, join_pointer
from .load import LoadedFile, resolve_pointer
from .naming import safe_attribute, safe_class_name, snake_case

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Attributes and methods of the generated clients: no operation may take these names.
CLIENT_NAMES = frozenset(
    {"close", "aclose", "with_raw_response", "base_url", "timeout", "max_retries", "backoff", "send", "http_client"}
)

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
        "x",
        "quote",
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

_JSON = re.compile(r"^(application|text)/([^;]+\+)?json$")
_BINARY_MEDIA = re.compile(r"^(application/(octet-stream|pdf|zip|gzip|x-tar)|image/|audio/|video/|font/)")

# How much a request body's media type is preferred when an operation offers several.
_RANK: dict[ir.BodyKind, int] = {"json": 0, "form": 1, "multipart": 2, "text": 3, "binary": 4}
_MEMBER_RANK = {kind: rank for rank, kinds in enumerate(MEMBER_ORDER) for kind in kinds}


def media_kind(media: str, schema: Any) -> ir.BodyKind:
    """How a body of this media type is sent or read."""
    base = media.split(";", 1)[0].strip().lower()
    if _JSON.match(base):
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base == "multipart/form-data":
        return "multipart"
    if base in ("*/*", "application/*") and isinstance(schema, dict) and ("$ref" in schema or "properties" in schema):
        return "json"  # "anything", with an object schema: JSON is what is meant
    if base.startswith("text/") or base == "application/xml" or base.endswith("+xml"):
        return "text"
    if _BINARY_MEDIA.match(base) or is_binary(schema):
        return "binary"
    if isinstance(schema, dict) and schema.get("type") == "string":
        return "text"
    return "binary"


def is_binary(schema: Any) -> bool:
    """A schema of raw bytes: ``format: binary`` (3.0), or ``contentMediaType`` with no ``contentEncoding`` (3.1)."""
    if not isinstance(schema, dict):
        return False
    return schema.get("format") == "binary" or ("contentMediaType" in schema and "contentEncoding" not in schema)


class HttpBuilder:
    """Reads the operations of one loaded spec whose schemas are already in ``api``."""

    def __init__(self, spec: LoadedFile, api: ir.Api) -> None:
        self.spec = spec
        self.api = api
        self.data: dict[str, Any] = spec.data if isinstance(spec.data, dict) else {}
        self.class_names = {e.name for e in api.enums} | {m.name for m in api.models} | {u.name for u in api.unions}
        self.typed: dict[str, ir.TypeRef] = {}  # inline schemas typed here, by pointer (a shared one, once)

    def warn(self, pointer: str, message: str) -> None:
        self.api.warnings.append(Diagnostic("warning", self.spec.source(pointer), message))

    def build(self) -> ir.HttpApi | None:
        http = ir.HttpApi(base_url=self.base_url(), schemes=self.schemes())
        taken = set(CLIENT_NAMES) | self.class_names
        for path, item in mapping(self.data.get("paths")).items():
            if not isinstance(item, dict):
                continue
            for method in METHODS:
                if isinstance(item.get(method), dict):
                    op = self.operation(str(path), method, item, taken)
                    if op is not None:
                        taken.add(op.name)
                        taken.add(op.pagination.pager if op.pagination else op.name)
                        http.operations.append(op)
        return http if http.operations else None

    # --- servers and security ---------------------------------------------------

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
        for key, raw in mapping(resolve(self.data, "/components/securitySchemes")).items():
            pointer = join_pointer("/components/securitySchemes", key)
            scheme = self.scheme(str(key), raw, pointer, taken)
            if scheme is not None:
                taken |= {scheme.argument, scheme.password}
                schemes.append(scheme)
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

    # --- one operation ------------------------------------------------------------

    def operation(self, path: str, method: str, item: dict[str, Any], taken: set[str]) -> ir.Operation | None:
        pointer = join_pointer("/paths", path, method)
        raw: dict[str, Any] = item[method]
        proposed = snake_case(str(raw.get("operationId") or f"{method}_{path}"))
        name = safe_attribute(proposed, taken, fallback="operation")
        hint = _pascal(str(raw.get("operationId") or f"{method}_{path}"))
        parameters = self.parameters(item, raw, pointer, hint)
        if parameters is None:
            return None
        argument_names = {p.name for p in parameters}
        body = self.body(raw.get("requestBody"), join_pointer(pointer, "requestBody"), argument_names, hint)
        if body is False:
            return None
        responses = self.responses(raw.get("responses"), join_pointer(pointer, "responses"), hint)
        json_types = {r.type for r in responses if r.kind == "json"}
        result = next(iter(json_types)) if len(json_types) == 1 and len({r.kind for r in responses}) == 1 else None
        return ir.Operation(
            name=name,
            method=method.upper(),
            path=path,
            summary=str(raw.get("summary") or "").strip(),
            description=str(raw.get("description") or "").strip(),
            parameters=tuple(parameters),
            body=body,
            result=result,
            errors=self.errors(raw.get("responses"), join_pointer(pointer, "responses")),
            security=self.security(raw),
            pagination=self.pagination(raw.get("x-pagination"), result, parameters, name, taken, pointer),
            source=self.spec.source(pointer),
            responses=responses,
        )

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
            param_type = self.schema_type(schema, schema_at, hint + _pascal(wire))
            description = str(param.get("description") or "").strip()
            required = bool(param.get("required")) or where == "path"
            kept_style = style if style not in ("form", "simple") else ""
            out.append(ir.Parameter(name, wire, location, param_type, required, description, explode, kept_style))
        return sorted(out, key=lambda p: not p.required)

    # --- request bodies -------------------------------------------------------------

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

    # --- responses ------------------------------------------------------------------

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
            if not offered:
                out.append(ir.Response(str(status).upper(), "none", None))
                continue
            media, entry, kind = min(offered, key=lambda o: _RANK[o[2]])
            if kind == "json":
                where = join_pointer(at, "content", media, "schema")
                several = sum(1 for s in mapping(responses) if str(s).startswith("2")) > 1
                suffix = f"Response{status}" if several else "Response"
                response_type = self.schema_type(entry.get("schema"), where, hint + suffix)
                out.append(ir.Response(str(status).upper(), "json", response_type, media))
            else:
                out.append(ir.Response(str(status).upper(), "text" if kind == "text" else "binary", None, media))
        return tuple(out)

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

    def security(self, raw: dict[str, Any]) -> tuple[str, ...]:
        requirements = raw.get("security", self.data.get("security"))
        keys: list[str] = []
        for requirement in requirements if isinstance(requirements, list) else ():
            for key in requirement if isinstance(requirement, dict) else ():
                if str(key) not in keys:
                    keys.append(str(key))
        return tuple(keys)

    # --- pagination ---------------------------------------------------------------------

    def pagination(
        self,
        raw: Any,
        result: ir.TypeRef | None,
        parameters: list[ir.Parameter],
        name: str,
        taken: set[str],
        pointer: str,
    ) -> ir.Pagination | None:
        if raw is None:
            return None
        where = join_pointer(pointer, "x-pagination")
        raw = mapping(raw)
        model = self.model_of(result)
        items = self.field_of(model, raw.get("items"))
        style = raw.get("style")
        problem = ""
        if model is None or items is None or items.type.kind != "list":
            problem = "`items` must name an array property of the 2xx response's object schema"
        elif style == "page-number":
            query = {p.wire_name: p for p in parameters if p.location == "query"}
            page, size = query.get(str(raw.get("page"))), raw.get("size")
            if page is None or page.type.kind != "int":
                problem = "`page` must name an integer query parameter"
            elif size is not None and (size not in query or query[size].type.kind != "int"):
                problem = "`size`, if given, must name an integer query parameter"
            else:
                pager = safe_attribute(f"paginate_{name}", taken, "paginate")
                return ir.Pagination(pager, "page-number", items, page_param=page.wire_name, size_param=str(size or ""))
        elif style == "next-link":
            link = self.field_of(model, raw.get("next"))
            if link is None or link.type.kind != "str":
                problem = "`next` must name a string property of the response holding the next page's URL"
            else:
                pager = safe_attribute(f"paginate_{name}", taken, "paginate")
                return ir.Pagination(pager, "next-link", items, next_field=link)
        else:
            problem = "`style` must be page-number or next-link"
        self.warn(where, f"x-pagination ignored: {problem}")
        return None

    def model_of(self, t: ir.TypeRef | None) -> ir.Model | None:
        if t is None or t.kind != "model":
            return None
        return next((m for m in self.api.models if m.name == t.name), None)

    @staticmethod
    def field_of(model: ir.Model | None, wire_name: Any) -> ir.Field | None:
        if model is None:
            return None
        return next((f for f in model.fields if f.wire_name == wire_name), None)

    # --- schemas ------------------------------------------------------------------------

    def deref(self, node: Any) -> dict[str, Any]:
        """A parameter, body, response or schema object, following local $refs."""
        return self.deref_at(node, "")[0]

    def deref_at(self, node: Any, pointer: str) -> tuple[dict[str, Any], str]:
        """``node`` with its local $refs followed, and the pointer where it was found."""
        for _ in range(20):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#")):
                break
            pointer = node["$ref"][1:]
            node = resolve(self.data, pointer)
        return (node if isinstance(node, dict) else {}), pointer

    def schema_type(self, schema: Any, pointer: str, hint: str, depth: int = 0) -> ir.TypeRef:
        """The TypeRef of a parameter, body or response schema: a built model, or a simple inline type."""
        known = self.api.types_by_pointer.get(pointer) or self.typed.get(pointer)
        if known is not None:
            return known
        if not isinstance(schema, dict) or depth > 20:
            return ir.TypeRef("any")
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = self.api.types_by_pointer.get(ref[1:]) if ref.startswith("#/") else None
            if target is not None:
                return target
            if ref.startswith("#/") and isinstance(resolve(self.data, ref[1:]), dict):
                return self.schema_type(resolve(self.data, ref[1:]), ref[1:], hint, depth + 1)
            self.warn(pointer, f"{ref} is not a schema of this file; sent and read as plain JSON")
            return ir.TypeRef("any")
        typed = self.inline_type(schema, pointer, hint, depth)
        self.typed[pointer] = typed
        return typed

    def inline_type(self, schema: dict[str, Any], pointer: str, hint: str, depth: int) -> ir.TypeRef:
        nullable = schema.get("nullable") is True
        if (
            "const" in schema
            and isinstance(schema["const"], str | int | bool)
            and not isinstance(schema["const"], float)
        ):
            return ir.TypeRef("literal", literal=schema["const"], nullable=nullable)
        for keyword in ("oneOf", "anyOf"):
            if isinstance(schema.get(keyword), list) and schema[keyword]:
                null = [isinstance(s, dict) and s.get("type") == "null" for s in schema[keyword]]
                members = [
                    self.schema_type(s, join_pointer(pointer, keyword, i), f"{hint}Option{i + 1}", depth + 1)
                    for i, s in enumerate(schema[keyword])
                    if not null[i]
                ]
                if not members:
                    return ir.TypeRef("literal", literal=None)
                return self.union(members, nullable or any(null), hint, pointer)
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1:
            inner = self.schema_type(all_of[0], join_pointer(pointer, "allOf", 0), hint, depth + 1)
            return inner.with_nullable(nullable or inner.nullable)
        kind = schema.get("type")
        if kind == "null" or kind == ["null"]:
            return ir.TypeRef("literal", literal=None)  # only null: a flag sent with no value
        if isinstance(kind, list):
            nullable = nullable or "null" in kind
            kinds = [k for k in kind if k != "null"]
            if len(kinds) > 1:
                members = [
                    self.inline_type({**schema, "type": k}, pointer, f"{hint}Option{i + 1}", depth)
                    for i, k in enumerate(kinds)
                ]
                return self.union(members, nullable, hint, pointer)
            kind = kinds[0] if kinds else None
        if kind == "array":
            item = self.schema_type(schema.get("items"), join_pointer(pointer, "items"), hint + "Item", depth + 1)
            return ir.TypeRef("list", item=item, nullable=nullable)
        if isinstance(schema.get("enum"), list) and kind is None:
            values = [v for v in schema["enum"] if v is not None]
            kind = "string" if all(isinstance(v, str) for v in values) else None
        simple = _SIMPLE.get((kind, schema.get("format"))) or _SIMPLE.get((kind, None))
        extra = schema.get("additionalProperties")
        if simple == "map" and isinstance(extra, dict) and extra and not schema.get("properties"):
            item = self.schema_type(extra, join_pointer(pointer, "additionalProperties"), hint + "Value", depth + 1)
            return ir.TypeRef("dict", item=item, nullable=nullable)
        if simple is not None:
            if simple == "map" and (schema.get("properties") or schema.get("allOf")):
                self.warn(pointer, "an inline schema that isn't a simple type or array is sent and read as plain JSON")
            return ir.TypeRef(simple, nullable=nullable)
        if kind is None and not any(k in schema for k in _STRUCTURE):
            return ir.TypeRef("any", nullable=nullable)  # {} (or only a description): any JSON, as the spec says
        self.warn(pointer, "an inline schema that isn't a simple type or array is sent and read as plain JSON")
        return ir.TypeRef("any")

    def union(self, members: list[ir.TypeRef], nullable: bool, hint: str, pointer: str) -> ir.TypeRef:
        """One type, or an untagged union of several, named after where it stands."""
        flat: list[ir.TypeRef] = []
        for m in members:
            m = m.non_null().opened()
            known = next((u for u in self.api.unions if u.name == m.name), None) if m.kind == "untagged" else None
            for member in known.members if known is not None else (m,):
                if member not in flat:
                    flat.append(member)
        if not flat or any(m.kind == "any" for m in flat):
            return ir.TypeRef("any", nullable=nullable and bool(flat))
        if len(flat) == 1:
            return flat[0].with_nullable(nullable)
        if sum(1 for m in flat if m.kind == "list") > 1 or sum(1 for m in flat if m.kind in ("dict", "map")) > 1:
            self.warn(pointer, "an inline schema that isn't a simple type or array is sent and read as plain JSON")
            return ir.TypeRef("any")
        name = self.claim_class(hint)
        ordered = sorted(flat, key=lambda t: _MEMBER_RANK.get(t.kind, len(MEMBER_ORDER)))
        self.api.unions.append(ir.Union(name, "", "", (), self.spec.source(pointer), members=tuple(ordered)))
        return ir.TypeRef("untagged", name, nullable=nullable)

    def claim_class(self, proposed: str) -> str:
        base = safe_class_name(proposed)
        unique, n = base, 2
        while unique in self.class_names:
            unique, n = f"{base}{n}", n + 1
        self.class_names.add(unique)
        return unique


_SIMPLE: dict[tuple[Any, Any], ir.Kind] = {
    ("string", None): "str",
    ("string", "date-time"): "datetime",
    ("string", "date"): "date",
    ("integer", None): "int",
    ("number", None): "number",
    ("boolean", None): "bool",
    ("object", None): "map",
}

# Keywords that give a schema a shape: without any of them (and without a type), a schema is any JSON.
_STRUCTURE = ("properties", "additionalProperties", "items", "allOf", "anyOf", "oneOf", "not", "enum", "const")


def _pascal(text: str) -> str:
    """``createPet`` -> ``CreatePet``, ``image_id`` -> ``ImageId``."""
    words = re.split(r"[^0-9A-Za-z]+", text)
    return "".join(w[:1].upper() + w[1:] for w in words if w)


def mapping(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one: the spec was validated, but stay safe."""
    return value if isinstance(value, dict) else {}


def resolve(data: Any, pointer: str) -> Any:
    try:
        return resolve_pointer(data, pointer)
    except KeyError:
        return None


def build_http(spec: LoadedFile, api: ir.Api) -> ir.HttpApi | None:
    """The operations of ``spec`` for the HTTP clients, or None if it has none."""
    return HttpBuilder(spec, api).build()
