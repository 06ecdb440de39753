"""The ``generated`` fixture (tests/inline.py): inline specs generate once, as packages that never clash."""

from __future__ import annotations

import pytest
from inline import InlineSpecs

SPEC = """
    openapi: 3.1.0
    info: {title: Inline, version: "1"}
    paths: {}
    components:
      schemas:
        Thing:
          type: object
          properties:
            name: {type: string}
"""


def test_the_same_text_is_one_package_generated_once(generated: InlineSpecs) -> None:
    first = generated(SPEC)
    assert generated("\n".join(line[4:] for line in SPEC.splitlines())) is first  # indentation is not the text
    assert first.__name__.startswith("inline_") and first.__name__.endswith("_client")
    assert first.Thing.from_dict({"name": "x"}).name == "x"
    assert first.models.Thing is first.Thing


def test_two_specs_of_the_same_names_are_two_packages(generated: InlineSpecs) -> None:
    other = generated(SPEC.replace("name: {type: string}", "name: {type: integer}"))
    assert other.__name__ != generated(SPEC).__name__
    assert other.Thing.from_dict({"name": 1}).name == 1
    with pytest.raises(other.DecodeError):
        other.Thing.from_dict({"name": "x"})


def test_a_config_is_the_specs_own(generated: InlineSpecs) -> None:
    pkg = generated(SPEC, config="class_names: {Thing: Item}")
    assert pkg.Item.from_dict({"name": "x"}).name == "x" and not hasattr(pkg.models, "Thing")


def test_warnings_are_listed_with_their_place(generated: InlineSpecs) -> None:
    spec = SPEC.replace("name: {type: string}", "name: {type: string}\n            other: {type: 'null'}")
    spec = spec.replace("openapi: 3.1.0", "openapi: 3.0.3")
    assert generated.warnings(SPEC) == []
    (warning,) = generated.warnings(spec)
    assert "/components/schemas/Thing/properties/other" in warning and ": warning: " in warning


def test_a_spec_that_does_not_generate_fails_the_test_with_its_diagnostics(generated: InlineSpecs) -> None:
    with pytest.raises(pytest.fail.Exception) as caught:
        generated(SPEC.replace("{type: string}", "{$ref: '#/components/schemas/Nowhere'}"))
    assert "/components/schemas/Thing/properties/name/$ref: error: " in str(caught.value)
