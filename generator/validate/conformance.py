"""Is the document valid OpenAPI? Checked against the OpenAPI JSON Schema, compiled.

The official schemas (as openapi-spec-validator ships them) run on jsonschema-rs, a compiled
validator: 10 ms on Cycle's 1.2 MiB spec, where openapi-spec-validator takes 3.4 s, mostly
validating each Schema Object again with a pure-Python meta-schema check. For 3.1 the
document schema is given the JSON Schema 2020-12 meta-schema as its Schema Object, so one
pass checks the schemas too (3.2 likewise). Two checks the schema can't express follow: path parameters
match the path template, and a default fits its schema's type, format and enum.

Everything found is a warning: code can be generated from a document that breaks these
rules (a spec without ``paths``, a ``required`` list naming a property twice), and
``--strict`` makes them errors.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import jsonschema_rs

from ..ir.diagnostics import Diagnostic, join_pointer
from ..ir.walk import HTTP_METHODS, iter_schemas, mapping
from ..load.files import LoadedFile, ref_pointer, resolve_pointer


def _schemas_folder() -> Path:
    """Where openapi-spec-validator keeps the OpenAPI schemas, found without importing it.

    Importing the package (pydantic-settings, jsonschema, referencing...) costs 60-120 ms of
    every run; ``find_spec`` of a top-level package only looks at sys.path (0.1 ms).
    """
    spec = find_spec("openapi_spec_validator")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("openapi-spec-validator is not installed (its OpenAPI schemas are needed)")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "schemas"


_RESOURCES = _schemas_folder()
_BASE = "urn:typed-openapi-clients:oas-with-schemas"
_TEMPLATE_PARAMETER = re.compile(r"{([^{}]+)}")
_DEFAULT_KEYWORDS = ("type", "format", "enum", "minimum", "maximum", "minLength", "maxLength", "pattern")


@cache
def _validator(version: str) -> Any:
    if version == "3.0":
        return jsonschema_rs.validator_for(
            json.loads((_RESOURCES / "v3.0" / "schema.json").read_text(encoding="utf-8"))
        )
    oas = json.loads((_RESOURCES / f"v{version}" / "schema.json").read_text(encoding="utf-8"))
    with_schemas = {
        "$id": f"{_BASE}-{version}",
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": oas["$id"],
        "$defs": {"schema": {"$dynamicAnchor": "meta", "$ref": "https://json-schema.org/draft/2020-12/schema"}},
    }
    return jsonschema_rs.validator_for(with_schemas, registry=jsonschema_rs.Registry([(oas["$id"], oas)]))


def check(spec: LoadedFile) -> list[Diagnostic]:
    """Where ``spec`` breaks the OpenAPI schema or its path and default rules, as warnings."""
    version = str(spec.data.get("openapi", ""))[:3]
    version = version if version in ("3.1", "3.2") else "3.0"
    found: dict[str, Diagnostic] = {}
    for err in _validator(version).iter_errors(spec.data):
        path, message = _best_match(err)
        pointer = join_pointer("", *path)
        found.setdefault(pointer, _warning(spec, pointer, f"not valid OpenAPI {version}: {message}"))
    for pointer, message in [*_path_parameter_problems(spec.data), *_default_problems(spec.data, version)]:
        found.setdefault(pointer, _warning(spec, pointer, message))
    return list(found.values())


def _warning(spec: LoadedFile, pointer: str, message: str) -> Diagnostic:
    return Diagnostic("warning", spec.source(pointer), message)


def _best_match(err: Any) -> tuple[list[str | int], str]:
    """The most telling error below a oneOf/anyOf failure: the branch that got furthest."""
    while type(err.kind).__name__ in ("OneOfNotValid", "AnyOf") and err.kind.context:
        branches = [branch for branch in err.kind.context if branch]
        if not branches:
            break
        err = max(branches, key=_branch_rank)[0]
    return list(err.instance_path), _shorten(err.message)


def _branch_rank(errors: list[Any]) -> tuple[int, bool, int]:
    """Deeper errors first; a branch that only wanted a ``$ref`` (a Reference Object) last."""
    depth = max(len(e.instance_path) for e in errors)
    wants_ref = any('"$ref" is a required property' in e.message for e in errors)
    return depth, not wants_ref, -len(errors)


def _shorten(message: str, limit: int = 240) -> str:
    return message if len(message) <= limit else message[: limit - 3] + "..."


def _path_parameter_problems(data: dict[str, Any]) -> Iterator[tuple[str, str]]:
    paths = data.get("paths")
    for path, item in (paths if isinstance(paths, dict) else {}).items():
        if not isinstance(item, dict):
            continue
        in_template = set(_TEMPLATE_PARAMETER.findall(str(path)))
        shared = _path_parameter_names(data, item.get("parameters"))
        for method in HTTP_METHODS:
            if not isinstance(item.get(method), dict):
                continue
            pointer = join_pointer("/paths", path, method)
            declared = shared | _path_parameter_names(data, item[method].get("parameters"))
            for name in sorted(in_template - declared):
                yield pointer, f"path parameter {name!r} of {path!r} is not declared"
            for name in sorted(declared - in_template):
                yield pointer, f"path parameter {name!r} is declared but {path!r} has no {{{name}}}"


def _path_parameter_names(data: dict[str, Any], parameters: Any) -> set[str]:
    names = set()
    for param in parameters if isinstance(parameters, list) else []:
        if isinstance(param, dict) and isinstance(param.get("$ref"), str) and param["$ref"].startswith("#/"):
            try:
                param = resolve_pointer(data, ref_pointer(param["$ref"]))
            except KeyError:
                continue
        if isinstance(param, dict) and param.get("in") == "path" and "name" in param:
            names.add(str(param["name"]))
    return names


def _default_problems(data: dict[str, Any], version: str) -> Iterator[tuple[str, str]]:
    for pointer, schema in _schemas_with_defaults(data):
        rules = {k: schema[k] for k in _DEFAULT_KEYWORDS if k in schema}
        if not rules or (version == "3.0" and schema.get("nullable") is True and schema["default"] is None):
            continue
        try:
            errors = list(jsonschema_rs.validator_for(rules, validate_formats=True).iter_errors(schema["default"]))
        except (ValueError, jsonschema_rs.ValidationError):
            continue  # the rules themselves are broken: the schema check reports that
        if errors:
            yield (
                join_pointer(pointer, "default"),
                f"the default does not fit its schema: {_shorten(errors[0].message)}",
            )


def _schemas_with_defaults(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    components = mapping(data.get("components"))
    roots: list[tuple[str, Any]] = []
    for kind in ("schemas", "parameters"):
        for name, value in mapping(components.get(kind)).items():
            roots.append((join_pointer("/components", kind, name), value))
    for path, item in mapping(data.get("paths")).items():
        for method in HTTP_METHODS:
            params = mapping(mapping(item).get(method)).get("parameters")
            for i, param in enumerate(params if isinstance(params, list) else []):
                roots.append((join_pointer("/paths", path, method, "parameters", i), param))
    for pointer, root in roots:
        if isinstance(root, dict) and isinstance(root.get("schema"), dict):  # a parameter
            pointer, root = join_pointer(pointer, "schema"), root["schema"]
        for here, schema in iter_schemas(root, pointer):
            if "default" in schema and "$ref" not in schema:
                yield here, schema
