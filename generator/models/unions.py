"""oneOf/anyOf (and type lists) in the IR: tagged unions of models, and untagged unions.

A union whose members are all models and that has a discriminator is *tagged*: its decoder
reads the tag and picks the model. Any other union of several types is *untagged*: its
decoder tries the members in MEMBER_ORDER (member_order.py), and the first that accepts the value wins. As
every member's decoder keeps what it decodes exactly (unknown fields included), the
encoding of whatever member wins is the document it came from: the round trip stays exact
whichever member a value ends up as.

A member that is a union of objects itself counts as its objects; members that aren't objects
beside two or more objects make an untagged union of them and a tagged union of the objects
(``<Name>Object``). A schema with a discriminator that others extend (allOf) is, wherever it is
referenced, the tagged union ``Any<Name>`` of its subtypes with itself as the fallback.

Inline unions get a name from where they stand: the owner class and field (``HolderPet``),
plus ``Item`` for array items and ``Value`` for map values.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .. import ir
from ..ir.class_names import NameHint
from ..ir.diagnostics import Source
from ..openapi.schemas import JsonObject
from .context import BuildContext
from .dmcg import DataModel, DataType, DmcgEnum
from .member_order import in_member_order
from .union_tags import makes_class, mapping_ref, members_in_place, pascal_tag, schema_name, typed_tag


class Unions:
    def __init__(self, builder: BuildContext) -> None:
        self.b = builder
        self.by_name: dict[str, ir.Union] = {}
        self.made: dict[str, ir.TypeRef] = {}  # inline unions by where they stand, made once
        self.children: dict[str, list[str]] = {}  # model path -> the models whose allOf names it
        self.holds: dict[str, list[str]] = {}  # untagged union -> the untagged unions among its members
        self.own: dict[str, list[ir.TypeRef]] = {}  # untagged union -> its other members
        self.unfinished: set[str] = set()  # unions holding one still being built: finish() completes them
        self.dispatchers: dict[str, ir.TypeRef | None] = {}  # base model path -> its subtypes' union

    def index_subtypes(self, results: list[DataModel]) -> None:
        """Which models extend which (allOf), for the schemas with a discriminator that others extend."""
        for model in results:
            for base in model.base_classes:
                ref = getattr(base, "reference", None)
                if ref is not None and ref.path != model.reference.path and _is_model(model):
                    self.children.setdefault(ref.path, []).append(model.reference.path)

    def subtypes(self, base: str) -> ir.TypeRef | None:
        """A reference to a schema with a discriminator (and no oneOf/anyOf): the schemas extending it.

        Its union's decoder reads the tag and picks the subtype the mapping names for it (or whose own
        value or name it is); any other tag, or none, decodes as the schema itself, unknown members
        kept. None if nothing extends the schema or its mapping names no model.
        """
        if base in self.dispatchers:
            return self.dispatchers[base]
        schema = self.b.schema(base)
        discriminator = schema.discriminator
        self.dispatchers[base] = None
        if discriminator is None or schema.is_union:
            return None
        prop = str(discriminator.get("propertyName", ""))
        found = [p for p in self.mapped(discriminator, base) + self.descendants(base) if p != base]
        found = [p for p in dict.fromkeys(found) if _is_model(self.b.by_path[p])]
        if not prop or not found:
            return None
        base_name = self.b.names.class_name(base)
        name = self.b.names.claim_new(NameHint(base_name), "Union", self.b.where(base), prefix="Any")
        made = self.dispatchers[base] = ir.TypeRef("union", name)  # a subtype may refer back to it
        variants: list[ir.Variant] = []
        for path in found:
            for tag in self.tags(path, prop, discriminator, base):
                if all(v.tag != tag for v in variants):
                    variants.append(ir.Variant(tag, self.b.names.class_name(path)))
        source = self.b.source(base)
        source = Source(source.file, source.line, f"{source.pointer}/discriminator")
        self.add(ir.Union(name, "", prop, tuple(variants), source, fallback=base_name))
        return made

    def mapped(self, discriminator: JsonObject, where: str) -> list[str]:
        """The models a discriminator's mapping names, in its order."""
        here = self.b.place(where).file
        mapping = discriminator.get("mapping")
        found = []
        for target in mapping.values() if isinstance(mapping, dict) else ():
            place = self.b.locator.ref_target(here, mapping_ref(str(target)))
            path = self.b.by_place.get((str(place.file.path), place.pointer)) if place is not None else None
            if path is not None:
                found.append(path)
        return found

    def descendants(self, base: str) -> list[str]:
        """The models extending ``base``, directly or through others, each once."""
        found: list[str] = []
        pending = list(self.children.get(base, []))
        while pending:
            path = pending.pop(0)
            if path not in found and path != base:
                found.append(path)
                pending += self.children.get(path, [])
        return found

    def discriminator_fields(self, results: list[DataModel]) -> set[tuple[str, str]]:
        """(model path, wire name) of every property that selects a variant of a tagged union."""
        found = set()
        for model in results:
            schema = self.b.schema(model.reference.path)
            discriminator = schema.discriminator
            if _is_model(model) and discriminator is not None and not schema.is_union:
                # a base the subtypes extend (allOf)
                prop = str(discriminator.get("propertyName", ""))
                path = model.reference.path
                found |= {(p, prop) for p in self.mapped(discriminator, path) + self.descendants(path)}
            if model.__class__.__name__ == "TypeAlias" and discriminator is not None and model.fields:
                found |= self.tagged_refs(model.fields[0].data_type, discriminator, model.reference.path)
            for f in model.fields if model.__class__.__name__ != "TypeAlias" else []:
                extras = getattr(f, "extras", None) or {}
                if isinstance(extras.get("discriminator"), dict):
                    found |= self.tagged_refs(f.data_type, extras["discriminator"], model.reference.path)
        return found

    def tagged_refs(self, data_type: DataType, discriminator: JsonObject, where: str) -> set[tuple[str, str]]:
        """(model path, tag property) of the objects a tagged union's members stand for."""
        prop = str(discriminator.get("propertyName", ""))
        found = set()
        for d in data_type.data_types:
            models = self.flatten(d, frozenset({where})) if d.reference is not None else None
            found |= {(m, prop) for m in models or ([d.reference.path] if d.reference is not None else [])}
        return found

    def of_literals(self, literals: list[Any], nullable: bool) -> ir.TypeRef:
        kinds = {type(v) for v in literals}
        kind: ir.Kind = "str" if kinds == {str} else "int" if kinds == {int} else "bool" if kinds == {bool} else "any"
        return ir.TypeRef(kind, nullable=nullable and kind != "any")

    def of_data_types(
        self,
        data_type: DataType,
        dmcg_path: str,
        name_hint: NameHint,
        discriminator: JsonObject | None,
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
        if container and not of_items and not nullable:  # (a field's and a named schema's are read where named)
            nullable = self.b.member_admits_null(self.b.schema(dmcg_path).keyword(container))
        key = named or f"{dmcg_path}|{name_hint!r}"
        if key in self.made:
            return self.made[key].with_nullable(nullable)
        if not members:
            return ir.TypeRef("any")
        if len(members) == 1:
            inner = self.b.type_of(members[0], dmcg_path, name_hint)
            return inner.with_nullable(nullable or inner.nullable)
        place = self.b.where(dmcg_path, f"/{container}" if container else "")
        name = self.b.names.class_name(named) if named else self.b.names.claim_new(name_hint, "Union", place)
        source = self.b.source(named or dmcg_path)
        if container:
            source = Source(source.file, source.line, f"{source.pointer}/{container}")
        description = self.b.schema(named).description if named else ""
        where = named or dmcg_path
        objects = [m for m in members if self.flatten(m, frozenset({where})) is not None]
        made = self.tagged(members, discriminator, name, source, description, where)
        if made is None:
            if named:
                self.b.names.alias(named, ir.TypeRef("untagged", name))  # a member may refer back to it
            others = members
            types = []
            if discriminator is not None and len(objects) > 1:
                # The discriminator tells the objects apart; the other members are tried in order.
                sub = self.b.names.claim_new(NameHint(name, "Object"), "Union", self.b.where(where))
                at = Source(source.file, source.line, f"{source.pointer}/discriminator")
                tagged = self.tagged(objects, discriminator, sub, at, "", where)
                others = [m for m in members if m not in objects] if tagged is not None else members
                types = [tagged] if tagged is not None else []
            shaped = [m for m in others if makes_class(m)]
            for i, m in enumerate(others):  # the one member that makes classes is what the union holds
                words = "" if shaped == [m] else f"Option{i + 1}"
                types.append(self.b.type_of(m, dmcg_path, NameHint(name, words)))
            made = self.untagged(types, name, source, description)
        self.made[key] = made
        return made.with_nullable(nullable or made.nullable)

    def tagged(
        self,
        members: list[DataType],
        discriminator: JsonObject | None,
        name: str,
        source: Any,
        description: str,
        where: str,
    ) -> ir.TypeRef | None:
        """A tagged union, if there is a discriminator and every member is an object schema.

        A member that is itself a union of objects (or names one object) stands for its objects:
        their tags are those the discriminator gives them (its mapping, their own value, the
        member's name). A member that holds the union itself adds nothing. Where one tag selects
        several objects, its variant is an untagged union of them, tried in order. None (untagged) if
        a member has no tag: written in place, with no value of its own, and not in the mapping.
        """
        if discriminator is None:
            return None
        found: list[tuple[str, str]] = []  # (model path, the oneOf member it stands for)
        for m in members:
            models = self.flatten(m, frozenset({where}))
            if models is None:
                return None
            found += [(path, m.reference.path if m.reference is not None else path) for path in models]
        if not found:
            return None
        prop = str(discriminator.get("propertyName", ""))
        named = not members_in_place(self.b.schema(where))  # (dmcg reads allOf: [$ref: X, {...}] as X)
        by_tag: dict[ir.Tag, list[str]] = {}
        for path, member in dict.fromkeys(found):
            tags = self.tags(path, prop, discriminator, where, member, named)
            if not tags:
                return None  # a member written in place, that the mapping doesn't name: tried in order
            for tag in tags:
                models = by_tag.setdefault(tag, [])
                if self.b.names.class_name(path) not in models:
                    models.append(self.b.names.class_name(path))
        variants = []
        shared: dict[tuple[str, ...], str] = {}  # the untagged union of the models one tag selects
        for tag, models in by_tag.items():
            if len(models) > 1 and tuple(models) not in shared:
                hint = NameHint(name, pascal_tag(tag))
                shared[tuple(models)] = self.b.names.claim_new(hint, "Union", self.b.where(where, "/discriminator"))
                members_of = tuple(ir.TypeRef("model", m) for m in models)
                at = Source(source.file, source.line, f"{source.pointer}/discriminator")
                self.add(ir.Union(shared[tuple(models)], "", "", (), at, members=members_of))
            variants.append(ir.Variant(tag, models[0] if len(models) == 1 else shared[tuple(models)]))
        union = ir.Union(name, description, prop, tuple(variants), source)
        self.add(union)
        return ir.TypeRef("union", name)

    def tag_kind(self, t: ir.TypeRef | None) -> ir.Kind:
        """The JSON type of a discriminator property's values: a number's tags are numbers."""
        if t is None:
            return "str"
        if t.kind == "literal" and not isinstance(t.literal, str):
            return "bool" if isinstance(t.literal, bool) else "number"
        return "int" if t.kind == "enum" and t.enum_kind == "int" else t.kind

    def flatten(self, member: DataType, seen: frozenset[str]) -> list[str] | None:
        """The models an object member of a tagged union stands for; None if it isn't one (or a union of them)."""
        ref = member.reference.path if member.reference is not None else None
        target = self.b.by_path.get(ref) if ref is not None else None
        if ref is None or target is None or isinstance(target, DmcgEnum):
            return None
        if _is_model(target):
            return [ref]
        if ref in seen:
            return []  # the union itself, through a member: adds nothing
        data_type = target.fields[0].data_type if target.fields else None
        if data_type is None or data_type.is_list or data_type.is_dict or data_type.is_tuple:
            return None
        alternatives = [data_type] if data_type.reference is not None else data_type.data_types
        found: list[str] = []
        for alternative in alternatives:
            if alternative.type == "None":
                continue
            models = self.flatten(alternative, seen | {ref})
            if models is None:
                return None
            found += [m for m in models if m not in found]
        return found or None

    def tags(
        self, ref: str, prop: str, discriminator: JsonObject, where: str, member: str = "", named: bool = True
    ) -> list[ir.Tag]:
        """The discriminator values that select the model at ``ref``: mapped, its literal, or its name.

        ``member`` is the union's member that stands for the model (a union holding it), if not the
        model itself: the mapping may name it, and its name is the implicit tag (none if it is written
        in place, or ``named`` is false: no tag, ``[]``). A mapping's keys are
        strings; where the variant's property is a number (or boolean), the tag is that number, as
        documents hold it.
        """
        here = self.b.place(where).file
        variant = self.b.place(ref)
        outer = self.b.place(member) if member and member != ref else variant
        field = next((f for f in self.b.fields_of(self.b.by_path[ref]) if f.wire_name == prop), None)
        tag = field.type.literal if field is not None and field.type.kind == "literal" else None
        if tag is not None and not isinstance(tag, tuple):
            own: list[ir.Tag] = [tag]
        else:
            own = []
        mapping = discriminator.get("mapping")
        mapped: list[ir.Tag] = []
        for wanted in (variant, outer):
            for tag, target in mapping.items() if isinstance(mapping, dict) and not mapped else ():
                place = self.b.locator.ref_target(here, mapping_ref(str(target)))
                if place is not None and place.file.path == wanted.file.path and place.pointer == wanted.pointer:
                    mapped.append(typed_tag(str(tag), self.tag_kind(field.type if field is not None else None)))
        if mapped:
            return mapped
        if own:
            return own
        name = schema_name(outer.pointer) if named else None
        return [name or outer.file.path.stem] if name is not None else []

    def untagged(self, types: list[ir.TypeRef], name: str, source: Any, description: str) -> ir.TypeRef:
        nullable = any(t.nullable for t in types)
        flat: list[ir.TypeRef] = []
        holds: list[str] = []
        own: list[ir.TypeRef] = []
        # A union among the members is flattened into its members, so decoding never goes round in a
        # circle. One still being built (itself, or one holding it) adds its members in finish().
        # A one-value member is typed by its value's JSON type (its decoder returns Any).
        for t in (t.non_null().opened() for t in types):
            if t.kind == "untagged":
                holds.append(t.name)
            else:
                own.append(t)
            if t.kind == "untagged" and t.name not in self.by_name:
                if t.name != name:
                    self.unfinished.add(name)
                continue
            known = self.by_name.get(t.name) if t.kind == "untagged" else None
            for member in known.members if known is not None else (t,):
                if member not in flat:
                    flat.append(member)
        self.holds[name], self.own[name] = holds, own
        if not flat and name not in self.unfinished:
            return ir.TypeRef("any")
        flat = self.merge_containers(flat, name, source)
        if any(t.kind == "any" for t in flat) and len(flat) == 1 and name not in self.unfinished:
            return ir.TypeRef("any")
        self.add(ir.Union(name, description, "", (), source, members=in_member_order(flat)))
        return ir.TypeRef("untagged", name, nullable=nullable)

    def finish(self) -> None:
        """Complete the unions that held one still being built: ``A = int | B``, ``B = str | A`` are both int | str."""
        for name in [n for n in self.holds if n in self.by_name and any(h in self.unfinished for h in self.held(n))]:
            members: list[ir.TypeRef] = []
            for held in self.held(name):
                for member in self.own.get(held, [ir.TypeRef("any")] if held not in self.by_name else []):
                    if member not in members:
                        members.append(member)
            union = self.by_name[name]
            members = self.merge_containers(members or [ir.TypeRef("any")], name, union.source)
            finished = replace(union, members=in_member_order(members))
            self.b.api.unions[self.b.api.unions.index(union)] = finished
            self.by_name[name] = finished

    def held(self, name: str) -> list[str]:
        """``name`` and the untagged unions it holds, directly or through others (in the order they're held)."""
        found, pending = [name], list(self.holds.get(name, []))
        while pending:
            held = pending.pop(0)
            if held not in found:
                found.append(held)
                pending += self.holds.get(held, [])
        return found

    def merge_containers(self, members: list[ir.TypeRef], name: str, source: Any) -> list[ir.TypeRef]:
        """At most one list and one map member, as encoding tells members apart by their Python type."""
        for kind, suffix in (("list", "Item"), ("dict", "Value")):
            same = [m for m in members if m.kind == kind or (kind == "dict" and m.kind == "map")]
            if len(same) < 2:
                continue
            items = list(dict.fromkeys(m.item or ir.TypeRef("any") for m in same))
            if len(items) == 1:
                item = items[0]
            else:
                merged = self.b.names.claim_new(NameHint(name, suffix), "Union", _where(source))
                item = self.untagged(items, merged, source, "")
            first = members.index(same[0])
            members = [m for m in members if m not in same]
            members.insert(first, ir.TypeRef("list" if kind == "list" else "dict", item=item))
        return members

    def add(self, union: ir.Union) -> None:
        self.b.api.unions.append(union)
        self.by_name[union.name] = union


def _where(source: Source) -> str:
    return f"{source.file}#{source.pointer}"


def _is_model(model: DataModel) -> bool:
    return not isinstance(model, DmcgEnum) and model.__class__.__name__ != "TypeAlias"
