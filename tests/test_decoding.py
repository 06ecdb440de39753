"""Behaviour of the generated models beyond the examples: errors, nulls, unknowns, names, datetimes."""

from __future__ import annotations

import copy
import dataclasses
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import azure_ml_client as azure
import cycle_client as cycle
import otc_ims_client as otc
import pytest
from conftest import FIXTURES, load_json


@pytest.fixture
def image_doc() -> dict[str, Any]:
    return load_json(FIXTURES / "cycle" / "Image.json")  # type: ignore[no-any-return]


@pytest.fixture
def otc_doc() -> dict[str, Any]:
    return load_json(FIXTURES / "otc_ims" / "OtcImage.json")  # type: ignore[no-any-return]


# --- errors name the path --------------------------------------------------------


def test_wrong_type_deep_inside_names_the_path(image_doc: dict[str, Any]) -> None:
    image_doc["config"]["ports"][0]["host"] = "80"
    with pytest.raises(cycle.DecodeError) as caught:
        cycle.Image.from_dict(image_doc)
    assert str(caught.value) == "config.ports[0].host: expected number, got str"
    assert caught.value.path == ("config", "ports", 0, "host")


def test_error_path_through_an_envelope(image_doc: dict[str, Any]) -> None:
    image_doc["state"]["error"]["time"] = "not a time"
    with pytest.raises(cycle.DecodeError, match=r"^data\.state\.error\.time: expected date-time, got 'not a time'$"):
        cycle.V1ImagesResponse1.from_dict({"data": image_doc})


def test_missing_required_field(image_doc: dict[str, Any]) -> None:
    del image_doc["backend"]["file_id"]
    with pytest.raises(cycle.DecodeError, match=r"^backend\.file_id: required field 'file_id' is missing$"):
        cycle.Image.from_dict(image_doc)


def test_not_an_object_at_all() -> None:
    with pytest.raises(cycle.DecodeError, match=r"^\(document\): expected object, got array$"):
        cycle.Image.from_dict([])


def test_error_inside_a_map_names_the_key(image_doc: dict[str, Any]) -> None:
    image_doc["config"]["env"]["key1"] = 5
    with pytest.raises(cycle.DecodeError, match=r"^config\.env\.key1: expected string, got int$"):
        cycle.Image.from_dict(image_doc)


def test_bool_is_not_a_number_and_int_is_not_a_bool(image_doc: dict[str, Any]) -> None:
    bad = copy.deepcopy(image_doc)
    bad["size"] = True
    with pytest.raises(cycle.DecodeError, match=r"^size: expected integer, got boolean$"):
        cycle.Image.from_dict(bad)
    image_doc["requires"]["nvidia_gpu"] = 0
    with pytest.raises(cycle.DecodeError, match=r"^requires\.nvidia_gpu: expected boolean, got int$"):
        cycle.Image.from_dict(image_doc)


def test_decode_error_is_a_value_error() -> None:
    assert issubclass(cycle.DecodeError, ValueError)


# --- nothing the server sent is dropped ----------------------------------------------


def test_unknown_fields_survive_at_every_depth(image_doc: dict[str, Any]) -> None:
    image_doc["brand_new"] = {"x": [1, 2.5, None]}
    image_doc["config"]["ports"][0]["protocol"] = "udp"
    image_doc["source"]["details"]["origin"]["details"]["mirror"] = True
    image = cycle.Image.from_dict(image_doc)
    assert image.additional_properties == {"brand_new": {"x": [1, 2.5, None]}}
    assert image.config.ports[0].additional_properties == {"protocol": "udp"}
    assert image.to_dict() == image_doc


def test_a_one_value_enum_that_selects_nothing_still_accepts_other_values(otc_doc: dict[str, Any]) -> None:
    otc_doc["__support_xen"] = "false"
    assert otc.OtcImage.from_dict(otc_doc).to_dict()["__support_xen"] == "false"


def test_unknown_enum_value_is_kept_not_an_error(image_doc: dict[str, Any]) -> None:
    image_doc["state"]["current"] = "hibernating"
    image = cycle.Image.from_dict(image_doc)
    assert image.state.current == "hibernating"
    assert not isinstance(image.state.current, cycle.ImageStateCurrent)
    assert image.to_dict()["state"]["current"] == "hibernating"


