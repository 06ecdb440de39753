"""Property-based round trip: hypothesis draws valid instances of every schema of a spec, and each
decodes with its generated decoder and encodes back exactly (JSON types included).

Also the helper that turns OpenAPI schemas into the plain JSON Schema hypothesis-jsonschema reads.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
from conftest import APIS, SPECS

from bench.exact_json import same_json
from bench.json_schema import IMPOSSIBLE, TooLarge, inline_refs, to_json_schema
from bench.roundtrip import Mismatch, check_package, check_round_trip
from generator.load.config import SpecConfig
from generator.load.files import FileCache, load_file
from generator.pipeline import build_package
from generator.validate.checks import validate

EXAMPLES = 2  # per schema, derandomized (the first is the simplest instance); make corpus draws 5
MAX_NODES = 600  # the envelopes holding whole trees of the spec are left to the corpus runner


def build(spec: Path, package: str) -> tuple[Any, FileCache]:
    loaded = load_file(spec)
    files = FileCache(loaded)
    warnings = validate(loaded, files)
    return build_package(loaded, files, package, str(spec), SpecConfig(), warnings, []), files


# Cycle's ~30 s of examples is for make test; make test-fast draws those of the two smaller specs.
@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.slow) if n == "cycle" else n for n in sorted(APIS)])
def test_every_schema_of_the_seed_specs_round_trips(name: str) -> None:
    package = APIS[name]
    api, files = build(SPECS / f"{name}.yaml", package)
    models = importlib.import_module(f"{package}.models")
    runtime = importlib.import_module(f"{package}._runtime")
    outcomes = list(check_package(api, files, models, runtime, max_examples=EXAMPLES, max_nodes=MAX_NODES))
    failed = [f"{o.target}: {o.detail}" for o in outcomes if o.status == "failed"]
    assert not failed, "\n".join(failed)
    passed = sum(o.status == "passed" for o in outcomes)
    assert passed >= 0.9 * len(outcomes), [f"{o.target}: {o.detail}" for o in outcomes if o.status == "skipped"]


def test_a_mismatch_is_reported_with_the_instance() -> None:
    with pytest.raises(Mismatch, match=r"encodes to 8\.0, not 8"):
        check_round_trip(lambda v: v, float, 8)
    with pytest.raises(Mismatch, match="does not decode"):
        check_round_trip(lambda v: int("x"), lambda v: v, "x")


def test_same_json_tells_json_types_apart() -> None:
    assert same_json({"a": [1, {"b": None}]}, {"a": [1, {"b": None}]})
    assert not same_json(8, 8.0) and not same_json(True, 1) and not same_json({"a": None}, {})


# --- OpenAPI schema -> JSON Schema ---------------------------------------------------------------


def schema_of(tmp_path: Path, text: str, pointer: str, name: str = "spec.yaml") -> dict[str, Any]:
    spec = tmp_path / name
    spec.write_text(text)
    loaded = load_file(spec)
    return to_json_schema(FileCache(loaded), loaded, pointer)


SPEC_30 = """
openapi: 3.0.3
info: {title: T, version: "1"}
paths: {}
components:
  schemas:
    A:
      type: object
      discriminator: {propertyName: kind}
      xml: {name: a}
      example: {n: 1}
      properties:
        n: {type: integer, nullable: true, maximum: 5, exclusiveMaximum: true}
        e: {type: string, enum: [x, y], nullable: true}
        r: {$ref: "#/components/schemas/B", nullable: true}
        when: {type: string, format: date-time, readOnly: true}
        id: {type: string, format: uuid}
    B: {properties: {b: {type: string}}}
"""


def test_openapi_30_keywords_become_json_schema(tmp_path: Path) -> None:
    schema = schema_of(tmp_path, SPEC_30, "/components/schemas/A")
    props = schema["properties"]
    assert props["n"] == {"type": ["integer", "null"], "exclusiveMaximum": 5}
    assert props["e"] == {"type": ["string", "null"], "enum": ["x", "y", None]}
    assert props["r"] == {"anyOf": [{"$ref": "#/definitions/B"}, {"type": "null"}]}  # as the generator reads it
    assert props["when"] == {"type": "string", "format": "date-time"}
    assert props["id"] == {"type": "string"}  # formats the generated code reads as plain text are dropped
    assert "discriminator" not in schema and "xml" not in schema and "example" not in schema
    assert schema["definitions"]["B"] == {"type": "object", "properties": {"b": {"type": "string"}}}


def test_31_type_lists_and_ref_siblings_are_kept(tmp_path: Path) -> None:
    text = SPEC_30.replace("3.0.3", "3.1.0").replace("{type: string, format: uuid}", "{type: [string, 'null']}")
    text += "    C: {$ref: '#/components/schemas/B', minProperties: 1}\n"
    assert schema_of(tmp_path, text, "/components/schemas/A")["properties"]["id"] == {"type": ["string", "null"]}
    c = schema_of(tmp_path, text, "/components/schemas/C")
    assert c["allOf"] == [{"$ref": "#/definitions/B"}] and c["minProperties"] == 1


def test_discriminated_variants_carry_their_tag(tmp_path: Path) -> None:
    text = """
openapi: 3.1.0
info: {title: T, version: "1"}
paths: {}
components:
  schemas:
    Cat: {type: object, properties: {kind: {type: string}}}
    Dog: {type: object, properties: {kind: {type: string}}}
    Pet:
      oneOf: [{$ref: "#/components/schemas/Cat"}, {$ref: "#/components/schemas/Dog"}]
      discriminator: {propertyName: kind, mapping: {cat: Cat, kitten: "#/components/schemas/Cat"}}
"""
    schema = schema_of(tmp_path, text, "/components/schemas/Pet")
    cat, dog = schema["anyOf"]  # oneOf is drawn as anyOf
    assert cat["allOf"][1]["properties"] == {"kind": {"enum": ["cat", "kitten"]}}
    assert dog["allOf"][1]["properties"] == {"kind": {"enum": ["Dog"]}}  # no mapping: the schema's name


def test_refs_to_other_files_become_definitions(tmp_path: Path) -> None:
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "thing.yaml").write_text(
        "type: object\nproperties:\n  size: {$ref: '#/$defs/Size'}\n$defs:\n  Size: {type: integer}\n"
    )
    text = (
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    Box: {type: object, properties: {thing: {$ref: 'models/thing.yaml'}}}\n"
    )
    schema = schema_of(tmp_path, text, "/components/schemas/Box")
    assert schema["properties"]["thing"] == {"$ref": "#/definitions/thing"}
    assert schema["definitions"]["thing"]["properties"]["size"] == {"$ref": "#/definitions/Size"}
    assert schema["definitions"]["Size"] == {"type": "integer"}


def test_inlining_cuts_recursion_and_refuses_huge_schemas() -> None:
    tree = {
        "$ref": "#/definitions/Node",
        "definitions": {"Node": {"type": "object", "properties": {"child": {"$ref": "#/definitions/Node"}}}},
    }
    assert inline_refs(tree) == {"type": "object", "properties": {"child": IMPOSSIBLE}}
    wide = {"definitions": {"D": {"properties": {str(i): {"type": "string"} for i in range(50)}}}}
    wide["properties"] = {str(i): {"$ref": "#/definitions/D"} for i in range(50)}
    with pytest.raises(TooLarge):
        inline_refs(wide, max_nodes=1000)
