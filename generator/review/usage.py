"""Which way each class travels: in requests (the caller builds it), responses (the caller reads it), or both.

Found by following types from the operations: parameters and bodies are requests, results
and error bodies responses, and a class reached from either is used that way too. A class
no operation reaches (or every class of a package without operations) counts as both, so a
change to it is judged as strictly as can be.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import ir
from ..ir.reach import classes_reached

REQUEST = "request"
RESPONSE = "response"
BOTH = frozenset({REQUEST, RESPONSE})


def directions(api: ir.Api) -> dict[str, frozenset[str]]:
    """Class name -> the directions it is used in."""
    requests, responses = _roots(api)
    found: dict[str, set[str]] = {name: set() for name in _class_names(api)}
    for direction, roots in ((REQUEST, requests), (RESPONSE, responses)):
        for name in classes_reached(api, roots):
            found.setdefault(name, set()).add(direction)
    return {name: frozenset(used) if used else BOTH for name, used in found.items()}


def _class_names(api: ir.Api) -> Iterator[str]:
    yield from (m.name for m in api.models)
    yield from (e.name for e in api.enums)
    yield from (u.name for u in api.unions)


def _roots(api: ir.Api) -> tuple[list[ir.TypeRef], list[ir.TypeRef]]:
    requests: list[ir.TypeRef] = []
    responses: list[ir.TypeRef] = []
    for op in api.http.operations if api.http is not None else ():
        requests += [p.type for p in op.parameters]
        if op.body is not None:
            requests += [op.body.type, *(part.type for part in op.body.parts)]
        responses += [r.type for r in op.responses if r.type is not None]
        responses += [t for _, t in op.errors]
        if op.result is not None:
            responses.append(op.result)
    responses += [w.type for w in api.webhooks if w.type is not None]  # payloads the caller reads
    return requests, responses
