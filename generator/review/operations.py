"""Changes to the clients: operations, their parameters, bodies and results, and authentication."""

from __future__ import annotations

from collections.abc import Iterator

from .. import ir
from .constraints import constraint_changes
from .responses import response_changes
from .types import TypeSpace, python_type
from .usage import REQUEST, RESPONSE
from .versions import Change, Severity, Versions


def operation_changes(v: Versions) -> Iterator[Change]:
    old_http, new_http = v.old.http or ir.HttpApi(""), v.new.http or ir.HttpApi("")
    yield from _scheme_changes(v, old_http, new_http)
    if old_http.base_url != new_http.base_url and old_http.operations and new_http.operations:
        detail = f"{old_http.base_url} -> {new_http.base_url}"
        yield Change("compatible", v.symbol("Client"), "default server changed", v.symbol("Client"), detail=detail)
    old_ops = {op.name: op for op in old_http.operations}
    new_ops = {op.name: op for op in new_http.operations}
    by_route = {(op.method, op.path): op for op in new_http.operations if op.name not in old_ops}
    for op in old_http.operations:
        symbol = v.symbol("Client", op.name)
        if op.name in new_ops:
            yield from _operation_changes(v, op, new_ops[op.name])
        elif (op.method, op.path) in by_route:
            renamed = by_route.pop((op.method, op.path))
            detail = f"{op.name} -> {renamed.name}"
            group = v.symbol("Client", renamed.name)
            yield Change("breaking", group, "operation renamed", symbol, _route(op), op.source, renamed.source, detail)
            yield from _operation_changes(v, op, renamed)
        else:
            yield Change("breaking", symbol, "operation removed", symbol, _route(op), op.source, None)
    routes = {(op.method, op.path) for op in old_http.operations}
    for op in new_http.operations:
        if op.name not in old_ops and (op.method, op.path) not in routes:
            symbol = v.symbol("Client", op.name)
            yield Change("compatible", symbol, "operation added", symbol, _route(op), None, op.source)


def _route(op: ir.Operation) -> str:
    return f"{op.method} {op.path}"


def _operation_changes(v: Versions, old: ir.Operation, new: ir.Operation) -> Iterator[Change]:
    group = v.symbol("Client", new.name)
    sources = (old.source, new.source)
    if old.method != new.method or old.path != new.path:
        kind = "HTTP method changed" if old.path == new.path else "operation path changed"
        yield Change("breaking", group, kind, group, _route(new), *sources, f"{_route(old)} -> {_route(new)}")
    if (old.summary, old.description) != (new.summary, new.description):
        yield Change("compatible", group, "description changed", group, "", *sources, documentation=True)
    yield from _parameter_changes(v, group, old, new)
    yield from _body_changes(v, group, old, new)
    yield from _result_changes(v, group, old, new)
    yield from response_changes(group, old, new)
    if not set(old.security) <= set(new.security):
        detail = f"{', '.join(old.security) or 'none'} -> {', '.join(new.security) or 'none'}"
        yield Change("breaking", group, "authentication changed", group, "", *sources, detail)
    elif set(old.security) != set(new.security):
        detail = f"{', '.join(sorted(set(new.security) - set(old.security)))}"
        yield Change("compatible", group, "authentication alternative added", group, "", *sources, detail)
    if old.pagination is not None and new.pagination is None:
        pager = v.symbol("Client", old.pagination.pager)
        yield Change("breaking", group, "pagination removed", pager, "", *sources)
    elif new.pagination is not None and old.pagination is None:
        pager = v.symbol("Client", new.pagination.pager)
        yield Change("compatible", group, "pagination added", pager, "", *sources)


def _parameter_changes(v: Versions, group: str, old: ir.Operation, new: ir.Operation) -> Iterator[Change]:
    new_params = {p.name: p for p in new.parameters}
    old_names = {p.name for p in old.parameters}
    by_wire = {(p.location, p.wire_name): p for p in new.parameters if p.name not in old_names}
    for p in old.parameters:
        symbol = f"{group}({p.name}=)"
        if p.name in new_params:
            yield from _parameter_change(v, group, symbol, p, new_params[p.name])
        elif (p.location, p.wire_name) in by_wire:
            renamed = by_wire.pop((p.location, p.wire_name))
            detail = f"{p.name} -> {renamed.name}"
            yield Change("breaking", group, "parameter renamed", symbol, p.wire_name, p.source, renamed.source, detail)
            yield from _parameter_change(v, group, f"{group}({renamed.name}=)", p, renamed)
        else:
            yield Change("breaking", group, "parameter removed", symbol, p.wire_name, p.source, None)
    old_wires = {(p.location, p.wire_name) for p in old.parameters}
    for p in new.parameters:
        if p.name in old_names or (p.location, p.wire_name) in old_wires:
            continue
        symbol = f"{group}({p.name}=)"
        if p.required:
            yield Change("breaking", group, "required parameter added", symbol, p.wire_name, None, p.source)
        else:
            yield Change("compatible", group, "parameter added", symbol, p.wire_name, None, p.source)


