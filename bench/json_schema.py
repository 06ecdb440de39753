"""An OpenAPI schema as plain JSON Schema (draft 7), for tools that generate or check instances.

OpenAPI 3.0 schemas are a dialect (``nullable``, boolean ``exclusiveMaximum``, keywords such
as ``discriminator`` and ``xml``) and 3.1 uses 2020-12 keywords (``prefixItems``, ``$defs``)
that draft-7 tools such as hypothesis-jsonschema don't know. ``to_json_schema`` rewrites one
schema: every ``$ref`` (local or to another file) becomes a ``#/definitions/<key>``, OpenAPI
keywords are turned into their JSON Schema meaning, and annotations are dropped.
``inline_refs`` then replaces the refs by their schemas, cutting recursion, for generators
that cannot follow recursive references.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from generator.load.files import FileCache, LoadedFile, resolve_pointer, split_ref

_ONE = ("items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames")
_LIST = ("allOf", "anyOf", "oneOf")
_MAP = ("properties", "patternProperties")
_VALUES = (
    "type",
    "enum",
    "const",
    "required",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
)
FORMATS = frozenset({"date", "date-time"})
"""The formats kept: the generated code decodes these into date and datetime; others are plain strings."""

TAGGED = "x-tagged-variant"
"""Marks ``allOf: [variant, tag rule]``, which inline_refs merges into one object schema: the same
instances, and far cheaper for hypothesis-jsonschema than merging the allOf itself."""

IMPOSSIBLE: dict[str, Any] = {"not": {}}
"""A schema no value matches: what a recursive reference is cut to."""


class TooLarge(ValueError):
    """Inlining the references of a schema would pass the size budget."""


class Converter:
    """Converts schemas of one spec (and the files it refers to) into draft-7 JSON Schema."""

    def __init__(self, files: FileCache, *, openapi_30: bool) -> None:
        self.files = files
        self.openapi_30 = openapi_30
        self.definitions: dict[str, Any] = {}
        self.keys: dict[tuple[Path, str], str] = {}

    def schema_at(self, loaded: LoadedFile, pointer: str) -> dict[str, Any]:
        """The JSON Schema of the schema at ``pointer`` in ``loaded``, with its definitions."""
        root = self.convert(resolve_pointer(loaded.data, pointer), loaded)
        if not isinstance(root, dict):
            root = {} if root else dict(IMPOSSIBLE)
        return {**root, "definitions": self.definitions}

    def convert(self, node: Any, here: LoadedFile, extends: bool = False) -> Any:
        """``node`` as draft 7; ``extends``: it is a member of an allOf (a ``$ref`` there is its base)."""
        if isinstance(node, bool):
            return node
        if not isinstance(node, dict):
            return {}
        out: dict[str, Any] = {}
        for keyword, value in node.items():
            if keyword == "items" and "prefixItems" in node:
                out["additionalItems"] = self.convert(value, here)
            elif keyword in _ONE:
                out[keyword] = self.convert(value, here)
            elif keyword in _LIST and isinstance(value, list):
                # oneOf is drawn as anyOf: what the decoders accept, and far easier to generate.
                out["anyOf" if keyword == "oneOf" else keyword] = [
                    self.convert(v, here, extends=keyword == "allOf") for v in value
                ]
            elif keyword in _MAP and isinstance(value, dict):
                out[keyword] = {k: self.convert(v, here) for k, v in value.items()}
            elif keyword == "prefixItems" and isinstance(value, list):
                out["items"] = [self.convert(v, here) for v in value]
            elif keyword == "format":
                if value in FORMATS:
                    out["format"] = value
            elif keyword == "required":
                if isinstance(value, list):
                    out["required"] = [str(v) for v in value]
            elif keyword == "type" and (value is None or isinstance(value, list)):
                # YAML's unquoted null is the type name "null", as the generator reads it
                out["type"] = [("null" if v is None else v) for v in value] if isinstance(value, list) else "null"
            elif keyword in _VALUES:
                out[keyword] = value
        self.exclusive_bounds(node, out)
        if isinstance(out.get("patternProperties"), dict) and "additionalProperties" not in out:
            # The generator reads patternProperties as the type of every member of the map, so keys
            # outside the patterns (such as "" for "^.+$": any JSON value there) are not drawn.
            out["additionalProperties"] = False
        self.implied_type(out)
        self.tag_variants(node, out, here)
        if isinstance(node.get("$ref"), str):
            key = self.ref_key(here, node["$ref"])
            if not extends:
                key = self.subtypes_key(here, node["$ref"], key) or key
            out = self.with_ref(out, key)
        if node.get("nullable") is True:
            out = _nullable(out)
        return out

    def exclusive_bounds(self, node: dict[str, Any], out: dict[str, Any]) -> None:
        """OpenAPI 3.0's ``exclusiveMaximum: true`` beside ``maximum`` is draft 7's number form."""
        for bound, flag in (("maximum", "exclusiveMaximum"), ("minimum", "exclusiveMinimum")):
            if isinstance(node.get(flag), bool):
                del out[flag]
                if node[flag] and bound in out:
                    out[flag] = out.pop(bound)

    @staticmethod
    def implied_type(out: dict[str, Any]) -> None:
        """A schema with properties is read as an object by the generator, one with items as an array."""
        if "type" in out:
            return
        if any(k in out for k in ("properties", "additionalProperties", "required", "patternProperties")):
            out["type"] = "object"
        elif "items" in out:
            out["type"] = "array"

    def tag_variants(self, node: dict[str, Any], out: dict[str, Any], here: LoadedFile) -> None:
        """A discriminator means each variant carries its tag: say so in the schema."""
        discriminator = node.get("discriminator")
        keyword = "oneOf" if "oneOf" in node else "anyOf" if "anyOf" in node else ""
        if not keyword or not isinstance(discriminator, dict):
            return
        prop = str(discriminator.get("propertyName", ""))
        mapping = discriminator.get("mapping")
        tags_by_target: dict[tuple[Path, str], list[str]] = {}
        for tag, target in mapping.items() if isinstance(mapping, dict) else ():
            tags_by_target.setdefault(self.target(here, str(target)), []).append(str(tag))
        tagged = []
        for raw, converted in zip(node[keyword], out["anyOf"], strict=True):
            ref = raw.get("$ref") if isinstance(raw, dict) else None
            if not isinstance(ref, str):
                tagged.append(converted)
                continue
            target = self.target(here, ref)
            if not tags_by_target.get(target) and self.variants_tagged(target, prop):
                tagged.append(converted)  # a union whose variants carry their own tags, as decoders read them
                continue
            tagged.append(
                {"allOf": [converted, _tag_rule(prop, self.tags(target, prop, tags_by_target))], TAGGED: True}
            )
        out["anyOf"] = tagged

    def variants_tagged(self, target: tuple[Path, str], prop: str, depth: int = 0) -> bool:
        """Whether ``target`` is a oneOf/anyOf whose every variant allows one value of ``prop`` (or is such a union)."""
        try:
            loaded = self.files.get(target[0])
            node = self.resolved(resolve_pointer(loaded.data, target[1]), loaded)
        except (KeyError, ValueError):
            return False
        branches = node.get("oneOf") or node.get("anyOf") if isinstance(node, dict) else None
        if not isinstance(branches, list) or not branches or depth > 8:
            return False
        for branch in branches:
            ref = branch.get("$ref") if isinstance(branch, dict) else None
            if not isinstance(ref, str):
                return False
            variant = self.target(loaded, ref)
            if variant == target:
                continue  # the union itself
            if not (
                self.own_tag(self.property_schema(variant, prop)) or self.variants_tagged(variant, prop, depth + 1)
            ):
                return False
        return True

    def tags(self, target: tuple[Path, str], prop: str, mapped: dict[tuple[Path, str], list[str]]) -> list[Any]:
        """A variant's tags: mapped (typed as its property: "1.5" is the number 1.5), its own one value, its name."""
        schema = self.property_schema(target, prop)
        if mapped.get(target):
            return [_typed(tag, schema) for tag in mapped[target]]
        own = self.own_tag(schema)
        return own or [_schema_name(target[1]) or target[0].stem]

    def property_schema(self, target: tuple[Path, str], prop: str, depth: int = 0) -> dict[str, Any]:
        """The schema of a variant's property ``prop``: its own, else its allOf parts' (inline ones first)."""
        try:
            node = resolve_pointer(self.files.get(target[0]).data, target[1])
        except (KeyError, ValueError):
            return {}
        if not isinstance(node, dict) or depth > 8:
            return {}
        if isinstance(node.get("$ref"), str):
            return self.property_schema(self.target(self.files.get(target[0]), node["$ref"]), prop, depth + 1)
        own = node.get("properties", {}).get(prop) if isinstance(node.get("properties"), dict) else None
        if isinstance(own, dict):
            return self.resolved(own, self.files.get(target[0]))
        parts = node.get("allOf") if isinstance(node.get("allOf"), list) else []
        ordered = [i for i, p in enumerate(parts) if isinstance(p, dict) and "$ref" not in p]
        ordered += [i for i, p in enumerate(parts) if isinstance(p, dict) and "$ref" in p]
        for i in ordered:
            found = self.property_schema((target[0], f"{target[1]}/allOf/{i}"), prop, depth + 1)
            if found:
                return found
        return {}

    def resolved(self, node: Any, here: LoadedFile) -> dict[str, Any]:
        """``node``, its ``$ref`` followed (a few times at most); {} if that is no object schema."""
        if not isinstance(node, dict):
            return {}
        for _ in range(8):
            if not isinstance(node.get("$ref"), str):
                break
            path, pointer = self.target(here, node["$ref"])
            try:
                here = self.files.get(path)
                node = resolve_pointer(here.data, pointer)
            except (KeyError, ValueError):
                return {}
            if not isinstance(node, dict):
                return {}
        return node

    @staticmethod
    def own_tag(schema: dict[str, Any]) -> list[Any]:
        """The one value a variant's discriminator property allows (const, one-value enum), as decoders read it."""
        if "const" in schema:
            return [schema["const"]]
        if isinstance(schema.get("enum"), list) and len(schema["enum"]) == 1:
            return [schema["enum"][0]]
        return []

    def subtypes_key(self, here: LoadedFile, ref: str, base_key: str) -> str | None:
        """A reference to a schema with a discriminator that others extend (allOf) is one of them or itself.

        The tag picks the subtype (mapped, its own value or its name); the schema itself is drawn with
        any other tag, or none: as the generated decoders read it.
        """
        path, pointer = self.target(here, ref)
        try:
            loaded = self.files.get(path)
            node = resolve_pointer(loaded.data, pointer)
        except (KeyError, ValueError):
            return None
        discriminator = node.get("discriminator") if isinstance(node, dict) else None
        if not isinstance(discriminator, dict) or "oneOf" in node or "anyOf" in node:
            return None
        key = f"{base_key}.subtypes"
        if key in self.definitions:
            return key
        prop = str(discriminator.get("propertyName", ""))
        mapping = discriminator.get("mapping")
        mapped: dict[tuple[Path, str], list[str]] = {}
        for tag, target in mapping.items() if isinstance(mapping, dict) else ():
            mapped.setdefault(self.target(loaded, str(target)), []).append(str(tag))
        subtypes = [t for t in [*mapped, *self.extending(loaded, pointer)] if t != (path, pointer)]
        subtypes = list(dict.fromkeys(subtypes))
        if not prop or not subtypes:
            return None
        self.definitions[key] = {}  # reserved: a subtype may refer back
        branches, every_tag = [], []
        for target in subtypes:
            tags = self.tags(target, prop, mapped)
            every_tag += tags
            variant = {"$ref": f"#/definitions/{self.ref_key(loaded, _as_ref(loaded, target))}"}
            branches.append({"allOf": [variant, _tag_rule(prop, tags)], TAGGED: True})
        itself = {"allOf": [{"$ref": f"#/definitions/{base_key}"}], "properties": {prop: {"not": {"enum": every_tag}}}}
        self.definitions[key] = {"anyOf": [itself, *branches]}
        return key

    def extending(self, loaded: LoadedFile, pointer: str) -> list[tuple[Path, str]]:
        """The schemas of ``loaded``'s components whose allOf refers to ``pointer``, directly or through others."""
        schemas = (loaded.data.get("components") or {}).get("schemas") if isinstance(loaded.data, dict) else None
        found: list[tuple[Path, str]] = []
        pending = [pointer]
        while pending:
            parent = pending.pop(0)
            for name, schema in schemas.items() if isinstance(schemas, dict) else ():
                child = "/components/schemas/" + str(name).replace("~", "~0").replace("/", "~1")
                parts = schema.get("allOf") if isinstance(schema, dict) else None
                refs = (
                    [p["$ref"] for p in parts if isinstance(p, dict) and isinstance(p.get("$ref"), str)]
                    if isinstance(parts, list)
                    else []
                )
                extends = any(self.target(loaded, r) == (loaded.path.resolve(), parent) for r in refs)
                if extends and (loaded.path.resolve(), child) not in found and child != pointer:
                    found.append((loaded.path.resolve(), child))
                    pending.append(child)
        return found

    def target(self, here: LoadedFile, ref: str) -> tuple[Path, str]:
        """The file and pointer a ``$ref`` (or a mapping value: a ref or a schema name) names."""
        if "#" not in ref and "/" not in ref and not ref.endswith((".yaml", ".yml", ".json")):
            return here.path.resolve(), f"/components/schemas/{ref}"
        file_part, pointer = split_ref(ref)
        path = (here.path.parent / file_part).resolve() if file_part else here.path.resolve()
        return path, pointer

    def ref_key(self, here: LoadedFile, ref: str) -> str:
        target = self.target(here, ref)
        if target in self.keys:
            return self.keys[target]
        key = _unique_key(_schema_name(target[1]) or target[0].stem, self.definitions)
        self.keys[target] = key
        self.definitions[key] = {}  # reserved now: the target may refer back to itself
        loaded = self.files.get(target[0])
        try:
            node = resolve_pointer(loaded.data, target[1])
        except KeyError:
            node = {}
        self.definitions[key] = self.convert(node, loaded)
        return key

    def with_ref(self, out: dict[str, Any], key: str) -> dict[str, Any]:
        ref = {"$ref": f"#/definitions/{key}"}
        if self.openapi_30 or not out:  # 3.0 ignores a $ref's siblings
            return ref
        return {"allOf": [ref], **out}


