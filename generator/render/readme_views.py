"""Views of ir.Api for templates/package_readme.md.jinja: the README's example calls, credentials and sections.

Every example is made from the IR: a real method of the package with its real argument names, each
value the spec's example for that parameter where it gives a simple one, else a placeholder of its
type. Examples are Python our code writes (identifiers and literals), so they compile; spec text
(titles, summaries, descriptions, header names) reaches the README only through markdown.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .. import ir
from ..ir.annotations import annotation, item_or_any
from .client_views import result_annotation
from .markdown import code_span, markdown_line, markdown_text

EXAMPLE_CALLS = 3  # how many operations the README shows
SUMMARY_LIMIT = 160  # characters of an operation's summary (its first sentence, if longer)
_MAX_EXAMPLE_TEXT = 60  # a longer string example is replaced by "..."
_PLACEHOLDERS: dict[ir.Kind, str] = {"str": '"..."', "any": '"..."', "int": "1", "number": "1.0", "bool": "True"}
_MISSING = object()


@dataclass(frozen=True)
class CallView:
    """One operation as the README shows it called."""

    name: str  # the method
    arguments: str  # its required arguments with example values: 'image_id="651586fc"' (Python)
    call: str  # 'client.get_image(image_id="651586fc")' (Python)
    returns: str  # the return annotation ("None" when the response has no body)
    method: str  # "GET"
    path: str  # a Markdown code span of the path
    summary: str  # Markdown: the operation's summary (spec text, escaped), "" if none
    security: tuple[str, ...]  # the security schemes it may send (keys)


@dataclass(frozen=True)
class AuthView:
    """One security scheme: the constructor's argument(s) for it and where the credential goes."""

    arguments: str  # Markdown: "`token`", or "`username` and `password`"
    sent_as: str  # Markdown: "the `Authorization` header, as `Bearer <token>`"
    description: str  # Markdown paragraphs: the scheme's description (spec text), trimmed; "" if none


@dataclass(frozen=True)
class PagerExampleView:
    """A paginate_ method called, for the Pagination section."""

    call: str  # 'client.paginate_list_images(page_size=20)' (Python)
    item: str  # the annotation of one item
    how: str  # Markdown: how it finds the next page


@dataclass(frozen=True)
class StreamingExampleView:
    """An operation whose response is read as a stream, for the Streaming section."""

    code: str  # Python lines using ``client`` (the README's client), reading the stream
    summary: str  # Markdown: what the example streams


def python_literal(value: object) -> str | None:
    """A Python literal of a JSON scalar from a spec, or None if it isn't one a README shows as is."""
    if isinstance(value, bool):
        return repr(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str) and len(value) <= _MAX_EXAMPLE_TEXT and value.isprintable() and "`" not in value:
        return json.dumps(value, ensure_ascii=False)  # a JSON string of printable text is a Python literal
    return None


def example_value(t: ir.TypeRef, example: object, enums: dict[str, ir.Enum]) -> str | None:
    """The Python text of a value of ``t`` for a README call: ``example`` (the spec's) if it fits, else a
    placeholder; None if ``t`` has no simple one (a model, a map, a date-time)."""
    kind = t.kind
    if kind in ("str", "any"):
        literal = python_literal(example) if isinstance(example, str) else None
        return literal or _PLACEHOLDERS[kind]
    if kind == "int":
        fits = isinstance(example, int) and not isinstance(example, bool)
        return python_literal(example) if fits else _PLACEHOLDERS[kind]
    if kind == "number":
        fits = isinstance(example, int | float) and not isinstance(example, bool)
        return python_literal(float(example)) if fits else _PLACEHOLDERS[kind]  # type: ignore[arg-type]
    if kind == "bool":
        return repr(example) if isinstance(example, bool) else _PLACEHOLDERS[kind]
    if kind in ("enum", "literal"):
        values = _allowed(t, enums)
        chosen = example if example in values and type(example) in (str, int) else next(iter(values), None)
        return python_literal(chosen) if chosen is not None else None
    if kind == "list":
        first = example[0] if isinstance(example, list) and example else _MISSING
        item = example_value(item_or_any(t), first, enums)
        return f"[{item}]" if item is not None else None
    return None


def _allowed(t: ir.TypeRef, enums: dict[str, ir.Enum]) -> list[str | int]:
    if t.kind == "literal":
        literal = t.literal
        return list(literal) if isinstance(literal, tuple) else [literal] if isinstance(literal, str | int) else []
    enum = enums.get(t.name)
    return [m.value for m in enum.members] if enum is not None else []


def call_arguments(op: ir.Operation, enums: dict[str, ir.Enum]) -> list[str] | None:
    """The required arguments of ``op`` with example values; None if one has no simple value."""
    out = []
    for p in op.parameters:
        if not p.required:
            continue
        value = example_value(p.type, json.loads(p.example) if p.example else _MISSING, enums)
        if value is None:
            return None
        out.append(f"{p.name}={value}")
    body = op.body
    if body is not None and body.required:
        if body.kind == "text":
            out.append('body="..."')
        elif body.kind == "binary":
            out.append('body=b"..."')
        else:
            return None  # a model or parts: no one-line example
    return out


