"""Read a validated ``LoadedFile`` into a ``Document``: every node typed once, at its pointer.

The document was validated, but validation only warns, so a node of the wrong JSON type is read as
an empty one here, as the readers did before; local ``$ref``s to parameters, bodies, responses and
webhooks are followed (to 20 steps), each node keeping the pointer of its target.
"""

from __future__ import annotations

from ..ir.diagnostics import join_pointer
from ..ir.walk import HTTP_METHODS
from ..load.files import LoadedFile, ref_pointer
from .nodes import (
    Document,
    Encoding,
    Header,
    MediaType,
    OAuthFlow,
    Operation,
    Pagination,
    Parameter,
    PathItem,
    RequestBody,
    Response,
    SecurityScheme,
    Server,
)
from .schemas import JsonObject, Schema, as_object, resolve


def read_spec(file: LoadedFile) -> Document:
    """The typed document of ``file``."""
    return _Reader(file).document()


def _text(value: object) -> str:
    return str(value or "")


def _security(requirements: object) -> tuple[str, ...]:
    keys: list[str] = []
    for requirement in requirements if isinstance(requirements, list) else ():
        for key in requirement if isinstance(requirement, dict) else ():
            if str(key) not in keys:
                keys.append(str(key))
    return tuple(keys)


def _flows(flows: object) -> tuple[OAuthFlow, ...]:
    """An oauth2 scheme's flows, each with its URLs (strings only) and the names of its scopes."""
    out = []
    for kind, raw in as_object(flows).items():
        flow = as_object(raw)
        token_url, refresh_url = flow.get("tokenUrl"), flow.get("refreshUrl")
        out.append(
            OAuthFlow(
                kind=str(kind),
                token_url=token_url if isinstance(token_url, str) else "",
                refresh_url=refresh_url if isinstance(refresh_url, str) else "",
                scopes=tuple(str(name) for name in as_object(flow.get("scopes"))),
            )
        )
    return tuple(out)


