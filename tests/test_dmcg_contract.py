"""What we rely on of datamodel-code-generator, pinned to its version: an upgrade fails here first.

generator/models/dmcg.py is the only module that imports it (an import-linter contract in
pyproject.toml). It subclasses the OpenAPI parser and overrides or calls private members, reads
the parser's results (models, fields, data types, reference paths) and retries once on the text
of one refusal. Each of those is checked below against the installed version, so that a new
release that renames, removes or changes one of them fails in this file, with the member named,
instead of somewhere deep in a corpus run.
"""

from __future__ import annotations

import functools
import importlib.metadata
import inspect
import re
import tomllib
from pathlib import Path

import pytest
from datamodel_code_generator.model.base import DataModel, DataModelFieldBase
from datamodel_code_generator.parser.jsonschema import JsonSchemaParser
from datamodel_code_generator.parser.openapi import OpenAPIParser
from datamodel_code_generator.types import DataType

from generator.load.files import FileCache, load_file
from generator.models import dmcg
from generator.models.places import MARKER

ROOT = Path(__file__).resolve().parent.parent


def test_the_installed_version_is_the_one_pyproject_pins() -> None:
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    pins = [d for d in dependencies if d.startswith("datamodel-code-generator")]
    assert pins, "pyproject.toml no longer pins datamodel-code-generator"
    pinned = re.fullmatch(r"datamodel-code-generator==([\w.]+)", pins[0])
    assert pinned, f"{pins[0]!r}: pin an exact version; this file is checked against it"
    assert importlib.metadata.version("datamodel-code-generator") == pinned.group(1)


# The members _Parser overrides, with the parameters our override takes (after self).
OVERRIDDEN = {
    "_resolve_local_ref_path": ["path", "ref"],
    "get_ref_data_type": ["ref"],
    "parse_object_fields": ["obj", "path", "module_name", "class_name"],
    "_load_ref_data_from_path": ["path"],
}


@pytest.mark.parametrize("name", sorted(OVERRIDDEN))
def test_each_overridden_member_exists_with_our_parameters(name: str) -> None:
    theirs = getattr(OpenAPIParser, name, None)
    assert callable(theirs), f"OpenAPIParser.{name} is gone: dmcg._Parser overrides it"
    parameters = [p for p in inspect.signature(theirs).parameters if p != "self"]
    assert parameters[: len(OVERRIDDEN[name])] == OVERRIDDEN[name], f"OpenAPIParser.{name}{parameters}"


def test_data_formats_is_a_cached_mapping_of_json_type_to_format_to_type() -> None:
    # _Parser._data_formats reads super()._data_formats and replaces some entries.
    theirs = inspect.getattr_static(OpenAPIParser, "_data_formats", None)
    assert isinstance(theirs, property | functools.cached_property), "OpenAPIParser._data_formats is gone"


def _parsed(tmp_path: Path, text: str) -> list[DataModel]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(text, encoding="utf-8")
    loaded = load_file(spec)
    return dmcg.parse(loaded, FileCache(loaded))


PETS = """
openapi: 3.0.3
info: {title: Pets, version: "1"}
paths: {}
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: {type: string}
        born: {type: string, format: date-time}
        price: {type: string, format: decimal}
        tags: {type: array, items: {type: string}}
        owner:
          type: object
          properties:
            id: {type: integer}
    Animal:
      type: object
      discriminator: {propertyName: kind}
      properties:
        kind: {type: string}
"""


def test_the_results_carry_what_the_builder_reads(tmp_path: Path) -> None:
    models = _parsed(tmp_path, PETS)
    by_path = {model.reference.path: model for model in models}
    assert "#/components/schemas/Pet" in by_path
    nested = [p for p in by_path if MARKER.search(p)]
    assert nested, f"no inline object marked as models/places.py expects: {sorted(by_path)}"
    pet = by_path["#/components/schemas/Pet"]
    assert isinstance(pet.fields[0], DataModelFieldBase)
    fields = {field.original_name: field for field in pet.fields}
    assert set(fields) == {"name", "born", "price", "tags", "owner"}
    assert fields["name"].required and not fields["born"].required
    for field in fields.values():
        data_type = field.data_type
        assert isinstance(data_type, DataType)
        for member in ("data_types", "is_optional", "literals", "is_dict", "is_list", "is_tuple", "type", "reference"):
            assert hasattr(data_type, member), f"DataType.{member} is gone"

    def kinds(data_type: DataType) -> list[DataType]:  # an optional field's type may wrap its own
        return [data_type, *data_type.data_types]

    assert any(t.is_list for t in kinds(fields["tags"].data_type))
    assert any(t.reference is not None for t in kinds(fields["owner"].data_type))
    # _Parser._data_formats: a decimal string stays a string (the parser alone makes it a Decimal).
    assert fields["price"].data_type.type == "str"
    for member in ("base_classes", "class_name", "name", "fields", "reference"):
        assert hasattr(pet, member), f"DataModel.{member} is gone"


def test_an_all_of_holding_false_is_still_refused_with_the_text_we_retry_on(tmp_path: Path) -> None:
    # dmcg.parse retries without such allOfs when the refusal's text says "boolean false schema";
    # if a release accepts them, or words the refusal differently, the retry must change with it.
    data = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Never": {"allOf": [False]}}},
    }
    parser = OpenAPIParser(data, base_path=tmp_path)
    with pytest.raises(Exception, match="boolean false schema"):
        parser.parse_raw()


def test_dmcg_parse_accepts_an_all_of_holding_false(tmp_path: Path) -> None:
    models = _parsed(
        tmp_path,
        """
openapi: 3.0.3
info: {title: T, version: "1"}
paths: {}
components:
  schemas:
    Never: {allOf: [false]}
    Pet: {type: object, properties: {name: {type: string}}}
""",
    )
    assert "#/components/schemas/Pet" in {model.reference.path for model in models}


def test_the_private_discriminator_members_it_calls_exist() -> None:
    for member in ("_ref_path", "_get_discriminator_union_type"):
        assert callable(getattr(OpenAPIParser, member, None)), f"OpenAPIParser.{member} is gone"
    source = inspect.getsource(JsonSchemaParser) + inspect.getsource(OpenAPIParser)
    for attribute in ("_discriminator_schemas", "_discriminator_documents"):
        assert f"self.{attribute}" in source, f"the parser no longer keeps self.{attribute}"
