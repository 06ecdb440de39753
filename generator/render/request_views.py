"""Views of an operation's parameters and body: its arguments and the code that builds its Request.

For templates/client.py.jinja (through client_views.py): each parameter and body becomes
typed arguments and straight-line statements filling ``query``, ``headers``, ``cookies``
and ``parts``, as its OpenAPI style or encoding says; the path is quoted piece by piece.
The snippets are made from TypeRefs with codec.py, and every spec string goes through
``py_str`` (a repr literal, as in package.py), so nothing from a spec reaches the code unquoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import ir
from ..ir.annotations import item_or_any
from . import codec
from .text import py_str


@dataclass(frozen=True)
class ArgumentView:
    name: str
    annotation: str
    default: str  # "" for a required argument
    description: str


_LITERAL_KINDS: dict[type, ir.Kind] = {str: "str", bool: "bool", int: "int", float: "number"}
_SCALARS = frozenset({"str", "int", "number", "bool", "enum", "datetime", "date"})
_SEPARATORS = {"spaceDelimited": " ", "pipeDelimited": "|"}


def _kind(t: ir.TypeRef) -> ir.Kind:
    if t.kind != "literal":
        return t.kind
    value = t.literal[0] if isinstance(t.literal, tuple) and t.literal else t.literal  # a literal enum: its values'
    return _LITERAL_KINDS.get(type(value), "any")


def scalar(t: ir.TypeRef) -> bool:
    """Whether values of ``t`` are sent as one piece of text (a list of them: one piece per item)."""
    return _kind(t) in _SCALARS


def text(t: ir.TypeRef, value: str) -> str:
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
        inner = _item_text(t)
        return value if inner == "x" else f"[{inner} for x in {value}]"
    return f"wire_text({codec.encode(t.non_null(), value)})"


def _item_text(t: ir.TypeRef) -> str:
    """The text of ``x``, an item of the list type ``t`` (a null item is sent as an empty value)."""
    return _nullable_text(item_or_any(t), "x")


def _nullable_text(t: ir.TypeRef, value: str) -> str:
    inner = text(t, value)
    return f'("" if {value} is None else {inner})' if t.nullable else inner


def argument(p: ir.Parameter) -> ArgumentView:
    annotation = codec.annotation(p.type)
    if p.required:
        return ArgumentView(p.name, annotation, "", p.description)
    return ArgumentView(p.name, f"{annotation} | Unset", "UNSET", p.description)


def _guarded(lines: list[str], conditions: list[str]) -> list[str]:
    """``lines`` run only when every condition holds."""
    if not conditions:
        return lines
    return [f"if {' and '.join(conditions)}:", *("    " + line for line in lines)]


def _pairs(target: str, wire: str, t: ir.TypeRef, value: str, style: str, explode: bool) -> list[str]:
    """Lines adding the (name, text) pairs of a query or cookie value (``form`` and the query styles)."""
    if style == "json":
        return [f"{target}.append(({wire}, json_dumps({codec.encode(t.non_null(), value)}).decode()))"]
    if t.kind == "list" and scalar(item_or_any(t).non_null()):
        item = _item_text(t)
        if explode and style in ("", "form"):
            return [f"{target}.extend(({wire}, {item}) for x in {value})"]
        joined = f"{py_str(_SEPARATORS.get(style, ','))}.join({text(t, value)})"
        return [f"{target}.append(({wire}, {joined}))"]
    if scalar(t):
        return [f"{target}.append(({wire}, {text(t, value)}))"]
    encoded = codec.encode(t.non_null(), value)
    return [f"{target}.extend(style_pairs({wire}, {encoded}, {py_str(style or 'form')}, {explode}))"]


def _simple(t: ir.TypeRef, value: str, explode: bool) -> str:
    """A header or path value in the ``simple`` style: lists comma-separated, objects as key,value pairs."""
    if t.kind == "list" and scalar(item_or_any(t).non_null()):
        return f'",".join({text(t, value)})'
    if scalar(t):
        return text(t, value)
    return f"simple_text({codec.encode(t.non_null(), value)}, {explode})"


def statements(p: ir.Parameter) -> list[str]:
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
            value = _simple(p.type, p.name, p.explode)
        conditions += [f"{p.name} is not None"] if p.type.nullable else []
        return _guarded([f"headers[{wire}] = {value}"], conditions)
    target = "cookies" if p.location == "cookie" else "query"
    lines = _pairs(target, wire, p.type, p.name, p.style, p.explode)
    if p.type.nullable:
        lines = [f"if {p.name} is None:", f"    {target}.append(({wire}, ''))", "else:", *("    " + x for x in lines)]
    return _guarded(lines, conditions)


_PATH_PARAM = re.compile(r"\{([^{}]+)\}")


def path_expression(op: ir.Operation) -> str:
    """The request path: literal pieces joined with the path parameters, each kept in its segment
    (percent-encoded; dots alone as ``%2E``; an empty one refused) by the runtime's ``path_segment``."""
    by_wire = {p.wire_name: p for p in op.parameters if p.location == "path"}
    pieces: list[str] = []
    at = 0
    for match in _PATH_PARAM.finditer(op.path):
        param = by_wire.get(match.group(1))
        if param is None:
            continue  # left as written: validation reports a path parameter with no definition
        value = _simple(param.type, param.name, param.explode)
        if param.type.nullable:
            value = f'("" if {param.name} is None else {value})'
        pieces += [py_str(op.path[at : match.start()]), f"path_segment({value}, {py_str(param.name)})"]
        at = match.end()
    pieces.append(py_str(op.path[at:]))
    return " + ".join(p for p in pieces if p != "''") or "''"


def accept(op: ir.Operation) -> str:
    """The Accept header an operation sends, when it is not JSON ("" for the client's application/json)."""
    if any(r.kind == "json" for r in op.responses):
        return ""
    kinds = ("text", "binary", "events", "lines")
    return ", ".join(dict.fromkeys(r.media_type for r in op.responses if r.kind in kinds))


def body_statements(op: ir.Operation) -> list[str]:
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
        elif part.type.kind == "list" and scalar(item_or_any(part.type).non_null()):
            added = [f"parts.extend(text_part({wire}, {_item_text(part.type)}) for x in {value})"]
            if part.type.nullable:
                added = [f"if {value} is not None:", "    " + added[0]]
        elif scalar(part.type):
            added = [f"parts.append(text_part({wire}, {_nullable_text(part.type, value)}))"]
        else:
            added = [f"parts.append(json_part({wire}, {codec.encode(part.type, value)}))"]
        lines += _guarded(added, [] if part.required else [f"{value} is not UNSET"])
    return lines


def body_arguments(body: ir.Body) -> list[ArgumentView]:
    """The arguments a body is given as: ``body``, or one per part of a multipart body."""
    if body.kind == "multipart" and body.parts:
        out = []
        for part in body.parts:
            annotation = codec.annotation(part.type)
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
        annotation = "BinaryBody"
    else:
        annotation = codec.annotation(body.type)
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
        encoded = "binary_content(body)"
    content_type = f"content_type={py_str(body.media_type)}"
    if body.required:
        return [f"body={encoded}", content_type]
    return [f"body=None if body is UNSET else {encoded}", content_type]


def request_arguments(op: ir.Operation) -> list[str]:
    out = [f"method={py_str(op.method)}", f"path={path_expression(op)}"]
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
    if op.idempotent:
        out.append("idempotent=True")
    if any(r.kind in ("events", "lines") for r in op.responses):
        out.append("stream=True")
    return out


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
