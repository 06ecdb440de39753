"""A schema of the spec: its JSON pointer, its raw value, and typed views of the keywords the stages read.

The raw value stays (datamodel-code-generator and the models stage read raw schemas); the views
say what each keyword is, so a reader never checks a ``dict[str, Any]`` itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from ..ir.diagnostics import Source, join_pointer
from ..ir.walk import describe
from ..load.files import LoadedFile, ref_pointer, resolve_pointer

JsonObject = Mapping[str, Any]
"""A JSON object as loaded: its values are whatever JSON holds."""

_EMPTY: JsonObject = {}

# Keywords that give a schema a shape: without any of them (and without a type), a schema is any JSON.
_STRUCTURE = ("properties", "additionalProperties", "items", "allOf", "anyOf", "oneOf", "not", "enum", "const")


def as_object(value: object) -> JsonObject:
    """``value`` if it is a JSON object, else an empty one: the spec was validated, but stay safe."""
    return value if isinstance(value, dict) else _EMPTY


def resolve(data: object, pointer: str) -> object:
    """The value at ``pointer`` in ``data``, or None."""
    try:
        return resolve_pointer(data, pointer)
    except KeyError:
        return None


@dataclass(frozen=True)
class Located:
    """A node of the spec's file, at a JSON pointer."""

    file: LoadedFile = field(repr=False, compare=False)
    pointer: str

    @cached_property
    def source(self) -> Source:
        return self.file.source(self.pointer)


@dataclass(frozen=True)
class Schema(Located):
    """A schema: ``raw`` is its value as written (an object, or ``true``/``false`` in 3.1)."""

    raw: object

    def child(self, value: object, *steps: str | int) -> Schema:
        return Schema(self.file, join_pointer(self.pointer, *steps), value)

    @property
    def node(self) -> JsonObject:
        """The schema's keywords (none for a boolean schema)."""
        return as_object(self.raw)

    @property
    def is_object(self) -> bool:
        return isinstance(self.raw, dict)

    @property
    def description(self) -> str:
        """Its description (or title), stripped; "" if it has neither."""
        return describe(self.raw)

    @property
    def discriminator(self) -> JsonObject | None:
        """``discriminator`` when it is an object."""
        value = self.node.get("discriminator")
        return value if isinstance(value, dict) else None

    @property
    def is_union(self) -> bool:
        """``oneOf`` or ``anyOf`` is written (whatever its value)."""
        return "oneOf" in self.node or "anyOf" in self.node

    def keyword(self, name: str) -> Schema:
        """The value of keyword ``name`` (None if absent), as a schema below this one."""
        return self.child(self.node.get(name), name)

    @property
    def ref(self) -> str | None:
        ref = self.node.get("$ref")
        return ref if isinstance(ref, str) else None

    @property
    def local_ref(self) -> str | None:
        """The pointer a ``#...`` $ref names in this file."""
        ref = self.ref
        return ref_pointer(ref) if ref is not None and ref.startswith("#") else None

    def resolved(self, depth: int = 20) -> Schema:
        """This schema with its local $refs followed (an empty one where a $ref leads nowhere)."""
        schema = self
        for _ in range(depth):
            target = schema.local_ref
            if target is None:
                break
            schema = Schema(self.file, target, resolve(self.file.data, target))
        return schema if schema.is_object else replace(schema, raw={})

    @property
    def target_pointer(self) -> str | None:
        """The pointer a ``#/...`` $ref names in this file."""
        ref = self.ref
        return ref_pointer(ref) if ref is not None and ref.startswith("#/") else None

    def target(self) -> Schema | None:
        """The object schema a ``#/...`` $ref names in this file, if there is one."""
        pointer = self.target_pointer
        value = resolve(self.file.data, pointer) if pointer is not None else None
        return Schema(self.file, pointer, value) if pointer is not None and isinstance(value, dict) else None

    @property
    def type(self) -> str | tuple[str, ...] | None:
        """``type``: one JSON type, or a list of them."""
        kind = self.node.get("type")
        if isinstance(kind, list):
            return tuple(str(k) for k in kind)
        return None if kind is None else str(kind)

    @property
    def format(self) -> str | None:
        value = self.node.get("format")
        return value if isinstance(value, str) else None

    @property
    def nullable(self) -> bool:
        return self.node.get("nullable") is True

    @property
    def is_null(self) -> bool:
        """``type: "null"``: only null."""
        return self.node.get("type") == "null"

    @property
    def literal(self) -> str | int | bool | None:
        """The ``const`` value, if it is a string, integer or boolean."""
        value = self.node.get("const")
        return value if isinstance(value, str | int | bool) and not isinstance(value, float) else None

    @property
    def has_null_const(self) -> bool:
        """``const: null``."""
        return "const" in self.node and self.node["const"] is None

    @property
    def enum(self) -> tuple[object, ...] | None:
        values = self.node.get("enum")
        return tuple(values) if isinstance(values, list) else None

    def members(self, keyword: str) -> tuple[Schema, ...]:
        """The schemas of ``oneOf``, ``anyOf`` or ``allOf``."""
        values = self.node.get(keyword)
        return tuple(self.child(v, keyword, i) for i, v in enumerate(values)) if isinstance(values, list) else ()

    @property
    def items(self) -> Schema:
        return self.child(self.node.get("items"), "items")

    @property
    def additional_properties(self) -> Schema | None:
        """``additionalProperties`` when it is a schema object with keywords."""
        extra = self.node.get("additionalProperties")
        return self.child(extra, "additionalProperties") if isinstance(extra, dict) and extra else None

    @property
    def has_properties(self) -> bool:
        return bool(self.node.get("properties"))

    @property
    def has_all_of(self) -> bool:
        return bool(self.node.get("allOf"))

    @property
    def has_structure(self) -> bool:
        """Whether any keyword gives it a shape (properties, items, a combination, an enum, a const)."""
        return any(k in self.node for k in _STRUCTURE)

    @property
    def is_binary(self) -> bool:
        """Raw bytes: ``format: binary`` (3.0), or ``contentMediaType`` with no ``contentEncoding`` (3.1)."""
        node = self.node
        return self.is_object and (
            node.get("format") == "binary" or ("contentMediaType" in node and "contentEncoding" not in node)
        )

    def with_type(self, kind: str) -> Schema:
        """The same schema, of one of its types only."""
        return replace(self, raw={**self.node, "type": kind})

    def declared_properties(self) -> dict[str, Schema]:
        """The properties written here or in an object member of its allOf, unresolved (a later one wins)."""
        out: dict[str, Schema] = {}
        for part in (self, *(p for p in self.members("allOf") if p.is_object)):
            listed = part.node.get("properties")
            if isinstance(listed, dict):
                out.update({str(k): part.child(v, "properties", str(k)) for k, v in listed.items()})
        return out

    def properties(self, depth: int = 0) -> dict[str, Schema]:
        """An object schema's properties (through $refs and allOf), each one's $refs followed."""
        schema = self.resolved()
        out: dict[str, Schema] = {}
        if depth > 20:
            return out
        for part in schema.members("allOf"):
            out.update(part.properties(depth + 1))
        for key, prop in as_object(schema.node.get("properties")).items():
            out[str(key)] = schema.child(prop, "properties", str(key)).resolved()
        return out
