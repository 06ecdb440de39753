"""Views of ir.HttpApi for templates/client.py.jinja: every code snippet decided here.

Each operation becomes a request builder (``_<name>_request``: typed arguments in, an
``_http.Request`` out, straight-line code) and a method on each client class that sends
it. The snippets below are made from TypeRefs with codec.py, and every spec string goes
through ``py_str`` (a repr literal, as in package.py), so nothing from a spec reaches the
code unquoted. The arguments and request-building statements come from request_views.py,
client.py's imports and the names it binds from client_names.py; here are the methods (result, body
reader, error decoders, docstring, pager), the credentials and the client classes.
"""

from __future__ import annotations

import functools
import textwrap
from dataclasses import dataclass, field

from .. import ir
from ..ir.annotations import item_or_any
from . import codec
from .client_names import CLIENT_EXPORTS
from .credential_views import condition, credential_docs, credential_expression, credential_parameters
from .request_views import (
    ArgumentView,
    argument,
    body_arguments,
    body_statements,
    local_declarations,
    request_arguments,
    statements,
)
from .text import py_str


@dataclass(frozen=True)
class PagerView:
    name: str  # the paginate_<op> method
    docstring: str
    item: str  # the annotation of one item
    items: str  # an expression of ``page``: its list of items
    following: str  # an expression of ``request``, ``page`` and ``headers`` (the response's): the next Request or None


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
    stream: str = ""  # an event stream or JSON lines: the annotation of each item ("" otherwise)


@dataclass(frozen=True)
class SchemeView:
    key: str  # string literal
    arguments: list[str]  # the client's keyword arguments (two for basic auth)
    condition: str  # when the credential is sent
    location: str  # string literal
    wire_name: str  # string literal
    value: str  # the expression sent
    credential: str = ""  # the expression making its Credential (or Dynamic: a function's value, an OAuth 2 token)


def decoder(t: ir.TypeRef) -> str:
    """A one-argument callable decoding a whole JSON body as ``t``."""
    if t.kind == "model" and not t.nullable:
        return f"{t.name}.from_dict"
    return f"lambda data: {codec.decode(t, 'data', py_str('body'))}"


def reader(r: ir.Response) -> str:
    """The body reader of one 2xx response."""
    if r.kind == "json":
        t = r.type or ir.TypeRef("any")
        if t.kind == "model" and not t.nullable:
            return f"json_model_body({t.name}.from_json)"
        return f"json_body({decoder(t)})"
    if r.kind in ("events", "lines"):
        if r.type is None:
            return "text_events_body"
        return f"{r.kind}_body({decoder(r.type)})"
    return {"text": "text_body", "binary": "bytes_body"}.get(r.kind, "no_body")


def stream_item(op: ir.Operation) -> str:
    """The annotation of each item of a streamed response (an event's data, a JSON line); "" if none."""
    for r in op.responses:
        if r.kind in ("events", "lines"):
            return "str" if r.type is None else codec.annotation(r.type)
    return ""


def parse_expression(op: ir.Operation) -> str:
    """How the 2xx body is read: one reader, or one per status when the responses differ."""
    readers = {r.status: reader(r) for r in op.responses}
    if len(set(readers.values())) <= 1:
        return next(iter(readers.values()), "no_body")
    return "by_status({" + ", ".join(f"{py_str(status)}: {how}" for status, how in readers.items()) + "})"


def result_annotation(op: ir.Operation) -> str:
    """The return annotation: the union of the 2xx responses' types (None last); a Stream of items."""
    if stream_item(op):
        return f"Stream[{stream_item(op)}]"
    names: list[str] = []
    for r in op.responses:
        if r.kind == "json":
            names += codec.annotation(r.type or ir.TypeRef("any")).split(" | ")
        else:
            names.append({"text": "str", "binary": "bytes"}.get(r.kind, "None"))
    unique = list(dict.fromkeys(names))
    if "Any" in unique:
        return "Any"
    ordered = [n for n in unique if n != "None"] + (["None"] if "None" in unique or not unique else [])
    return " | ".join(ordered)


