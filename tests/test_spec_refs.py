"""$refs as real specs write them (issue 14): inside vendor and example data, percent-encoded, and in
files datamodel-code-generator would read differently from us.

The feature specs are generated once per module into a temporary folder, as a user would.
"""

from __future__ import annotations

import dataclasses
import enum
import importlib
import inspect
import shutil
import subprocess
import sys
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import ROOT, run_generator

from bench.exact_json import same_json
from generator.load.bundle import inline_path_refs
from generator.load.files import FileCache, load_file, split_ref

FEATURES = Path(__file__).resolve().parent / "features"
EXTENSIONS = FEATURES / "extension_refs" / "spec.yaml"
ENCODED = FEATURES / "encoded_refs.yaml"
YAML_KEYS = FEATURES / "multifile" / "yaml_keys" / "spec.yaml"
SWAGGER = FEATURES / "multifile" / "swagger_common" / "api.json"
PACKAGES = {
    "extension_refs_client": EXTENSIONS,
    "encoded_refs_client": ENCODED,
    "station_client": YAML_KEYS,
    "vaults_client": SWAGGER,
}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("spec_refs")
    done = run_generator(*PACKAGES.values(), "--out", folder, "--quiet")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no warning: nothing was left out or read loosely
    sys.path.insert(0, str(folder))
    importlib.invalidate_caches()
    return folder


def module(out: Path, package: str, name: str = "models") -> ModuleType:
    return importlib.import_module(f"{package}.{name}")


def round_trips(decode: Any, encode: Any, document: Any) -> Any:
    value = decode(document)
    assert same_json(encode(value), document)
    return value


