"""The IR type of a datamodel-code-generator DataType: scalars, lists, maps, references and aliases."""

from __future__ import annotations

from typing import Any

from .. import ir
from ..ir.class_names import NameHint
from ..ir.diagnostics import Source, error
from ..load.files import LoadedFile
from ..openapi.schemas import JsonObject, Schema
from .dmcg import DataModel, DataType, DmcgEnum
from .dmcg_input import annotated_ref
from .enums import EnumBuilder, enum_kind
from .places import Locator

_SCALARS: dict[str, ir.Kind] = {
    "str": "str",
    "int": "int",
    "float": "number",
    "bool": "bool",
    "Any": "any",
    "datetime": "datetime",
    "AwareDatetime": "datetime",
    "NaiveDatetime": "datetime",
    "date": "date",
    "UUID": "str",
    "UUID1": "str",
    "UUID3": "str",
    "UUID4": "str",
    "UUID5": "str",
    "bytes": "str",
    "Path": "str",
    "AnyUrl": "str",
    "EmailStr": "str",
    "IPv4Address": "str",
    "IPv6Address": "str",
    "IPv4Network": "str",
    "IPv6Network": "str",
    "SecretStr": "str",
    "Decimal": "number",
    "time": "str",
    "timedelta": "str",
    "dict": "map",
    "object": "any",
    "None": "any",
}

_JSON_KINDS: dict[str, ir.Kind] = {
    "string": "str",
    "integer": "int",
    "number": "number",
    "boolean": "bool",
    "object": "map",
    "array": "any",  # (items unknown) any JSON
}

_FORMATS: dict[tuple[str, str], ir.Kind] = {("string", "date-time"): "datetime", ("string", "date"): "date"}


def json_kind(kind: str | None, format: str | None) -> ir.Kind | None:
    """The IR kind of a JSON type (and format): what a schema of one simple type is read as."""
    if kind is None:
        return None
    return _FORMATS.get((kind, format or "")) or _JSON_KINDS.get(kind)