def call_view(op: ir.Operation, arguments: list[str]) -> CallView:
    joined = ", ".join(arguments)
    return CallView(
        name=op.name,
        arguments=joined,
        call=f"client.{op.name}({joined})",
        returns=result_annotation(op),
        method=op.method,
        path=code_span(op.path),
        summary=markdown_line(op.summary or op.description, SUMMARY_LIMIT),
        security=op.security,
    )


def example_calls(api: ir.Api) -> list[CallView]:
    """Up to EXAMPLE_CALLS operations to show: GETs first, then those with the fewest required arguments."""
    if api.http is None:
        return []
    enums = {e.name: e for e in api.enums}
    simple = []
    for index, op in enumerate(api.http.operations):
        arguments = call_arguments(op, enums)
        if arguments is not None:
            simple.append(((op.method != "GET", len(arguments), index), call_view(op, arguments)))
    return [view for _, view in sorted(simple, key=lambda pair: pair[0])[:EXAMPLE_CALLS]]


def pager_example(api: ir.Api) -> PagerExampleView | None:
    """The first operation with a paginate_ method whose required arguments have simple values."""
    if api.http is None:
        return None
    enums = {e.name: e for e in api.enums}
    for op in api.http.operations:
        pagination = op.pagination
        arguments = call_arguments(op, enums) if pagination is not None else None
        if pagination is None or arguments is None:
            continue
        item = annotation(item_or_any(pagination.items.type))
        if pagination.style == "page-number":
            page = code_span(pagination.page_param)
            how = f"it asks for the next page number ({page}) until a page comes back short or empty"
        else:
            link = pagination.next_field.wire_name if pagination.next_field is not None else "next"
            how = f"it follows each page's link to the next ({code_span(link)}), on the base URL's origin only"
        return PagerExampleView(f"client.{pagination.pager}({', '.join(arguments)})", item, how)
    return None


def streaming_examples(api: ir.Api) -> tuple[StreamingExampleView, ...]:
    """The first operation whose 2xx response streams (server-sent events or JSON lines) with simple
    required arguments, as an example of the Streaming section; none when no operation streams."""
    enums = {e.name: e for e in api.enums}
    for op in api.http.operations if api.http else ():
        streamed = next((r for r in op.responses if r.kind in ("events", "lines")), None)
        arguments = call_arguments(op, enums) if streamed is not None else None
        if streamed is None or arguments is None:
            continue
        what = "event of the server-sent event stream" if streamed.kind == "events" else "line of the JSON lines"
        code = f"with client.{op.name}({', '.join(arguments)}) as stream:\n    for item in stream:  # each {what}\n"
        code += "        print(item)"
        summary = f"`{op.name}` returns a `Stream`: each item is decoded as it arrives, and leaving the block"
        summary += " closes the connection."
        return (StreamingExampleView(code=code, summary=summary),)
    return ()


def auth_view(s: ir.SecurityScheme) -> AuthView:
    where = {"header": "header", "query": "query parameter", "cookie": "cookie"}[s.location]
    if s.password:
        arguments = f"{code_span(s.argument)} and {code_span(s.password)}"
        sent_as = f"the {code_span(s.wire_name)} header, as HTTP basic authentication"
    else:
        arguments = code_span(s.argument)
        shown = f"{s.prefix}<{s.argument}>"
        prefixed = f", as {code_span(shown)}" if s.prefix else ""
        sent_as = f"the {code_span(s.wire_name)} {where}{prefixed}"
    return AuthView(arguments, sent_as, markdown_text(s.description, 300))


def credential_arguments(api: ir.Api, calls: list[CallView]) -> list[str]:
    """The constructor's credential arguments the README's client is given: those of the schemes the first
    example may send (all of them if there is no example), the first of those sent in the same header,
    query parameter or cookie, each read from an environment variable."""
    if api.http is None:
        return []
    wanted = set(calls[0].security) if calls else {s.key for s in api.http.schemes}
    sent_as: dict[tuple[str, str], ir.SecurityScheme] = {}
    for s in api.http.schemes:  # schemes sent the same way are alternatives (OAuth 2 flows, bearer or basic)
        if s.key in wanted:
            sent_as.setdefault((s.location, s.wire_name.lower()), s)
    schemes = list(sent_as.values())
    names = [a for s in schemes for a in ([s.argument, s.password] if s.password else [s.argument])]
    return [f'{name}=os.environ["{environment_variable(api.package, name)}"]' for name in names]


def environment_variable(package: str, argument: str) -> str:
    """The environment variable the README reads a credential from: ``CYCLE_CLIENT_TOKEN``."""
    return f"{package}_{argument}".upper()


def error_models(api: ir.Api) -> list[str]:
    """The spec's error schemas, as annotations (Markdown code spans), in the order operations name them."""
    if api.http is None:
        return []
    names = dict.fromkeys(annotation(t) for op in api.http.operations for _, t in op.errors)
    return [code_span(n) for n in names]
