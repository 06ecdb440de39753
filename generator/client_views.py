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
    statements: list[str]  # build ``query``, ``headers``, ``cookies`` and ``parts``; relative indentation included
    request: list[str]  # the keyword arguments of Request(...)
    result: str  # the return annotation
    returns: bool  # False when the result is None
    parse: str  # the body reader, made once (module level ``_<name>_parse``)
    errors: str  # the error decoders by status, made once (``_<name>_errors``); "" if none
    locals: list[str]  # declarations of the locals the statements fill: "query: list[tuple[str, str]] = []"
    pager: PagerView | None


@dataclass(frozen=True)
class SchemeView:
    key: str  # string literal
    arguments: list[str]  # the client's keyword arguments (two for basic auth)
    condition: str  # when the credential is sent
    location: str  # string literal
    wire_name: str  # string literal
    value: str  # the expression sent


_LITERAL_KINDS: dict[type, ir.Kind] = {str: "str", bool: "bool", int: "int", float: "number"}
_SCALARS = frozenset({"str", "int", "number", "bool", "enum", "datetime", "date"})
_SEPARATORS = {"spaceDelimited": " ", "pipeDelimited": "|"}


def _kind(t: ir.TypeRef) -> ir.Kind:
    return _LITERAL_KINDS.get(type(t.literal), "any") if t.kind == "literal" else t.kind


def scalar(t: ir.TypeRef) -> bool:
    """Whether values of ``t`` are sent as one piece of text (a list of them: one piece per item)."""
    return _kind(t) in _SCALARS


def text(t: ir.TypeRef, value: str, enum_kinds: Mapping[str, str]) -> str:
    """An expression giving ``value`` (of type ``t``, not None) as the text of a query, path or header value."""
    kind = _kind(t)
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
        inner = _item_text(t, enum_kinds)
        return value if inner == "x" else f"[{inner} for x in {value}]"
    return f"wire_text({codec.encode(t.non_null(), value)})"


def _item_text(t: ir.TypeRef, enum_kinds: Mapping[str, str]) -> str:
    """The text of ``x``, an item of the list type ``t`` (a null item is sent as an empty value)."""
    return _nullable_text(t.item if t.item is not None else ir.TypeRef("any"), "x", enum_kinds)


def _item(t: ir.TypeRef) -> ir.TypeRef:
    return (t.item if t.item is not None else ir.TypeRef("any")).non_null()


def _nullable_text(t: ir.TypeRef, value: str, enum_kinds: Mapping[str, str]) -> str:
    inner = text(t, value, enum_kinds)
    return f'("" if {value} is None else {inner})' if t.nullable else inner


def argument(p: ir.Parameter, enum_kinds: Mapping[str, str]) -> ArgumentView:
    annotation = codec.annotation(p.type, enum_kinds)
    if p.required:
        return ArgumentView(p.name, annotation, "", p.description)
    return ArgumentView(p.name, f"{annotation} | Unset", "UNSET", p.description)


def _guarded(lines: list[str], conditions: list[str]) -> list[str]:
    """``lines`` run only when every condition holds."""
    if not conditions:
        return lines
    return [f"if {' and '.join(conditions)}:", *("    " + line for line in lines)]


def _pairs(
    target: str, wire: str, t: ir.TypeRef, value: str, style: str, explode: bool, enum_kinds: Mapping[str, str]
) -> list[str]:
    """Lines adding the (name, text) pairs of a query or cookie value (``form`` and the query styles)."""
    if style == "json":
        return [f"{target}.append(({wire}, json_dumps({codec.encode(t.non_null(), value)}).decode()))"]
    if t.kind == "list" and scalar(_item(t)):
        item = _item_text(t, enum_kinds)
        if explode and style in ("", "form"):
            return [f"{target}.extend(({wire}, {item}) for x in {value})"]
        joined = f"{py_str(_SEPARATORS.get(style, ','))}.join({text(t, value, enum_kinds)})"
        return [f"{target}.append(({wire}, {joined}))"]
    if scalar(t):
        return [f"{target}.append(({wire}, {text(t, value, enum_kinds)}))"]
    encoded = codec.encode(t.non_null(), value)
    return [f"{target}.extend(style_pairs({wire}, {encoded}, {py_str(style or 'form')}, {explode}))"]


