"""from_json's fast path (msgspec decodes the text into the model's struct, _from_wire adopts it) gives
what from_dict of json_loads gives: the same objects, the same unknown members, the same wire text of
date-times, the same DecodeError (path and message) on a misfit; and without msgspec, the same again."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import APIS, fixture_files, load_json

FIXTURES = Path(__file__).resolve().parent / "fixtures"
otc = importlib.import_module("otc_ims_client")
otc_runtime = importlib.import_module("otc_ims_client._runtime")
IMAGE = load_json(FIXTURES / "otc_ims" / "OtcImage.json")


def model_of(path: Path) -> Any:
    return getattr(importlib.import_module(f"{APIS[path.parent.name]}.models"), path.stem)


def runtime_of(path: Path) -> Any:
    return importlib.import_module(f"{APIS[path.parent.name]}._runtime")


def same(a: Any, b: Any) -> bool:
    """The same document and the same Python values (enum members, date-times with their wire text)."""
    return repr(a) == repr(b) and json.dumps(a.to_dict(), sort_keys=True) == json.dumps(b.to_dict(), sort_keys=True)


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_fixture_decodes_in_one_pass_as_from_dict_decodes_it(path: Path) -> None:
    model, runtime, text = model_of(path), runtime_of(path), path.read_bytes()
    decode = runtime.wire_decoder(model)
    assert decode is not None, "msgspec is installed in the test environment: the fast path must be there"
    fast = model._from_wire(decode(text))  # the fast path alone, no fallback to from_dict
    assert same(fast, model.from_dict(runtime.json_loads(text)))
    assert same(model.from_json(text), fast) and same(model.from_json(text.decode()), fast)


def test_date_times_keep_their_wire_text_through_the_fast_path() -> None:
    model = importlib.import_module("azure_ml_client").ImageResponseBase
    image = model.from_json((FIXTURES / "azure_ml" / "ImageResponseBase.json").read_bytes())
    assert image.created_time.wire == "2019-01-11T11:48:53.4372893Z"
    assert image.to_dict()["createdTime"] == "2019-01-11T11:48:53.4372893Z"
    assert image.created_time.microsecond == 437289


def test_unknown_members_at_any_depth_are_kept() -> None:
    document = {"images": [{**IMAGE, "x-new": {"a": [1, 2**70]}}], "x-top": None}
    image_list = otc.OtcImageList.from_json(json.dumps(document))
    assert image_list.additional_properties == {"x-top": None}
    assert image_list.images[0].additional_properties == {"x-new": {"a": [1, 2**70]}}
    assert image_list.to_dict() == document


def misfits() -> Iterator[tuple[str, dict[str, Any], tuple[Any, ...]]]:
    yield "a string field holds a number", {**IMAGE, "name": 5}, ("images", 0, "name")
    yield "an integer field holds 1.0", {**IMAGE, "size": 1.0}, ("images", 0, "size")
    yield "a boolean field holds 1", {**IMAGE, "protected": 1}, ("images", 0, "protected")
    yield "a required field is null", {**IMAGE, "owner": None}, ("images", 0, "owner")
    yield "a required field is absent", {k: v for k, v in IMAGE.items() if k != "id"}, ("images", 0, "id")
    yield "an enum holds a number", {**IMAGE, "status": 3}, ("images", 0, "status")
    yield "a date-time is not one", {**IMAGE, "created_at": "yesterday"}, ("images", 0, "created_at")
    yield "a list item is a number", {**IMAGE, "tags": ["a", 2]}, ("images", 0, "tags", 1)


@pytest.mark.parametrize(("case", "image", "path"), list(misfits()), ids=[c for c, _, _ in misfits()])
def test_a_misfit_is_the_decode_error_from_dict_raises(case: str, image: dict[str, Any], path: tuple[Any, ...]) -> None:
    document = {"images": [image], "x-unknown": 1}
    for members in (document, {"images": [image]}):  # with an unknown member, and without (the struct fails)
        with pytest.raises(otc.DecodeError) as from_dict:
            otc.OtcImageList.from_dict(members)
        with pytest.raises(otc.DecodeError) as from_json:
            otc.OtcImageList.from_json(json.dumps(members))
        assert from_json.value.path == from_dict.value.path == path, case
        assert str(from_json.value) == str(from_dict.value)


def test_an_unlisted_enum_value_and_big_integers_are_kept() -> None:
    image = otc.OtcImage.from_json(json.dumps({**IMAGE, "status": "frozen", "size": 2**80, "min_ram": -(2**70)}))
    assert image.status == "frozen" and type(image.status) is str
    assert (image.size, image.min_ram) == (2**80, -(2**70))
    assert otc.OtcImage.from_json(json.dumps(IMAGE)).status is otc.OtcImageStatus.ACTIVE


def test_a_list_decodes_in_one_pass_and_names_the_index_of_a_misfit() -> None:
    text = json.dumps([IMAGE, {**IMAGE, "id": "b", "x-extra": True}])
    images = otc.OtcImage.list_from_json(text)
    assert [i.id for i in images] == [IMAGE["id"], "b"] and images[1].additional_properties == {"x-extra": True}
    assert all(same(a, b) for a, b in zip(images, [otc.OtcImage.from_dict(x) for x in json.loads(text)], strict=True))
    with pytest.raises(otc.DecodeError) as caught:
        otc.OtcImage.list_from_json(json.dumps([IMAGE, {**IMAGE, "size": "big"}]))
    assert caught.value.path == (1, "size")
    with pytest.raises(otc.DecodeError) as caught:
        otc.OtcImage.list_from_json(json.dumps(IMAGE))
    assert caught.value.path == () and "expected array" in str(caught.value)


def test_without_msgspec_from_json_is_from_dict(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (FIXTURES / "otc_ims" / "OtcImageList.json").read_bytes()
    fast = otc.OtcImageList.from_json(text)
    monkeypatch.setattr(otc_runtime, "_msgspec_json", None)
    otc_runtime._wire_decoders.clear()
    try:
        assert otc_runtime.wire_decoder(otc.OtcImageList) is None
        assert same(otc.OtcImageList.from_json(text), fast)
        assert same(otc.OtcImageList.list_from_json(b"[" + text + b"]")[0], fast)
    finally:
        otc_runtime._wire_decoders.clear()


def test_an_integer_enum_value_becomes_its_member() -> None:
    """Compiled by mypyc, a local typed ``ErrorStatus | int`` would be a C int and lose the member."""
    cycle = importlib.import_module("cycle_client")
    envelope = cycle.ErrorEnvelope.from_json(
        b'{"error": {"status": 400, "code": "404.hub", "title": ""}, "data": null}'
    )
    assert envelope.error.status is cycle.ErrorStatus.INTEGER_400
    assert (
        cycle.ErrorEnvelope.from_json(
            b'{"error": {"status": 499, "code": "x", "title": ""}, "data": null}'
        ).error.status
        == 499
    )


def test_after_a_run_of_documents_with_unknown_members_from_json_stops_trying_the_struct() -> None:
    """A server that sends members the schema doesn't name sends them every time: after 16 in a row the
    struct isn't tried (each document would be decoded twice), and the results stay from_dict's."""
    model = otc.OtcImage
    extra = json.dumps({**IMAGE, "x-new": 1})
    for n in range(otc_runtime._WIRE_MISSES_IN_A_ROW):
        assert otc_runtime.wire_decoder(model) is not None, n
        assert model.from_json(extra).additional_properties == {"x-new": 1}
    assert otc_runtime.wire_decoder(model) is None
    assert otc_runtime.wire_decoder(model, many=True) is not None  # (a list of them counts its own misses)
    assert model.from_json(extra).to_dict() == {**IMAGE, "x-new": 1}
    assert same(model.from_json(json.dumps(IMAGE)), model.from_dict(IMAGE))


def test_a_document_that_fits_ends_a_run_of_misses() -> None:
    model = otc.OtcImage
    extra, plain = json.dumps({**IMAGE, "x-new": 1}), json.dumps(IMAGE)
    for _ in range(otc_runtime._WIRE_MISSES_IN_A_ROW - 1):
        model.from_json(extra)
    model.from_json(plain)
    model.from_json(extra)
    assert otc_runtime.wire_decoder(model) is not None
