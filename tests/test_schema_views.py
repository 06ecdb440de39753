"""generator/openapi/schemas.py: the views the models stage reads instead of raw dicts."""

from __future__ import annotations

from pathlib import Path

from generator.load.files import load_file
from generator.openapi.schemas import Schema

SPEC = """\
components:
  schemas:
    Pet:
      description: "  A pet. "
      discriminator: {propertyName: kind}
      properties: {name: {type: string}, 200: {type: integer}}
      allOf:
        - properties: {name: {format: password}, age: {type: integer}}
        - $ref: '#/components/schemas/Base'
        - true
    Maybe: {anyOf: [{type: string}], const: null}
    Plain: {const: 1, discriminator: not-an-object, anyOf: null}
"""


def schemas(tmp_path: Path) -> dict[str, Schema]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC)
    file = load_file(spec)
    found = file.data["components"]["schemas"]
    return {name: Schema(file, f"/components/schemas/{name}", value) for name, value in found.items()}


def test_declared_properties_are_own_and_in_place_allof_ones(tmp_path: Path) -> None:
    pet = schemas(tmp_path)["Pet"]
    props = pet.declared_properties()
    assert list(props) == ["name", "200", "age"]  # a later allOf part wins a name, keeping its place
    assert props["name"].format == "password"
    assert props["name"].pointer == "/components/schemas/Pet/allOf/0/properties/name"
    assert props["200"].pointer == "/components/schemas/Pet/properties/200"


def test_description_discriminator_union_and_null_const(tmp_path: Path) -> None:
    found = schemas(tmp_path)
    pet, maybe, plain = found["Pet"], found["Maybe"], found["Plain"]
    assert pet.description == "A pet."
    assert pet.discriminator == {"propertyName": "kind"}
    assert plain.discriminator is None
    assert maybe.is_union and plain.is_union and not pet.is_union  # written, whatever its value
    assert maybe.has_null_const and not plain.has_null_const
    assert maybe.keyword("anyOf").pointer == "/components/schemas/Maybe/anyOf"
    assert pet.keyword("missing").raw is None
