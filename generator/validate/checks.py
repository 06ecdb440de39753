"""Validate a loaded spec, reporting every problem with file, line and JSON pointer.

Our own checks run first: they find what makes code generation impossible (a
dangling or remote $ref, an unknown type, a duplicate operationId) and are errors.
conformance.py then checks the document against the OpenAPI schema; what it finds
are warnings, since code can still be generated.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..ir.diagnostics import Diagnostic, SpecError, join_pointer
from ..ir.walk import HTTP_METHODS, iter_schemas, refs
from ..load import bundle
from ..load.files import FileCache, LoadedFile
from . import conformance
from .ref_chains import RefChains, resolve_ref

SUPPORTED_VERSIONS = ("3.0.", "3.1.", "3.2.")
JSON_TYPES = {"string", "number", "integer", "boolean", "array", "object", "null"}


def validate(
    spec: LoadedFile, files: FileCache | None = None, notes: list[Diagnostic] | None = None
) -> list[Diagnostic]:
    """Every problem found; raise SpecError if any is an error.

    ``notes`` gets what is worth knowing but no problem: the ``$ref``s inside data (an
    extension's or an example's value), which are not followed (``--verbose`` shows them).
    """
    files = files or FileCache(spec)
    found = list(_check_version(spec))
    if not found:
        found += _check_refs(spec, files, notes)
    if not any(d.severity == "error" for d in found):
        bundle.inline_path_refs(spec, files)  # so operations kept in other files are checked too
        found += _check_schema_types(spec)
        found += _check_operation_ids(spec)
    if not any(d.severity == "error" for d in found):
        found += conformance.check(spec)
    if any(d.severity == "error" for d in found):
        raise SpecError(found)
    return found


def _error(spec: LoadedFile, pointer: str, message: str) -> Diagnostic:
    return Diagnostic("error", spec.source(pointer), message)


def _check_version(spec: LoadedFile) -> Iterator[Diagnostic]:
    version = spec.data.get("openapi")
    if "swagger" in spec.data:
        found = spec.data["swagger"]
        yield _error(spec, "/swagger", f"unsupported Swagger version {found!r} (2.0 is read, converted to OpenAPI 3.0)")
    elif version is None:
        yield _error(spec, "", "not an OpenAPI document: there is no 'openapi' field")
    elif not isinstance(version, str) or not version.startswith(SUPPORTED_VERSIONS):
        yield _error(spec, "/openapi", f"unsupported OpenAPI version {version!r} (3.0.x, 3.1.x and 3.2.x are)")


def _check_refs(spec: LoadedFile, files: FileCache, notes: list[Diagnostic] | None) -> Iterator[Diagnostic]:
    """Every ``$ref`` of the spec and the files it names must resolve; those inside data are only noted."""
    seen: set[Path] = set()
    chains = RefChains(files)
    pending = [spec]
    while pending:
        current = pending.pop()
        if current.path in seen:
            continue
        seen.add(current.path)
        in_data: dict[str, list[str]] = {}
        for pointer, holder, data in refs(current.data):
            ref = holder["$ref"]
            if data:
                in_data.setdefault(data, []).append(ref)
                continue
            target, problem = resolve_ref(current, ref, files)
            if not problem:
                problem = chains.problem(current, pointer, ref)
            if problem:
                yield Diagnostic("error", current.source(join_pointer(pointer, "$ref")), problem)
            elif target is not None:
                pending.append(target)
        if notes is not None:
            notes += (_data_refs_note(current, pointer, found) for pointer, found in in_data.items())


def _data_refs_note(spec: LoadedFile, pointer: str, found: list[str]) -> Diagnostic:
    """Says that the ``$ref``s in the data at ``pointer`` are data (found: what they say), not followed."""
    more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
    member = pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
    if member.startswith("x-"):
        what = "an extension's value is vendor data"
    else:
        what = f"{_DATA_NAMES.get(member, 'this value')} is data"
    return Diagnostic("note", spec.source(pointer), f"$ref {found[0]!r}{more} is not followed: {what}")


_DATA_NAMES = {"example": "an example", "examples": "an example", "value": "an example", "default": "a default"}
_DATA_NAMES |= {"enum": "an enum value", "const": "a const value"}


def _schema_roots(spec: LoadedFile) -> Iterator[tuple[str, Any]]:
    schemas = spec.data.get("components", {}).get("schemas", {})
    if isinstance(schemas, dict):
        for name, schema in schemas.items():
            yield join_pointer("/components/schemas", name), schema


def _check_schema_types(spec: LoadedFile) -> Iterator[Diagnostic]:
    for root, schema in _schema_roots(spec):
        for pointer, node in iter_schemas(schema, root):
            if "type" not in node:
                continue
            declared = node["type"]
            if isinstance(declared, dict) and isinstance(declared.get("type"), str) and declared["type"] in JSON_TYPES:
                # `type: {type: string, maxLength: 255}`: a schema where its type's name belongs
                yield Diagnostic(
                    "warning",
                    spec.source(join_pointer(pointer, "type")),
                    "type is a schema, not a type name: read as that schema",
                )
                del node["type"]
                for keyword, value in declared.items():
                    node.setdefault(keyword, value)
                continue
            for name in declared if isinstance(declared, list) else [declared]:
                if name is None:  # `type: null` unquoted: YAML's null, meant as "null"
                    yield Diagnostic(
                        "warning", spec.source(join_pointer(pointer, "type")), "type null (unquoted) is read as 'null'"
                    )
                elif not isinstance(name, str) or name not in JSON_TYPES:
                    yield _error(
                        spec,
                        join_pointer(pointer, "type"),
                        f"unknown type {name!r} (expected one of {', '.join(sorted(JSON_TYPES))})",
                    )


def _check_operation_ids(spec: LoadedFile) -> Iterator[Diagnostic]:
    first_seen: dict[str, str] = {}
    paths = spec.data.get("paths") or {}
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            op_id = operation["operationId"]
            pointer = join_pointer("/paths", path, method, "operationId")
            if op_id in first_seen:
                yield _error(spec, pointer, f"duplicate operationId {op_id!r} (first at {first_seen[op_id]})")
            else:
                first_seen[op_id] = pointer