def to_json_schema(files: FileCache, loaded: LoadedFile, pointer: str) -> dict[str, Any]:
    """The draft-7 JSON Schema of one schema of a spec (``files.root`` is the spec)."""
    version = str(files.root.data.get("openapi", ""))
    return Converter(files, openapi_30=version.startswith("3.0")).schema_at(loaded, pointer)


def inline_refs(schema: dict[str, Any], max_nodes: int = 20_000) -> dict[str, Any]:
    """``schema`` with every ``#/definitions`` ref replaced by its schema.

    A reference to a definition already being inlined (recursion) becomes IMPOSSIBLE, so
    generated values stop there: optional members are left out, arrays end, other
    branches of a union are taken. Raises TooLarge past ``max_nodes`` schema nodes.
    """
    definitions = schema.get("definitions", {})
    budget = [max_nodes]

    def inline(node: Any, active: tuple[str, ...]) -> Any:
        budget[0] -= 1
        if budget[0] < 0:
            raise TooLarge(f"more than {max_nodes} schema nodes once references are inlined")
        if isinstance(node, list):
            return [inline(v, active) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/definitions/"):
            key = ref.removeprefix("#/definitions/")
            return dict(IMPOSSIBLE) if key in active else inline(definitions.get(key, {}), (*active, key))
        if node.get(TAGGED):
            return _with_tag(inline(node["allOf"][0], active), node["allOf"][1])
        out: dict[str, Any] = {}
        for keyword, value in node.items():
            if keyword in _MAP and isinstance(value, dict):
                out[keyword] = {name: inline(s, active) for name, s in value.items()}
            elif keyword in (*_ONE, *_LIST, "additionalItems") or (keyword == "items" and isinstance(value, list)):
                out[keyword] = inline(value, active)
            else:
                out[keyword] = value
        return out

    return {k: v for k, v in inline(schema, ()).items() if k != "definitions"}


def _tag_rule(prop: str, tags: list[Any]) -> dict[str, Any]:
    return {"type": "object", "required": [prop], "properties": {prop: {"enum": tags}}}


def _typed(tag: str, schema: dict[str, Any]) -> Any:
    """A mapping key as the value of a property of ``schema``'s type: "1.5" is 1.5 for a number."""
    kinds = schema.get("type") if isinstance(schema.get("type"), list) else [schema.get("type")]
    try:
        if "integer" in kinds:
            return int(tag)
        if "number" in kinds:
            number = float(tag)
            return int(number) if number.is_integer() and "." not in tag else number
    except ValueError:
        return tag
    if "boolean" in kinds and tag in ("true", "false"):
        return tag == "true"
    return tag


def _as_ref(loaded: LoadedFile, target: tuple[Path, str]) -> str:
    """A ``$ref`` from ``loaded`` to ``target``."""
    if target[0] == loaded.path.resolve():
        return f"#{target[1]}"
    return f"{target[0].as_posix()}#{target[1]}"


def _with_tag(variant: Any, rule: dict[str, Any]) -> Any:
    """``variant`` whose discriminator property must hold one of the rule's tags (and fit its own schema)."""
    if not isinstance(variant, dict) or any(k in variant for k in ("allOf", "anyOf", "oneOf", "not", "$ref")):
        return {"allOf": [variant, rule]}
    (prop, tag), *_ = rule["properties"].items()
    merged = dict(variant)
    own = variant.get("properties", {}).get(prop)
    tags = {"allOf": [own, tag]} if isinstance(own, dict) and own else tag
    merged["properties"] = {**variant.get("properties", {}), prop: tags}
    merged["required"] = list(dict.fromkeys([*variant.get("required", []), prop]))
    merged.setdefault("type", "object")
    return merged


def _nullable(out: dict[str, Any]) -> dict[str, Any]:
    if "enum" in out and None not in out["enum"]:
        out["enum"] = [*out["enum"], None]
    if "const" in out or "$ref" in out or "type" not in out:
        return {"anyOf": [out, {"type": "null"}]}
    types = out["type"] if isinstance(out["type"], list) else [out["type"]]
    if "null" not in types:
        out["type"] = [*types, "null"]
    return out


def _schema_name(pointer: str) -> str:
    return pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")


def _unique_key(name: str, taken: dict[str, Any]) -> str:
    base = re.sub(r"[^0-9A-Za-z_.-]", "_", name) or "schema"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


def cap_sizes(schema: Any, max_items: int) -> Any:
    """``schema`` with arrays and maps of at most ``max_items`` members, so instances stay small.

    Large instances take hypothesis long to draw and prove little more about a codec that
    treats every item alike; a ``minItems`` above the cap is kept.
    """
    if isinstance(schema, list):
        return [cap_sizes(s, max_items) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {
        k: {n: cap_sizes(s, max_items) for n, s in v.items()}
        if k in _MAP and isinstance(v, dict)
        else cap_sizes(v, max_items)
        for k, v in schema.items()
        if k not in ("enum", "const", "required", "type")
    }
    out.update({k: schema[k] for k in ("enum", "const", "required", "type") if k in schema})
    if "items" in schema or schema.get("type") == "array":
        out["maxItems"] = max(min(schema.get("maxItems", max_items), max_items), schema.get("minItems", 0))
    if (
        "additionalProperties" in schema and schema["additionalProperties"] is not False
    ) or "patternProperties" in schema:
        limit = len(schema.get("properties", {})) + max_items
        out["maxProperties"] = max(min(schema.get("maxProperties", limit), limit), schema.get("minProperties", 0))
    return out