def test_known_enum_value_is_the_enum_member(image_doc: dict[str, Any]) -> None:
    image = cycle.Image.from_dict(image_doc)
    assert image.state.current is cycle.ImageStateCurrent.DELETED


def test_unknown_discriminator_value_names_the_path(image_doc: dict[str, Any]) -> None:
    image_doc["source"]["details"]["origin"]["type"] = "ftp"
    with pytest.raises(cycle.DecodeError) as caught:
        cycle.Image.from_dict(image_doc)
    assert caught.value.path == ("source", "details", "origin", "type")
    assert "expected one of 'docker-hub'" in str(caught.value)
    assert str(caught.value).endswith("got 'ftp'")


# --- absent, null and values ------------------------------------------------------------


def test_absent_stays_absent_and_null_stays_null(otc_doc: dict[str, Any]) -> None:
    assert otc_doc["virtual_size"] is None
    image = otc.OtcImage.from_dict(otc_doc)
    assert image.virtual_size is None
    assert image.to_dict()["virtual_size"] is None
    del otc_doc["virtual_size"]
    image = otc.OtcImage.from_dict(otc_doc)
    assert image.virtual_size is otc.UNSET
    assert "virtual_size" not in image.to_dict()


def test_unset_is_falsy_and_distinct_from_none() -> None:
    assert not cycle.UNSET
    assert cycle.UNSET is not None
    assert repr(cycle.UNSET) == "UNSET"


def test_numbers_keep_their_json_type(image_doc: dict[str, Any]) -> None:
    image_doc["config"]["ports"][0]["host"] = 8080
    image = cycle.Image.from_dict(image_doc)
    port = image.to_dict()["config"]["ports"][0]
    assert type(port["host"]) is int and port["host"] == 8080
    assert type(port["container"]) is float and port["container"] == 138.72


def test_discriminated_one_of_decodes_to_the_variant_class(image_doc: dict[str, Any]) -> None:
    image = cycle.Image.from_dict(image_doc)
    assert isinstance(image.source, cycle.DirectImageSource)
    assert isinstance(image.source.details.origin, cycle.DockerHubOrigin)
    assert image.source.details.origin.details.target == "target8"


# --- wire names become clean attributes ---------------------------------------------------


def test_wire_names_map_to_snake_case_attributes(otc_doc: dict[str, Any]) -> None:
    image = otc.OtcImage.from_dict(otc_doc)
    assert image.os_bit == otc_doc["__os_bit"]
    assert image.self == otc_doc["self"]
    assert image.schema == otc_doc["schema"]
    assert image.imagetype == otc_doc["__imagetype"]
    assert image.to_dict() == otc_doc


def test_camel_case_wire_names(tmp_path: Any) -> None:
    doc = load_json(FIXTURES / "azure_ml" / "ImageResponseBase.json")
    image = azure.ImageResponseBase.from_dict(doc)
    assert image.image_flavor is azure.ImageFlavor.WEB_API_CONTAINER or isinstance(image.image_flavor, str)
    assert "imageFlavor" in image.to_dict()
    assert not hasattr(image, "imageFlavor")


def test_python_keywords_and_builtins_are_escaped() -> None:
    port = cycle.ImageConfigPort(host=1, container=2, type="tcp")
    assert port.to_dict() == {"host": 1, "container": 2, "type": "tcp"}


# --- date-times ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "01/30/2021 08:30:00",
        "1/30/2021 8:30:00",
        "2016-03-13T12:52:32.123Z",
        "2019-01-11T11:48:53.4372893Z",
        "2020-02-29T23:59:59+05:30",
    ],
)
def test_datetime_text_comes_back_byte_identical(image_doc: dict[str, Any], text: str) -> None:
    image_doc["state"]["changed"] = text
    image = cycle.Image.from_dict(image_doc)
    assert isinstance(image.state.changed, datetime)
    assert image.to_dict()["state"]["changed"] == text


