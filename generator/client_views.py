"""Views of ir.HttpApi for templates/client.py.jinja: every code snippet decided here.

Each operation becomes a request builder (``_<name>_request``: typed arguments in, an
``_http.Request`` out, straight-line code) and a method on each client class that sends
it. The snippets below are made from TypeRefs with codec.py, and every spec string goes
through ``py_str`` (a repr literal, as in render.py), so nothing from a spec reaches the
code unquoted.
"""

from __future__ import annotations

import builtins
import re
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, replace

import jinja2

from . import codec, ir


def py_str(value: str) -> str:
    return repr(value)


@dataclass(frozen=True)
class ArgumentView:
    name: str
    annotation: str
    default: str  # "" for a required argument
    description: str


@dataclass(frozen=True)
class PagerView:
    name: str  # the paginate_<op> method
    docstring: str
    item: str  # the annotation of one item
    items: str  # an expression of ``page``: its list of items
    following: str  # an expression of ``request`` and ``page``: the next Request or None


@dataclass(frozen=True)
class OperationView:
    name: str
    docstring: str
    arguments: list[ArgumentView]
    statements: list[str]  # build ``query`` and ``headers``; relative indentation included
    request: list[str]  # the keyword arguments of Request(...)
    result: str  # the return annotation
    returns: bool  # False when the result is None
    has_query: bool
    has_headers: bool
    pager: PagerView | None


@dataclass(frozen=True)
class SchemeView:
    key: str  # string literal
    argument: str
    location: str  # string literal
    wire_name: str  # string literal
    value: str  # the expression sent


_LITERAL_KINDS: dict[type, ir.Kind] = {str: "str", bool: "bool", int: "int", float: "number"}


def text(t: ir.TypeRef, value: str, enum_kinds: Mapping[str, str]) -> str:
    """An expression giving ``value`` (of type ``t``) as the text of a query, path or header value."""
    kind = _LITERAL_KINDS.get(type(t.literal), "any") if t.kind == "literal" else t.kind
    if kind == "str":
        return value
    if kind in ("int", "number"):
        return f"str({value})"
    if kind == "bool":
        return f'("true" if {value} else "false")'
    if kind == "enum":
        return f"str(enum_value({value}))"
    if kind == "datetime":
        return f"encode_datetime({value})"
    if kind == "date":
        return f"encode_date({value})"
    if kind == "list":
        inner = text(t.item if t.item is not None else ir.TypeRef("any"), "x", enum_kinds)
        return value if inner == "x" else f"[{inner} for x in {value}]"
    return f"json_dumps({codec.encode(t, value)}).decode()"


def argument(p: ir.Parameter, enum_kinds: Mapping[str, str]) -> ArgumentView:
    annotation = codec.annotation(p.type, enum_kinds)
    if p.required:
        return ArgumentView(p.name, annotation, "", p.description)
    return ArgumentView(p.name, f"{annotation} | Unset", "UNSET", p.description)


def statements(p: ir.Parameter, enum_kinds: Mapping[str, str]) -> list[str]:
    """Lines adding one query or header parameter (nothing for a path parameter)."""
    wire = py_str(p.wire_name)
    value = text(p.type, p.name, enum_kinds)
    if p.location == "path":
        return []
    if p.location == "header":
        line = f"headers[{wire}] = " + (f'",".join({value})' if p.type.kind == "list" else value)
    elif p.type.kind == "list" and p.explode:
        line = f"query.extend(({wire}, x) for x in {value})"
    elif p.type.kind == "list":
        line = f'query.append(({wire}, ",".join({value})))'
    else:
        line = f"query.append(({wire}, {value}))"
    return [line] if p.required else [f"if {p.name} is not UNSET:", f"    {line}"]


_PATH_PARAM = re.compile(r"\{([^{}]+)\}")


def path_expression(op: ir.Operation, enum_kinds: Mapping[str, str]) -> str:
    """The request path: literal pieces joined with the quoted path parameters."""
    by_wire = {p.wire_name: p for p in op.parameters if p.location == "path"}
    pieces: list[str] = []
    at = 0
    for match in _PATH_PARAM.finditer(op.path):
        param = by_wire.get(match.group(1))
        if param is None:
            continue  # left as written: validation reports a path parameter with no definition
        pieces += [py_str(op.path[at : match.start()]), f'quote({text(param.type, param.name, enum_kinds)}, safe="")']
        at = match.end()
    pieces.append(py_str(op.path[at:]))
    return " + ".join(p for p in pieces if p != "''") or "''"


def decoder(t: ir.TypeRef, enum_kinds: Mapping[str, str]) -> str:
    """A one-argument callable decoding a whole JSON body as ``t``."""
    if t.kind == "model" and not t.nullable:
        return f"{t.name}.from_dict"
    return f"lambda data: {codec.decode(t, 'data', py_str('body'), enum_kinds)}"


