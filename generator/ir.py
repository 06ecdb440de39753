"""The intermediate representation: what a generated package contains, and nothing of how.

build.py makes it from a spec; codec.py and render.py turn it into code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

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
]


@dataclass(frozen=True, slots=True)
class TypeRef:
    """The type of a value on the wire and in Python."""

    kind: Kind
    name: str = ""  # the class (model, enum) or alias (union) it names
    item: TypeRef | None = None  # list items, dict values
    nullable: bool = False
    literal: str | int | bool | None = None

    def non_null(self) -> TypeRef:
        return TypeRef(self.kind, self.name, self.item, False, self.literal)


@dataclass(frozen=True, slots=True)
class Field:
    name: str  # the Python attribute
    wire_name: str  # the JSON key
    type: TypeRef
    required: bool
    description: str
    secret: bool  # kept out of repr
    source: Source


@dataclass(frozen=True, slots=True)
class Model:
    name: str
    description: str
    fields: tuple[Field, ...]
    source: Source


@dataclass(frozen=True, slots=True)
class EnumMember:
    name: str
    value: str | int


@dataclass(frozen=True, slots=True)
class Enum:
    name: str
    description: str
    members: tuple[EnumMember, ...]
    value_kind: Literal["str", "int"]
    source: Source


@dataclass(frozen=True, slots=True)
class Variant:
    tag: str  # the discriminator value that selects it
    model: str


@dataclass(frozen=True, slots=True)
class Union:
    """A one-of over models, told apart by a discriminator property."""

    name: str
    description: str
    discriminator: str
    variants: tuple[Variant, ...]
    source: Source


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
    types_by_pointer: dict[str, TypeRef] = field(default_factory=dict)
    """The type each schema of the spec file became, by JSON pointer ("/components/schemas/Image")."""
