"""Build the HTTP side of the IR (ir.HttpApi) from a spec's servers, security schemes and paths.

The schemas an operation names were already built into models by build.py; here we
only map each parameter, body and response to the TypeRef its schema became (via
``Api.types_by_pointer``), name the Python arguments, and read the ``x-pagination``
extension that says how a list operation pages. What the clients cannot express is
reported as a warning and left out, never guessed.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from . import ir
from .diagnostics import Diagnostic, join_pointer
from .load import LoadedFile, resolve_pointer
from .naming import safe_attribute, snake_case

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
        "Request",
        "UNSET",
        "Unset",
    }
)

# Header parameters OpenAPI says to ignore: the client sets these itself.
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})

_JSON = re.compile(r"^application/(.+\+)?json$")


class HttpBuilder:
    """Reads the operations of one loaded spec whose schemas are already in ``api``."""

    def __init__(self, spec: LoadedFile, api: ir.Api) -> None:
        self.spec = spec
        self.api = api
        self.data: dict[str, Any] = spec.data if isinstance(spec.data, dict) else {}
        self.class_names = {e.name for e in api.enums} | {m.name for m in api.models} | {u.name for u in api.unions}

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
                taken.add(scheme.argument)
                schemes.append(scheme)
        return schemes

    def scheme(self, key: str, raw: Any, pointer: str, taken: set[str]) -> ir.SecurityScheme | None:
        raw = mapping(raw)
        description = str(raw.get("description") or "").strip()
        kind, where = raw.get("type"), raw.get("in")
        if kind == "http" and str(raw.get("scheme", "")).lower() == "bearer":
            argument = safe_attribute("token" if "token" not in taken else snake_case(key), taken, "token")
            return ir.SecurityScheme(key, argument, "header", "Authorization", "Bearer ", description)
        if kind == "apiKey" and where in ("header", "query") and raw.get("name"):
            wire = str(raw["name"])
            argument = safe_attribute(snake_case(re.sub(r"^x-", "", wire, flags=re.IGNORECASE)), taken, "api_key")
            location: Literal["header", "query"] = "header" if where == "header" else "query"
            return ir.SecurityScheme(key, argument, location, wire, "", description)
        self.warn(pointer, "only bearer tokens and header or query API keys are supported; this scheme isn't sent")
        return None

    # --- one operation ------------------------------------------------------------

    def operation(self, path: str, method: str, item: dict[str, Any], taken: set[str]) -> ir.Operation | None:
        pointer = join_pointer("/paths", path, method)
        raw: dict[str, Any] = item[method]
        proposed = snake_case(str(raw.get("operationId") or f"{method}_{path}"))
        name = safe_attribute(proposed, taken, fallback="operation")
        parameters = self.parameters(item, raw, pointer)
        body = self.body(raw.get("requestBody"), join_pointer(pointer, "requestBody"))
        if parameters is None or body is False:
            return None
        result, ok = self.result(raw.get("responses"), join_pointer(pointer, "responses"))
        if not ok:
            return None
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
        )

    def parameters(self, item: dict[str, Any], raw: dict[str, Any], pointer: str) -> list[ir.Parameter] | None:
        """Path-item parameters overridden by the operation's own; None if one can't be sent."""
        listed: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        item_pointer = pointer.rsplit("/", 1)[0]
        for owner, where in ((item, item_pointer), (raw, pointer)):
            for n, entry in enumerate(owner.get("parameters") or []):
                param_pointer = join_pointer(where, "parameters", n)
                param = self.deref(entry)
                if param.get("name") and param.get("in"):
                    listed[(str(param["in"]), str(param["name"]))] = (param, param_pointer)
        taken = set(LOCAL_NAMES) | self.class_names
        out = []
        for (where, wire), (param, param_pointer) in listed.items():
            if where == "header" and wire.lower() in _IGNORED_HEADERS:
                continue
            if where not in ("path", "query", "header"):
                if param.get("required"):
                    self.warn(param_pointer, f"required {where} parameters are not supported; operation left out")
                    return None
                self.warn(param_pointer, f"{where} parameters are not supported; parameter left out")
                continue
            location: Literal["path", "query", "header"] = where  # type: ignore[assignment]
            name = safe_attribute(snake_case(wire), taken, fallback="param")
            taken.add(name)
            explode = param.get("explode", param.get("style", "form") == "form") is not False
            param_type = self.schema_type(param.get("schema"), join_pointer(param_pointer, "schema"))
            description = str(param.get("description") or "").strip()
            required = bool(param.get("required")) or where == "path"
            out.append(ir.Parameter(name, wire, location, param_type, required, description, explode))
        return sorted(out, key=lambda p: not p.required)

    def body(self, raw: Any, pointer: str) -> ir.Body | Literal[False] | None:
        """The JSON request body; False if the operation has a body the clients can't send."""
        raw = self.deref(raw)
        if not raw:
            return None
        for media, entry in mapping(raw.get("content")).items():
            if _JSON.match(str(media)) and isinstance(entry, dict):
                body_type = self.schema_type(entry.get("schema"), join_pointer(pointer, "content", media, "schema"))
                return ir.Body(body_type, bool(raw.get("required")), str(raw.get("description") or "").strip())
        self.warn(pointer, "only JSON request bodies are supported; operation left out")
        return False

    def result(self, responses: Any, pointer: str) -> tuple[ir.TypeRef | None, bool]:
        """The type of the JSON body of the 2xx responses (None if none has one), and whether it is usable."""
        found: list[ir.TypeRef] = []
        for status, raw in mapping(responses).items():
            if not str(status).startswith("2"):
                continue
            content_type = self.json_content_type(self.deref(raw), join_pointer(pointer, status))
            if content_type is not None:
                found.append(content_type)
        if len(set(found)) > 1:
            self.warn(pointer, "2xx responses with different schemas are not supported; operation left out")
            return None, False
        return (found[0] if found else None), True

    def errors(self, responses: Any, pointer: str) -> tuple[tuple[str, ir.TypeRef], ...]:
        out = []
        for status, raw in mapping(responses).items():
            key = str(status).upper()
            if key == "DEFAULT" or key[0] in "45":
                error_type = self.json_content_type(self.deref(raw), join_pointer(pointer, status))
                if error_type is not None:
                    out.append(("default" if key == "DEFAULT" else key, error_type))
        return tuple(out)

    def json_content_type(self, response: dict[str, Any], pointer: str) -> ir.TypeRef | None:
        for media, entry in mapping(response.get("content")).items():
            if _JSON.match(str(media)) and isinstance(entry, dict) and "schema" in entry:
                return self.schema_type(entry["schema"], join_pointer(pointer, "content", media, "schema"))
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
        """A parameter, body or response object, following one local $ref."""
        if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
            node = resolve(self.data, node["$ref"][1:])
        return node if isinstance(node, dict) else {}

    def schema_type(self, schema: Any, pointer: str) -> ir.TypeRef:
        """The TypeRef of a parameter, body or response schema: a built model, or a simple inline type."""
        known = self.api.types_by_pointer.get(pointer)
        if known is not None:
            return known
        if not isinstance(schema, dict):
            return ir.TypeRef("any")
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = self.api.types_by_pointer.get(ref[1:]) if ref.startswith("#/") else None
            if target is None:
                self.warn(pointer, f"{ref} is not a schema of this file; sent and read as plain JSON")
                return ir.TypeRef("any")
            return target
        kind = schema.get("type")
        nullable = isinstance(kind, list) and "null" in kind
        if isinstance(kind, list):
            others = [k for k in kind if k != "null"]
            kind = others[0] if len(others) == 1 else None
        if kind == "array":
            return ir.TypeRef("list", item=self.schema_type(schema.get("items"), join_pointer(pointer, "items")))
        simple = _SIMPLE.get((kind, schema.get("format"))) or _SIMPLE.get((kind, None))
        if simple is None:
            self.warn(pointer, "an inline schema that isn't a simple type or array is sent and read as plain JSON")
            return ir.TypeRef("any")
        return ir.TypeRef(simple, nullable=nullable)


_SIMPLE: dict[tuple[Any, Any], ir.Kind] = {
    ("string", None): "str",
    ("string", "date-time"): "datetime",
    ("string", "date"): "date",
    ("integer", None): "int",
    ("number", None): "number",
    ("boolean", None): "bool",
    ("object", None): "map",
}


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
