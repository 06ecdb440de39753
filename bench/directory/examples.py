"""The examples a spec gives for its schemas, the type each decodes as, and whether it fits its schema.

Taken: a component schema's ``example`` (and 3.1's ``examples`` list), typed as the class
``Api.types_by_pointer`` names for it; and the ``example``/``examples`` of the media types of
the request bodies, 2xx responses and error responses the clients decode as JSON, and of the
webhooks' payloads, typed as the clients read them. An Example object's ``$ref`` is followed;
one with only an ``externalValue`` has no value here. Whether a value fits is checked apart
from the generator: the schema is turned into draft-7 JSON Schema (bench/json_schema.py) and
jsonschema-rs checks it, formats included (date and date-time, the ones the decoders parse).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from bench.json_schema import to_json_schema
from generator import ir
from generator.ir.diagnostics import join_pointer
from generator.load.files import FileCache, LoadedFile, ref_pointer, resolve_pointer

_JSON = re.compile(r"^(application|text)/([^;]+\+)?json$")
Fit = str  # "fits", "misfit" (the spec's fault) or "unchecked" (its schema can't be checked)


@dataclass
class Example:
    pointer: str  # where the example's value is in the spec
    schema: str  # the pointer of the schema it is an example of
    type: ir.TypeRef
    value: Any
    fit: Fit = "unchecked"
    why: str = ""  # the validator's first complaint, for a misfit


def find_examples(api: ir.Api, loaded: LoadedFile) -> list[Example]:
    """Every example of ``loaded`` (the spec) with a generated type, each once."""
    data = loaded.data if isinstance(loaded.data, dict) else {}
    found: dict[str, Example] = {}
    for example in [*_component_examples(api, data), *_media_examples(api, data)]:
        found.setdefault(example.pointer, example)
    return list(found.values())


def check_fit(examples: list[Example], files: FileCache, loaded: LoadedFile) -> None:
    """Set each example's ``fit``: one validator per schema."""
    validators: dict[str, Any] = {}
    for example in examples:
        if example.schema not in validators:
            validators[example.schema] = _validator(files, loaded, example.schema)
        validator = validators[example.schema]
        if validator is None:
            continue
        error = next(iter(validator.iter_errors(example.value)), None)
        example.fit = "fits" if error is None else "misfit"
        if error is not None:
            example.why = f"{error.message} at {'/'.join(map(str, error.instance_path)) or '/'}"[:300]


def _validator(files: FileCache, loaded: LoadedFile, pointer: str) -> Any:
    """A draft-7 validator of the schema at ``pointer``; without ``pattern``s if one doesn't compile; or None."""
    try:
        schema = to_json_schema(files, loaded, pointer)
    except Exception:
        return None
    for attempt in (schema, _without_patterns(schema)):
        try:
            return jsonschema_rs.Draft7Validator(attempt, validate_formats=True)
        except Exception:
            continue
    return None


def _without_patterns(node: Any) -> Any:
    """``node`` without its ``pattern`` keywords (a property named "pattern" holds a schema, not a string)."""
    if isinstance(node, list):
        return [_without_patterns(v) for v in node]
    if not isinstance(node, dict):
        return node
    return {k: _without_patterns(v) for k, v in node.items() if not (k == "pattern" and isinstance(v, str))}


def _component_examples(api: ir.Api, data: dict[str, Any]) -> Iterator[Example]:
    schemas = _mapping(_mapping(data.get("components")).get("schemas"))
    for name, schema in schemas.items():
        pointer = join_pointer("/components/schemas", str(name))
        known = api.types_by_pointer.get(pointer)
        if known is None or not isinstance(schema, dict):
            continue
        # Nullable: where the schema allows null, a reference to the type says so, not the type.
        typed = known.with_nullable(True)
        if "example" in schema:
            yield Example(join_pointer(pointer, "example"), pointer, typed, schema["example"])
        if isinstance(schema.get("examples"), list):
            for i, value in enumerate(schema["examples"]):
                yield Example(join_pointer(pointer, "examples", i), pointer, typed, value)


def _media_examples(api: ir.Api, data: dict[str, Any]) -> Iterator[Example]:
    """The examples of the media types the clients and webhooks read as JSON, with the type they read."""
    for op in api.http.operations if api.http is not None else ():
        item_pointer, method = op.source.pointer.rsplit("/", 1)
        item, item_at = _deref(data, _node(data, item_pointer), item_pointer)  # a path item may be a $ref
        operation, at_operation = _mapping(item.get(method)), join_pointer(item_at, method)
        if op.body is not None and op.body.kind == "json":
            body, at = _deref(data, operation.get("requestBody"), join_pointer(at_operation, "requestBody"))
            yield from _content_examples(data, body, at, op.body.media_type, op.body.type)
        responses = _mapping(operation.get("responses"))
        for response in op.responses:
            if response.kind == "json" and response.type is not None:
                status = next((s for s in responses if str(s).upper() == response.status), response.status)
                raw, at = _deref(data, responses.get(status), join_pointer(at_operation, "responses", status))
                yield from _content_examples(data, raw, at, response.media_type, response.type)
        for status, error_type in op.errors:
            key = next((s for s in responses if str(s).upper() == status.upper()), status)
            raw, at = _deref(data, responses.get(key), join_pointer(at_operation, "responses", key))
            media = next((m for m, e in _mapping(raw.get("content")).items() if _is_json(m, e)), None)
            if media is not None:
                yield from _content_examples(data, raw, at, media, error_type)
    webhooks = _mapping(data.get("webhooks"))
    for hook in api.webhooks:
        if hook.kind != "json" or hook.type is None:
            continue
        item, at = _deref(data, webhooks.get(hook.name), hook.source.pointer)
        method = hook.method.lower()
        operation = _mapping(item.get(method))
        body, body_at = _deref(data, operation.get("requestBody"), join_pointer(at, method, "requestBody"))
        yield from _content_examples(data, body, body_at, hook.media_type, hook.type)


def _content_examples(
    data: dict[str, Any], holder: dict[str, Any], at: str, media: str, typed: ir.TypeRef
) -> Iterator[Example]:
    entry = _mapping(_mapping(holder.get("content")).get(media))
    where = join_pointer(at, "content", media)
    if "schema" not in entry:
        return
    schema = join_pointer(where, "schema")
    if "example" in entry:
        yield Example(join_pointer(where, "example"), schema, typed, entry["example"])
    for name, raw in _mapping(entry.get("examples")).items():
        example, example_at = _deref(data, raw, join_pointer(where, "examples", str(name)))
        if "value" in example:
            yield Example(join_pointer(example_at, "value"), schema, typed, example["value"])


def _is_json(media: Any, entry: Any) -> bool:
    """As the clients pick an error response's media type (bodies.json_content_type)."""
    return bool(_JSON.match(str(media).split(";")[0].strip().lower())) and isinstance(entry, dict) and "schema" in entry


def _node(data: dict[str, Any], pointer: str) -> Any:
    try:
        return resolve_pointer(data, pointer)
    except (KeyError, ValueError):
        return None


def _deref(data: dict[str, Any], node: Any, pointer: str) -> tuple[dict[str, Any], str]:
    """``node`` with its local ``$ref``s followed, and where it was found."""
    for _ in range(20):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#")):
            break
        pointer = ref_pointer(node["$ref"])
        node = _node(data, pointer)
    return _mapping(node), pointer


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