class _Reader:
    def __init__(self, file: LoadedFile) -> None:
        self.file = file
        self.data = as_object(file.data)

    def deref(self, node: object, pointer: str) -> tuple[JsonObject, str]:
        """``node`` with its local $refs followed, and the pointer where it was found."""
        for _ in range(20):
            ref = node.get("$ref") if isinstance(node, dict) else None
            if not (isinstance(ref, str) and ref.startswith("#")):
                break
            pointer = ref_pointer(ref)
            node = resolve(self.file.data, pointer)
        return as_object(node), pointer

    def document(self) -> Document:
        paths = as_object(self.data.get("paths"))
        webhooks = as_object(self.data.get("webhooks"))
        return Document(
            self.file,
            "",
            servers=self.servers(self.data.get("servers")),
            security=_security(self.data.get("security")),
            security_schemes=self.security_schemes(),
            paths=tuple(self.path_item(raw, join_pointer("/paths", str(key)), str(key)) for key, raw in paths.items()),
            webhooks=tuple(
                self.webhook(raw, join_pointer("/webhooks", str(key)), str(key)) for key, raw in webhooks.items()
            ),
            schemas={
                str(name): Schema(self.file, join_pointer("/components/schemas", str(name)), raw)
                for name, raw in as_object(resolve(self.data, "/components/schemas")).items()
            },
        )

    def servers(self, servers: object) -> tuple[Server, ...]:
        out = []
        for n, server in enumerate(servers if isinstance(servers, list) else ()):
            server = as_object(server)
            defaults = tuple(
                (str(name), str(variable["default"]))
                for name, variable in as_object(server.get("variables")).items()
                if isinstance(variable, dict) and "default" in variable
            )
            out.append(Server(self.file, join_pointer("/servers", n), str(server.get("url", "")), defaults))
        return tuple(out)

    def security_schemes(self) -> tuple[SecurityScheme, ...]:
        out = []
        for key, raw in as_object(resolve(self.data, "/components/securitySchemes")).items():
            raw = as_object(raw)
            kind, where = raw.get("type"), raw.get("in")
            out.append(
                SecurityScheme(
                    self.file,
                    join_pointer("/components/securitySchemes", str(key)),
                    key=str(key),
                    type=kind if isinstance(kind, str) else None,
                    location=where if isinstance(where, str) else None,
                    scheme=str(raw.get("scheme", "")).lower(),
                    name=str(raw["name"]) if raw.get("name") else "",
                    description=_text(raw.get("description")),
                    flows=_flows(raw.get("flows")),
                )
            )
        return tuple(out)

    def webhook(self, raw: object, listed_at: str, key: str) -> PathItem:
        item, at = self.deref(raw, listed_at)
        return self.path_item(item, at, key, listed_at)

    def path_item(self, raw: object, pointer: str, key: str, listed_at: str = "") -> PathItem:
        item = as_object(raw)
        operations = tuple(
            self.operation(item[method], join_pointer(pointer, method), method, key)
            for method in HTTP_METHODS
            if isinstance(item.get(method), dict)
        )
        return PathItem(
            self.file,
            pointer,
            listed_at=listed_at or pointer,
            key=key,
            description=_text(item.get("description")),
            parameters=self.parameters(item.get("parameters"), pointer),
            operations=operations,
            methods_left_out=len(operations) < len(HTTP_METHODS),
        )

    def operation(self, raw: JsonObject, pointer: str, method: str, path: str) -> Operation:
        tags = raw.get("tags")
        pagination = raw.get("x-pagination")
        return Operation(
            self.file,
            pointer,
            method=method,
            path=path,
            operation_id=_text(raw.get("operationId")),
            tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (),
            summary=_text(raw.get("summary")),
            description=_text(raw.get("description")),
            deprecated=raw.get("deprecated") is True,
            parameters=self.parameters(raw.get("parameters"), pointer),
            request_body=self.request_body(raw.get("requestBody"), join_pointer(pointer, "requestBody")),
            responses=self.responses(raw.get("responses"), join_pointer(pointer, "responses")),
            security=_security(raw["security"]) if "security" in raw else None,
            pagination=None if pagination is None else self.pagination(pagination, pointer),
            idempotent=raw.get("x-idempotent", False),
        )

    def pagination(self, raw: object, pointer: str) -> Pagination:
        value = as_object(raw)
        return Pagination(
            self.file,
            join_pointer(pointer, "x-pagination"),
            items=value.get("items"),
            style=value.get("style"),
            page=value.get("page"),
            size=value.get("size"),
            next=value.get("next"),
        )

    def parameters(self, entries: object, owner: str) -> tuple[Parameter, ...]:
        """The parameters a path item or operation lists that have a name and a location."""
        out = []
        for n, entry in enumerate(entries if isinstance(entries, list) else ()):
            listed_at = join_pointer(owner, "parameters", n)
            param, at = self.deref(entry, listed_at)
            if not (param.get("name") and param.get("in")):
                continue
            explode = param.get("explode")
            out.append(
                Parameter(
                    self.file,
                    at,
                    listed_at=listed_at,
                    name=str(param["name"]),
                    location=str(param["in"]),
                    required=bool(param.get("required")),
                    style=str(param["style"]) if param.get("style") else None,
                    explode=None if "explode" not in param else explode is not False,
                    description=_text(param.get("description")),
                    schema=Schema(self.file, join_pointer(at, "schema"), param["schema"])
                    if param.get("schema") is not None
                    else None,
                    content=self.content(param.get("content"), at),
                )
            )
        return tuple(out)

    def content(self, content: object, owner: str) -> tuple[MediaType, ...]:
        out = []
        for media, entry in as_object(content).items():
            at = join_pointer(owner, "content", str(media))
            fields = as_object(entry)
            schema = Schema(self.file, join_pointer(at, "schema"), fields["schema"]) if "schema" in fields else None
            encoding = {
                str(name): Encoding(
                    style=str(how["style"]) if how.get("style") else None,
                    explode=None if "explode" not in how else how["explode"] is not False,
                    content_type=_text(how.get("contentType")),
                )
                for name, how in as_object(fields.get("encoding")).items()
                if isinstance(how, dict)
            }
            item = fields.get("itemSchema")
            item_schema = Schema(self.file, join_pointer(at, "itemSchema"), item) if item is not None else None
            out.append(MediaType(self.file, at, str(media), isinstance(entry, dict), schema, encoding, item_schema))
        return tuple(out)

    def request_body(self, raw: object, pointer: str) -> RequestBody | None:
        body, at = self.deref(raw, pointer)
        if not body:
            return None
        return RequestBody(
            self.file,
            at,
            required=bool(body.get("required")),
            optional_said=body.get("required") is False,
            description=_text(body.get("description")),
            content=self.content(body.get("content"), at),
        )

    def headers(self, raw: object, owner: str) -> tuple[Header, ...]:
        out = []
        for name, entry in as_object(raw).items():
            header, at = self.deref(entry, join_pointer(owner, "headers", str(name)))
            schema = Schema(self.file, join_pointer(at, "schema"), header["schema"]) if "schema" in header else None
            out.append(Header(self.file, at, str(name), schema))
        return tuple(out)

    def responses(self, raw: object, pointer: str) -> tuple[Response, ...]:
        out = []
        for status, entry in as_object(raw).items():
            listed_at = join_pointer(pointer, str(status))
            response, at = self.deref(entry, listed_at)
            headers = self.headers(response.get("headers"), at)
            out.append(
                Response(self.file, at, listed_at, str(status), self.content(response.get("content"), at), headers)
            )
        return tuple(out)
