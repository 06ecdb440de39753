"""Each input feature of real-world specs, on a small spec of tests/features: decoding, exact round trip, mypy.

The specs are generated once per test process into a temporary folder, as a user would
(``python -m generator``), and the packages imported from there.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import run_generator

from bench.exact_json import same_json

pytestmark = pytest.mark.slow  # 13 feature specs through the CLI (make test-fast leaves it out)

FEATURES = Path(__file__).resolve().parent / "features"
SPECS = {
    "openapi31_client": FEATURES / "openapi31.yaml",
    "openapi30_client": FEATURES / "openapi30.yaml",
    "swagger20_client": FEATURES / "swagger20.yaml",
    "cycle_layout_client": FEATURES / "multifile" / "cycle" / "platform" / "api.yml",
    "digitalocean_layout_client": FEATURES / "multifile" / "digitalocean" / "spec.yaml",
    "http_client": FEATURES / "http.yaml",  # every kind of body, response, parameter and credential
    "discriminators_client": FEATURES / "discriminators.yaml",
    "lenient_client": FEATURES / "lenient.yaml",  # breaks rules, says what it means: warned, read as meant
    "annotated_refs_client": FEATURES / "annotated_refs.yaml",  # allOf: [$ref, {example: ...}] is the $ref
    "swagger_path_refs_client": FEATURES / "swagger_path_refs.yaml",  # $refs into paths, percent-encoded
    "bare_schemas_client": FEATURES / "bare_schemas.yaml",  # no properties, only extras, {}, enums
    "nullable_members_client": FEATURES / "nullable_members.yaml",  # a union member admitting null (3.0)
    "nullable_members31_client": FEATURES / "nullable_members31.yaml",  # ... and with type lists (3.1)
    "builtin_names_client": FEATURES / "builtin_names.yaml",  # schemas named Warning, KeyError, Exception
    "wide_models_client": FEATURES / "wide_models.yaml",  # 80 and 250 properties
    "inline_discriminators_client": FEATURES / "inline_discriminators.yaml",  # members with no name to be a tag
    "type_keyword_client": FEATURES / "type_keyword.yaml",  # formats and items that say another type
}
CYCLE_LAYOUT = FEATURES / "multifile" / "cycle"  # (its main file, platform/api.yml, refers to ../components)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("features")
    done = run_generator(*SPECS.values(), "--out", folder, "--allow-refs-under", CYCLE_LAYOUT)
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
    wire_names = vars(sys.modules[m.UploadRequest.__module__])["_UploadRequest_wire_names"]
    assert [f for f in ("file", "note") if f in wire_names] == ["file", "note"]  # formData


def test_swagger_diagnostics_name_the_swagger_file_lines_and_pointers(tmp_path: Path) -> None:
    spec = tmp_path / "swagger20.yaml"  # with a security scheme the clients can't send, on line 79
    spec.write_text(SPECS["swagger20_client"].read_text(encoding="utf-8") + "  hmac: {type: apiKey, in: header}\n")
    done = run_generator(spec, "--out", tmp_path / "out")
    assert done.returncode == 0
    assert "swagger20.yaml:79: /securityDefinitions/hmac: warning: only bearer, basic" in done.stderr


def test_swagger_refs_into_paths_follow_the_conversion_to_one_class(out: Path) -> None:
    m = models(out, "swagger_path_refs_client")
    assert set(m.__all__) - {"UNSET", "DecodeError", "Unset"} == {
        "KeyModel",  # (Key is a name of the runtime's)
        "KeysImportRequest",
        "KeysListResponse",
        "KeysListResponseDefault",  # also the default of Keys_Import and Keys_Restore, and Key.error
    }
    key = round_trips(m.KeyModel.from_dict, lambda k: k.to_dict(), {"name": "k", "error": {"code": "Gone"}})
    assert type(key.error) is m.KeysListResponseDefault and key.error.code == "Gone"
    client = importlib.import_module("swagger_path_refs_client.client")
    for operation in ("keys_list", "keys_import", "keys_restore"):
        group = sys.modules[getattr(client.Client, operation).__module__]  # its group's, loaded on first use
        assert vars(group)[f"_{operation}_errors"] == {"default": m.KeysListResponseDefault.from_dict}
    assert "body: KeysImportRequest | Unset = UNSET" in inspect.getsource(client.Client.keys_restore)


def test_swagger_refs_into_paths_that_point_to_nothing_name_the_swagger_line(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    text = SPECS["swagger_path_refs_client"].read_text(encoding="utf-8")
    spec.write_text(text.replace("post/parameters/1/schema", "post/parameters/7/schema"), encoding="utf-8")
    done = run_generator(spec, "--out", tmp_path / "out")
    assert done.returncode == 1
    line = 1 + text[: text.index("post/parameters/1/schema")].count("\n")
    assert (
        f"broken.yaml:{line}: /paths/~1subscriptions~1{{subscriptionId}}~1keys~1{{keyName}}/put/parameters/2/"
        in done.stderr
    )
    assert "points to nothing" in done.stderr


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


# --- discriminators: on a base schema, numeric tags, unions of unions (more: test_schema_features) ---

# --- discriminators: on a base schema, numeric tags, unions of unions (more in test_schema_features) --


def test_a_reference_to_a_base_with_a_discriminator_is_the_subtype_its_tag_names(out: Path) -> None:
    m = models(out, "discriminators_client")
    document = {
        "resident": {"petType": "kitty", "lives": 9, "name": "Tom"},  # the second tag mapped to Cat
        "pets": [
            {"petType": "cat", "lives": 7},
            {"petType": "Dog", "barks": True},  # not mapped: its name is its tag
            {"petType": "Puppy", "ageWeeks": 8, "barks": False},  # extends Dog, so a Pet too
            {"petType": "parrot", "words": 12},  # no schema has this tag: the base, all kept
        ],
        "byName": {"rex": {"petType": "Dog"}},
        "visitor": None,
    }
    kennel = round_trips(m.Kennel.from_dict, lambda k: k.to_dict(), document)
    assert type(kennel.resident) is m.Cat and kennel.resident.lives == 9 and kennel.resident.name == "Tom"
    assert [type(p) for p in kennel.pets] == [m.Cat, m.Dog, m.Puppy, m.Pet]
    assert kennel.pets[3].additional_properties == {"words": 12}
    assert type(kennel.by_name["rex"]) is m.Dog and kennel.visitor is None
    with pytest.raises(m.DecodeError) as caught:  # the tag says Cat, and a Cat has lives
        m.Kennel.from_dict({"resident": {"petType": "cat"}})
    assert caught.value.path == ("resident", "lives")
    with pytest.raises(m.DecodeError) as caught:  # the base requires its tag
        m.Kennel.from_dict({"pets": [{"name": "no tag"}]})
    assert caught.value.path == ("pets", 0, "petType")


def test_the_response_of_a_base_schema_is_read_as_its_subtypes(out: Path) -> None:
    m = models(out, "discriminators_client")
    client = importlib.import_module("discriminators_client.client")
    assert "AnyPet" in inspect.getsource(client.Client.get_pet)
    assert type(m.any_pet_from_dict({"petType": "Puppy"})) is m.Puppy


def test_number_tags_match_the_numbers_documents_hold(out: Path) -> None:
    m = models(out, "discriminators_client")
    metric = round_trips(m.measure_from_dict, lambda v: v.to_dict(), {"unit": 1.5, "metres": 3})
    imperial = round_trips(m.measure_from_dict, lambda v: v.to_dict(), {"unit": 2, "feet": 9.5})
    assert (type(metric), type(imperial)) == (m.Metric, m.Imperial)
    with pytest.raises(m.DecodeError):
        m.measure_from_dict({"unit": "1.5"})  # the mapping key, not the number
    assert type(round_trips(m.level_from_dict, lambda v: v.to_dict(), {"level": 1})) is m.Low
    assert type(round_trips(m.level_from_dict, lambda v: v.to_dict(), {"level": 2, "extra": "x"})) is m.High


def test_union_members_that_are_unions_count_by_their_objects(out: Path) -> None:
    m = models(out, "discriminators_client")
    # Text and Image share the tag "message": the first that fits wins, in the spec's order.
    assert type(round_trips(m.event_from_dict, lambda v: v.to_dict(), {"kind": "message", "text": "hi"})) is m.Text
    assert type(round_trips(m.event_from_dict, lambda v: v.to_dict(), {"kind": "message", "url": "u"})) is m.Image
    assert type(round_trips(m.event_from_dict, lambda v: v.to_dict(), {"kind": "ping"})) is m.Ping  # OnlyPing
    with pytest.raises(m.DecodeError):
        m.event_from_dict({"kind": "message"})  # neither a Text nor an Image
    # A string beside the objects: tried as such; the objects are told apart by the tag.
    assert round_trips(m.event_or_text_from_dict, m.event_or_text_to_dict, "plain") == "plain"
    ping = round_trips(m.event_or_text_from_dict, m.event_or_text_to_dict, {"kind": "ping", "x": 1})
    assert type(ping) is m.Ping and ping.additional_properties == {"x": 1}


def test_a_one_of_beside_properties_is_tagged_by_its_mapping(out: Path) -> None:
    m = models(out, "discriminators_client")
    issue = round_trips(m.variable_from_dict, lambda v: v.to_dict(), {"@type": "issue", "id": 3})
    user = round_trips(m.variable_from_dict, lambda v: v.to_dict(), {"@type": "user", "accountId": "a"})
    assert issue.id == 3 and user.account_id == "a"
    with pytest.raises(m.DecodeError):
        m.variable_from_dict({"@type": "user"})  # a user variable has an accountId


# --- documents that break a rule but say what they mean; tuples; unions holding each other -------


def test_rule_breaks_are_warned_and_read_as_meant(tmp_path: Path) -> None:
    done = run_generator(SPECS["lenient_client"], "--out", tmp_path, "--quiet")
    assert done.returncode == 0, done.stderr
    warnings = [line.split(": warning: ")[1] for line in done.stderr.splitlines() if ": warning: " in line]
    assert sorted(w.split(":")[0] for w in warnings) == [
        *["no value fits this schema (an allOf holding false)"] * 2,  # Derived's two (not Never: false)
        "not valid OpenAPI 3.1",
        "type is a schema, not a type name",
        "type null (unquoted) is read as 'null'",
    ]


def test_lenient_readings_decode_what_the_spec_means(out: Path) -> None:
    m = models(out, "lenient_client")
    document = {"value": None, "headers": {"a": "b"}, "node": {"any": ["thing"]}, "pair": ["x", 1]}
    thing = round_trips(m.Thing.from_dict, lambda t: t.to_dict(), document)
    assert thing.value is None and thing.headers == {"a": "b"} and thing.pair == ["x", 1]
    for bad in ({"value": 1}, {"value": "v", "headers": {"a": 1}}, {"value": "v", "node": []}):
        with pytest.raises(m.DecodeError):
            m.Thing.from_dict(bad)


def test_unions_holding_each_other_hold_each_others_members(out: Path) -> None:
    m = models(out, "lenient_client")
    for decode, encode in ((m.node_a_from_dict, m.node_a_to_dict), (m.node_b_from_dict, m.node_b_to_dict)):
        assert round_trips(decode, encode, 3) == 3 and round_trips(decode, encode, "x") == "x"
        with pytest.raises(m.DecodeError):
            decode(True)
    assert round_trips(m.second_from_dict, m.second_to_dict, True) is True


def test_a_schema_no_value_fits_refuses_every_value(out: Path) -> None:
    m = models(out, "lenient_client")
    assert round_trips(m.Derived.from_dict, lambda d: d.to_dict(), {"values": []}).values == []
    for bad in ({"values": ["x"]}, {"values": [], "value": "y"}):
        with pytest.raises(m.DecodeError) as caught:
            m.Derived.from_dict(bad)
        assert caught.value.path in (("values", 0), ("value",))


# --- an allOf of a $ref and annotations is the $ref (Box's MetadataFilter.filters) ---------------


def test_a_reference_with_annotations_in_its_all_of_is_the_reference(out: Path) -> None:
    m = models(out, "annotated_refs_client")
    document = {
        "filters": {
            "category": "online",
            "size": 8,
            "ratio": 0.5,
            "tags": ["a", "b"],
            "none": [],
            "price": {"gt": 1.5, "lt": 10},
            "when": {"gt": "2021-01-30T08:30:00Z"},
        },
        "only": "x",
        "any_of": [3, ["c"], {"lt": 2}, "y"],
        "range": {"gt": 1},
        "named": ["d"],
    }
    found = round_trips(m.Filter.from_dict, lambda f: f.to_dict(), document)
    filters = found.filters
    assert (filters["category"], filters["size"], filters["tags"], filters["none"]) == ("online", 8, ["a", "b"], [])
    assert type(filters["size"]) is int and type(filters["ratio"]) is float
    assert type(filters["price"]) is m.FloatRange and type(filters["when"]) is m.DateRange
    assert found.only == "x" and type(found.any_of[2]) is m.FloatRange and type(found.range) is m.FloatRange
    for value in ("online", 8, [], ["a"]):  # each member of the oneOf, as the property and as a named schema
        for name in ("only", "named"):
            assert getattr(round_trips(m.Filter.from_dict, lambda f: f.to_dict(), {name: value}), name) == value
    assert round_trips(m.Filter.from_dict, lambda f: f.to_dict(), {"only": {"gt": 1}}).only == m.FloatRange(gt=1)
    assert round_trips(m.Filter.from_dict, lambda f: f.to_dict(), {"named": {"lt": 1}}).named == m.FloatRange(lt=1)
    # The annotated reference is the referenced type itself (no merged copies of its objects) ...
    assert {"filters", "only", "any_of", "range", "named"} <= set(inspect.signature(m.Filter).parameters)
    assert {name for name in m.__all__ if isinstance(getattr(m, name), type)} == {
        "FloatRange",
        "DateRange",
        "Filter",
    }
    # ... and a description in the allOf is the field's.
    assert '"""The one value to match."""' in inspect.getsource(m.Filter)
    assert '"""A range, as the reference is."""' in inspect.getsource(m.Filter)
    with pytest.raises(m.DecodeError) as caught:
        m.Filter.from_dict({"filters": {"category": True}})
    assert caught.value.path == ("filters", "category")


# --- schemas that say little: no properties, only additionalProperties, {}, enums of every kind ----


def test_objects_without_properties_keep_every_member(out: Path) -> None:
    m = models(out, "bare_schemas_client")
    for cls in (m.Empty, m.NoProperties, m.Closed):
        assert [f for f in inspect.signature(cls).parameters] == ["additional_properties"]
        assert round_trips(cls.from_dict, lambda v: v.to_dict(), {}).additional_properties == {}
    empty = round_trips(m.Empty.from_dict, lambda v: v.to_dict(), {"a": [1, None], "b": {}})
    assert empty.additional_properties == {"a": [1, None], "b": {}}
    with pytest.raises(m.DecodeError):
        m.Empty.from_dict([])


def test_bare_schemas_and_enums_of_every_kind_round_trip(out: Path) -> None:
    m = models(out, "bare_schemas_client")
    document = {
        "empty": {"x": 1},
        "bare": {},
        "counts": {"a": 1, "b": 2},
        "anything": [None, {"deep": True}],
        "inline_empty": {"q": []},
        "inline_closed": {},
        "nothings": [1, "a", None, {}],
        "empties": [{}, {"b": 2}],
        "size": 4,
        "mood": "sad",
        "mixed": 2.5,
        "nullable_mood": None,
        "either": {"n": 1},
    }
    box = round_trips(m.Box.from_dict, lambda b: b.to_dict(), document)
    assert box.size is m.Size.INTEGER_4 and box.mood is m.Mood.SAD and box.counts == {"a": 1, "b": 2}
    assert type(box.either) is m.Empty  # an object that isn't a map of integers
    for mixed in ("one", 2, True, None):  # an enum listing null admits it, though only 3.1 says so plainly
        assert round_trips(m.Box.from_dict, lambda b: b.to_dict(), {"mixed": mixed}).mixed == mixed
    assert round_trips(m.Box.from_dict, lambda b: b.to_dict(), {"either": {"n": 1, "s": "x"}}).either is not None
    for bad in ({"counts": {"a": "x"}}, {"inline_closed": {"x": 1}}, {"size": "4"}, {"mood": 1}):
        with pytest.raises(m.DecodeError):
            m.Box.from_dict(bad)


# --- a member of a union (or an annotated allOf) that admits null makes it admit null ------------


def test_a_union_member_admitting_null_admits_null_openapi_30(out: Path) -> None:
    m = models(out, "nullable_members_client")
    for name in ("any_object", "one_text", "all_ref", "named", "nested"):
        assert getattr(round_trips(m.Slot.from_dict, lambda s: s.to_dict(), {name: None}), name) is None
    document = {"objects": [None, {"id": 1}, {}], "by_name": {"a": None, "b": {"id": 2}}, "items": [1, None, "x"]}
    slot = round_trips(m.Slot.from_dict, lambda s: s.to_dict(), document)
    assert slot.objects[0] is None and type(slot.objects[1]) is m.Server and slot.objects[2] == {}
    assert slot.by_name["a"] is None and slot.by_name["b"].id == 2
    values = {"any_object": {"id": 3}, "one_text": "t", "all_ref": {"id": 4}, "named": {"reason": "r"}}
    slot = round_trips(m.Slot.from_dict, lambda s: s.to_dict(), values)
    assert (type(slot.any_object), slot.one_text, type(slot.all_ref)) == (m.Server, "t", m.Server)
    client = importlib.import_module("nullable_members_client.client")
    assert "-> GetSuccessorResponse | None:" in inspect.getsource(client.Client.get_successor)
    with pytest.raises(m.DecodeError):
        m.Slot.from_dict({"all_ref": "not a server"})


def test_a_union_member_admitting_null_admits_null_openapi_31(out: Path) -> None:
    m = models(out, "nullable_members31_client")
    for name in ("any_object", "one_text", "scalar", "mixed_enum", "named"):
        assert getattr(round_trips(m.Slot.from_dict, lambda s: s.to_dict(), {name: None}), name) is None
    slot = round_trips(m.Slot.from_dict, lambda s: s.to_dict(), {"any_object": {}, "scalar": 3, "mixed_enum": 2})
    assert (slot.any_object, slot.scalar, slot.mixed_enum) == ({}, 3, 2)
    with pytest.raises(m.DecodeError):  # in an allOf, every member must admit null: Server doesn't
        m.Slot.from_dict({"all_ref": None})


def test_a_discriminator_over_members_without_a_name_tries_them_in_order(out: Path) -> None:
    m = models(out, "inline_discriminators_client")
    decode, encode = m.volume_action_request_from_dict, m.volume_action_request_to_dict
    attach = round_trips(decode, encode, {"type": "attach", "droplet": 7, "region": "nyc1"})
    resize = round_trips(decode, encode, {"type": "resize", "size": 100})
    assert type(attach) is m.VolumeActionRequestOption1 and type(resize) is m.VolumeActionRequestOption2
    record = {"type": "A", "data": "1.2.3.4"}  # allOf: [$ref: Record, {required: ...}] has no name either
    assert round_trips(m.create_record_request_from_dict, m.create_record_request_to_dict, record).type == "A"
    mail = round_trips(m.create_record_response_from_dict, lambda r: r.to_dict(), {"type": "Mail", "host": "h"})
    assert type(mail) is m.Mail  # a $ref member's name is its tag
    decode, encode = m.ip_action_request_from_dict, m.ip_action_request_to_dict
    assign = round_trips(decode, encode, {"type": "assign", "droplet": 1})  # extends IpAction, in place
    assert type(assign) is m.IpActionRequestModel
    assert type(round_trips(decode, encode, {"type": "unassign", "x": 0})) is m.IpAction


# --- the type keyword decides, whatever a format or a keyword of another type says ---------------------


def test_the_type_keyword_decides_the_json_type(out: Path) -> None:
    m = models(out, "type_keyword_client")
    document = {
        "available": "400.00",  # format: decimal
        "count": "12",  # format: integer
        "stamp": "1700000000",
        "amount": 1.5,
        "created": 1700000000,  # type: integer, format: date-time
        "seconds": 1.25,  # type: number, format: unixtime
        "clock": 3600.5,
        "span": 2,
        "id": "111",  # type: string, with items
        "tags": {"a": "b"},  # type: object, with items
        "codes": ["1.5", "2"],
    }
    balance = round_trips(m.Balance.from_dict, lambda b: b.to_dict(), document)
    assert (balance.available, balance.created, balance.id, balance.codes) == (
        "400.00",
        1700000000,
        "111",
        ["1.5", "2"],
    )
    for bad in ({"available": 400}, {"created": "2024-01-01T00:00:00Z"}, {"id": ["111"]}, {"tags": [1]}):
        with pytest.raises(m.DecodeError):
            m.Balance.from_dict(bad)


# --- schemas named as builtin classes ---------------------------------------------------------------


def test_a_schema_named_as_a_builtin_class_is_renamed_and_shadows_nothing(out: Path) -> None:
    m = models(out, "builtin_names_client")
    assert {"WarningModel", "ExceptionModel", "KeyErrorModel"} <= set(m.__all__)
    assert not {"Warning", "Exception", "KeyError"} & set(m.__all__)
    document = {"id": "r", "warnings": [{"message": "slow"}], "first": {}, "failure": {"trace": []}, "missing": {}}
    report = round_trips(m.Report.from_dict, lambda r: r.to_dict(), document)
    assert type(report.first) is m.WarningModel and type(report.missing) is m.KeyErrorModel
    with pytest.raises(m.DecodeError) as caught:  # the module's `except KeyError` is the builtin's
        m.Report.from_dict({"warnings": []}, "report")
    assert caught.value.path == ("report", "id")


# --- models of many fields ----------------------------------------------------------------------------


def test_models_of_many_fields_decode_apart_from_their_try_and_round_trip(out: Path) -> None:
    m = models(out, "wide_models_client")
    assert "_decode" in vars(m.Stats) and "_decode" not in vars(m.Point)  # (pyright analyses both)
    values = [1, "s", True, None, "2024-02-29T12:00:00Z", ["a"], "high", {"x": 1, "z": 0}]
    document = {f"stat_{i:03d}": values[i % len(values)] for i in range(250)} | {"other": [1]}
    stats = round_trips(m.Stats.from_dict, lambda s: s.to_dict(), document)
    assert stats.stat_006 is m.Level.HIGH and stats.stat_007.additional_properties == {"z": 0}
    assert stats.additional_properties == {"other": [1]}
    required = {f"stat_{i:03d}": document[f"stat_{i:03d}"] for i in range(0, 250, 5)}
    assert round_trips(m.Stats.from_dict, lambda s: s.to_dict(), required).stat_001 is m.UNSET
    with pytest.raises(m.DecodeError) as caught:
        m.Stats.from_dict({**document, "stat_247": {}}, "stats")
    assert caught.value.path == ("stats", "stat_247", "x")
    with pytest.raises(m.DecodeError) as caught:
        m.Stats.from_dict({"stat_000": 1}, "stats")
    assert caught.value.path == ("stats", "stat_005")


def test_feature_specs_generate_without_warnings_other_than_the_clients(tmp_path: Path) -> None:
    specs = [p for name, p in SPECS.items() if name not in ("swagger20_client", "lenient_client")]
    done = run_generator(*specs, "--out", tmp_path, "--quiet", "--allow-refs-under", CYCLE_LAYOUT)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
