"""Models of the IR: their fields (own and inherited, in the spec's order) and unnamed members."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .. import ir
from ..ir.class_names import NameHint
from ..ir.constraints import constraints_of
from ..ir.naming import is_secret_name, pascal_case, safe_attribute, snake_case
from ..openapi.schemas import JsonObject, Schema
from .dmcg import DataModel, DataType, DmcgEnum
from .dmcg_input import annotated_ref
from .places import Place
from .type_refs import TypeBuilder, allows_null, is_alias


class ModelBuilder(TypeBuilder):
    """Makes the IR's models."""

    def model(self, model: DataModel) -> ir.Model:
        path = model.reference.path
        schema = self.schema(path)
        fields = self.fields_of(model)
        name = self.names.class_name(path)
        extra = self.extra_type(schema, path, name) or self.inherited_extra(model, name, frozenset({path}))
        return ir.Model(name, schema.description, tuple(fields), self.source(path), extra)

    def inherited_extra(self, model: DataModel, owner: str, seen: frozenset[str]) -> ir.TypeRef | None:
        """The type of the unnamed members an allOf base gives: a typed map it extends, or its additionalProperties."""
        for base in model.base_classes:
            ref = getattr(base, "reference", None)
            path: str = ref.path if ref is not None else ""
            target = self.by_path.get(path) if path and path not in seen else None
            if target is None or isinstance(target, DmcgEnum):
                continue
            if is_alias(target):
                extended = self.named_type(path, model.reference.path)
                found = extended.item if extended.kind == "dict" and not extended.nullable else None
            else:
                found = self.extra_type(self.schema(path), path, owner) or self.inherited_extra(
                    target, owner, seen | {path}
                )
            if found is not None and not (found.kind == "any" and not found.nullable):
                return found
        return None

    def extra_type(self, schema: Schema, path: str, owner: str) -> ir.TypeRef | None:
        """The type of a schema-valued additionalProperties beside properties (None: any JSON)."""
        if schema.additional_properties is None:
            return None
        place = self.place(path)
        here = Place(place.file, place.pointer + "/additionalProperties")
        found = self.raw_type(here, NameHint(owner, "Extra"))
        return None if found.kind == "any" and not found.nullable else found

    def raw_type(self, here: Place, name_hint: NameHint) -> ir.TypeRef:
        """The type of a raw schema: a model the parser made of it, or a simple JSON type."""
        node = here.node()
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            target = self.locator.ref_target(here.file, node["$ref"])
            if target is not None:
                here, node = target, target.node()
        path = self.by_place.get((str(here.file.path), here.pointer))
        if path is not None:
            return self.named_type(path, path)
        if not isinstance(node, dict):
            return ir.TypeRef("any")
        kind = node.get("type")
        if kind == "array" and isinstance(node.get("items"), dict):
            return ir.TypeRef("list", item=self.raw_type(Place(here.file, here.pointer + "/items"), name_hint))
        simple: dict[Any, ir.Kind] = {"string": "str", "integer": "int", "number": "number", "boolean": "bool"}
        formats: dict[Any, ir.Kind] = {"date-time": "datetime", "date": "date"}
        if kind == "string" and node.get("format") in formats:
            return ir.TypeRef(formats[node["format"]], nullable=node.get("nullable") is True)
        if kind in simple and "enum" not in node:
            return ir.TypeRef(simple[kind], nullable=node.get("nullable") is True)
        return ir.TypeRef("any")

    def fields_of(self, model: DataModel, seen: frozenset[str] = frozenset()) -> list[ir.Field]:
        """Own fields plus those of allOf bases, in the spec's property order."""
        inherited: list[ir.Field] = []
        seen = seen | {model.reference.path}
        for base in model.base_classes:
            ref = getattr(base, "reference", None)
            if ref is not None and ref.path in seen:
                continue  # allOf round in a circle: each schema's properties once
            base_model = self.by_path.get(ref.path) if ref is not None else None
            if base_model is not None and not isinstance(base_model, DmcgEnum) and not is_alias(base_model):
                inherited.extend(self.fields_of(base_model, seen))  # (a map or union it extends has no fields)
        own = self.own_fields(model)
        own_wire = {f.wire_name for f in own}
        merged = [f for f in inherited if f.wire_name not in own_wire] + own
        taken: set[str] = set()
        result = []
        for f in merged:
            name = safe_attribute(f.name, taken, fallback="field")
            taken.add(name)
            result.append(replace(f, name=name))
        return result

    def own_fields(self, model: DataModel) -> list[ir.Field]:
        """The fields the schema itself declares (made once: allOf children ask again)."""
        path = model.reference.path
        if path not in self.own_fields_made:
            self.own_fields_made[path] = self.make_own_fields(model)
        return self.own_fields_made[path]

    def make_own_fields(self, model: DataModel) -> list[ir.Field]:
        path = model.reference.path
        schema = self.schema(path)
        properties = schema.declared_properties()
        order = {name: i for i, name in enumerate(properties)}
        owner = self.names.class_name(path)
        out = []
        for f in model.fields:
            wire = f.original_name or f.name or ""
            prop = properties[wire] if wire in properties else schema.child({}, "properties", wire)
            field_path = f"{path}/{wire}"
            hint = NameHint(owner, pascal_case(wire))
            field_type = self.type_of(f.data_type, field_path, hint, discriminator=_discriminator_of(f, prop))
            if field_type.kind == "literal" and (path, wire) not in self.tag_fields:
                field_type = field_type.opened()
            admits_null = getattr(f, "nullable", False) or allows_null(prop)
            if admits_null and not field_type.nullable and field_type.kind != "any":  # (any value: null too)
                field_type = field_type.with_nullable(True)  # the parser may say so only on the field, or not at all
            out.append(
                ir.Field(
                    name=snake_case(f.name or wire),
                    wire_name=wire,
                    type=field_type,
                    required=bool(f.required),
                    description=_described(prop),
                    secret=_is_secret(wire, prop, f.data_type),
                    source=self.source(field_path),
                    constraints=constraints_of(prop.raw),
                )
            )
        out.sort(key=lambda fld: order.get(fld.wire_name, len(order)))
        return out


def _described(schema: Schema) -> str:
    """A property's description (or title); an annotated reference may hold it in its allOf.

    ``allOf: [{$ref: AiAskAgent}, {description: The AI agent ...}]`` (see dmcg_input.annotated_ref).
    """
    found = schema.description
    if found or annotated_ref(schema.node.get("allOf")) is None:
        return found
    return next((text for part in schema.members("allOf") if (text := part.description)), "")


def _discriminator_of(f: Any, prop: Schema) -> JsonObject | None:
    if prop.discriminator is not None:
        return prop.discriminator
    raw = (getattr(f, "extras", None) or {}).get("discriminator")
    return raw if isinstance(raw, dict) else None


def _is_secret(wire_name: str, prop: Schema, data_type: DataType) -> bool:
    if prop.format == "password" or str(data_type.type) == "SecretStr":
        return True
    return is_secret_name(wire_name)
