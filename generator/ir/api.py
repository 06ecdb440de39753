"""The intermediate representation: what a generated package contains, and nothing of how.

models/build.py makes it from a spec; render/codec.py and render/package.py turn it into code.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from .class_names import ClassClaims
from .diagnostics import Diagnostic, Source

Kind = Literal[
    "str",  # string (also uuid, byte, binary: kept as text for an exact round trip)
    "int",
    "number",  # int or float, kept as sent
    "bool",
    "any",  # any JSON value
    "map",  # a free-form JSON object
    "datetime",
    "date",
    "model",
    "enum",
    "union",
    "literal",  # a single allowed value, e.g. a one-of's discriminator
    "list",
    "dict",  # an object whose values all have one type
    "untagged",  # a union told apart by trying its members in order (Union.members)
    "never",  # a schema no value fits (false): its decoder refuses every value
]

EnumKind = Literal["str", "int"]
"""The type of an enum's values: an enum of other values (mixed, bool, number) is a union instead."""


@dataclass(frozen=True, slots=True)
class TypeRef:
    """The type of a value on the wire and in Python."""

    kind: Kind
    name: str = ""  # the class (model, enum) or alias (union, untagged) it names
    item: TypeRef | None = None  # list items, dict values
    nullable: bool = False
    literal: str | int | bool | tuple[str | int, ...] | None = None  # a tuple: one of these (a literal enum)
    enum_kind: EnumKind | None = None  # an enum's: the type of its values (None for every other kind)

    def non_null(self) -> TypeRef:
        return self.with_nullable(False)

    def with_nullable(self, nullable: bool) -> TypeRef:
        return replace(self, nullable=nullable)

    def opened(self) -> TypeRef:
        """A literal typed by its value's JSON type instead, so other values decode too."""
        if self.kind != "literal":
            return self
        value = self.literal
        kind: Kind = "bool" if isinstance(value, bool) else "int" if isinstance(value, int) else "str"
        return TypeRef("number" if isinstance(value, float) else kind, nullable=self.nullable)


Constraints = tuple[tuple[str, str], ...]
"""What a schema asks of a value beyond its type, and its default, as (keyword, JSON text) pairs:
(("maxLength", "64"), ("default", '"live"')). Read by review/ only; the code doesn't check them."""


@dataclass(frozen=True, slots=True)
class Field:
    name: str  # the Python attribute
    wire_name: str  # the JSON key
    type: TypeRef
    required: bool
    description: str
    secret: bool  # kept out of repr
    source: Source
    constraints: Constraints = ()


@dataclass(frozen=True, slots=True)
class Model:
    name: str
    description: str
    fields: tuple[Field, ...]
    source: Source
    extra: TypeRef | None = None
    """The type of the members the schema doesn't name (a schema-valued additionalProperties); None: any JSON."""


@dataclass(frozen=True, slots=True)
class EnumMember:
    name: str
    value: str | int


@dataclass(frozen=True, slots=True)
class Enum:
    name: str
    description: str
    members: tuple[EnumMember, ...]
    value_kind: EnumKind
    source: Source


Tag = str | int | float | bool
"""A discriminator value, as documents hold it: a mapping's "1.5" selects the number 1.5 if the property is one."""


@dataclass(frozen=True, slots=True)
class Variant:
    tag: Tag  # the discriminator value that selects it
    model: str


@dataclass(frozen=True, slots=True)
class Union:
    """A oneOf/anyOf: over models told apart by a discriminator property (tagged), or untagged.

    A tagged union has ``discriminator`` and ``variants`` (one per tag; a model may have several
    tags). An untagged one has ``members`` instead, in the order its decoder tries them: the
    first that accepts a value wins (see models.member_order.MEMBER_ORDER).

    A tagged union with a ``fallback`` stands for a schema with a discriminator that others
    extend (allOf): a tag no variant has, or none, decodes as the fallback, that schema itself.
    """

    name: str
    description: str
    discriminator: str
    variants: tuple[Variant, ...]
    source: Source
    members: tuple[TypeRef, ...] = ()
    fallback: str = ""  # tagged: the model of any other tag (or none)

    @property
    def tagged(self) -> bool:
        return bool(self.discriminator)