def request_arguments(op: ir.Operation, enum_kinds: Mapping[str, str]) -> list[str]:
    parse = "no_body" if op.result is None else f"json_body({decoder(op.result, enum_kinds)})"
    out = [f"method={py_str(op.method)}", f"path={path_expression(op, enum_kinds)}", f"parse={parse}"]
    if any(p.location == "query" for p in op.parameters):
        out.append("query=query")
    if any(p.location == "header" for p in op.parameters):
        out.append("headers=headers")
    if op.body is not None:
        encoded = f"json_dumps({codec.encode(op.body.type, 'body')})"
        out.append(f"body={encoded}" if op.body.required else f"body=None if body is UNSET else {encoded}")
    if op.security:
        out.append(f"security={tuple(op.security)!r}")
    if op.errors:
        errors = ", ".join(f"{py_str(status)}: {decoder(t, enum_kinds)}" for status, t in op.errors)
        out.append(f"errors={{{errors}}}")
    return out


def docstring(op: ir.Operation, arguments: list[ArgumentView]) -> str:
    parts = [op.summary or f"{op.method} {op.path}"]
    if op.description and op.description != op.summary:
        parts.append(op.description)
    if op.method not in ("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"):
        parts.append(f"{op.method} is not idempotent: it is retried only if the call passes max_retries.")
    described = [_wrap(f"{a.name}: {a.description}") for a in arguments if a.description]
    if described:
        parts.append("Args:\n" + "\n".join(described))
    return "\n\n".join(parts)


def _wrap(text: str) -> str:
    """One entry of an Args section: indented, wrapped, continuation lines indented further."""
    return textwrap.fill(" ".join(text.split()), width=96, initial_indent="    ", subsequent_indent="        ")


def pager_view(op: ir.Operation, enum_kinds: Mapping[str, str]) -> PagerView | None:
    pagination = op.pagination
    if pagination is None:
        return None
    items_field = pagination.items
    item_type = items_field.type.item if items_field.type.item is not None else ir.TypeRef("any")
    items = _present(f"page.{items_field.name}", items_field, "[]")
    if pagination.style == "page-number":
        page, size = py_str(pagination.page_param), py_str(pagination.size_param)
        following = f"next_page_number(request, {page}, {size}, len(_{op.name}_items(page)))"
    else:
        link = pagination.next_field
        assert link is not None
        following = f"next_link(request, page.{link.name})"
    item = codec.annotation(item_type, enum_kinds)
    docstring = (
        f"Every {item} that {op.name} lists, page after page.\n\n"
        f"Takes the arguments of {op.name}. Iterate over the result for the items, or over its pages()\n"
        "for each page's model; a page is fetched only when the one before has been used."
    )
    return PagerView(pagination.pager, docstring, item, items, following)


def _present(value: str, f: ir.Field, fallback: str) -> str:
    """``value`` (a field of the page), or ``fallback`` where it is unset or null."""
    conditions = ([] if f.required else [f"{value} is UNSET"]) + ([f"{value} is None"] if f.type.nullable else [])
    return f"{fallback} if {' or '.join(conditions)} else {value}" if conditions else value


def operation_view(op: ir.Operation, enum_kinds: Mapping[str, str]) -> OperationView:
    arguments = [argument(p, enum_kinds) for p in op.parameters]
    if op.body is not None:
        body_type = codec.annotation(op.body.type, enum_kinds)
        body = ArgumentView("body", body_type, "", op.body.description)
        if not op.body.required:
            body = ArgumentView("body", f"{body_type} | Unset", "UNSET", op.body.description)
        arguments.append(body)
    arguments.sort(key=lambda a: a.default != "")
    result = "None" if op.result is None else codec.annotation(op.result, enum_kinds)
    return OperationView(
        name=op.name,
        docstring=docstring(op, arguments),
        arguments=arguments,
        statements=[line for p in op.parameters for line in statements(p, enum_kinds)],
        request=request_arguments(op, enum_kinds),
        result=result,
        returns=op.result is not None,
        has_query=any(p.location == "query" for p in op.parameters),
        has_headers=any(p.location == "header" for p in op.parameters),
        pager=pager_view(op, enum_kinds),
    )


def scheme_view(s: ir.SecurityScheme) -> SchemeView:
    value = f"{py_str(s.prefix)} + {s.argument}" if s.prefix else s.argument
    return SchemeView(py_str(s.key), s.argument, py_str(s.location), py_str(s.wire_name), value)


def client_docstring(api: ir.Api, http: ir.HttpApi, flavour: str) -> str:
    lines = [
        f"{flavour} client of {api.title} {api.version}.",
        "",
        "Args:",
        f"    base_url: Where the API is; by default {http.base_url or '(none: give one)'}.",
    ]
    for s in http.schemes:
        described = " ".join(s.description.split()) or f"Sent as {s.wire_name}."
        lines.append(_wrap(f"{s.argument}: {described} Never shown by repr."))
    lines += [
        "    timeout: Seconds (or an httpx.Timeout) for each request; a call's timeout= overrides it.",
        "    max_retries: Retries of idempotent requests after a connection error, 408, 429 or 5xx;",
        "        a call's max_retries= overrides it, and is the only way to retry POST or PATCH.",
        "    backoff: The wait before each retry, unless the server sends Retry-After.",
        "    http_client: The httpx client to send with; the caller keeps it open and closes it.",
    ]
    return "\n".join(lines)


