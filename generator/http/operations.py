"""Build the HTTP side of the IR (ir.HttpApi) from a spec's servers, security schemes and paths.

The schemas an operation names were already built into models by models/build.py; here we
only map each parameter, body and response to the TypeRef its schema became (via
``Api.types_by_pointer``), name the Python arguments, and read the ``x-pagination``
extension that says how a list operation pages. An inline parameter or response schema
the model pipeline didn't reach (a type list, an anyOf of simple types, a const) is typed
here, as an untagged union named after its operation when it has several members. What
the clients cannot express is reported as a warning and left out, never guessed.

The readers, each a layer on the one before:

- schemas.py: ``SchemaReader``, the spec, its $refs, schema types, media types;
- parameters.py: ``ParameterReader``, servers, security schemes, parameters;
- bodies.py: ``BodyReader``, request bodies, 2xx responses, error models;
- here: ``HttpBuilder``, each operation from them, and its pagination.
"""

from __future__ import annotations

import re
from typing import Any

from .. import ir
from ..ir.diagnostics import Diagnostic, SpecError, join_pointer
from ..ir.naming import pascal_case, safe_attribute, snake_case
from ..load.config import Rename, Selection
from ..load.files import LoadedFile
from .bodies import BodyReader
from .parameters import ParameterReader
from .schemas import mapping

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# A response header that carries the server's id of a request: X-Request-Id, x-ms-request-id, X-Amzn-RequestId.
_REQUEST_ID = re.compile(r"request[-_]?id$", re.IGNORECASE)

# Attributes and methods of the generated clients: no operation may take these names.
CLIENT_NAMES = frozenset(
    {"close", "aclose", "with_raw_response", "base_url", "timeout", "max_retries", "backoff", "send", "http_client"}
    | {"copy", "with_options", "idempotency_keys", "max_response_bytes", "deadline", "max_pages"}
)


class HttpBuilder(ParameterReader, BodyReader):
    """Reads the operations of one loaded spec whose schemas are already in ``api``.

    ``selection`` and ``method_names`` come from the spec's config file: which operations get
    methods, and the names some of them get instead of their operationId's.
    """

    selection: Selection = Selection()
    method_names: tuple[Rename, ...] = ()

    def build(self) -> ir.HttpApi | None:
        http = ir.HttpApi(base_url=self.base_url(), schemes=self.schemes(), request_id_header=self.request_id_header())
        taken = set(CLIENT_NAMES) | self.class_names
        named = {r.target: r for r in self.method_names}
        problems = self.unknown_in_config(named)
        for path, item in mapping(self.data.get("paths")).items():
            if not isinstance(item, dict):
                continue
            for method in METHODS:
                raw = item.get(method)
                if isinstance(raw, dict) and self.selection.keeps(str(raw.get("operationId") or ""), _tags(raw)):
                    given = named.get(str(raw.get("operationId") or ""))
                    if given is not None and given.name in taken:
                        problems.append(Diagnostic("error", given.source, f"method name {given.name!r} is taken"))
                    op = self.operation(str(path), method, item, taken, given.name if given else "")
                    if op is not None:
                        taken.add(op.name)
                        taken.add(op.pagination.pager if op.pagination else op.name)
                        http.operations.append(op)
        if problems:
            raise SpecError(problems)
        return http if http.operations else None

    def unknown_in_config(self, named: dict[str, Rename]) -> list[Diagnostic]:
        """The tags and operationIds the config names that no operation of the spec has."""
        ids, tags = set(), set()
        for item in mapping(self.data.get("paths")).values():
            for method in METHODS:
                raw = mapping(mapping(item).get(method))
                ids.add(str(raw.get("operationId") or ""))
                tags.update(_tags(raw))
        problems = [
            Diagnostic("error", r.source, f"no operation has the operationId {r.target!r}")
            for r in named.values()
            if r.target not in ids
        ]
        for kind, name in self.selection.named():
            if name not in (tags if kind == "tag" else ids) and self.selection.source is not None:
                problems.append(Diagnostic("error", self.selection.source, f"no operation has the {kind} {name!r}"))
        return problems

    def operation(
        self, path: str, method: str, item: dict[str, Any], taken: set[str], given: str = ""
    ) -> ir.Operation | None:
        pointer = join_pointer("/paths", path, method)
        raw: dict[str, Any] = item[method]
        proposed = snake_case(str(raw.get("operationId") or f"{method}_{path}"))
        name = given or safe_attribute(proposed, taken, fallback="operation")
        hint = pascal_case(str(raw.get("operationId") or f"{method}_{path}"))
        parameters = self.parameters(item, raw, pointer, hint)
        if parameters is None:
            return None
        argument_names = {p.name for p in parameters}
        body = self.body(raw.get("requestBody"), join_pointer(pointer, "requestBody"), argument_names, hint)
        if body is False:
            return None
        responses = self.responses(raw.get("responses"), join_pointer(pointer, "responses"), hint)
        json_types = {r.type for r in responses if r.kind == "json"}
        result = next(iter(json_types)) if len(json_types) == 1 and len({r.kind for r in responses}) == 1 else None
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
            responses=responses,
            idempotent=self.idempotent(raw, pointer),
            statuses=tuple(
                str(status).upper().replace("DEFAULT", "default") for status in mapping(raw.get("responses"))
            ),
        )

    def idempotent(self, raw: dict[str, Any], pointer: str) -> bool:
        """The operation's ``x-idempotent``: true means every try of a call carries the same Idempotency-Key."""
        value = raw.get("x-idempotent", False)
        if not isinstance(value, bool):
            self.warn(join_pointer(pointer, "x-idempotent"), "x-idempotent ignored: it must be true or false")
            return False
        return value

    def request_id_header(self) -> str:
        """The first response header the spec declares whose name says it is a request id (``X-Request-Id``)."""
        for item in mapping(self.data.get("paths")).values():
            for method in METHODS:
                for response in mapping(mapping(mapping(item).get(method)).get("responses")).values():
                    headers = mapping(self.deref_at(response, "")[0].get("headers"))
                    found = next((str(name) for name in headers if _REQUEST_ID.search(str(name))), "")
                    if found:
                        return found
        return ""

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


def _tags(raw: dict[str, Any]) -> list[str]:
    tags = raw.get("tags")
    return [str(t) for t in tags] if isinstance(tags, list) else []


def build_http(
    spec: LoadedFile, api: ir.Api, selection: Selection | None = None, method_names: tuple[Rename, ...] = ()
) -> ir.HttpApi | None:
    """The operations of ``spec`` for the HTTP clients (those ``selection`` keeps), or None if it has none."""
    builder = HttpBuilder(spec, api)
    builder.selection = selection or Selection()
    builder.method_names = method_names
    return builder.build()