def _parameter_change(v: Versions, group: str, symbol: str, old: ir.Parameter, new: ir.Parameter) -> Iterator[Change]:
    where = (new.wire_name, old.source, new.source)
    if (old.location, old.wire_name) != (new.location, new.wire_name):
        detail = f"{old.location} {old.wire_name!r} -> {new.location} {new.wire_name!r}"
        yield Change("breaking", group, "parameter sent differently", symbol, *where, detail)
    elif (old.style, old.explode) != (new.style, new.explode):
        detail = f"{old.style or 'form'} -> {new.style or 'form'}"
        yield Change("breaking", group, "parameter sent differently", symbol, *where, detail)
    if v.differ(old.type, new.type):
        why = v.type_break(old.type, new.type, frozenset({REQUEST}))
        detail = f"{python_type(old.type, v.old_space)} -> {python_type(new.type, v.new_space)}"
        kind = f"parameter {why}" if why else "parameter type widened"
        yield Change("breaking" if why else "compatible", group, kind, symbol, *where, detail)
    if new.required and not old.required:
        yield Change("breaking", group, "parameter became required", symbol, *where)
    elif old.required and not new.required:
        yield Change("compatible", group, "parameter became optional", symbol, *where)
    for severity, what, detail in constraint_changes(old.constraints, new.constraints, frozenset({REQUEST})):
        yield Change(severity, group, f"parameter {what}", symbol, *where, detail)
    if old.description != new.description:
        yield Change("compatible", group, "description changed", symbol, *where, documentation=True)


def _body_changes(v: Versions, group: str, old: ir.Operation, new: ir.Operation) -> Iterator[Change]:
    symbol = f"{group}(body=)"
    sources = (old.source, new.source)
    if old.body is None and new.body is not None:
        severity: Severity = "breaking" if new.body.required else "compatible"
        yield Change(
            severity,
            group,
            "required request body added" if new.body.required else "request body added",
            symbol,
            "",
            *sources,
        )
    elif old.body is not None and new.body is None:
        yield Change("breaking", group, "request body removed", symbol, "", *sources)
    elif old.body is not None and new.body is not None:
        if v.differ(old.body.type, new.body.type):
            why = v.type_break(old.body.type, new.body.type, frozenset({REQUEST}))
            detail = f"{python_type(old.body.type, v.old_space)} -> {python_type(new.body.type, v.new_space)}"
            kind = f"request body {why}" if why else "request body type widened"
            yield Change("breaking" if why else "compatible", group, kind, symbol, "", *sources, detail)
        if new.body.required and not old.body.required:
            yield Change("breaking", group, "request body became required", symbol, "", *sources)
        if old.body.media_type != new.body.media_type:
            detail = f"{old.body.media_type} -> {new.body.media_type}"
            yield Change("compatible", group, "request body media type changed", symbol, "", *sources, detail)


def _result_changes(v: Versions, group: str, old: ir.Operation, new: ir.Operation) -> Iterator[Change]:
    sources = (old.source, new.source)
    old_result, new_result = _result(old, v.old_space), _result(new, v.new_space)
    if old_result == new_result:
        return
    why = ""
    if old.result is not None and new.result is not None:
        why = v.type_break(old.result, new.result, frozenset({RESPONSE}))
    elif old_result != new_result:
        why = "may now return another type"
    detail = f"{old_result} -> {new_result}"
    kind = f"result {why}" if why else "result type narrowed"
    yield Change("breaking" if why else "compatible", group, kind, group, "", *sources, detail)


def _result(op: ir.Operation, space: TypeSpace) -> str:
    """What the operation's method returns, as its annotation reads."""
    if op.result is not None:
        return python_type(op.result, space)
    kinds = {"text": "str", "binary": "bytes", "none": "None", "events": "str", "lines": "Any"}
    shown = [python_type(r.type, space) if r.type is not None else kinds[r.kind] for r in op.responses]
    if any(r.kind in ("events", "lines") for r in op.responses):
        shown = [f"Stream[{s}]" for s in shown]
    return " | ".join(dict.fromkeys(shown)) or "None"


def _scheme_changes(v: Versions, old: ir.HttpApi, new: ir.HttpApi) -> Iterator[Change]:
    group = v.symbol("Client")
    new_schemes = {s.key: s for s in new.schemes}
    for s in old.schemes:
        symbol = f"{group}({s.argument}=)"
        if s.key not in new_schemes:
            yield Change("breaking", group, "security scheme removed", symbol, s.wire_name, s.source, None)
            continue
        n = new_schemes[s.key]
        if (s.argument, s.password) != (n.argument, n.password):
            detail = f"{s.argument} -> {n.argument}"
            yield Change(
                "breaking", group, "credential argument renamed", symbol, n.wire_name, s.source, n.source, detail
            )
        if (s.location, s.wire_name, s.prefix) != (n.location, n.wire_name, n.prefix):
            detail = f"{s.location} {s.wire_name!r} -> {n.location} {n.wire_name!r}"
            yield Change(
                "breaking", group, "credential sent differently", symbol, n.wire_name, s.source, n.source, detail
            )
    old_keys = {s.key for s in old.schemes}
    for s in new.schemes:
        if s.key not in old_keys:
            yield Change(
                "compatible", group, "security scheme added", f"{group}({s.argument}=)", s.wire_name, None, s.source
            )
