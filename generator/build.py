"""Build the IR from a validated spec.

datamodel-code-generator's OpenAPI parser does the schema -> Python type work it is
good at: $ref resolution across files, allOf, class and field naming, reserved
words and aliases. We read its parse results (never its rendered code) and turn
them into our IR, looking up the raw schema for what the IR keeps exactly
(property order, descriptions, enum values, secrets, source lines).
"""

from __future__ import annotations

import re
import warnings
from typing import Any, Literal

from datamodel_code_generator.enums import DataModelType
from datamodel_code_generator.format import DatetimeClassType, PythonVersion
from datamodel_code_generator.model import get_data_model_types
from datamodel_code_generator.model.base import DataModel
from datamodel_code_generator.model.enum import Enum as DmcgEnum
from datamodel_code_generator.parser import LiteralType
from datamodel_code_generator.parser.openapi import OpenAPIParser
from datamodel_code_generator.types import DataType

from . import ir
from .diagnostics import Diagnostic, Source, error
from .load import LoadedFile, resolve_pointer
from .naming import NameBook, safe_attribute, snake_case
from .validate import FileCache

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
    "SecretStr": "str",
    "Decimal": "number",
    "time": "str",
    "timedelta": "str",
    "dict": "map",
    "object": "any",
    "None": "any",
}

_SECRET_WIRE_NAMES = re.compile(
    r"^(password|passwd|secret|token|api_?key|access_?token|refresh_?token|client_?secret|private_?key)$",
    re.IGNORECASE,
)


