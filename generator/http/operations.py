"""Build the HTTP side of the IR (ir.HttpApi) from a spec's servers, security schemes and paths.

The schemas an operation names were already built into models by models/build.py; here we
only map each parameter, body and response to the TypeRef its schema became (via
``Api.types_by_pointer``), name the Python arguments, and find how a list operation pages
(paging.py: the config's ``pagination``, ``x-pagination``, or its parameters and body). An
inline parameter or response schema the model pipeline didn't reach (a type list, an anyOf
of simple types, a const) is typed here, as an untagged union named after its operation
when it has several members. What
the clients cannot express is reported as a warning and left out, never guessed.

The readers, each a layer on the one before:

- schemas.py: ``SchemaReader``, the typed spec (``spec.Document``), schema types, media types;
- parameters.py: ``ParameterReader``, servers, security schemes, parameters;
- bodies.py: ``BodyReader``, request bodies, 2xx responses, error models;
- paging.py: ``PagingReader``, each list operation's pagination (paging_shapes.py infers one);
- here: ``HttpBuilder``, each operation from them.
"""

from __future__ import annotations

import re

from .. import ir
from ..ir.diagnostics import Diagnostic, SpecError
from ..ir.naming import pascal_case, safe_attribute, snake_case
from ..load.config import PagingRule, Rename, Selection, key_of, names_operation, operation_key
from ..openapi import nodes
from .bodies import BodyReader
from .paging import PagingReader
from .parameters import ParameterReader
from .schemas import HttpPart
from .webhooks import build_webhooks

# A response header that carries the server's id of a request: X-Request-Id, x-ms-request-id, X-Amzn-RequestId.
_REQUEST_ID = re.compile(r"request[-_]?id$", re.IGNORECASE)

# Attributes and methods of the generated clients: no operation may take these names.
_WORD = {"tag": "tag", "operation": "operationId"}

CLIENT_NAMES = frozenset(
    {"close", "aclose", "with_raw_response", "base_url", "timeout", "max_retries", "backoff", "send", "http_client"}
    | {"copy", "with_options", "idempotency_keys", "max_response_bytes", "deadline", "max_pages"}
)


