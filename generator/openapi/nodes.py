"""The nodes of a spec besides its schemas: servers, security schemes, paths, operations, parameters, bodies.

Each node is where the document has it (``pointer``, its ``source`` found when asked); a node the
document reaches through a local ``$ref`` is at its target, and ``listed_at`` says where it was
named. Text fields are as written (``""`` when absent); readers strip them. A field is None where
the document leaves it out and that differs from any value it could give.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .schemas import Located, Schema


@dataclass(frozen=True)
class Server(Located):
    url: str
    defaults: tuple[tuple[str, str], ...]  # each variable with a default, and that default


@dataclass(frozen=True)
class OAuthFlow:
    """One flow of an oauth2 scheme; URLs as written (maybe relative to the server)."""

    kind: str  # clientCredentials, authorizationCode, password, implicit
    token_url: str
    refresh_url: str
    scopes: tuple[str, ...]


@dataclass(frozen=True)
class SecurityScheme(Located):
    key: str  # its name in components/securitySchemes
    type: str | None  # http, apiKey, oauth2, openIdConnect, mutualTLS
    location: str | None  # apiKey: header, query or cookie
    scheme: str  # http: bearer, basic... (lower case)
    name: str  # apiKey: the header, query or cookie name
    description: str
    flows: tuple[OAuthFlow, ...] = ()  # oauth2


@dataclass(frozen=True)
class Encoding:
    """How a form or multipart body sends one property."""

    style: str | None = None
    explode: bool | None = None
    content_type: str = ""


@dataclass(frozen=True)
class MediaType(Located):
    media: str
    is_object: bool  # whether the entry is a Media Type Object at all
    schema: Schema | None  # None: no ``schema`` key
    encoding: dict[str, Encoding] = field(default_factory=dict)
    item_schema: Schema | None = None  # OpenAPI 3.2's ``itemSchema``: each item of a sequential media type


@dataclass(frozen=True)
class Parameter(Located):
    listed_at: str
    name: str
    location: str  # path, query, header, cookie (or what the document says)
    required: bool
    style: str | None
    explode: bool | None
    description: str
    schema: Schema | None
    content: tuple[MediaType, ...]  # when the value is in a media type, not a schema


@dataclass(frozen=True)
class RequestBody(Located):
    required: bool
    optional_said: bool  # ``required: false`` said explicitly (often left unsaid)
    description: str
    content: tuple[MediaType, ...]


@dataclass(frozen=True)
class Header(Located):
    """A response header (at its target when it is a ``$ref``)."""

    name: str
    schema: Schema | None  # None: no ``schema`` key


@dataclass(frozen=True)
class Response(Located):
    listed_at: str
    status: str  # "200", "4XX", "default" as written
    content: tuple[MediaType, ...]
    headers: tuple[Header, ...]


@dataclass(frozen=True)
class Pagination(Located):
    """``x-pagination``: how a list operation pages (each value as written, checked by http/)."""

    items: object
    style: object
    page: object
    size: object
    next: object


@dataclass(frozen=True)
class Operation(Located):
    method: str  # lower case
    path: str
    operation_id: str
    tags: tuple[str, ...]
    summary: str
    description: str
    deprecated: bool
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None  # None: none, or an empty one
    responses: tuple[Response, ...]
    security: tuple[str, ...] | None  # the schemes its requirements name; None: the document's apply
    pagination: Pagination | None
    idempotent: object  # x-idempotent as written (False when absent)


@dataclass(frozen=True)
class PathItem(Located):
    listed_at: str
    key: str  # the path, or the webhook's name
    description: str
    parameters: tuple[Parameter, ...]
    operations: tuple[Operation, ...]  # in the order of ir.walk.HTTP_METHODS
    methods_left_out: bool  # whether some method has no operation


@dataclass(frozen=True)
class Document(Located):
    servers: tuple[Server, ...]
    security: tuple[str, ...]  # the schemes the document's requirements name
    security_schemes: tuple[SecurityScheme, ...]
    paths: tuple[PathItem, ...]
    webhooks: tuple[PathItem, ...]
    schemas: dict[str, Schema]  # components/schemas, by name

    def operations(self) -> list[Operation]:
        return [op for item in self.paths for op in item.operations]