def errors_expression(op: ir.Operation) -> str:
    """The decoders of the error models, by status ("" when the spec gives none)."""
    if not op.errors:
        return ""
    return "{" + ", ".join(f"{py_str(status)}: {decoder(t)}" for status, t in op.errors) + "}"


def docstring(op: ir.Operation, arguments: list[ArgumentView]) -> str:
    parts = [op.summary or f"{op.method} {op.path}"]
    if op.description and op.description != op.summary:
        parts.append(op.description)
    if op.idempotent:
        parts.append("Every try of a call carries the same Idempotency-Key, so it is retried as max_retries says.")
    elif op.method not in ("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"):
        parts.append(
            f"{op.method} is not idempotent: it is retried only if the call passes max_retries, or if it carries\n"
            "an Idempotency-Key (the client's idempotency_keys=True, or one in extra_headers)."
        )
    if stream_item(op):
        parts.append(
            f"Returns a stream: iterate over it for each {stream_item(op)} as it arrives (its events(), for the\n"
            "event, id and retry fields of an event stream); it closes the connection at its end, on a break\n"
            "out of the loop and when its with block is left."
        )
    described = [_wrap(f"{a.name}: {a.description}") for a in arguments if a.description]
    if described:
        parts.append("Args:\n" + "\n".join(described))
    return "\n\n".join(parts)


@functools.lru_cache(maxsize=4096)
def _wrap(text: str) -> str:
    """One entry of an Args section: indented, wrapped, continuation lines indented further.

    Cached: big specs repeat a parameter's description in every operation taking it (Kubernetes'
    dryRun, pretty...), and textwrap was a third of their render. A text that fits is one line."""
    flat = " ".join(text.split())
    if 0 < len(flat) <= 92:
        return f"    {flat}"
    return textwrap.fill(flat, width=96, initial_indent="    ", subsequent_indent="        ")


def pager_view(op: ir.Operation) -> PagerView | None:
    pagination = op.pagination
    if pagination is None:
        return None
    items_field = pagination.items
    item_type = item_or_any(items_field.type)
    items = _present(f"page.{items_field.name}", items_field, "[]") if items_field.name else "page"
    item = codec.annotation(item_type)
    docstring = (
        f"Every {item} that {op.name} lists, page after page.\n\n"
        f"Takes the arguments of {op.name}. Iterate over the result for the items, or over its pages()\n"
        "for each page's model; a page is fetched only when the one before has been used."
    )
    return PagerView(pagination.pager, docstring, item, items, following_expression(op.name, pagination))


def following_expression(name: str, pagination: ir.Pagination) -> str:
    """An expression of ``request``, ``page`` and ``headers``: the next page's Request, or None."""
    reads = {
        role: "field_at(page, (" + "".join(f"{py_str(f.name)}, " for f in path) + "))"
        for role, path in pagination.reads
    }
    param, count = py_str(pagination.param), f"len(_{name}_items(page))"
    more = reads.get("has_more", "None")
    if pagination.style == "page-number":
        page, size = py_str(pagination.page_param), py_str(pagination.size_param)
        return f"next_page_number(request, {page}, {size}, {count})"
    if pagination.style == "next-link":
        link = pagination.next_field
        return f"next_link(request, page.{link.name})" if link is not None else f"next_link(request, {reads['next']})"
    if pagination.style == "link-header":
        return "next_link_header(request, headers)"
    if pagination.style == "next-page":
        return f"next_page_given(request, {param}, {reads['next']}, {count})"
    if pagination.style == "page-count":
        return f"next_page_counted(request, {param}, {reads['pages']}, {reads.get('current', 'None')}, {count})"
    if pagination.style == "offset":
        return f"next_offset(request, {param}, {count}, {reads.get('total', 'None')}, {more})"
    key = pagination.item_key
    cursor = f"last_item_key(_{name}_items(page), {py_str(key.name)})" if key is not None else reads["next"]
    return f"next_cursor(request, {param}, {cursor}, {more})"