class HttpBuilder(ParameterReader, BodyReader, PagingReader):
    """Reads the operations of one spec whose schemas are already in ``api``.

    ``selection`` and ``method_names`` come from the spec's config file: which operations get
    methods, and the names some of them get instead of their operationId's.
    """

    selection: Selection = Selection()
    method_names: tuple[Rename, ...] = ()

    def build(self) -> ir.HttpApi | None:
        http = ir.HttpApi(base_url=self.base_url(), schemes=self.schemes(), request_id_header=self.request_id_header())
        taken = set(CLIENT_NAMES) | self.class_names
        problems = self.unknown_in_config()
        for item in self.document.paths:
            for given_op in item.operations:
                if self.selection.keeps(given_op.operation_id, given_op.method, given_op.path, list(given_op.tags)):
                    given = self.method_name(given_op, taken, problems)
                    op = self.operation(item, given_op, taken, given)
                    if op is not None:
                        taken.add(op.name)
                        taken.add(op.pagination.pager if op.pagination else op.name)
                        http.operations.append(op)
        if problems:
            raise SpecError(problems)
        return http if http.operations else None

    def method_name(self, given: nodes.Operation, taken: set[str], problems: list[Diagnostic]) -> str:
        """The name ``method_names`` gives the operation, by its operationId or key; "" if none."""
        renames = [
            r for r in self.method_names if names_operation(r.target, given.operation_id, given.method, given.path)
        ]
        if not renames:
            return ""
        first = renames[0]
        twice = f"method_names names this operation twice: also as {first.target!r}"
        problems += [Diagnostic("error", again.source, twice) for again in renames[1:]]
        if first.name in taken:
            problems.append(Diagnostic("error", first.source, f"method name {first.name!r} is taken"))
        return first.name

    def unknown_in_config(self) -> list[Diagnostic]:
        """The tags and operationIds the config names that no operation of the spec has (errors), and
        the ``METHOD /path`` keys no operation has (warnings, into the part)."""
        operations = list(self.document.operations())
        ids = {op.operation_id for op in operations}
        if any(item.methods_left_out for item in self.document.paths):
            ids.add("")
        keys = {operation_key(op.method, op.path) for op in operations}
        tags = {tag for op in operations for tag in op.tags}
        named = [("operation", r.target, r.source) for r in self.method_names]
        named += [("operation", r.target, r.source) for r in self.paging_rules]
        named += [(n.kind, n.name, n.source) for n in self.selection.named()]
        problems = []
        for kind, name, source in named:
            key = key_of(name) if kind == "operation" else None
            if key is not None and key not in keys and name not in ids:
                self.part.warnings.append(Diagnostic("warning", source, f"no operation is {key}: the entry is ignored"))
            elif key is None and name not in (tags if kind == "tag" else ids):
                problems.append(Diagnostic("error", source, f"no operation has the {_WORD[kind]} {name!r}"))
        return problems

    def operation(
        self, item: nodes.PathItem, given: nodes.Operation, taken: set[str], given_name: str = ""
    ) -> ir.Operation | None:
        method, path = given.method, given.path
        proposed = snake_case(given.operation_id or f"{method}_{path}")
        name = given_name or safe_attribute(proposed, taken, fallback="operation")
        hint = pascal_case(given.operation_id or f"{method}_{path}")
        parameters = self.parameters(item, given, hint)
        if parameters is None:
            return None
        argument_names = {p.name for p in parameters}
        body = self.body(given.request_body, argument_names, hint)
        if body is False:
            return None
        responses = self.responses(given.responses, hint)
        json_types = {r.type for r in responses if r.kind == "json"}
        result = next(iter(json_types)) if len(json_types) == 1 and len({r.kind for r in responses}) == 1 else None
        return ir.Operation(
            name=name,
            method=method.upper(),
            path=path,
            summary=given.summary.strip(),
            description=given.description.strip(),
            parameters=tuple(parameters),
            body=body,
            result=result,
            errors=self.errors(given.responses),
            security=self.security(given),
            pagination=self.pagination(given, result, parameters, name, taken),
            source=given.source,
            responses=responses,
            idempotent=self.idempotent(given),
            statuses=tuple(r.status.upper().replace("DEFAULT", "default") for r in given.responses),
            tags=given.tags,
        )

    def idempotent(self, given: nodes.Operation) -> bool:
        """The operation's ``x-idempotent``: true means every try of a call carries the same Idempotency-Key."""
        if not isinstance(given.idempotent, bool):
            self.warn(given.pointer + "/x-idempotent", "x-idempotent ignored: it must be true or false")
            return False
        return given.idempotent

    def request_id_header(self) -> str:
        """The first response header the spec declares whose name says it is a request id (``X-Request-Id``)."""
        for op in self.document.operations():
            for response in op.responses:
                found = next((h.name for h in response.headers if _REQUEST_ID.search(h.name)), "")
                if found:
                    return found
        return ""


def build_http(
    document: nodes.Document,
    api: ir.Api,
    selection: Selection | None = None,
    method_names: tuple[Rename, ...] = (),
    paging_rules: tuple[PagingRule, ...] = (),
) -> HttpPart:
    """The HTTP side of ``document``: the operations for the clients (those ``selection`` keeps; None if it has
    none), then the webhooks, each schema typed by the models of ``api``, which is only read."""
    part = HttpPart()
    builder = HttpBuilder(document, api, part)
    builder.selection = selection or Selection()
    builder.method_names = method_names
    builder.paging_rules = paging_rules
    part.http = builder.build()
    part.webhooks = build_webhooks(document, api, part)
    return part