@dataclass(frozen=True)
class FlavourView:
    """What differs between the sync and the async client classes."""

    client: str
    raw: str
    base: str
    http_client: str
    pages: str
    docstring: str
    def_: str
    await_: str


def flavours(api: ir.Api, http: ir.HttpApi) -> list[FlavourView]:
    sync = FlavourView(
        client="Client",
        raw="ClientWithRawResponse",
        base="SyncAPIClient",
        http_client="httpx.Client",
        pages="Pages",
        docstring=client_docstring(api, http, "Synchronous"),
        def_="def",
        await_="",
    )
    asynchronous = FlavourView(
        client="AsyncClient",
        raw="AsyncClientWithRawResponse",
        base="AsyncAPIClient",
        http_client="httpx.AsyncClient",
        pages="AsyncPages",
        docstring=client_docstring(api, http, "Asynchronous"),
        def_="async def",
        await_="await ",
    )
    return [sync, asynchronous]


# Names client.py defines or imports: a model with one of these names is imported as <name>Model.
CLIENT_MODULE_NAMES = frozenset(
    {
        "ClientWithRawResponse",
        "AsyncClientWithRawResponse",
        "AsyncAPIClient",
        "SyncAPIClient",
        "Credential",
        "Request",
        "Timeout",
        "DEFAULT_BACKOFF",
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
        "httpx",
        "date",
        "datetime",
        "Any",
        "Literal",
        "annotations",
    }
    | {name for name in dir(builtins) if not name.startswith("_")}
)


def renamed_models(api: ir.Api) -> dict[str, str]:
    """Model, enum and union names that client.py must import under another name."""
    taken = CLIENT_MODULE_NAMES | set(CLIENT_EXPORTS) | _RUNTIME_DECODERS
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


def localise(t: ir.TypeRef, renames: Mapping[str, str]) -> ir.TypeRef:
    """``t`` with the names client.py knows its classes by."""
    item = localise(t.item, renames) if t.item is not None else None
    return ir.TypeRef(t.kind, renames.get(t.name, t.name), item, t.nullable, t.literal)


def localise_operation(op: ir.Operation, renames: Mapping[str, str]) -> ir.Operation:
    if not renames:
        return op
    pagination = op.pagination
    if pagination is not None:
        items = replace(pagination.items, type=localise(pagination.items.type, renames))
        pagination = replace(pagination, items=items)
    return replace(
        op,
        parameters=tuple(replace(p, type=localise(p.type, renames)) for p in op.parameters),
        body=None if op.body is None else replace(op.body, type=localise(op.body.type, renames)),
        result=None if op.result is None else localise(op.result, renames),
        errors=tuple((status, localise(t, renames)) for status, t in op.errors),
        pagination=pagination,
    )


def model_imports(api: ir.Api, renames: Mapping[str, str]) -> list[str]:
    """The import clauses of client.py's ``from .models import (...)``: ruff drops the unused ones."""
    names = [e.name for e in api.enums] + [m.name for m in api.models] + [u.name for u in api.unions]
    names += [codec.union_decoder_name(u.name) for u in api.unions]
    names += [codec.union_encoder_name(u.name) for u in api.unions if not u.tagged]  # untagged bodies encode with it
    return sorted(f"{n} as {renames[n]}" if n in renames else n for n in names)


def client_context(api: ir.Api, http: ir.HttpApi) -> dict[str, object]:
    """The variables of client.py.jinja."""
    renames = renamed_models(api)
    enum_kinds = {renames.get(e.name, e.name): e.value_kind for e in api.enums}
    return {
        "operations": [operation_view(localise_operation(op, renames), enum_kinds) for op in http.operations],
        "schemes": [scheme_view(s) for s in http.schemes],
        "credential_parameters": ", ".join(f"{s.argument}: str | None" for s in http.schemes),
        "credential_arguments": ", ".join(s.argument for s in http.schemes),
        "base_url": py_str(http.base_url),
        "flavours": flavours(api, http),
        "model_imports": model_imports(api, renames),
        "client_all": sorted(CLIENT_EXPORTS),
    }


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
    "UnprocessableEntityError",
)


def client_exports(api: ir.Api) -> list[str]:
    """The client names the package exports lazily: all, less any a model already takes."""
    if api.http is None:
        return []
    taken = {e.name for e in api.enums} | {m.name for m in api.models} | {u.name for u in api.unions}
    return [name for name in CLIENT_EXPORTS if name not in taken]


def client_files(api: ir.Api, env: jinja2.Environment, context: Mapping[str, object]) -> dict[str, str]:
    """client.py and the fixed _http.py, for a spec with operations (none otherwise)."""
    if api.http is None:
        return {}
    full = {**context, **client_context(api, api.http)}
    return {
        "client.py": env.get_template("client.py.jinja").render(full),
        "_http.py": env.get_template("http.py.jinja").render(full),
    }