def _present(value: str, f: ir.Field, fallback: str) -> str:
    """``value`` (a field of the page), or ``fallback`` where it is unset or null."""
    conditions = ([] if f.required else [f"{value} is UNSET"]) + ([f"{value} is None"] if f.type.nullable else [])
    return f"{fallback} if {' or '.join(conditions)} else {value}" if conditions else value


def operation_view(op: ir.Operation) -> OperationView:
    arguments = [argument(p) for p in op.parameters]
    if op.body is not None:
        arguments += body_arguments(op.body)
    arguments.sort(key=lambda a: a.default != "")
    result = result_annotation(op)
    return OperationView(
        name=op.name,
        docstring=docstring(op, arguments),
        arguments=arguments,
        statements=[line for p in op.parameters for line in statements(p)] + body_statements(op),
        request=request_arguments(op),
        result=result,
        returns=result != "None",
        parse=parse_expression(op),
        errors=errors_expression(op),
        locals=local_declarations(op),
        pager=pager_view(op),
        stream=stream_item(op),
    )


def scheme_view(s: ir.SecurityScheme) -> SchemeView:
    made = credential_expression(s)
    if s.password:
        value = f"basic_auth({s.argument}, {s.password})"
        arguments = [s.argument, s.password]
        return SchemeView(py_str(s.key), arguments, condition(s), "'header'", py_str(s.wire_name), value, made)
    value = f"{py_str(s.prefix)} + {s.argument}" if s.prefix else s.argument
    location, wire = py_str(s.location), py_str(s.wire_name)
    return SchemeView(py_str(s.key), [s.argument], condition(s), location, wire, value, made)


def client_docstring(api: ir.Api, http: ir.HttpApi, flavour: str) -> str:
    lines = [
        f"{flavour} client of {api.title} {api.version}.",
        "",
        "Args:",
        f"    base_url: Where the API is; by default {http.base_url or '(none: give one)'}.",
    ]
    lines += credential_docs(http)
    lines += [
        "    timeout: Seconds (or an httpx.Timeout) for each request; a call's timeout= overrides it.",
        "    max_retries: Retries of idempotent requests after a connection error, 408, 429 or 5xx;",
        "        a call's max_retries= overrides it, and is the only way to retry POST or PATCH.",
        "    backoff: The wait before each retry, unless the server sends Retry-After.",
        "    idempotency_keys: Send every POST and PATCH with an Idempotency-Key, the same on each try,",
        "        and retry them as max_retries says.",
        "    headers: Headers sent with every request (a call's extra_headers override them).",
        "    query: Query parameters sent with every request (a call's extra_query overrides them).",
        "    http_client: The httpx client to send with; the caller keeps it open and closes it. If it",
        "        follows redirects, credentials still go only to base_url's origin.",
        "    max_response_bytes: The most bytes of a body a call reads, after decompression (64 MiB;",
        "        None: no limit); a longer 2xx body raises ResponseTooLargeError.",
        "    deadline: Seconds a call may take in all, every try, wait and body read included (None:",
        "        none; timeout bounds each step of a try); past it, APITimeoutError.",
        "    max_pages: The most pages a paginate_ method reads (1,000); more is TooManyPagesError.",
        "",
        "Every method also takes extra_headers, extra_query and extra_body (merged over what it",
        "sends: a JSON object, form or multipart body), timeout, max_retries, max_response_bytes",
        "and deadline; each paginate_ method max_pages too.",
    ]
    return "\n".join(lines)


COPY_DOCSTRING = """A client like this one, with the settings given changed; it shares the connection pool.

Credentials, timeout, max_retries, backoff, idempotency_keys, max_response_bytes,
deadline and max_pages not given are this client's. headers and query are merged over
this client's; set_headers and set_query replace them. The copy sends with this client's
httpx client (unless it is given http_client), so closing the copy closes nothing: close
the client it was copied from. with_options is the same method."""


