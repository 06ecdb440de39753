"""Reading real-world inputs: JSON specs, Swagger 2.0, OpenAPI conformance, operations in other files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.ir.diagnostics import SpecError
from generator.load.files import FileCache, load_file
from generator.load.json_lines import LineIndex
from generator.validate.checks import validate

FEATURES = Path(__file__).resolve().parent / "features"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- JSON specs --------------------------------------------------------------------------------


def test_json_spec_knows_the_line_of_every_pointer(tmp_path: Path) -> None:
    doc = {"openapi": "3.1.0", "info": {"title": "T \ud83d\ude00", "version": "1"}, "paths": {"/a": {"get": {}}}}
    spec = write(tmp_path, "spec.json", json.dumps(doc, indent=2))  # escapes the emoji as a surrogate pair
    loaded = load_file(spec)
    assert loaded.data["info"]["title"] == "T \U0001f600"
    assert loaded.source("/paths/~1a/get").line == 9
    assert loaded.source("/paths/~1a/get/missing").line == 9  # the nearest ancestor's


def test_json_spec_with_a_duplicate_key_is_refused_where_it_is(tmp_path: Path) -> None:
    spec = write(tmp_path, "dup.json", '{\n  "openapi": "3.1.0",\n  "info": {\n    "a": 1,\n    "a": 2\n  }\n}\n')
    with pytest.raises(SpecError) as caught:
        load_file(spec)
    assert str(caught.value) == f"{spec}:5: /info: error: duplicate key 'a'"


def test_json_lines_of_escaped_keys_arrays_and_lookalike_strings() -> None:
    text = (
        '{"a/b": {"c~d": [1,\n'  # 1
        '  "x\\": {[", {"e\\"f": null},\n'  # 2: strings that look like keys and brackets
        "  [true,\n"  # 3
        "   false]]},\n"  # 4
        ' "g": "h: i",\n'  # 5
        ' "\\u00e9":\n'  # 6
        "  {}}\n"  # 7
    )
    index = LineIndex(text)
    lines = {p: index.line(p) for p in ("", "/a~1b/c~0d", "/a~1b/c~0d/0", "/a~1b/c~0d/1", "/a~1b/c~0d/2")}
    assert lines == {"": 1, "/a~1b/c~0d": 1, "/a~1b/c~0d/0": 1, "/a~1b/c~0d/1": 2, "/a~1b/c~0d/2": 2}
    assert index.line('/a~1b/c~0d/2/e"f') == 2
    assert (index.line("/a~1b/c~0d/3"), index.line("/a~1b/c~0d/3/1"), index.line("/g")) == (3, 4, 5)
    assert (index.line("/\u00e9"), index.line("/\u00e9/missing")) == (7, 7)
    assert LineIndex('{"k": {"a": 1,\n "b": {"a": 2, "a": 3}}}').find_duplicate() == ("/k/b/a", 2)


# --- Swagger 2.0 -----------------------------------------------------------------------------------


def test_swagger_20_becomes_openapi_30() -> None:
    loaded = load_file(FEATURES / "swagger20.yaml")
    data = loaded.data
    assert data["openapi"] == "3.0.3" and loaded.converted_from == "Swagger 2.0"
    assert data["servers"] == [{"url": "https://api.example.com/v1"}]
    image = data["components"]["schemas"]["Image"]
    assert image["discriminator"] == {"propertyName": "flavor", "mapping": {"WEB": "#/components/schemas/WebImage"}}
    assert image["properties"]["description"]["nullable"] is True
    get = data["paths"]["/images/{imageId}"]["get"]
    assert get["parameters"][0]["schema"] == {"type": "array", "items": {"type": "string"}}
    assert get["responses"]["200"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Image"}
    put = data["paths"]["/images/{imageId}"]["put"]
    assert put["requestBody"] == {"$ref": "#/components/requestBodies/ImageBody"}
    upload = data["paths"]["/uploads"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert upload["properties"]["file"] == {"type": "string", "format": "binary"} and upload["required"] == ["file"]


def test_swagger_pointers_map_back_to_the_file() -> None:
    loaded = load_file(FEATURES / "swagger20.yaml")
    assert loaded.source("/components/schemas/Image/properties/id") == loaded.source("/definitions/Image/properties/id")
    source = loaded.source("/components/schemas/Image/properties/id")
    assert (source.pointer, source.line) == ("/definitions/Image/properties/id", 61)
    body = loaded.source("/paths/~1uploads/post/requestBody/content/multipart~1form-data/schema/properties/note")
    assert body.pointer == "/paths/~1uploads/post/parameters/1"


# --- conformance ---------------------------------------------------------------------------------------


def test_breaches_of_the_openapi_schema_are_warnings_with_exact_pointers(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        "bad.yaml",
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /a/{id}:\n    get:\n      responses: {}\n"
        "components:\n  schemas:\n"
        "    A: {type: object, required: [x, x], properties: {x: {type: integer, default: no}}}\n",
    )
    loaded = load_file(spec)
    found = [str(d) for d in validate(loaded, FileCache(loaded))]
    assert any(": /components/schemas/A/required: warning: not valid OpenAPI 3.1:" in d for d in found), found
    assert any(
        ":6: /paths/~1a~1{id}/get: warning: path parameter 'id' of '/a/{id}' is not declared" in d for d in found
    )
    assert any("/properties/x/default: warning: the default does not fit its schema" in d for d in found)


# --- multi-file specs ----------------------------------------------------------------------------------


def test_operations_kept_in_other_files_are_brought_in_with_rebased_refs() -> None:
    loaded = load_file(FEATURES / "multifile" / "digitalocean" / "spec.yaml")
    validate(loaded, FileCache(loaded))
    operation = loaded.data["paths"]["/v2/droplets"]["get"]
    assert operation["operationId"] == "droplets_list"
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["properties"]["droplets"]["items"] == {"$ref": "resources/droplets/models/droplet.yml"}
    assert schema["properties"]["meta"] == {"$ref": "shared/meta.yml#/meta"}
