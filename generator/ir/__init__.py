"""The intermediate representation (IR): the one vocabulary every stage after validation speaks.

Takes nothing from the other stages and gives them:

- api.py: what a generated package holds (``Api``: models, enums, unions, operations, security
  schemes, webhooks), as small frozen dataclasses, each with the ``Source`` it came from;
- class_names.py: the class names a build claims, provisional until generator/naming/ settles them;
- retype.py: every type of an ``Api`` mapped (a class renamed, an enum read as a literal);
- diagnostics.py: ``Source`` (file, line, JSON pointer), ``Diagnostic`` and ``SpecError``;
- naming.py: the rules for Python names (classes, attributes, packages);
- walk.py: walking a JSON document and the schemas nested in a schema, the value at a pointer.

``from generator import ir`` then ``ir.Model``, ``ir.TypeRef``: the types of api.py are here.
"""

from .api import (
    Api,
    Body,
    BodyKind,
    Constraints,
    Enum,
    EnumKind,
    EnumMember,
    Field,
    HttpApi,
    Kind,
    Model,
    OAuth2,
    Operation,
    Pagination,
    Parameter,
    Part,
    Response,
    SecurityScheme,
    Tag,
    TypeRef,
    Union,
    Variant,
    Webhook,
)
from .diagnostics import Source

__all__ = [
    "Api",
    "Body",
    "BodyKind",
    "Constraints",
    "Enum",
    "EnumKind",
    "EnumMember",
    "Field",
    "HttpApi",
    "Kind",
    "Model",
    "OAuth2",
    "Operation",
    "Pagination",
    "Parameter",
    "Part",
    "Response",
    "SecurityScheme",
    "Source",
    "Tag",
    "TypeRef",
    "Union",
    "Variant",
    "Webhook",
]