def shown(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


# --- 1. $refs inside extension and example values are data -----------------------------------


def test_refs_in_extension_and_example_values_are_only_noted_with_verbose(tmp_path: Path) -> None:
    quiet = run_generator(EXTENSIONS, "--out", tmp_path / "a", "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == ""
    verbose = run_generator(EXTENSIONS, "--out", tmp_path / "b", "--quiet", "--verbose")
    assert verbose.returncode == 0
    notes = [line for line in verbose.stderr.splitlines() if "paginator" not in line]  # each list operation's too
    assert all(": note: $ref " in line and " is not followed: " in line for line in notes), notes
    spec, widget = shown(EXTENSIONS), shown(EXTENSIONS.parent / "paths" / "widget.yaml")
    assert [line.split(": note: ")[0] for line in notes] == [
        f"{spec}:8: /info/x-logo",
        f"{spec}:10: /x-components",
        f"{spec}:13: /paths/~1widgets/x-owner-team",
        f"{spec}:17: /paths/~1widgets/get/x-expansionResources",
        f"{spec}:27: /paths/~1widgets/get/responses/200/content/application~1json/example",
        f"{spec}:54: /components/schemas/Widget/x-mapped-definition",
        f"{spec}:62: /components/schemas/Widget/properties/colour/x-enum-source",
        f"{spec}:67: /components/schemas/Owner/example",
        f"{widget}:3: /get/x-sdk-operation",
    ]
    assert notes[3].endswith(
        "$ref '#/definitions/WidgetExpansion' (and 1 more) is not followed: an extension's value is vendor data"
    )
    assert notes[4].endswith("$ref '#/not/a/pointer' is not followed: an example is data")


def test_names_that_start_with_x_are_names_and_their_refs_are_followed(out: Path) -> None:
    m = module(out, "extension_refs_client")
    widget = round_trips(
        m.Widget.from_dict, lambda w: w.to_dict(), {"id": "w1", "x-owner": {"name": "Ann"}, "colour": "green"}
    )
    assert type(widget.x_owner) is m.Owner and widget.x_owner.name == "Ann"
    with pytest.raises(m.DecodeError) as caught:
        m.Widget.from_dict({"id": "w1", "x-owner": {"name": 7}})
    assert caught.value.path == ("x-owner", "name")
    client = module(out, "extension_refs_client", "client")
    assert typing.get_type_hints(client.Client.get_widget)["return"] is m.Widget
    group = sys.modules[client.Client.list_widgets.__module__]  # the module of its group, loaded on first use
    problem = group._list_widgets_errors["default"]({"detail": "no"})  # the default response's model
    assert problem.detail == "no"


def test_a_dangling_ref_under_a_name_that_starts_with_x_is_still_refused(tmp_path: Path) -> None:
    folder = tmp_path / "extension_refs"
    shutil.copytree(EXTENSIONS.parent, folder)
    spec = folder / "spec.yaml"
    text = spec.read_text(encoding="utf-8")
    text = text.replace("#/components/headers/RequestId", "#/components/headers/Gone")
    text = text.replace("#/components/responses/Problem", "#/components/responses/Gone")
    spec.write_text(text.replace("#/components/schemas/Owner'}", "#/components/schemas/Gone'}"), encoding="utf-8")
    done = run_generator(spec, "--out", tmp_path / "out")
    assert done.returncode == 1
    errors = [line.split(": error: ")[0].split(": ", 1)[1] for line in done.stderr.splitlines() if ": error: " in line]
    assert errors == [
        "/paths/~1widgets/get/responses/200/headers/x-request-id/$ref",
        "/paths/~1widgets/get/responses/default/$ref",  # a response: not a schema's default value
        "/components/schemas/Widget/properties/x-owner/$ref",
    ]


def test_an_operation_from_another_file_keeps_the_refs_of_its_extensions_as_written() -> None:
    loaded = load_file(EXTENSIONS)
    inline_path_refs(loaded, FileCache(loaded))
    operation = loaded.data["paths"]["/widgets/{widgetId}"]["get"]
    assert operation["x-sdk-operation"] == {"$ref": "#/operations/get"}  # vendor data: not rebased
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Widget"}  # rebased: the spec's own file


# --- 2. percent-encoded JSON pointers --------------------------------------------------------


def test_a_ref_is_percent_decoded_before_its_pointer_is_followed() -> None:
    assert split_ref("#/paths/~1subscriptions~1%7BsubscriptionId%7D") == (
        "",
        "/paths/~1subscriptions~1{subscriptionId}",
    )
    assert split_ref("shared%20types.yaml#/components/schemas/Caf%C3%A9") == (
        "shared types.yaml",
        "/components/schemas/Café",
    )


def test_encoded_refs_to_parameters_responses_and_schemas_are_read(out: Path) -> None:
    client = module(out, "encoded_refs_client", "client")
    hints = typing.get_type_hints(client.Client.move_subscription)
    assert {"subscription_id", "api_version"} <= set(inspect.signature(client.Client.move_subscription).parameters)
    state = typing.get_type_hints(client.Client.get_subscription)["return"]
    assert hints["return"] is state  # the same schema, reached through the encoded pointer
    document = {"id": "s1", "région": "eu"}
    decoded = round_trips(state.from_dict, lambda s: s.to_dict(), document)
    region = next(
        getattr(decoded, f.name) for f in dataclasses.fields(decoded) if f.name not in ("id", "additional_properties")
    )
    assert isinstance(region, enum.Enum) and region.value == "eu"  # the enum the encoded pointer names


def test_an_encoded_ref_that_points_to_nothing_is_refused_as_written(tmp_path: Path) -> None:
    spec = tmp_path / "encoded.yaml"
    spec.write_text(ENCODED.read_text(encoding="utf-8").replace("R%C3%A9gion", "R%C3%A9gime"), encoding="utf-8")
    done = run_generator(spec, "--out", tmp_path / "out")
    assert done.returncode == 1
    assert (
        "encoded.yaml:36: /components/schemas/Subscription State/properties/région/$ref: error: "
        "$ref '#/components/schemas/R%C3%A9gime' points to nothing"
    ) in done.stderr


# --- 3. the other files of a spec, read as we read them --------------------------------------


def test_a_referenced_file_with_number_keys_is_read_with_string_keys(out: Path) -> None:
    m = module(out, "station_client")
    client = module(out, "station_client", "client")
    station = typing.get_type_hints(client.Client.get_station)["return"]
    document = {"id": "st1", "rainfall": {"2023": 812.5, "2024": 640}, "sensor": {"generation": 2, "band": "C"}}
    decoded = round_trips(station.from_dict, lambda s: s.to_dict(), document)
    assert type(decoded.sensor) is m.Radar  # the mapping's key 2, as the number the tag is
    assert type(station.from_dict({**document, "sensor": {"generation": 1}}).sensor) is m.Gauge
    assert decoded.rainfall.additional_properties == {}  # "2023" and "2024" are its fields
    with pytest.raises(m.DecodeError) as caught:
        station.from_dict({**document, "rainfall": {"2023": "wet"}})
    assert caught.value.path == ("rainfall", "2023")


def test_a_referenced_swagger_file_is_read_converted_as_validation_reads_it(out: Path) -> None:
    m = module(out, "vaults_client")
    client = module(out, "vaults_client", "client")
    assert typing.get_type_hints(client.Client.vaults_get)["return"] is m.Vault
    vault = round_trips(m.Vault.from_dict, lambda v: v.to_dict(), {"id": "v1", "tags": {"a": "b"}, "sku": None})
    assert vault.id == "v1" and vault.sku is None  # Resource's fields from the other file; x-nullable
    group = sys.modules[client.Client.vaults_get.__module__]  # the module of its group, loaded on first use
    error = group._vaults_get_errors["default"]({"error": {"code": "Gone", "message": None}})
    assert type(error) is m.ErrorResponse and error.error.message is None


def test_a_schema_the_parser_refuses_is_named_by_its_file_line_and_member(tmp_path: Path) -> None:
    folder = tmp_path / "yaml_keys"
    shutil.copytree(YAML_KEYS.parent, folder)
    station = folder / "shared" / "station.yaml"
    text = station.read_text(encoding="utf-8")
    station.write_text(text.replace("funnel_mm: {type: integer}", "funnel_mm: {type: integer, required: true}"))
    done = run_generator(folder / "spec.yaml", "--out", tmp_path / "out", "--quiet")
    assert done.returncode == 1
    assert done.stderr.splitlines()[0].endswith(
        "yaml_keys/shared/station.yaml:27: /Gauge/properties/funnel_mm/required: error: "
        "required must be an array, not true; datamodel-code-generator cannot read the schema otherwise"
    )
    assert "could not parse the spec" not in done.stderr


# --- the packages pass mypy --strict ---------------------------------------------------------


@pytest.mark.slow  # mypy
def test_the_packages_are_mypy_strict_clean(out: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *PACKAGES],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