def parse_with_dmcg(spec: LoadedFile) -> list[DataModel]:
    """Run datamodel-code-generator's OpenAPI parser and return its models."""
    types = get_data_model_types(DataModelType.DataclassesDataclass, target_python_version=PythonVersion.PY_311)
    path = spec.path.resolve()
    parser = OpenAPIParser(
        path,
        base_path=path.parent,
        data_model_type=types.data_model,
        data_model_root_type=types.root_model,
        data_model_field_type=types.field_model,
        data_type_manager_type=types.data_type_manager,
        target_python_version=PythonVersion.PY_311,
        snake_case_field=True,
        remove_special_field_name_prefix=True,
        capitalise_enum_members=True,
        enum_field_as_literal=LiteralType.One,
        target_datetime_class=DatetimeClassType.Datetime,
        strict_nullable=True,
        use_standard_collections=True,
        use_union_operator=True,
        allow_remote_refs=False,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse_raw()
    return list(parser.results)


class Builder:
    """Turns datamodel-code-generator's parse results for one spec into an ir.Api."""

    def __init__(self, spec: LoadedFile, files: FileCache, package: str, spec_file: str) -> None:
        self.spec = spec
        self.files = files
        self.dmcg_base = spec.path.resolve().parent
        self.by_path: dict[str, DataModel] = {}
        self.names = NameBook()
        info = spec.data.get("info") or {}
        self.api = ir.Api(
            package=package,
            spec_file=spec_file,
            title=str(info.get("title", "")),
            version=str(info.get("version", "")),
            description=str(info.get("description", "")),
        )

    # --- locating raw schemas -------------------------------------------------

    def locate(self, dmcg_path: str) -> tuple[LoadedFile, str]:
        """The file and JSON pointer of a datamodel-code-generator reference path."""
        file_part, _, pointer = dmcg_path.partition("#")
        pointer = pointer.split("#-datamodel-code-generator-#", 1)[0]  # its marker for inline enums
        loaded = self.files.get(self.dmcg_base / file_part) if file_part else self.spec
        return loaded, pointer

    def raw(self, dmcg_path: str) -> dict[str, Any]:
        loaded, pointer = self.locate(dmcg_path)
        try:
            node = resolve_pointer(loaded.data, pointer)
        except KeyError:
            return {}
        return node if isinstance(node, dict) else {}

    def source(self, dmcg_path: str) -> Source:
        loaded, pointer = self.locate(dmcg_path)
        return loaded.source(pointer)

    def warn(self, source: Source, message: str) -> None:
        self.api.warnings.append(Diagnostic("warning", source, message))

    # --- the build -------------------------------------------------------------

    def build(self, results: list[DataModel]) -> ir.Api:
        for model in results:
            self.by_path[model.reference.path] = model
            self.names.claim_class(model.reference.path, model.class_name)
        self.tag_fields = self.discriminator_fields(results)
        for model in results:
            loaded, pointer = self.locate(model.reference.path)
            if loaded is self.spec:
                self.api.types_by_pointer[pointer] = self.named_type(model.reference.path, pointer)
        for model in results:
            if isinstance(model, DmcgEnum):
                self.api.enums.append(self.enum(model))
            elif model.__class__.__name__ == "TypeAlias":
                if isinstance(self.raw(model.reference.path).get("discriminator"), dict):
                    union = self.union(model)
                    if union is not None:
                        self.api.unions.append(union)
            else:
                self.api.models.append(self.model(model))
        return self.api

    def discriminator_fields(self, results: list[DataModel]) -> set[tuple[str, str]]:
        """(model path, wire name) of every property that selects a one-of's variant."""
        found = set()
        for model in results:
            discriminator = self.raw(model.reference.path).get("discriminator")
            if model.__class__.__name__ != "TypeAlias" or not isinstance(discriminator, dict) or not model.fields:
                continue
            for data_type in model.fields[0].data_type.data_types:
                if data_type.reference is not None:
                    found.add((data_type.reference.path, str(discriminator.get("propertyName", ""))))
        return found

    def enum(self, model: DataModel) -> ir.Enum:
        path = model.reference.path
        raw = self.raw(path)
        # An inline enum's path names the field, not the property: fall back on its member values.
        listed = raw["enum"] if isinstance(raw.get("enum"), list) else [_member_value(f) for f in model.fields]
        values = [v for v in listed if v is not None]
        kind: Literal["str", "int"] = (
            "int" if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values) else "str"
        )
        dmcg_names = [f.name for f in model.fields]
        if len(dmcg_names) != len(values):
            dmcg_names = [str(v) for v in values]
        members: list[ir.EnumMember] = []
        taken: set[str] = set()
        for name, value in zip(dmcg_names, values, strict=True):
            member = safe_attribute(str(name).upper(), taken, fallback="VALUE")
            taken.add(member)
            members.append(ir.EnumMember(member, value if kind == "int" else str(value)))
        return ir.Enum(self.names.class_name(path), _describe(raw), tuple(members), kind, self.source(path))

    def model(self, model: DataModel) -> ir.Model:
        path = model.reference.path
        raw = self.raw(path)
        fields = self.fields_of(model)
        return ir.Model(self.names.class_name(path), _describe(raw), tuple(fields), self.source(path))

    def fields_of(self, model: DataModel) -> list[ir.Field]:
        """Own fields plus those of allOf bases, in the spec's property order."""
        inherited: list[ir.Field] = []
        for base in model.base_classes:
            ref = getattr(base, "reference", None)
            if ref is not None and ref.path in self.by_path:
                inherited.extend(self.fields_of(self.by_path[ref.path]))
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
        path = model.reference.path
        raw = self.raw(path)
        properties = _properties(raw)
        order = {name: i for i, name in enumerate(properties)}
        out = []
        for f in model.fields:
            wire = f.original_name or f.name or ""
            prop = properties.get(wire, {})
            prop_path = f"{path}/properties/{wire.replace('~', '~0').replace('/', '~1')}"
            field_type = self.type_of(f.data_type, prop_path)
            if field_type.kind == "literal" and (path, wire) not in self.tag_fields:
                field_type = _open_literal(field_type)
            out.append(
                ir.Field(
                    name=snake_case(f.name or wire),
                    wire_name=wire,
                    type=field_type,
                    required=bool(f.required),
                    description=_describe(prop) if isinstance(prop, dict) else "",
                    secret=_is_secret(wire, prop),
                    source=self.source(prop_path),
                )
            )
        out.sort(key=lambda fld: order.get(fld.wire_name, len(order)))
        return out

    def union(self, model: DataModel) -> ir.Union | None:
        path = model.reference.path
        raw = self.raw(path)
        source = self.source(path)
        discriminator = raw.get("discriminator")
        refs = [d.reference.path for d in model.fields[0].data_type.data_types if d.reference] if model.fields else []
        variants_ok = refs and all(r in self.by_path and _is_model(self.by_path[r]) for r in refs)
        if not isinstance(discriminator, dict) or not variants_ok:
            self.warn(
                source,
                "only one-ofs of objects with a discriminator become classes; this schema is decoded as plain JSON",
            )
            self.names.alias(path, ir.TypeRef("any"))
            return None
        prop = str(discriminator.get("propertyName", ""))
        variants = []
        for ref in refs:
            tag = self.variant_tag(ref, prop, discriminator)
            variants.append(ir.Variant(tag, self.names.class_name(ref)))
        name = self.names.class_name(path)
        return ir.Union(name, _describe(raw), prop, tuple(variants), source)

    def variant_tag(self, ref: str, prop: str, discriminator: dict[str, Any]) -> str:
        """The discriminator value of one variant: its single-valued property, else the mapping."""
        for f in self.fields_of(self.by_path[ref]):
            if f.wire_name == prop and f.type.kind == "literal":
                return str(f.type.literal)
        mapping = discriminator.get("mapping") or {}
        for tag, target in mapping.items():
            if ref.endswith(str(target).split("#")[-1]) or str(target).endswith(ref.split("/")[-1]):
                return str(tag)
        return ref.rsplit("/", 1)[-1]

    def type_of(self, data_type: DataType, pointer: str) -> ir.TypeRef:
        """Translate a datamodel-code-generator DataType into a TypeRef."""
        if data_type.reference is not None:
            return self.named_type(data_type.reference.path, pointer)
        if data_type.literals:
            if len(data_type.literals) == 1:
                return ir.TypeRef("literal", literal=data_type.literals[0])
            return ir.TypeRef("str")
        if data_type.is_list:
            return ir.TypeRef("list", item=self.item_type(data_type, pointer))
        if data_type.is_dict:
            return ir.TypeRef("dict", item=self.item_type(data_type, pointer))
        if data_type.data_types:
            return self.union_type(data_type, pointer)
        kind = _SCALARS.get(str(data_type.type))
        if kind is None:
            self.warn(self.source(pointer), f"type {data_type.type!r} is decoded as plain JSON")
            kind = "any"
        return ir.TypeRef(kind, nullable=bool(data_type.is_optional))

    def item_type(self, data_type: DataType, pointer: str) -> ir.TypeRef:
        if not data_type.data_types:
            return ir.TypeRef("any")
        if len(data_type.data_types) == 1:
            return self.type_of(data_type.data_types[0], pointer)
        return self.union_type(data_type, pointer)

    def union_type(self, data_type: DataType, pointer: str) -> ir.TypeRef:
        members = [d for d in data_type.data_types if d.type != "None"]
        nullable = data_type.is_optional or len(members) < len(data_type.data_types)
        if len(members) == 1:
            inner = self.type_of(members[0], pointer)
            return _with_null(inner, nullable or inner.nullable)
        if data_type.is_list or data_type.is_dict:
            return self.type_of(data_type, pointer)
        self.warn(self.source(pointer), "a union of several types is decoded as plain JSON")
        return ir.TypeRef("any", nullable=False)

    def named_type(self, dmcg_path: str, pointer: str) -> ir.TypeRef:
        alias = self.names.aliased(dmcg_path)
        if alias is not None:
            return alias
        target = self.by_path.get(dmcg_path)
        if target is None:
            raise error(self.source(pointer), f"unresolved reference {dmcg_path}")
        if isinstance(target, DmcgEnum):
            return ir.TypeRef("enum", self.names.class_name(dmcg_path))
        if target.__class__.__name__ == "TypeAlias":
            return self.alias_type(target, pointer)
        return ir.TypeRef("model", self.names.class_name(dmcg_path))

    def alias_type(self, target: DataModel, pointer: str) -> ir.TypeRef:
        """A named non-object schema: a discriminated union, or a type we inline."""
        path = target.reference.path
        raw = self.raw(path)
        if isinstance(raw.get("discriminator"), dict) and raw.get("oneOf", raw.get("anyOf")):
            return ir.TypeRef("union", self.names.class_name(path))
        if not target.fields:
            return ir.TypeRef("any")
        self.names.alias(path, ir.TypeRef("any"))  # breaks recursion through the alias
        resolved = self.type_of(target.fields[0].data_type, pointer)
        self.names.alias(path, resolved)
        return resolved


