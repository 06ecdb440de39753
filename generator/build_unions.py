"""oneOf/anyOf (and type lists) in the IR: tagged unions of models, and untagged unions.

A union whose members are all models and that has a discriminator is *tagged*: its decoder
reads the tag and picks the model. Any other union of several types is *untagged*: its
decoder tries the members in MEMBER_ORDER, and the first that accepts the value wins. As
every member's decoder keeps what it decodes exactly (unknown fields included), the
encoding of whatever member wins is the document it came from: the round trip stays exact
whichever member a value ends up as.

Inline unions get a name from where they stand: the owner class and field (``HolderPet``),
plus ``Item`` for array items and ``Value`` for map values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from datamodel_code_generator.model.base import DataModel
from datamodel_code_generator.model.enum import Enum as DmcgEnum
from datamodel_code_generator.types import DataType

from . import ir
from .diagnostics import Source
from .walk import describe

if TYPE_CHECKING:
    from .build import Builder

MEMBER_ORDER: tuple[tuple[ir.Kind, ...], ...] = (
    ("literal",),  # one exact value
    ("datetime", "date"),  # strings in that format only
    ("int",),  # before number: 8 stays an int
    ("model", "union", "untagged"),  # objects with their required members
    ("list",),
    ("dict",),
    ("enum",),  # open enums take any string (or integer) of their kind
    ("str", "number", "bool"),
    ("map",),  # any object
    ("any",),  # anything
)
"""The order an untagged union tries its members in; the spec's order breaks ties."""

_RANK = {kind: rank for rank, kinds in enumerate(MEMBER_ORDER) for kind in kinds}


