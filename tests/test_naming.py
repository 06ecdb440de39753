"""generator/naming/: owners and copies on plain records, and the IR given its names as a copy."""

from __future__ import annotations

from pathlib import Path

from generator import ir
from generator.ir.class_names import GIVEN, ClassClaims, NameHint, NameRequest
from generator.load.files import LoadedFile, load_file
from generator.naming.book import NameBook
from generator.naming.owners import ParsedClass, claim_class_names
from generator.naming.renames import with_settled_names

SPEC = """
openapi: 3.0.3
info: {title: T, version: "1"}
paths: {}
components:
  schemas:
    Image:
      type: object
      properties:
        state: {type: object, properties: {current: {type: string}}}
"""


def _parsed(file: LoadedFile, key: str, pointer: str) -> ParsedClass:
    """A model the parser made of the schema at ``pointer``: two of one place are copies (one shape)."""
    return ParsedClass(key, file, pointer, True, "Model", key.rpartition("/")[2], ("object",), "", "")


def test_a_member_is_named_after_its_owner_and_a_copy_shares_its_schema_s_class(tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    file = load_file(spec, "s.yaml")
    image = _parsed(file, "#/Image", "/components/schemas/Image")
    state = _parsed(file, "#/Image/state", "/components/schemas/Image/properties/state")
    copy = _parsed(file, "#/Image/state-copy", "/components/schemas/Image/properties/state")
    classes = {c.key: c for c in (state, copy, image)}  # a member first: its owner is claimed before it
    by_place = {c.place_key: c.key for c in (image, state)}
    book = NameBook(ClassClaims())
    copies = claim_class_names(classes, by_place, book)
    assert copies == {copy.key: state.key}
    assert book.class_name(image.key) == "Image"
    assert book.class_name(state.key) == book.class_name(copy.key) == "ImageState"
    assert book.classes.requests["ImageState"].hint == NameHint("Image", "State")


def test_the_ir_gets_its_settled_names_as_a_copy() -> None:
    source = ir.Source("s.yaml", 1, "/components/schemas/Pet")
    api = ir.Api("p", "s.yaml", "T", "1", "")
    pet = api.class_names.claim(NameRequest(NameHint("", "Pet"), "Model", "s.yaml#/components/schemas/Pet", GIVEN))
    owner = ir.Field("owner", "owner", ir.TypeRef("model", pet), False, "", False, source)
    api.models.append(ir.Model(pet, "", (owner,), source))
    named = with_settled_names(api, {pet: "Animal"})
    assert [m.name for m in named.models] == ["Animal"]
    assert named.models[0].fields[0].type == ir.TypeRef("model", "Animal")
    assert [m.name for m in api.models] == ["Pet"]  # the build's own result is left as it was
