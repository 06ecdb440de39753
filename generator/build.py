"""Build the IR from a validated spec.

datamodel-code-generator's OpenAPI parser does the schema -> Python type work it is
good at: $ref resolution across files, allOf, class and field naming, reserved
words and aliases. We read its parse results (never its rendered code) and turn
them into our IR, looking up the raw schema (dmcg.Locator finds it) for what the IR
keeps exactly: property order, descriptions, enum values, discriminators, secrets,
typed additionalProperties, source lines. Unions are built in build_unions.py.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from datamodel_code_generator.model.base import DataModel
from datamodel_code_generator.model.enum import Enum as DmcgEnum
from datamodel_code_generator.types import DataType

from . import dmcg, ir
from .build_unions import Unions
from .diagnostics import Diagnostic, Source, error
from .load import LoadedFile
from .naming import NameBook, safe_attribute, snake_case
from .validate import FileCache
from .walk import describe, walk

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

_SECRET_WIRE_NAMES = re.compile(
    r"^(password|passwd|secret|token|api_?key|access_?token|refresh_?token|client_?secret|private_?key)$",
    re.IGNORECASE,
)

_BODY_SCHEMA = re.compile(r"^/paths/([^/]+)/([a-z]+)/(requestBody|responses/([^/]+))/content/[^/]+/schema$")


class Builder:
    """Turns datamodel-code-generator's parse results for one spec into an ir.Api."""

    def __init__(self, spec: LoadedFile, files: FileCache, package: str, spec_file: str) -> None:
        self.spec = spec
        self.files = files
        self.locator = dmcg.Locator(spec, files)
        self.by_path: dict[str, DataModel] = {}
        self.by_place: dict[tuple[str, str], str] = {}  # (file, pointer) -> reference path
        self.names = NameBook()
        self.unions = Unions(self)
        self.own_fields_made: dict[str, list[ir.Field]] = {}
        info = spec.data.get("info") or {}
        self.api = ir.Api(
            package=package,
            spec_file=spec_file,
            title=str(info.get("title", "")),
            version=str(info.get("version", "")),
            description=str(info.get("description", "")),
        )

    # --- locating raw schemas -------------------------------------------------

    def place(self, dmcg_path: str) -> dmcg.Place:
        return self.locator.place(dmcg_path)

    def raw(self, dmcg_path: str) -> dict[str, Any]:
        """The schema of ``dmcg_path`` in the spec; empty if it couldn't be found exactly."""
        place = self.place(dmcg_path)
        node = place.node() if place.exact else None
        return node if isinstance(node, dict) else {}

    def source(self, dmcg_path: str) -> Source:
        place = self.place(dmcg_path)
        return place.file.source(place.pointer)

    def warn(self, source: Source, message: str) -> None:
        self.api.warnings.append(Diagnostic("warning", source, message))

    # --- the build -------------------------------------------------------------

    def build(self, results: list[DataModel]) -> ir.Api:
        for model in results:
            path = model.reference.path
            self.by_path[path] = model
            place = self.place(path)
            known = self.by_place.get((str(place.file.path), place.pointer))
            if known is None or (dmcg.MARKER.search(known) and not dmcg.MARKER.search(path)):
                self.by_place[(str(place.file.path), place.pointer)] = path  # the schema's own model first
            self.names.claim_class(path, self.proposed_name(model, place.pointer))
        for model in results:
            self.alias_wrappers(model)
        self.unions.index_subtypes(results)
        self.tag_fields = self.unions.discriminator_fields(results)
        for model in results:
            place = self.place(model.reference.path)
            if place.file is self.spec:
                self.api.types_by_pointer[place.pointer] = self.named_type(model.reference.path, model.reference.path)
        for model in results:
            if isinstance(model, DmcgEnum):
                if self.names.aliased(model.reference.path) is None:
                    self.enum(model)
            elif _is_alias(model):
                self.named_type(model.reference.path, model.reference.path)
            elif self.names.aliased(model.reference.path) is None:
                self.api.models.append(self.model(model))
        self.unions.finish()
        self.record_referenced_types()
        return self.api

    def alias_wrappers(self, model: DataModel) -> None:
        """A "class" with no fields of its own that only extends an enum or an alias is that type.

        ``allOf: [{description: ...}, {$ref: an enum}]`` reaches us as a class whose base is the enum.
        """
        if isinstance(model, DmcgEnum) or _is_alias(model) or model.fields or len(model.base_classes) != 1:
            return
        ref = getattr(model.base_classes[0], "reference", None)
        base = self.by_path.get(ref.path) if ref is not None else None
        if ref is not None and base is not None and (isinstance(base, DmcgEnum) or _is_alias(base)):
            self.names.alias(model.reference.path, self.named_type(ref.path, model.reference.path))

    def proposed_name(self, model: DataModel, pointer: str) -> str:
        """Its class name; a request or response body is named after its operationId, if it has one."""
        match = _BODY_SCHEMA.match(pointer)
        top_level = dmcg.MARKER.search(model.reference.path) is None and not isinstance(model, DmcgEnum)
        if match is None or not top_level or self.place(model.reference.path).file is not self.spec:
            return str(model.class_name)
        path = match.group(1).replace("~1", "/").replace("~0", "~")
        operation = (self.spec.data.get("paths") or {}).get(path, {}).get(match.group(2), {})
        op_id = operation.get("operationId") if isinstance(operation, dict) else None
        if not isinstance(op_id, str) or not op_id.strip():
            return str(model.class_name)
        status = match.group(4)
        suffix = "Request" if status is None else "Response" if status.startswith("2") else f"Response{status}"
        return _pascal(op_id) + suffix

    def record_referenced_types(self) -> None:
        """Every ``$ref`` of the spec's paths that names a model, by its pointer (for the HTTP clients)."""
        for pointer, node in walk(self.spec.data.get("paths"), "/paths"):
            if (
                not isinstance(node, dict)
                or not isinstance(node.get("$ref"), str)
                or pointer in self.api.types_by_pointer
            ):
                continue
            target = self.locator.ref_target(self.spec, node["$ref"])
            path = self.by_place.get((str(target.file.path), target.pointer)) if target is not None else None
            if path is not None:
                self.api.types_by_pointer[pointer] = self.named_type(path, path)

    def enum(self, model: DataModel) -> None:
        path = model.reference.path
        raw = self.raw(path)
        # An inline enum's place may be its property: fall back on the parser's member values.
        listed = raw["enum"] if isinstance(raw.get("enum"), list) else [_member_value(f) for f in model.fields]
        values = [v for v in listed if v is not None]
        if all(isinstance(v, str) for v in values):
            kind: Literal["str", "int"] = "str"
        elif all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            kind = "int"
        else:
            self.names.alias(path, self.mixed_enum_type(values, path))
            return
        dmcg_names = [f.name for f in model.fields if _member_value(f) is not None]
        if len(dmcg_names) != len(values):
            dmcg_names = [str(v) for v in values]
        members: list[ir.EnumMember] = []
        taken: set[str] = set()
        for name, value in zip(dmcg_names, values, strict=True):
            member = safe_attribute(str(name).upper(), taken, fallback="VALUE")
            taken.add(member)
            members.append(ir.EnumMember(member, value))
        self.api.enums.append(
            ir.Enum(self.names.class_name(path), describe(raw), tuple(members), kind, self.source(path))
        )

    def mixed_enum_type(self, values: list[Any], path: str) -> ir.TypeRef:
        """An enum of values that aren't all strings or all integers: typed by their JSON types.

        ``[true, "True", "yes", false, ...]`` becomes ``bool | str``; every value is kept as sent.
        """
        kinds: list[ir.Kind] = []
        for value in values:
            kind: ir.Kind = (
                "bool"
                if isinstance(value, bool)
                else "int"
                if isinstance(value, int)
                else "number"
                if isinstance(value, float)
                else "str"
                if isinstance(value, str)
                else "any"
            )
            if kind not in kinds:
                kinds.append(kind)
        if "number" in kinds and "int" in kinds:
            kinds.remove("int")  # a number decoder keeps 8 an int
        if len(kinds) == 1:
            return ir.TypeRef(kinds[0])
        members = [ir.TypeRef(kind) for kind in kinds]
        return self.unions.untagged(members, self.names.class_name(path), self.source(path), describe(self.raw(path)))

    def model(self, model: DataModel) -> ir.Model:
        path = model.reference.path
        raw = self.raw(path)
        fields = self.fields_of(model)
        name = self.names.class_name(path)
        extra = self.extra_type(raw, path, name) or self.inherited_extra(model, name, frozenset({path}))
        return ir.Model(name, describe(raw), tuple(fields), self.source(path), extra)

    def inherited_extra(self, model: DataModel, owner: str, seen: frozenset[str]) -> ir.TypeRef | None:
        """The type of the unnamed members an allOf base gives: a typed map it extends, or its additionalProperties."""
        for base in model.base_classes:
            ref = getattr(base, "reference", None)
            path: str = ref.path if ref is not None else ""
            target = self.by_path.get(path) if path and path not in seen else None
            if target is None or isinstance(target, DmcgEnum):
                continue
            if _is_alias(target):
                extended = self.named_type(path, model.reference.path)
                found = extended.item if extended.kind == "dict" and not extended.nullable else None
            else:
                found = self.extra_type(self.raw(path), path, owner) or self.inherited_extra(
                    target, owner, seen | {path}
                )
            if found is not None and not (found.kind == "any" and not found.nullable):
                return found
        return None

    def extra_type(self, raw: dict[str, Any], path: str, owner: str) -> ir.TypeRef | None:
        """The type of a schema-valued additionalProperties beside properties (None: any JSON)."""
        extra = raw.get("additionalProperties")
        if not isinstance(extra, dict) or not extra:
            return None
        place = self.place(path)
        here = dmcg.Place(place.file, place.pointer + "/additionalProperties")
        found = self.raw_type(here, f"{owner}Extra")
        return None if found.kind == "any" and not found.nullable else found

    def raw_type(self, here: dmcg.Place, name_hint: str) -> ir.TypeRef:
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
            return ir.TypeRef("list", item=self.raw_type(dmcg.Place(here.file, here.pointer + "/items"), name_hint))
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
            if base_model is not None and not isinstance(base_model, DmcgEnum) and not _is_alias(base_model):
                inherited.extend(self.fields_of(base_model, seen))  # (a map or union it extends has no fields)
        own = self.own_fields(model)
        own_wire = {f.wire_name for f in own}
        merged = [f for f in inherited if f.wire_name not in own_wire] + own
        taken: set[str] = set()
        result = []
        for f in merged:
            name = safe_attribute(f.name, taken, fallback="field")
            taken.add(name)
            result.append(ir.Field(name, f.wire_name, f.type, f.required, f.description, f.secret, f.source))
        return result

    def own_fields(self, model: DataModel) -> list[ir.Field]:
        """The fields the schema itself declares (made once: allOf children ask again)."""
        path = model.reference.path
        if path not in self.own_fields_made:
            self.own_fields_made[path] = self.make_own_fields(model)
        return self.own_fields_made[path]

    def make_own_fields(self, model: DataModel) -> list[ir.Field]:
        path = model.reference.path
        raw = self.raw(path)
        properties = _properties(raw)
        order = {name: i for i, name in enumerate(properties)}
        owner = self.names.class_name(path)
        out = []
        for f in model.fields:
            wire = f.original_name or f.name or ""
            prop = properties.get(wire, {})
            field_path = f"{path}/{wire}"
            hint = owner + _pascal(wire)
            field_type = self.type_of(f.data_type, field_path, hint, discriminator=_discriminator_of(f, prop))
            if field_type.kind == "literal" and (path, wire) not in self.tag_fields:
                field_type = field_type.opened()
            if not field_type.nullable and (getattr(f, "nullable", False) or _allows_null(prop)):
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
                )
            )
        out.sort(key=lambda fld: order.get(fld.wire_name, len(order)))
        return out

    def type_of(
        self,
        data_type: DataType,
        dmcg_path: str,
        name_hint: str,
        discriminator: dict[str, Any] | None = None,
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
            kind = _JSON_KINDS.get(str(self.raw(dmcg_path).get("type")))
        if kind is None:
            self.warn(self.source(dmcg_path), f"type {data_type.type!r} is decoded as plain JSON")
            kind = "any"
        if kind == "any" and self.admits_nothing(dmcg_path, container):
            kind = "never"
        return ir.TypeRef(kind, nullable=bool(data_type.is_optional))

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

    def item_type(self, data_type: DataType, dmcg_path: str, name_hint: str) -> ir.TypeRef:
        if not data_type.data_types:
            return ir.TypeRef("any")
        container = "additionalProperties" if data_type.is_dict else "prefixItems" if data_type.is_tuple else "items"
        if len(data_type.data_types) == 1:
            return self.type_of(data_type.data_types[0], dmcg_path, name_hint, container=container)
        return self.unions.of_data_types(data_type, dmcg_path, name_hint, None, container=container, of_items=True)

    def named_type(self, dmcg_path: str, where: str) -> ir.TypeRef:
        """The type a reference to the schema at ``dmcg_path`` is: nullable if the schema admits null."""
        found = self.referenced_type(dmcg_path, where)
        if not found.nullable and found.kind != "any" and _allows_null(self.raw(dmcg_path)):
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
            if _enum_is_mixed(target, self.raw(dmcg_path)):
                self.enum(target)  # no enum class: records the type it is read as
                return self.names.aliased(dmcg_path) or ir.TypeRef("any")
            return ir.TypeRef("enum", self.names.class_name(dmcg_path))
        if _is_alias(target):
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
            raw = self.raw(path)
            discriminator = raw.get("discriminator") if isinstance(raw.get("discriminator"), dict) else None
            resolved = self.unions.of_data_types(
                data_type, path, self.names.class_name(path), discriminator, named=path
            )
        else:
            resolved = self.type_of(data_type, path, self.names.class_name(path))
        self.names.alias(path, resolved)
        return resolved


def _admits_nothing(locator: dmcg.Locator, file: LoadedFile, node: Any, depth: int = 0) -> bool:
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


def _is_alias(model: DataModel) -> bool:
    return model.__class__.__name__ == "TypeAlias"


def _enum_is_mixed(model: DataModel, raw: dict[str, Any]) -> bool:
    listed = raw["enum"] if isinstance(raw.get("enum"), list) else [_member_value(f) for f in model.fields]
    values = [v for v in listed if v is not None]
    return not (
        all(isinstance(v, str) for v in values) or all(isinstance(v, int) and not isinstance(v, bool) for v in values)
    )


def _member_value(member: Any) -> Any:
    """The JSON value of a datamodel-code-generator enum member (it wraps strings)."""
    return getattr(member.default, "value", member.default)


def _allows_null(schema: Any) -> bool:
    """Whether a raw property schema admits null: nullable, a type list or a branch with null."""
    if not isinstance(schema, dict):
        return False
    kinds = schema.get("type")
    branches = (schema.get("oneOf") or []) + (schema.get("anyOf") or [])
    return (
        schema.get("nullable") is True
        or (isinstance(kinds, list) and "null" in kinds)
        or any(isinstance(b, dict) and b.get("type") == "null" for b in branches if isinstance(branches, list))
    )


def _described(schema: Any) -> str:
    """A property's description (or title); an annotated reference may hold it in its allOf.

    ``allOf: [{$ref: AiAskAgent}, {description: The AI agent ...}]`` (see dmcg.annotated_ref).
    """
    found = describe(schema)
    if found or not isinstance(schema, dict) or dmcg.annotated_ref(schema.get("allOf")) is None:
        return found
    return next((text for part in schema["allOf"] if (text := describe(part))), "")


def _discriminator_of(f: Any, prop: Any) -> dict[str, Any] | None:
    raw = prop.get("discriminator") if isinstance(prop, dict) else None
    if not isinstance(raw, dict):
        raw = (getattr(f, "extras", None) or {}).get("discriminator")
    return raw if isinstance(raw, dict) else None


def _properties(raw: dict[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for part in [raw, *[p for p in raw.get("allOf", []) if isinstance(p, dict)]]:
        if isinstance(part.get("properties"), dict):
            props.update(part["properties"])
    return props


def _is_secret(wire_name: str, prop: Any, data_type: DataType) -> bool:
    if (isinstance(prop, dict) and prop.get("format") == "password") or str(data_type.type) == "SecretStr":
        return True
    return bool(_SECRET_WIRE_NAMES.match(wire_name))


def _pascal(text: str) -> str:
    """``createPet`` -> ``CreatePet``, ``image_id`` -> ``ImageId``."""
    words = re.split(r"[^0-9A-Za-z]+", text)
    return "".join(w[:1].upper() + w[1:] for w in words if w)


def build_api(spec: LoadedFile, files: FileCache, package: str, spec_file: str) -> ir.Api:
    """Parse ``spec`` with datamodel-code-generator and build the IR of its package."""
    try:
        results = dmcg.parse(spec, files)
    except Exception as exc:  # its failures are reported as diagnostics, not tracebacks
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise error(spec.source(""), f"datamodel-code-generator could not parse the spec: {message}") from None
    builder = Builder(spec, files, package, spec_file)
    return builder.build(results)