@dataclass(frozen=True)
class FlavourView:
    """What differs between the sync and the async client classes."""

    client: str
    raw: str
    streaming: str  # the streaming-response view: its methods hand back the response unread
    streamed: str  # the runtime function making a streaming-response method of a raw-response one
    stream: str  # Stream or AsyncStream: what an event-stream operation returns
    stream_parse: str  # the expression an event-stream operation returns (of ``response``)
    base: str
    http_client: str
    pages: str
    docstring: str
    def_: str
    await_: str
    suffix: str  # the group modules' functions: <op><suffix> is the client's method (and <pager><suffix>);
    # every one has a suffix, so no operation's name can shadow a name the module imports (quote, json_body)
    raw_suffix: str  # <op><raw_suffix>: the raw-response view's method
    streamed_suffix: str  # <op><streamed_suffix>: the streaming-response view's (a streamed descriptor)
    raw_base: str  # the runtime base of the raw-response view (_lazy.py)
    copy_docstring: str = COPY_DOCSTRING
    credential_parameters: list[str] = field(default_factory=list)  # "token: Secret | None", the flavour's


def flavours(api: ir.Api, http: ir.HttpApi) -> list[FlavourView]:
    sync = FlavourView(
        client="Client",
        raw="ClientWithRawResponse",
        streaming="ClientWithStreamingResponse",
        streamed="streamed",
        stream="Stream",
        stream_parse="response.parse()",
        base="SyncAPIClient",
        http_client="httpx.Client",
        pages="Pages",
        docstring=client_docstring(api, http, "Synchronous"),
        def_="def",
        await_="",
        suffix="__sync",
        raw_suffix="__raw",
        streamed_suffix="__streamed",
        raw_base="RawResponses",
        credential_parameters=credential_parameters(http, "Secret"),
    )
    asynchronous = FlavourView(
        client="AsyncClient",
        raw="AsyncClientWithRawResponse",
        streaming="AsyncClientWithStreamingResponse",
        streamed="astreamed",
        stream="AsyncStream",
        stream_parse="AsyncStream(response.parse())",
        base="AsyncAPIClient",
        http_client="httpx.AsyncClient",
        pages="AsyncPages",
        docstring=client_docstring(api, http, "Asynchronous"),
        def_="async def",
        await_="await ",
        suffix="__async",
        raw_suffix="__async_raw",
        streamed_suffix="__async_streamed",
        raw_base="AsyncRawResponses",
        credential_parameters=credential_parameters(http, "AsyncSecret"),
    )
    return [sync, asynchronous]


def request_id_headers(http: ir.HttpApi) -> tuple[str, ...]:
    """The response headers that may hold the server's request id: the spec's, then the common ones."""
    common = ("x-request-id", "request-id", "x-ms-request-id", "x-openstack-request-id")
    declared = http.request_id_header.lower()
    return (declared, *(name for name in common if name != declared)) if declared else common


def secret_names(http: ir.HttpApi) -> list[str]:
    """The query parameters and headers (lower case) whose values are secrets, never logged."""
    names = {s.wire_name.lower() for s in http.schemes}
    names |= {p.wire_name.lower() for op in http.operations for p in op.parameters if p.secret}
    return sorted(names)


def frozenset_literal(names: list[str]) -> str:
    return "frozenset({" + ", ".join(py_str(n) for n in names) + "})" if names else "frozenset()"


def sent_always(http: ir.HttpApi) -> tuple[str, ...]:
    """The header credentials every operation sends: a client's own httpx.Client carries them, set once."""
    headers = {s.key for s in http.schemes if s.location == "header"}
    common = [key for key in http.operations[0].security if key in headers] if http.operations else []
    return tuple(key for key in common if all(key in op.security for op in http.operations))


def client_exports(api: ir.Api) -> list[str]:
    """The client names the package exports lazily: all, less any a model already takes."""
    if api.http is None:
        return []
    taken = {e.name for e in api.enums} | {m.name for m in api.models} | {u.name for u in api.unions}
    return [name for name in CLIENT_EXPORTS if name not in taken]