class TypeBuilder(EnumBuilder):
    """Translates the parser's types into TypeRefs."""

    def type_of(
        self,
        data_type: DataType,
        dmcg_path: str,
        name_hint: NameHint,
        discriminator: JsonObject | None = None,
        container: str = "",
    ) -> ir.TypeRef:
        """Translate a datamodel-code-generator DataType into a TypeRef.

        ``name_hint`` names an inline union made here (owner class + field, "Item", "Value");
        ``container`` says the type is that of the items ("items") or values ("additionalProperties").
        """
        if data_type.reference is not None:
            return self.named_type(data_type.reference.path, dmcg_path)
        if data_type.literals:
            if len(data_type.literals) == 1:
                return ir.TypeRef("literal", literal=data_type.literals[0], nullable=bool(data_type.is_optional))
            return self.unions.of_literals(list(data_type.literals), bool(data_type.is_optional))
        nullable = bool(data_type.is_optional)
        if data_type.is_list or data_type.is_set or data_type.is_tuple:  # a tuple (prefixItems): a list of its types
            item = self.item_type(data_type, dmcg_path, name_hint + "Item")
            return ir.TypeRef("list", item=item, nullable=nullable)
        if data_type.is_dict:
            item = self.item_type(data_type, dmcg_path, name_hint + "Value")
            return ir.TypeRef("dict", item=item, nullable=nullable)
        if data_type.data_types:
            return self.unions.of_data_types(data_type, dmcg_path, name_hint, discriminator, container=container)
        kind = _SCALARS.get(str(data_type.type))
        if kind is None and data_type.is_custom_type and not container:
            # datamodel-code-generator's customTypePath names a Python class; the schema's JSON type stands
            kind = json_kind(str(self.schema(dmcg_path).node.get("type")), None)
        if kind is None:
            self.warn(self.source(dmcg_path), f"type {data_type.type!r} is decoded as plain JSON")
            kind = "any"
        if kind == "any" and self.admits_nothing(dmcg_path, container):
            kind = "never"
        return ir.TypeRef(kind, nullable=bool(data_type.is_optional))

    def member_admits_null(self, union: Schema) -> bool:
        """Whether a oneOf/anyOf admits null through a member written in place (the parser drops
        ``nullable: true`` on an object member: ``anyOf: [{type: object, nullable: true}, {$ref: X}]``)."""
        return union.is_union and allows_null(union)

    def admits_nothing(self, dmcg_path: str, container: str) -> bool:
        """Whether the schema is ``false``, ``not: {}`` or an allOf holding one (the parser reads it as any value)."""
        place = self.place(dmcg_path)
        node = place.node() if place.exact else None
        if container in ("items", "additionalProperties"):
            node = node.get(container) if isinstance(node, dict) else None
        elif container:
            return False
        if not _admits_nothing(self.locator, place.file, node):
            return False
        # `false` and `not: {}` say so (a member that must be absent, a closed map, an empty array);
        # an allOf that holds one is a schema that can't be met, which the parser refuses: said here.
        source = self.source(dmcg_path)
        if container:
            source = Source(source.file, source.line, f"{source.pointer}/{container}")
        if isinstance(node, dict) and "allOf" in node and all(w.source != source for w in self.api.warnings):
            self.warn(source, "no value fits this schema (an allOf holding false): its decoder refuses every value")
        return True

    def item_type(self, data_type: DataType, dmcg_path: str, name_hint: NameHint) -> ir.TypeRef:
        if not data_type.data_types:
            return ir.TypeRef("any")
        container = "additionalProperties" if data_type.is_dict else "prefixItems" if data_type.is_tuple else "items"
        if len(data_type.data_types) == 1:
            return self.type_of(data_type.data_types[0], dmcg_path, name_hint, container=container)
        return self.unions.of_data_types(data_type, dmcg_path, name_hint, None, container=container, of_items=True)

    def named_type(self, dmcg_path: str, where: str) -> ir.TypeRef:
        """The type a reference to the schema at ``dmcg_path`` is: nullable if the schema admits null."""
        dmcg_path = self.copy_of.get(dmcg_path, dmcg_path)
        found = self.referenced_type(dmcg_path, where)
        if not found.nullable and found.kind != "any" and allows_null(self.schema(dmcg_path)):
            return found.with_nullable(True)
        return found

    def referenced_type(self, dmcg_path: str, where: str) -> ir.TypeRef:
        alias = self.names.aliased(dmcg_path)
        if alias is not None:
            return alias
        target = self.by_path.get(dmcg_path)
        if target is None:
            raise error(self.source(where), f"unresolved reference {dmcg_path}")
        if isinstance(target, DmcgEnum):
            kind = enum_kind(target, self.schema(dmcg_path))
            if kind is None:
                self.enum(target)  # no enum class: records the type it is read as
                return self.names.aliased(dmcg_path) or ir.TypeRef("any")
            return ir.TypeRef("enum", self.names.class_name(dmcg_path), enum_kind=kind)
        if is_alias(target):
            return self.alias_type(target)
        return self.unions.subtypes(dmcg_path) or ir.TypeRef("model", self.names.class_name(dmcg_path))

    def alias_type(self, target: DataModel) -> ir.TypeRef:
        """A named non-object schema: a union (a class of its own), or a type we inline."""
        path = target.reference.path
        if not target.fields:
            return ir.TypeRef("any")
        self.names.alias(path, ir.TypeRef("any"))  # breaks recursion through the alias
        data_type = target.fields[0].data_type
        if data_type.data_types and not data_type.is_list and not data_type.is_dict and not data_type.reference:
            discriminator = self.schema(path).discriminator
            resolved = self.unions.of_data_types(
                data_type, path, NameHint(self.names.class_name(path)), discriminator, named=path
            )
        else:
            resolved = self.type_of(data_type, path, NameHint(self.names.class_name(path)))
        self.names.alias(path, resolved)
        return resolved


def _admits_nothing(locator: Locator, file: LoadedFile, node: Any, depth: int = 0) -> bool:
    if node is False:
        return True
    if not isinstance(node, dict) or depth > 16:
        return False
    if isinstance(node.get("$ref"), str):
        target = locator.ref_target(file, node["$ref"])
        return target is not None and _admits_nothing(locator, target.file, target.node(), depth + 1)
    if "not" in node and node["not"] in ({}, True):
        return True
    parts = node.get("allOf")
    return isinstance(parts, list) and any(_admits_nothing(locator, file, p, depth + 1) for p in parts)


def is_alias(model: DataModel) -> bool:
    return model.__class__.__name__ == "TypeAlias"


def allows_null(schema: Schema, depth: int = 0) -> bool:
    """Whether a schema admits null: nullable, a type list or an enum with null, or a member that does.

    A member of its anyOf or oneOf that admits null (``{type: object, nullable: true}``, ``{type: [string,
    "null"]}``) makes the whole admit it, and so does ``nullable: true`` in an allOf that otherwise only
    annotates a ``$ref`` (dmcg_input.annotated_ref). A ``$ref`` member is not followed here: a reference to
    a schema admitting null is typed so where it is read (``named_type``).
    """
    if not schema.is_object or depth > 16:
        return False
    kinds = schema.type
    return (
        schema.nullable
        or schema.is_null
        or (isinstance(kinds, tuple) and "null" in kinds)
        or (schema.enum is not None and None in schema.enum)
        or schema.has_null_const
        or any(allows_null(b, depth + 1) for key in ("oneOf", "anyOf") for b in schema.members(key))
        or (
            annotated_ref(schema.node.get("allOf")) is not None
            and any(allows_null(p, depth + 1) for p in schema.members("allOf"))
        )
    )
