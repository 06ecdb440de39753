"""With a config's ``operations`` selection, the classes no kept operation or webhook uses are not written.

A class is used if an operation's parameters, body, responses, errors or pages name it, or a
webhook's payload, or a used class refers to it (a field, the extra members' type, a union's
variants, members or fallback). Without a selection every class is written, as the spec has them.

This runs once class names are settled (naming/) and the config applied, so dropping a class
renames nothing that is kept: names come from where schemas sit and every class's claim, not
from which classes are written.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import ir
from ..ir.diagnostics import Diagnostic
from ..ir.reach import classes_reached, type_names
from ..load.config import Selection


def drop_unused_classes(api: ir.Api, selection: Selection) -> None:
    """Leave out of ``api`` the classes no kept operation or webhook uses, if ``selection`` was given; in place.

    A note (``--verbose``) at the config's ``operations`` says how many were left out.
    """
    if selection.source is None:
        return
    used = used_classes(api)
    counts = (
        sum(m.name not in used for m in api.models),
        sum(e.name not in used for e in api.enums),
        sum(u.name not in used for u in api.unions),
    )
    api.models[:] = [m for m in api.models if m.name in used]
    api.enums[:] = [e for e in api.enums if e.name in used]
    api.unions[:] = [u for u in api.unions if u.name in used]
    api.types_by_pointer = {p: t for p, t in api.types_by_pointer.items() if set(type_names(t)) <= used}
    if any(counts):
        models, enums, unions = counts
        message = (
            f"{models} models, {enums} enums and {unions} unions no kept operation or webhook uses are not written"
        )
        api.notes.append(Diagnostic("note", selection.source, message))


def used_classes(api: ir.Api) -> set[str]:
    """The names of the classes the operations and webhooks of ``api`` use, directly or through other classes."""
    return classes_reached(api, _named_by_http(api))


def _named_by_http(api: ir.Api) -> Iterator[ir.TypeRef | None]:
    yield from (w.type for w in api.webhooks)
    for op in api.http.operations if api.http is not None else ():
        yield from (p.type for p in op.parameters)
        yield op.result
        yield from (r.type for r in op.responses)
        yield from (t for _, t in op.errors)
        if op.body is not None:
            yield op.body.type
            yield from (part.type for part in op.body.parts)
        if op.pagination is not None:
            yield op.pagination.items.type