@dataclass
class Api:
    """One generated package."""

    package: str
    spec_file: str  # as shown in headers and diagnostics, relative to the project
    title: str
    version: str
    description: str
    enums: list[Enum] = field(default_factory=list)
    models: list[Model] = field(default_factory=list)
    unions: list[Union] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)
    notes: list[Diagnostic] = field(default_factory=list)
    """No problems, only worth knowing (``--verbose``): the ``$ref``s in extension values, say."""
    types_by_pointer: dict[str, TypeRef] = field(default_factory=dict)
    """The type each schema of the spec file became, by JSON pointer ("/components/schemas/Image")."""
    http: HttpApi | None = None
    """The operations of the spec's ``paths``, for the HTTP clients; None if it has none."""
    webhooks: list[Webhook] = field(default_factory=list)
    """The requests the API sends (the spec's ``webhooks``), whose payloads ``parse_webhook`` reads."""
    class_names: ClassClaims = field(default_factory=ClassClaims, repr=False, compare=False)
    """The class names claimed while the package is built, provisional until generator/naming/ settles them."""


# --- the HTTP side: operations, their parameters and the spec's security schemes ------------


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str  # the Python argument
    wire_name: str  # as sent: "page[number]", "__imagetype"
    location: Literal["path", "query", "header", "cookie"]
    type: TypeRef
    required: bool
    description: str
    explode: bool  # a query array as repeated keys (True) or one comma-separated value
    style: str = ""  # a query parameter's style when not "form": spaceDelimited, pipeDelimited, deepObject
    source: Source | None = None  # where the parameter is defined
    secret: bool = False  # format: password, or a credential's name (``token``): its value is never logged
    constraints: Constraints = ()
    example: str = ""  # JSON text of the spec's example value (the parameter's or its schema's); "" if none


BodyKind = Literal["json", "form", "multipart", "text", "binary"]


@dataclass(frozen=True, slots=True)
class Part:
    """A property of a form or multipart body, and how it is encoded (the body's ``encoding``)."""

    name: str  # multipart: the Python argument it is given as
    wire_name: str
    type: TypeRef
    required: bool
    description: str
    file: bool = False  # binary (format: binary): bytes or a binary file
    content_type: str = ""  # the encoding's contentType, "" for the default
    style: str = "form"
    explode: bool = True


@dataclass(frozen=True, slots=True)
class Body:
    type: TypeRef  # json, form: the body's type; text: str; binary: any (bytes); multipart: unused
    required: bool
    description: str
    media_type: str = "application/json"  # sent as Content-Type
    kind: BodyKind = "json"
    parts: tuple[Part, ...] = ()  # form: properties not sent the default way; multipart: every property


@dataclass(frozen=True, slots=True)
class Response:
    """A 2xx response the operation documents, and how its body is read."""

    status: str  # "200", "2XX"
    kind: Literal["json", "text", "binary", "none", "events", "lines"]
    # json: the decoded type; events (text/event-stream), lines (JSON lines): each item's (None: text);
    # otherwise None (text is str, binary bytes, none None)
    type: TypeRef | None
    media_type: str = ""
    headers: tuple[tuple[str, str], ...] = ()  # (name, its schema's type as text: "integer", "string date-time")


PaginationStyle = Literal["page-number", "next-link", "next-page", "page-count", "offset", "cursor", "link-header"]

# What a page says, by role: "next" (the next page number, cursor or link), "pages" (the page count),
# "current" (this page's number), "total" (the item count), "has_more" (a boolean).
PageRead = tuple[str, tuple[Field, ...]]


