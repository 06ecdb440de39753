"""What models offer besides from_dict/to_dict: to_json/from_json, replace(), pickling and copying
that keep every byte of the wire form, and equality that tells apart what the wire tells apart."""

from __future__ import annotations

import copy
import importlib
import json
import pickle
from pathlib import Path
from typing import Any

import pytest
from conftest import APIS, fixture_files, load_json

cycle = importlib.import_module("cycle_client.models")
IMAGE = load_json(Path(__file__).resolve().parent / "fixtures" / "cycle" / "Image.json")


def model_of(path: Path) -> Any:
    return getattr(importlib.import_module(f"{APIS[path.parent.name]}.models"), path.stem)


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_json_text_pickles_and_copies_keep_the_document_exactly(path: Path) -> None:
    document = load_json(path)
    model = model_of(path).from_dict(document)
    assert json.loads(model.to_json()) == document
    assert model_of(path).from_json(model.to_json().encode()) == model
    for again in (pickle.loads(pickle.dumps(model)), copy.deepcopy(model), copy.copy(model)):
        assert again == model
        assert json.dumps(again.to_dict(), sort_keys=True) == json.dumps(document, sort_keys=True)  # text, types


def test_from_json_of_what_is_not_json_is_a_decode_error_at_the_document() -> None:
    with pytest.raises(cycle.DecodeError) as caught:
        cycle.Image.from_json(b'{"id": ')
    assert caught.value.path == ()
    with pytest.raises(cycle.DecodeError, match="required field 'hub_id' is missing"):
        cycle.Image.from_json('{"id": "x"}')


def test_a_pickled_date_time_keeps_its_wire_text() -> None:
    image = cycle.Image.from_dict(IMAGE)
    state = pickle.loads(pickle.dumps(image.state, protocol=pickle.HIGHEST_PROTOCOL))
    assert state.changed.wire == "01/30/2021 08:30:00"
    assert state.to_dict()["error"]["time"] == "2016-03-13T12:52:32.123Z"


def test_replace_changes_what_it_is_given_and_keeps_the_rest() -> None:
    image = cycle.Image.from_dict({**IMAGE, "x-unknown": [1, 2]})
    renamed = image.replace(name="web", about=cycle.UNSET)
    assert (renamed.name, renamed.id, renamed.state) == ("web", image.id, image.state)
    assert renamed.to_dict() == {k: v for k, v in {**IMAGE, "x-unknown": [1, 2], "name": "web"}.items() if k != "about"}
    assert renamed.additional_properties == {"x-unknown": [1, 2]}
    renamed.additional_properties["x-other"] = True  # a copy: the original is untouched
    assert image.additional_properties == {"x-unknown": [1, 2]} and "about" in image.to_dict()
    assert image.replace() == image and image.replace() is not image
    assert image.replace(additional_properties={}).to_dict() == IMAGE


@pytest.mark.parametrize(
    ("path", "changed"),
    [
        (("state", "changed"), "2021-01-30T08:30:00"),  # the same instant, other text
        (("state", "error", "time"), "2016-03-13T12:52:32.123000Z"),
        (("config", "ports", 0, "host"), 55.680),  # the same float: equal
        (("config", "env", "key0"), "env5 "),
    ],
)
def test_equality_tells_apart_what_the_wire_tells_apart(path: tuple[Any, ...], changed: Any) -> None:
    other = copy.deepcopy(IMAGE)
    node = other
    for key in path[:-1]:
        node = node[key]
    before = node[path[-1]]
    node[path[-1]] = changed
    same_text = json.dumps(before) == json.dumps(changed)
    assert (cycle.Image.from_dict(other) == cycle.Image.from_dict(IMAGE)) is same_text


def test_a_number_keeps_its_json_type_in_equality() -> None:
    def with_host(host: float) -> Any:
        return cycle.ImageConfigPort.from_dict({**IMAGE["config"]["ports"][0], "host": host})

    assert with_host(8) != with_host(8.0) and with_host(8.0) == with_host(8.0)


def test_unknown_members_compare_with_their_json_types_and_in_any_order() -> None:
    def with_extra(**extra: Any) -> Any:
        return cycle.ImageAbout.from_dict({"description": "d", **extra})

    assert with_extra(flag=True) != with_extra(flag=1)
    assert with_extra(n=8) != with_extra(n=8.0)
    assert with_extra(a=1, b={"x": [1]}) == with_extra(b={"x": [1]}, a=1)
    assert with_extra(a=1) != with_extra(a=1, b=None)


@pytest.mark.parametrize("package", sorted(APIS.values()))
def test_every_model_shares_the_runtime_base_and_keeps_only_its_slots(package: str) -> None:
    """What every model repeated lives in _runtime.Model; it has no fields, so instances stay slot-only,
    unhashable (equality is the document's), and unequal to another class with the same document."""
    runtime = importlib.import_module(f"{package}._runtime")
    models = importlib.import_module(f"{package}.models")
    classes = [getattr(models, n) for n in models.__all__ if isinstance(getattr(models, n), type)]
    model_classes = [c for c in classes if hasattr(c, "from_dict")]
    assert model_classes and all(issubclass(c, runtime.Model) for c in model_classes)
    image = cycle.ImageAbout.from_dict({"description": "d"})
    assert not hasattr(image, "__dict__")
    with pytest.raises(TypeError):
        hash(image)
    assert image.__eq__(cycle.ImageSourceAbout.from_dict({"description": "d"})) is NotImplemented
    assert repr(image) == "ImageAbout(description='d', additional_properties={})"