def _simple(t: ir.TypeRef, value: str, explode: bool, enum_kinds: Mapping[str, str]) -> str:
    """A header or path value in the ``simple`` style: lists comma-separated, objects as key,value pairs."""
    if t.kind == "list" and scalar(_item(t)):
        return f'",".join({text(t, value, enum_kinds)})'
    if scalar(t):
        return text(t, value, enum_kinds)
    return f"simple_text({codec.encode(t.non_null(), value)}, {explode})"


def statements(p: ir.Parameter, enum_kinds: Mapping[str, str]) -> list[str]:
    """Lines adding one query, header or cookie parameter (nothing for a path parameter).

    A None (a nullable parameter) is sent as an empty value in the query and in cookies
    (``name=``, the ``form`` style of an undefined value), and not at all as a header (the
    ``simple`` style has no form for it).
    """
    wire = py_str(p.wire_name)
    if p.location == "path":
        return []
    conditions = [] if p.required else [f"{p.name} is not UNSET"]
    if p.location == "header":
        if p.style == "json":
            value = f"json_dumps({codec.encode(p.type.non_null(), p.name)}).decode()"
        else:
            value = _simple(p.type, p.name, p.explode, enum_kinds)
        conditions += [f"{p.name} is not None"] if p.type.nullable else []
        return _guarded([f"headers[{wire}] = {value}"], conditions)
    target = "cookies" if p.location == "cookie" else "query"
    lines = _pairs(target, wire, p.type, p.name, p.style, p.explode, enum_kinds)
    if p.type.nullable:
        lines = [f"if {p.name} is None:", f"    {target}.append(({wire}, ''))", "else:", *("    " + x for x in lines)]
    return _guarded(lines, conditions)


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
        value = _simple(param.type, param.name, param.explode, enum_kinds)
        if param.type.nullable:
            value = f'("" if {param.name} is None else {value})'
        pieces += [py_str(op.path[at : match.start()]), f'quote({value}, safe="")']
        at = match.end()
    pieces.append(py_str(op.path[at:]))
    return " + ".join(p for p in pieces if p != "''") or "''"


def decoder(t: ir.TypeRef, enum_kinds: Mapping[str, str]) -> str:
    """A one-argument callable decoding a whole JSON body as ``t``."""
    if t.kind == "model" and not t.nullable:
        return f"{t.name}.from_dict"
    return f"lambda data: {codec.decode(t, 'data', py_str('body'), enum_kinds)}"


def reader(r: ir.Response, enum_kinds: Mapping[str, str]) -> str:
    """The body reader of one 2xx response."""
    if r.kind == "json":
        return f"json_body({decoder(r.type or ir.TypeRef('any'), enum_kinds)})"
    return {"text": "text_body", "binary": "bytes_body"}.get(r.kind, "no_body")


def parse_expression(op: ir.Operation, enum_kinds: Mapping[str, str]) -> str:
    """How the 2xx body is read: one reader, or one per status when the responses differ."""
    readers = {r.status: reader(r, enum_kinds) for r in op.responses}
    if len(set(readers.values())) <= 1:
        return next(iter(readers.values()), "no_body")
    return "by_status({" + ", ".join(f"{py_str(status)}: {how}" for status, how in readers.items()) + "})"


def result_annotation(op: ir.Operation, enum_kinds: Mapping[str, str]) -> str:
    """The return annotation: the union of the 2xx responses' types (None last)."""
    names: list[str] = []
    for r in op.responses:
        if r.kind == "json":
            names += codec.annotation(r.type or ir.TypeRef("any"), enum_kinds).split(" | ")
        else:
            names.append({"text": "str", "binary": "bytes"}.get(r.kind, "None"))
    unique = list(dict.fromkeys(names))
    if "Any" in unique:
        return "Any"
    ordered = [n for n in unique if n != "None"] + (["None"] if "None" in unique or not unique else [])
    return " | ".join(ordered)


def accept(op: ir.Operation) -> str:
    """The Accept header an operation sends, when it is not JSON ("" for the client's application/json)."""
    if any(r.kind == "json" for r in op.responses):
        return ""
    return ", ".join(dict.fromkeys(r.media_type for r in op.responses if r.kind in ("text", "binary")))