@dataclass(frozen=True, slots=True)
class Pagination:
    """How to get every page of a list operation: its ``x-pagination``, the config's ``pagination``, or inferred
    from its query parameters and 2xx body (``why`` says which, for ``--verbose``)."""

    pager: str  # the clients' method that iterates over every page
    style: PaginationStyle
    items: Field  # the list field of the page model (name "": the page is the list itself)
    page_param: str = ""  # page-number: the query parameter that counts pages
    size_param: str = ""  # page-number, offset: the query parameter of the page size, if any
    next_field: Field | None = None  # next-link: the field holding the next page's URL (top level)
    param: str = (
        ""  # next-page, page-count: the page number's query parameter; offset: the offset's; cursor: the cursor's
    )
    reads: tuple[PageRead, ...] = ()  # each role's path of fields from the page model down
    item_key: Field | None = None  # cursor: the field of the last item that is the next cursor (Stripe's id)
    why: str = ""  # where the style comes from, for --verbose


@dataclass(frozen=True, slots=True)
class Operation:
    name: str  # the Python method
    method: str  # "GET"
    path: str  # "/v1/images/{imageId}"
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    body: Body | None
    result: TypeRef | None  # the JSON body of a 2xx response when all have the same one; else None
    errors: tuple[tuple[str, TypeRef], ...]  # ("404" | "4XX" | "default", error model)
    security: tuple[str, ...]  # keys of the security schemes it may send
    pagination: Pagination | None
    source: Source
    responses: tuple[Response, ...] = ()  # the 2xx responses, by status; told apart when they differ
    idempotent: bool = False  # x-idempotent: every try of a call carries the same Idempotency-Key
    statuses: tuple[str, ...] = ()  # every response status the spec lists ("200", "404", "4XX", "default")
    tags: tuple[str, ...] = ()  # the spec's tags of the operation: the first one groups it (render/operation_groups.py)


@dataclass(frozen=True, slots=True)
class OAuth2:
    """An oauth2 scheme whose tokens the clients get themselves, and their keyword arguments for it."""

    token_url: str  # clientCredentials' tokenUrl: absolute, or a path below the base URL's origin; "" if none
    refresh_url: str  # where a refresh token is exchanged (authorizationCode, password); "" if no such flow
    scopes: tuple[str, ...]  # the scopes the flows name
    client_id: str  # the keyword arguments
    client_secret: str
    refresh_token: str  # "" without a refresh_url
    scopes_argument: str
    token_url_argument: str
    client_auth: str


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    key: str  # its name under components.securitySchemes
    argument: str  # the clients' keyword argument (basic auth: the user name)
    location: Literal["header", "query", "cookie"]
    wire_name: str  # "Authorization", "X-Hub-Id"
    prefix: str  # put before the secret: "Bearer " or ""
    description: str
    password: str = ""  # basic auth: the keyword argument of the password ("" for the other schemes)
    source: Source | None = None
    oauth2: OAuth2 | None = None  # an oauth2 scheme with a clientCredentials flow or a refresh URL
    kind: str = ""  # the spec's type: http, apiKey, oauth2, openIdConnect


@dataclass
class HttpApi:
    base_url: str  # the first server, its variables set to their defaults
    schemes: list[SecurityScheme] = field(default_factory=list)
    operations: list[Operation] = field(default_factory=list)
    request_id_header: str = ""  # the response header the spec declares for the server's request id, if any


@dataclass(frozen=True, slots=True)
class Webhook:
    """A request the API sends to its users' servers (OpenAPI 3.1 ``webhooks``), and how its payload is read."""

    name: str  # as the spec names it: "newPet"
    function: str  # the Python function that reads its payload: "parse_new_pet"
    method: str  # "POST"
    kind: Literal["json", "text", "binary", "none"]
    type: TypeRef | None  # json: the payload's type; otherwise None (text is str, binary bytes, none None)
    media_type: str
    summary: str
    description: str
    source: Source