def test_datetime_values_are_parsed(image_doc: dict[str, Any]) -> None:
    image = cycle.Image.from_dict(image_doc)
    assert image.state.changed == datetime(2021, 1, 30, 8, 30)
    assert image.state.error is not None and not isinstance(image.state.error, cycle.Unset)
    assert image.state.error.time == datetime(2016, 3, 13, 12, 52, 32, 123000, tzinfo=UTC)


def test_a_datetime_the_user_builds_is_written_as_rfc3339() -> None:
    events = cycle.ImageEvents(
        created=datetime(2024, 5, 1, 12, 0, tzinfo=UTC),
        updated=datetime(2024, 5, 1, 12, 0, 0, 500000, tzinfo=timezone(timedelta(hours=2))),
        deleted=datetime(2024, 5, 1, 12, 0, tzinfo=UTC),
    )
    wire = events.to_dict()
    assert wire["created"] == "2024-05-01T12:00:00Z"
    assert wire["updated"] == "2024-05-01T12:00:00.500000+02:00"


def test_a_changed_datetime_is_written_fresh(image_doc: dict[str, Any]) -> None:
    image = cycle.Image.from_dict(image_doc)
    image.events.created = image.events.created + timedelta(days=1)
    assert image.to_dict()["events"]["created"] == "2021-01-31T08:30:00"


# --- secrets ------------------------------------------------------------------------------------


def test_secrets_are_not_in_repr(image_doc: dict[str, Any]) -> None:
    image = cycle.Image.from_dict(image_doc)
    assert "token4" not in repr(image)
    assert image.to_dict()["source"]["details"]["origin"]["details"]["token"] == "token4"


# --- the decoders' fast paths keep every check ------------------------------------------------


def test_an_absent_field_and_an_unknown_one_together_keep_the_unknown(otc_doc: dict[str, Any]) -> None:
    # as many members as the model has fields present, but one is not the model's
    del otc_doc["__os_version"]
    otc_doc["__os_flavour"] = "minimal"
    image = otc.OtcImage.from_dict(otc_doc)
    assert image.os_version is otc.UNSET
    assert image.additional_properties == {"__os_flavour": "minimal"}
    assert image.to_dict() == otc_doc


def test_null_where_the_schema_does_not_allow_it_is_an_error(otc_doc: dict[str, Any]) -> None:
    otc_doc["__os_version"] = None  # optional, not nullable
    with pytest.raises(otc.DecodeError, match=r"^__os_version: expected string, got null$"):
        otc.OtcImage.from_dict(otc_doc)
    otc_doc["__os_version"] = "7"
    otc_doc["__platform"] = None  # an optional enum
    with pytest.raises(otc.DecodeError, match=r"^__platform: expected string, got null$"):
        otc.OtcImage.from_dict(otc_doc)


def test_an_enum_value_of_the_wrong_json_type_is_an_error(otc_doc: dict[str, Any]) -> None:
    otc_doc["status"] = 3
    with pytest.raises(otc.DecodeError, match=r"^status: expected string, got int$"):
        otc.OtcImage.from_dict(otc_doc)
    otc_doc["status"] = "active"
    otc_doc["__os_type"] = ["Linux"]  # unhashable: must not reach the members' dict
    with pytest.raises(otc.DecodeError, match=r"^__os_type: expected string, got array$"):
        otc.OtcImage.from_dict(otc_doc)


def test_lists_and_maps_of_primitives_name_the_bad_item(image_doc: dict[str, Any]) -> None:
    image_doc["config"]["command"][1] = 7
    with pytest.raises(cycle.DecodeError, match=r"^config\.command\[1\]: expected string, got int$"):
        cycle.Image.from_dict(image_doc)
    image_doc["config"]["command"] = "ls"
    with pytest.raises(cycle.DecodeError, match=r"^config\.command: expected array, got str$"):
        cycle.Image.from_dict(image_doc)


def test_decoded_lists_and_maps_are_copies(image_doc: dict[str, Any]) -> None:
    image = cycle.Image.from_dict(image_doc)
    image.config.command.append("more")
    image.config.env["key9"] = "x"
    assert image_doc["config"]["command"] == ["command3", "command2"]
    assert "key9" not in image_doc["config"]["env"]


