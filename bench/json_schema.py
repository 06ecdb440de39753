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
from urllib.parse import urlsplit

from generator.load import LoadedFile, resolve_pointer
from generator.validate import FileCache

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

    def convert(self, node: Any, here: LoadedFile) -> Any:
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
                out["anyOf" if keyword == "oneOf" else keyword] = [self.convert(v, here) for v in value]
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
            elif keyword in _VALUES:
                out[keyword] = value
        self.exclusive_bounds(node, out)
        self.implied_type(out)
        self.tag_variants(node, out, here)
        if isinstance(node.get("$ref"), str):
            out = self.with_ref(out, self.ref_key(here, node["$ref"]))
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
            tags = (
                tags_by_target.get(target) or self.own_tag(target, prop) or [_schema_name(target[1]) or target[0].stem]
            )
            rule = {"type": "object", "required": [prop], "properties": {prop: {"enum": tags}}}
            tagged.append({"allOf": [converted, rule], TAGGED: True})
        out["anyOf"] = tagged

    def own_tag(self, target: tuple[Path, str], prop: str) -> list[str]:
        """The one value the discriminator property of a variant allows (const, one-value enum), as decoders read it."""
        try:
            node = resolve_pointer(self.files.get(target[0]).data, target[1])
        except (KeyError, ValueError):
            return []
        schema = node.get("properties", {}).get(prop) if isinstance(node, dict) else None
        if isinstance(schema, dict) and "const" in schema:
            return [str(schema["const"])]
        if isinstance(schema, dict) and isinstance(schema.get("enum"), list) and len(schema["enum"]) == 1:
            return [str(schema["enum"][0])]
        return []

    def target(self, here: LoadedFile, ref: str) -> tuple[Path, str]:
        """The file and pointer a ``$ref`` (or a mapping value: a ref or a schema name) names."""
        if "#" not in ref and "/" not in ref and not ref.endswith((".yaml", ".yml", ".json")):
            return here.path.resolve(), f"/components/schemas/{ref}"
        parts = urlsplit(ref)
        path = (here.path.parent / parts.path).resolve() if parts.path else here.path.resolve()
        return path, parts.fragment

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


def _with_tag(variant: Any, rule: dict[str, Any]) -> Any:
    """``variant`` whose discriminator property must hold one of the rule's tags."""
    if not isinstance(variant, dict) or any(k in variant for k in ("allOf", "anyOf", "oneOf", "not", "$ref")):
        return {"allOf": [variant, rule]}
    (prop, tag), *_ = rule["properties"].items()
    merged = dict(variant)
    merged["properties"] = {**variant.get("properties", {}), prop: tag}  # the tags are the values it can hold
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
    if "additionalProperties" in schema and schema["additionalProperties"] is not False:
        limit = len(schema.get("properties", {})) + max_items
        out["maxProperties"] = max(min(schema.get("maxProperties", limit), limit), schema.get("minProperties", 0))
    return out
