"""Each input feature of real-world specs, on a small spec of tests/features: decoding, exact round trip, mypy.

The specs are generated once per test process into a temporary folder, as a user would
(``python -m generator``), and the packages imported from there.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import run_generator

from bench.roundtrip import same_json

FEATURES = Path(__file__).resolve().parent / "features"
SPECS = {
    "openapi31_client": FEATURES / "openapi31.yaml",
    "openapi30_client": FEATURES / "openapi30.yaml",
    "swagger20_client": FEATURES / "swagger20.yaml",
    "cycle_layout_client": FEATURES / "multifile" / "cycle" / "platform" / "api.yml",
    "digitalocean_layout_client": FEATURES / "multifile" / "digitalocean" / "spec.yaml",
}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("features")
    done = run_generator(*SPECS.values(), "--out", folder)
    assert done.returncode == 0, done.stderr
    sys.path.insert(0, str(folder))
    importlib.invalidate_caches()
    return folder


def models(out: Path, package: str) -> ModuleType:
    return importlib.import_module(f"{package}.models")


def round_trips(decode: Any, encode: Any, document: Any) -> Any:
    """Decode ``document``, check it encodes back exactly, and return the decoded value."""
    value = decode(document)
    assert same_json(encode(value), document)
    return value


# --- OpenAPI 3.1: unions, recursion, const, type lists ------------------------------------------


def test_tagged_union_picks_the_variant_by_its_discriminator_and_mapping(out: Path) -> None:
    m = models(out, "openapi31_client")
    for document, variant in (
        ({"kind": "circle", "radius": 1.5}, m.Circle),
        ({"kind": "round", "radius": 2}, m.Circle),  # a second tag mapped to the same schema
        ({"kind": "square", "side": 3, "colour": "red"}, m.Square),
    ):
        shape = round_trips(m.shape_from_dict, lambda s: s.to_dict(), document)
        assert type(shape) is variant
    with pytest.raises(m.DecodeError) as caught:
        m.shape_from_dict({"kind": "hexagon"}, "shape")
    assert caught.value.path == ("shape", "kind")


def test_untagged_union_tries_members_in_the_documented_order(out: Path) -> None:
    m = models(out, "openapi31_client")
    expected = {
        "2021-01-30T08:30:00.1234567Z": datetime,  # date-time before string
        "hello": str,
        7: int,  # integer before number
        7.5: float,
        True: bool,  # a bool is no integer
    }
    for document, python_type in expected.items():
        value = round_trips(m.scalar_from_dict, m.scalar_to_dict, document)
        assert type(value) is python_type or isinstance(value, python_type), (document, value)
    with pytest.raises(m.DecodeError) as caught:
        m.scalar_from_dict(None, "scalar")
    assert caught.value.path == ("scalar",)


def test_untagged_union_of_objects_takes_the_first_that_fits_and_keeps_the_rest(out: Path) -> None:
    m = models(out, "openapi31_client")
    assert type(round_trips(m.pet_from_dict, m.pet_to_dict, {"meows": True})) is m.Cat
    assert type(round_trips(m.pet_from_dict, m.pet_to_dict, {"barks": 2, "name": "Rex"})) is m.Dog
    both = round_trips(m.pet_from_dict, m.pet_to_dict, {"meows": False, "barks": 1})
    assert type(both) is m.Cat and both.additional_properties == {"barks": 1}
    with pytest.raises(m.DecodeError):
        m.pet_from_dict({"name": "neither"})


def test_arrays_of_unions_type_lists_const_and_nullable_members(out: Path) -> None:
    m = models(out, "openapi31_client")
    document = {
        "pets": [{"meows": True}, {"barks": 3}],
        "maybe": None,
        "fixed": 42,
        "nullable_pet": None,
        "shape": {"kind": "square", "side": 1},
    }
    holder = round_trips(m.Holder.from_dict, lambda h: h.to_dict(), document)
    assert [type(p) for p in holder.pets] == [m.Cat, m.Dog]
    assert holder.maybe is None and holder.nullable_pet is None
    for maybe in ("text", 12):
        assert round_trips(m.Holder.from_dict, lambda h: h.to_dict(), {"maybe": maybe}).maybe == maybe


def test_an_enum_wrapped_in_all_of_is_the_enum(out: Path) -> None:
    m = models(out, "openapi31_client")
    holder = round_trips(m.Holder.from_dict, lambda h: h.to_dict(), {"level": "high"})
    assert holder.level is m.Level.HIGH and not hasattr(m, "DescribedLevel")


def test_recursive_and_mutually_recursive_schemas(out: Path) -> None:
    m = models(out, "openapi31_client")
    tree = {"value": 1, "children": [{"value": 2, "children": [{"value": 3}]}, {"value": 4, "children": []}]}
    node = round_trips(m.TreeNode.from_dict, lambda t: t.to_dict(), tree)
    assert node.children[0].children[0].value == 3
    team = {"lead": {"name": "Ann", "team": {"lead": {"name": "Bob"}, "members": [{"name": "Cy"}]}}}
    decoded = round_trips(m.Team.from_dict, lambda t: t.to_dict(), team)
    assert decoded.lead.team.members[0].name == "Cy"


def test_recursive_union_decodes_any_json_exactly(out: Path) -> None:
    m = models(out, "openapi31_client")
    document = {"a": [1, 2.5, "x", {"b": [True, []]}], "c": {}}
    value = round_trips(m.json_from_dict, m.json_to_dict, document)
    assert value["a"][1] == 2.5 and type(value["a"][0]) is int


def test_all_of_merges_the_base_and_own_properties(out: Path) -> None:
    m = models(out, "openapi31_client")
    derived = round_trips(
        m.Derived.from_dict, lambda d: d.to_dict(), {"id": "x", "extra": 5, "created": "2020-01-01T00:00:00Z"}
    )
    assert (derived.id, derived.extra, derived.created.year) == ("x", 5, 2020)


def test_inline_bodies_are_named_after_their_operation(out: Path) -> None:
    m = models(out, "openapi31_client")
    body = round_trips(
        m.CreateShapeRequest.from_dict, lambda b: b.to_dict(), {"shape": {"kind": "circle", "radius": 1}, "note": None}
    )
    assert type(body.shape) is m.Circle
    created = round_trips(
        m.CreateShapeResponse.from_dict, lambda r: r.to_dict(), {"id": "5b4e", "created": "2024-02-29T12:00:00+01:00"}
    )
    assert created.created.utcoffset() is not None


# --- OpenAPI 3.0: nullable, formats, enums, additionalProperties ---------------------------------


def test_enum_members_with_colliding_or_unusable_names(out: Path) -> None:
    m = models(out, "openapi30_client")
    names = [member.name for member in m.Colour]
    assert len(set(names)) == len(names) == 7 and all(n.isidentifier() for n in names)
    assert [member.value for member in m.Colour] == ["red", "RED", "light-blue", "2nd", "class", "", "ünïcode"]
    assert [member.value for member in m.Level] == [0, 1, 10, -1]


THING = {
    "id": "0b1f4e8e-5d2c-4c53-9a8b-2f0e4f8d1c10",
    "secret": "hunter2",
    "size": 9,
    "label": None,
    "colour": "light-blue",
    "level": 7,
    "born": "1990-05-17",
    "seen": None,
    "blob": "aGVsbG8=",
    "file": "raw bytes as text",
    "old": "deprecated but kept",
    "only": "two",
    "tags": {"a": "b"},
    "free": {"anything": [1, {"goes": None}]},
    "anything": [None, 1.5],
    "closed": {"a": "x"},
    "counts": {"total": 3, "extra": 4},
    "history": {"first": {"at": "2020-01-01T00:00:00Z"}},
    "nested": {"inner": {"deep": [{"x": 1}]}},
}


def test_openapi_30_document_decodes_typed_and_round_trips(out: Path) -> None:
    m = models(out, "openapi30_client")
    thing = round_trips(m.Thing.from_dict, lambda t: t.to_dict(), THING)
    assert thing.colour is m.Colour.LIGHT_BLUE
    assert thing.level == 7 and not isinstance(thing.level, m.Level)  # a value the enum doesn't list is kept
    assert thing.born == date(1990, 5, 17) and thing.label is None and thing.seen is None
    assert thing.only == "two"  # a one-value enum stays open
    assert thing.counts.total == 3 and thing.counts.additional_properties == {"extra": 4}
    assert isinstance(thing.history["first"].at, datetime)
    assert thing.nested.inner.deep[0].x == 1
    assert "hunter2" not in repr(thing)  # format: password
    absent = round_trips(m.Thing.from_dict, lambda t: t.to_dict(), {"id": "x", "size": 1})
    assert absent.ratio is m.UNSET  # a default is not filled in: absent stays absent


def test_typed_extra_members_are_checked(out: Path) -> None:
    m = models(out, "openapi30_client")
    with pytest.raises(m.DecodeError) as caught:
        m.Thing.from_dict({**THING, "counts": {"total": 1, "other": "not a number"}})
    assert caught.value.path == ("counts", "other")


# --- Swagger 2.0 ------------------------------------------------------------------------------


def test_swagger_20_is_converted_and_generates(out: Path) -> None:
    m = models(out, "swagger20_client")
    image = round_trips(
        m.WebImage.from_dict,
        lambda i: i.to_dict(),
        {"id": "i1", "flavor": "WEB", "url": "https://x", "description": None, "created": "2019-01-01T00:00:00Z"},
    )
    assert image.description is None and image.url == "https://x"  # x-nullable, allOf
    assert [f for f in ("file", "note") if f in m.UploadRequest._wire_names] == ["file", "note"]  # formData


def test_swagger_diagnostics_name_the_swagger_file_lines_and_pointers(tmp_path: Path) -> None:
    done = run_generator(SPECS["swagger20_client"], "--out", tmp_path)
    assert done.returncode == 0
    assert "swagger20.yaml:78: /securityDefinitions/basic: warning:" in done.stderr


# --- multi-file specs -------------------------------------------------------------------------


def test_cycle_layout_with_discriminator_mapping_to_files(out: Path) -> None:
    m = models(out, "cycle_layout_client")
    document = {"data": {"id": "img", "source": {"type": "registry", "url": "r.io", "username": "u"}}}
    response = round_trips(m.GetImageResponse.from_dict, lambda r: r.to_dict(), document)
    assert type(response.data.source) is m.Registry
    hub = round_trips(m.image_source_from_dict, lambda s: s.to_dict(), {"type": "docker-hub", "target": "nginx"})
    assert type(hub) is m.DockerHub


def test_digitalocean_layout_with_operations_in_other_files(out: Path) -> None:
    m = models(out, "digitalocean_layout_client")
    document = {
        "droplets": [{"id": 1, "name": "d", "size": {"slug": "s-1", "price_monthly": 5}, "networks": {"v4": []}}],
        "meta": {"total": 1},
    }
    listed = round_trips(m.DropletsListResponse.from_dict, lambda r: r.to_dict(), document)
    assert listed.droplets[0].size.price_monthly == 5 and listed.meta.total == 1


# --- every feature package passes mypy --strict ------------------------------------------------


def test_feature_packages_are_mypy_strict_clean(out: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *SPECS],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_feature_specs_generate_without_warnings_other_than_the_clients(tmp_path: Path) -> None:
    specs = [p for name, p in SPECS.items() if name != "swagger20_client"]
    done = run_generator(*specs, "--out", tmp_path, "--quiet")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