def body_statements(op: ir.Operation, enum_kinds: Mapping[str, str]) -> list[str]:
    """Lines adding a multipart body's parts to ``parts``."""
    body = op.body
    if body is None or body.kind != "multipart" or not body.parts:
        return []
    lines: list[str] = []
    for part in body.parts:
        wire, value = py_str(part.wire_name), part.name
        content_type = py_str(part.content_type or "application/octet-stream")
        if part.file and part.type.kind == "list":
            added = [f"parts.extend(file_part({wire}, x, {content_type}) for x in {value})"]
        elif part.file:
            added = [f"parts.append(file_part({wire}, {value}, {content_type}))"]
        elif part.content_type and not part.content_type.startswith("text/"):
            encoded = codec.encode(part.type, value)
            added = [f"parts.append(json_part({wire}, {encoded}, {py_str(part.content_type)}))"]
        elif part.type.kind == "list" and scalar(_item(part.type)):
            added = [f"parts.extend(text_part({wire}, {_item_text(part.type, enum_kinds)}) for x in {value})"]
            if part.type.nullable:
                added = [f"if {value} is not None:", "    " + added[0]]
        elif scalar(part.type):
            added = [f"parts.append(text_part({wire}, {_nullable_text(part.type, value, enum_kinds)}))"]
        else:
            added = [f"parts.append(json_part({wire}, {codec.encode(part.type, value)}))"]
        lines += _guarded(added, [] if part.required else [f"{value} is not UNSET"])
    return lines


def body_arguments(body: ir.Body, enum_kinds: Mapping[str, str]) -> list[ArgumentView]:
    """The arguments a body is given as: ``body``, or one per part of a multipart body."""
    if body.kind == "multipart" and body.parts:
        out = []
        for part in body.parts:
            annotation = codec.annotation(part.type, enum_kinds)
            if part.file:
                annotation = "list[Upload]" if part.type.kind == "list" else "Upload"
            if part.required:
                out.append(ArgumentView(part.name, annotation, "", part.description))
            else:
                out.append(ArgumentView(part.name, f"{annotation} | Unset", "UNSET", part.description))
        return out
    if body.kind == "text":
        annotation = "str"
    elif body.kind == "binary":
        annotation = "Binary"
    else:
        annotation = codec.annotation(body.type, enum_kinds)
    if body.required:
        return [ArgumentView("body", annotation, "", body.description)]
    return [ArgumentView("body", f"{annotation} | Unset", "UNSET", body.description)]


def body_request(body: ir.Body) -> list[str]:
    """The keyword arguments of Request(...) that carry the body."""
    if body.kind == "multipart":
        parts = "parts" if body.parts else f"value_parts({codec.encode(body.type, 'body')})"
        sent = [f"files={parts}"] if body.parts or body.required else [f"files=None if body is UNSET else {parts}"]
        return sent
    if body.kind == "json":
        encoded = f"json_dumps({codec.encode(body.type, 'body')})"
    elif body.kind == "form":
        encodings = ", ".join(
            f"{py_str(p.wire_name)}: ({py_str(p.style)}, {p.explode}, {py_str(p.content_type)})" for p in body.parts
        )
        encoded = f"form_body({codec.encode(body.type, 'body')}{', {' + encodings + '}' if encodings else ''})"
    elif body.kind == "text":
        encoded = "body.encode()"
    else:
        encoded = "read_bytes(body)"
    content_type = f"content_type={py_str(body.media_type)}"
    if body.required:
        return [f"body={encoded}", content_type]
    return [f"body=None if body is UNSET else {encoded}", content_type]


def request_arguments(op: ir.Operation, enum_kinds: Mapping[str, str]) -> list[str]:
    out = [f"method={py_str(op.method)}", f"path={path_expression(op, enum_kinds)}"]
    out.append(f"parse=_{op.name}_parse")
    if any(p.location == "query" for p in op.parameters):
        out.append("query=query")
    if any(p.location == "header" for p in op.parameters) or accept(op):
        out.append("headers=headers")
    if any(p.location == "cookie" for p in op.parameters):
        out.append("cookies=cookies")
    if op.body is not None:
        out += body_request(op.body)
    if op.security:
        out.append(f"security={tuple(op.security)!r}")
    if op.errors:
        out.append(f"errors=_{op.name}_errors")
    return out