@pytest.mark.parametrize(
    "text", ["13/45/2021 08:30:00", "02/30/2021 08:30:00", "01/30/2021 08:30:0x", "01/30/2021T08:30:00"]
)
def test_a_us_datetime_that_is_no_date_is_an_error(image_doc: dict[str, Any], text: str) -> None:
    image_doc["state"]["changed"] = text
    with pytest.raises(cycle.DecodeError, match=rf"^state\.changed: expected date-time, got '{text}'$"):
        cycle.Image.from_dict(image_doc)


@pytest.mark.parametrize(
    ("value", "got"),
    [
        (20210130, "int"),
        (None, "null"),
        (["/"], "array"),
        (["2021-01-30"], "array"),
        ({"/": 1}, "object"),
        ({}, "object"),
        (True, "boolean"),
        (1.5, "float"),
    ],
)
def test_a_datetime_that_is_no_string_is_an_error(image_doc: dict[str, Any], value: object, got: str) -> None:
    # as_datetime tries fromisoformat before any type test; a "/" (in a list or a map's keys too)
    # sends it to the US format: every such value must still be refused as no string.
    image_doc["state"]["changed"] = value
    with pytest.raises(cycle.DecodeError, match=rf"^state\.changed: expected date-time string, got {got}$"):
        cycle.Image.from_dict(image_doc)


@pytest.mark.parametrize("text", ["2021-01-30T08:30:00Z/", "2021/01/30T08:30:00Z", "/", ""])
def test_a_datetime_with_a_slash_that_is_no_us_datetime_is_an_error(image_doc: dict[str, Any], text: str) -> None:
    image_doc["state"]["changed"] = text
    with pytest.raises(cycle.DecodeError, match=rf"^state\.changed: expected date-time, got '{text}'$"):
        cycle.Image.from_dict(image_doc)


def test_us_datetimes_are_naive_and_parsed(image_doc: dict[str, Any]) -> None:
    image = cycle.Image.from_dict(image_doc)  # the seed as sent: "01/30/2021 08:30:00"
    assert image.events.created == datetime(2021, 1, 30, 8, 30) and image.events.created.tzinfo is None


def test_decoded_datetimes_keep_fold_and_tzinfo(image_doc: dict[str, Any]) -> None:
    image_doc["state"]["changed"] = "2020-02-29T23:59:59.5+05:30"
    changed = cycle.Image.from_dict(image_doc).state.changed
    assert changed == datetime(2020, 2, 29, 23, 59, 59, 500000, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert changed.fold == 0 and changed.utcoffset() == timedelta(hours=5, minutes=30)


# --- the written-out dataclass methods ----------------------------------------------------------


def test_models_are_dataclasses_with_keyword_init_repr_and_eq(image_doc: dict[str, Any]) -> None:
    port = cycle.ImageConfigPort(host=1, container=2.5, type="tcp")
    assert dataclasses.is_dataclass(port) and not hasattr(port, "__dict__")
    assert [f.name for f in dataclasses.fields(port)] == ["host", "container", "type", "additional_properties"]
    assert port.additional_properties == {}
    assert repr(port) == "ImageConfigPort(host=1, container=2.5, type='tcp', additional_properties={})"
    assert dataclasses.replace(port, host=2) == cycle.ImageConfigPort(host=2, container=2.5, type="tcp")
    assert port != dataclasses.replace(port, additional_properties={"x": 1})
    assert port != ("host", 1)
    image = cycle.Image.from_dict(image_doc)
    assert image == cycle.Image.from_dict(image_doc) and image is not cycle.Image.from_dict(image_doc)


def test_a_field_called_self_can_be_passed_to_init(otc_doc: dict[str, Any]) -> None:
    image = otc.OtcImage.from_dict(otc_doc)
    fields = {f.name: getattr(image, f.name) for f in dataclasses.fields(image)}
    assert otc.OtcImage(**fields) == image
    assert otc.OtcImage(**fields).self == otc_doc["self"]