class Unions:
    def __init__(self, builder: Builder) -> None:
        self.b = builder
        self.by_name: dict[str, ir.Union] = {}
        self.made: dict[str, ir.TypeRef] = {}  # inline unions by where they stand, made once

    def discriminator_fields(self, results: list[DataModel]) -> set[tuple[str, str]]:
        """(model path, wire name) of every property that selects a variant of a tagged union."""
        found = set()
        for model in results:
            discriminator = self.b.raw(model.reference.path).get("discriminator")
            if model.__class__.__name__ == "TypeAlias" and isinstance(discriminator, dict) and model.fields:
                found |= _tagged_refs(model.fields[0].data_type, discriminator)
            for f in model.fields if model.__class__.__name__ != "TypeAlias" else []:
                extras = getattr(f, "extras", None) or {}
                if isinstance(extras.get("discriminator"), dict):
                    found |= _tagged_refs(f.data_type, extras["discriminator"])
        return found

    def of_literals(self, literals: list[Any], nullable: bool) -> ir.TypeRef:
        kinds = {type(v) for v in literals}
        kind: ir.Kind = "str" if kinds == {str} else "int" if kinds == {int} else "bool" if kinds == {bool} else "any"
        return ir.TypeRef(kind, nullable=nullable and kind != "any")

    def of_data_types(
        self,
        data_type: DataType,
        dmcg_path: str,
        name_hint: str,
        discriminator: dict[str, Any] | None,
        named: str | None = None,
        container: str = "",
        of_items: bool = False,
    ) -> ir.TypeRef:
        """The type of a union of ``data_type.data_types``: a member, or a tagged or untagged union.

        ``named`` is the reference path of the schema when the union is a named schema;
        ``container`` ("items", "additionalProperties") says the union is that of a list's
        items or a map's values; ``of_items`` that ``data_type`` is that list or map itself.
        """
        alternatives = list(data_type.data_types)
        members = [d for d in alternatives if d.type != "None"]
        nullable = (not of_items and bool(data_type.is_optional)) or len(members) < len(alternatives)
        key = named or f"{dmcg_path}|{name_hint}"
        if key in self.made:
            return self.made[key].with_nullable(nullable)
        if not members:
            return ir.TypeRef("any")
        if len(members) == 1:
            inner = self.b.type_of(members[0], dmcg_path, name_hint)
            return inner.with_nullable(nullable or inner.nullable)
        name = self.b.names.class_name(named) if named else self.b.names.claim_new(name_hint)
        source = self.b.source(named or dmcg_path)
        if container:
            source = Source(source.file, source.line, f"{source.pointer}/{container}")
        description = describe(self.b.raw(named)) if named else ""
        made = self.tagged(members, discriminator, name, source, description, named or dmcg_path)
        if made is None:
            if named:
                self.b.names.alias(named, ir.TypeRef("untagged", name))  # a member may refer back to it
            types = [self.b.type_of(m, dmcg_path, f"{name}Option{i + 1}") for i, m in enumerate(members)]
            made = self.untagged(types, name, source, description)
        self.made[key] = made
        return made.with_nullable(nullable or made.nullable)

    def tagged(
        self,
        members: list[DataType],
        discriminator: dict[str, Any] | None,
        name: str,
        source: Any,
        description: str,
        where: str,
    ) -> ir.TypeRef | None:
        """A tagged union, if there is a discriminator and every member is a model."""
        refs = [m.reference.path for m in members if m.reference is not None]
        if discriminator is None or len(refs) != len(members):
            return None
        if not all(r in self.b.by_path and _is_model(self.b.by_path[r]) for r in refs):
            self.b.warn(
                source, "a discriminator over schemas that aren't all objects is ignored; members are tried in order"
            )
            return None
        prop = str(discriminator.get("propertyName", ""))
        variants = []
        for ref in dict.fromkeys(refs):
            for tag in self.tags(ref, prop, discriminator, where):
                variants.append(ir.Variant(tag, self.b.names.class_name(ref)))
        union = ir.Union(name, description, prop, tuple(variants), source)
        self.add(union)
        return ir.TypeRef("union", name)

    def tags(self, ref: str, prop: str, discriminator: dict[str, Any], where: str) -> list[str]:
        """The discriminator values that select the model at ``ref``: mapped, its literal, or its name."""
        here = self.b.place(where).file
        variant = self.b.place(ref)
        mapping = discriminator.get("mapping")
        mapped = []
        for tag, target in mapping.items() if isinstance(mapping, dict) else ():
            text = str(target)
            if "#" not in text and "/" not in text and not text.endswith((".yaml", ".yml", ".json")):
                text = f"#/components/schemas/{text}"
            place = self.b.locator.ref_target(here, text)
            if place is not None and place.file.path == variant.file.path and place.pointer == variant.pointer:
                mapped.append(str(tag))
        if mapped:
            return mapped
        for f in self.b.fields_of(self.b.by_path[ref]):
            if f.wire_name == prop and f.type.kind == "literal":
                return [str(f.type.literal)]
        last = variant.pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
        return [last or variant.file.path.stem]

    def untagged(self, types: list[ir.TypeRef], name: str, source: Any, description: str) -> ir.TypeRef:
        nullable = any(t.nullable for t in types)
        flat: list[ir.TypeRef] = []
        # a one-value member is typed by its value's JSON type (its decoder returns Any)
        for t in (t.non_null().opened() for t in types):
            if t.kind == "untagged" and t.name not in self.by_name:
                # Itself, or a union still being built that holds it: decoding would never end.
                self.b.warn(source, f"a union that holds itself leaves out that member ({t.name})")
                continue
            known = self.by_name.get(t.name) if t.kind == "untagged" else None
            for member in known.members if known is not None else (t,):
                if member not in flat:
                    flat.append(member)
        if not flat:
            return ir.TypeRef("any")
        flat = self.merge_containers(flat, name, source)
        if any(t.kind == "any" for t in flat) and len(flat) == 1:
            return ir.TypeRef("any")
        ordered = sorted(flat, key=lambda t: _RANK.get(t.kind, len(MEMBER_ORDER)))
        self.add(ir.Union(name, description, "", (), source, members=tuple(ordered)))
        return ir.TypeRef("untagged", name, nullable=nullable)

    def merge_containers(self, members: list[ir.TypeRef], name: str, source: Any) -> list[ir.TypeRef]:
        """At most one list and one map member, as encoding tells members apart by their Python type."""
        for kind, suffix in (("list", "Item"), ("dict", "Value")):
            same = [m for m in members if m.kind == kind or (kind == "dict" and m.kind == "map")]
            if len(same) < 2:
                continue
            items = list(dict.fromkeys(m.item or ir.TypeRef("any") for m in same))
            item = (
                items[0] if len(items) == 1 else self.untagged(items, self.b.names.claim_new(name + suffix), source, "")
            )
            first = members.index(same[0])
            members = [m for m in members if m not in same]
            members.insert(first, ir.TypeRef("list" if kind == "list" else "dict", item=item))
        return members

    def add(self, union: ir.Union) -> None:
        self.b.api.unions.append(union)
        self.by_name[union.name] = union


def _tagged_refs(data_type: DataType, discriminator: dict[str, Any]) -> set[tuple[str, str]]:
    prop = str(discriminator.get("propertyName", ""))
    return {(d.reference.path, prop) for d in data_type.data_types if d.reference is not None}


def _is_model(model: DataModel) -> bool:
    return not isinstance(model, DmcgEnum) and model.__class__.__name__ != "TypeAlias"