def _member_value(member: Any) -> Any:
    """The JSON value of a datamodel-code-generator enum member (it wraps strings)."""
    return getattr(member.default, "value", member.default)


def _open_literal(t: ir.TypeRef) -> ir.TypeRef:
    """A one-value enum that is no discriminator: typed by its value, so other values decode."""
    kind: ir.Kind = "bool" if isinstance(t.literal, bool) else "int" if isinstance(t.literal, int) else "str"
    return ir.TypeRef(kind, nullable=t.nullable)


def _is_model(model: DataModel) -> bool:
    return not isinstance(model, DmcgEnum) and model.__class__.__name__ != "TypeAlias"


def _with_null(t: ir.TypeRef, nullable: bool) -> ir.TypeRef:
    return ir.TypeRef(t.kind, t.name, t.item, nullable, t.literal)


def _properties(raw: dict[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for part in [raw, *[p for p in raw.get("allOf", []) if isinstance(p, dict)]]:
        if isinstance(part.get("properties"), dict):
            props.update(part["properties"])
    return props


def _describe(raw: Any) -> str:
    if not isinstance(raw, dict):
        return ""
    text = raw.get("description") or raw.get("title") or ""
    return str(text).strip()


def _is_secret(wire_name: str, prop: Any) -> bool:
    if isinstance(prop, dict) and prop.get("format") == "password":
        return True
    return bool(_SECRET_WIRE_NAMES.match(wire_name))


def build_api(spec: LoadedFile, files: FileCache, package: str, spec_file: str) -> ir.Api:
    """Parse ``spec`` with datamodel-code-generator and build the IR of its package."""
    try:
        results = parse_with_dmcg(spec)
    except Exception as exc:  # its failures are reported as diagnostics, not tracebacks
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise error(spec.source(""), f"datamodel-code-generator could not parse the spec: {message}") from None
    builder = Builder(spec, files, package, spec_file)
    return builder.build(results)