def errors_expression(op: ir.Operation, enum_kinds: Mapping[str, str]) -> str:
    """The decoders of the error models, by status ("" when the spec gives none)."""
    if not op.errors:
        return ""
    return "{" + ", ".join(f"{py_str(status)}: {decoder(t, enum_kinds)}" for status, t in op.errors) + "}"


def local_declarations(op: ir.Operation) -> list[str]:
    locations = {p.location for p in op.parameters}
    out = []
    if "query" in locations:
        out.append("query: list[tuple[str, str]] = []")
    if "header" in locations or accept(op):
        first = f"{py_str('Accept')}: {py_str(accept(op))}" if accept(op) else ""
        out.append(f"headers: dict[str, str] = {{{first}}}")
    if "cookie" in locations:
        out.append("cookies: list[tuple[str, str]] = []")
    if op.body is not None and op.body.kind == "multipart" and op.body.parts:
        out.append("parts: list[Part] = []")
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
        arguments += body_arguments(op.body, enum_kinds)
    arguments.sort(key=lambda a: a.default != "")
    result = result_annotation(op, enum_kinds)
    return OperationView(
        name=op.name,
        docstring=docstring(op, arguments),
        arguments=arguments,
        statements=[line for p in op.parameters for line in statements(p, enum_kinds)]
        + body_statements(op, enum_kinds),
        request=request_arguments(op, enum_kinds),
        result=result,
        returns=result != "None",
        parse=parse_expression(op, enum_kinds),
        errors=errors_expression(op, enum_kinds),
        locals=local_declarations(op),
        pager=pager_view(op, enum_kinds),
    )


def scheme_view(s: ir.SecurityScheme) -> SchemeView:
    if s.password:
        value = f"basic_auth({s.argument}, {s.password})"
        condition = f"{s.argument} is not None or {s.password} is not None"
        return SchemeView(py_str(s.key), [s.argument, s.password], condition, "'header'", py_str(s.wire_name), value)
    value = f"{py_str(s.prefix)} + {s.argument}" if s.prefix else s.argument
    condition = f"{s.argument} is not None"
    return SchemeView(py_str(s.key), [s.argument], condition, py_str(s.location), py_str(s.wire_name), value)


def client_docstring(api: ir.Api, http: ir.HttpApi, flavour: str) -> str:
    lines = [
        f"{flavour} client of {api.title} {api.version}.",
        "",
        "Args:",
        f"    base_url: Where the API is; by default {http.base_url or '(none: give one)'}.",
    ]
    for s in http.schemes:
        described = " ".join(s.description.split()) or f"Sent as {s.wire_name}."
        if s.password:
            described = f"With {s.password}: HTTP basic authentication. {' '.join(s.description.split())}".strip()
            lines.append(_wrap(f"{s.argument}: {described} Never shown by repr."))
            lines.append(_wrap(f'{s.password}: The password of {s.argument} ("" if not given). Never shown by repr.'))
            continue
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
    body = op.body
    if body is not None:
        parts = tuple(replace(p, type=localise(p.type, renames)) for p in body.parts)
        body = replace(body, type=localise(body.type, renames), parts=parts)
    return replace(
        op,
        parameters=tuple(replace(p, type=localise(p.type, renames)) for p in op.parameters),
        body=body,
        result=None if op.result is None else localise(op.result, renames),
        responses=tuple(r if r.type is None else replace(r, type=localise(r.type, renames)) for r in op.responses),
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
        "credential_parameters": ", ".join(f"{a}: str | None" for s in http.schemes for a in arguments_of(s)),
        "credential_arguments": ", ".join(a for s in http.schemes for a in arguments_of(s)),
        "credential_names": [a for s in http.schemes for a in arguments_of(s)],
        "sent_always": repr(sent_always(http)),
        "base_url": py_str(http.base_url),
        "flavours": flavours(api, http),
        "model_imports": model_imports(api, renames),
        "client_all": sorted(CLIENT_EXPORTS),
    }


def arguments_of(s: ir.SecurityScheme) -> list[str]:
    return [s.argument, s.password] if s.password else [s.argument]


def sent_always(http: ir.HttpApi) -> tuple[str, ...]:
    """The header credentials every operation sends: a client's own httpx.Client carries them, set once."""
    headers = {s.key for s in http.schemes if s.location == "header"}
    common = [key for key in http.operations[0].security if key in headers] if http.operations else []
    return tuple(key for key in common if all(key in op.security for op in http.operations))


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
