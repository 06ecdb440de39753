"""The command line: help, exit codes, and broken specs reported with file, line and pointer."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT, run_generator

BAD = Path(__file__).resolve().parent / "bad_specs"

# Each broken spec, with what the report must say: "file:line: pointer: error: message".
CATALOGUE = {
    "malformed_yaml.yaml": "malformed_yaml.yaml:4: /: error: "
    "malformed YAML: while parsing a flow sequence (begun on line 3)",
    "dangling_ref.yaml": "dangling_ref.yaml:10: /components/schemas/Image/properties/state/$ref: error: "
    "$ref '#/components/schemas/ImageState' points to nothing",
    "ref_cycle.yaml": "ref_cycle.yaml:7: /components/schemas/A/$ref: error: $ref cycle with no schema in it",
    "unknown_type.yaml": "unknown_type.yaml:10: /components/schemas/Image/properties/size/type: error: "
    "unknown type 'integr'",
    "duplicate_operation_id.yaml": "duplicate_operation_id.yaml:11: /paths/~1b/get/operationId: error: "
    "duplicate operationId 'get_thing' (first at /paths/~1a/get/operationId)",
    "wrong_version.yaml": "wrong_version.yaml:1: /openapi: error: unsupported OpenAPI version '4.0.0'",
    "swagger12.yaml": "swagger12.yaml:2: /swagger: error: unsupported Swagger version '1.2' (2.0 is read",
    "empty.yaml": "empty.yaml:1: /: error: the file is empty",
    "not_a_mapping.yaml": "not_a_mapping.yaml:1: /: error: a spec must be a mapping",
    "duplicate_key.yaml": "duplicate_key.yaml:8: /components/schemas/Image: error: duplicate key 'Image'",
    "remote_ref.yaml": "remote_ref.yaml:7: /components/schemas/Image/$ref: error: remote $ref "
    "'https://example.com/schemas/image.yaml#/Image' is not followed",
    "alias_bomb.yaml": "alias_bomb.yaml:10: /x-i/9/9: error: YAML aliases expand this document past 2,000,000 values",
    "too_deep.yaml": "/0/0/0/0/0: error: nesting deeper than 200 levels is refused",
    "unreadable_schema.yaml": "unreadable_schema.yaml:14: /components/schemas/Image/properties/layers/items/"
    "properties/digest/title: error: title must be a string, not an integer (256); "
    "datamodel-code-generator cannot read the schema otherwise",
}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_catalogue_covers_every_bad_spec() -> None:
    assert set(CATALOGUE) == {p.name for p in BAD.glob("*.yaml")}


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_bad_spec_is_reported_and_output_untouched(name: str, tmp_path: Path) -> None:
    out = tmp_path / "generated"
    shutil.copytree(ROOT / "generated" / "cycle_client", out / "cycle_client")
    before = snapshot(out)
    done = run_generator(BAD / name, "--out", out)
    assert done.returncode == 1, done.stderr
    reported = [line for line in done.stderr.splitlines() if CATALOGUE[name] in line]
    assert len(reported) == 1, done.stderr
    assert reported[0].startswith(f"{BAD.relative_to(ROOT) / name}:")
    assert "Traceback" not in done.stderr
    assert snapshot(out) == before


def test_one_bad_spec_among_good_ones_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    done = run_generator(ROOT / "specs" / "azure_ml.yaml", BAD / "unknown_type.yaml", "--out", out)
    assert done.returncode == 1
    assert not (out / "azure_ml_client").exists()


def test_help_documents_the_exit_codes() -> None:
    done = run_generator("--help")
    assert done.returncode == 0
    for line in ("exit status:", "0  success", "1  a spec is invalid", "3  --check only", "4  internal error"):
        assert line in done.stdout
    assert "--verbose" in done.stdout and "notes" in done.stdout


def test_missing_spec_is_a_usage_error(tmp_path: Path) -> None:
    done = run_generator(tmp_path / "nope.yaml")
    assert done.returncode == 2
    assert "no such spec file" in done.stderr


def test_unknown_option_is_a_usage_error() -> None:
    assert run_generator("--frobnicate").returncode == 2


def test_progress_is_shown_and_quiet_silences_it(tmp_path: Path) -> None:
    loud = run_generator(ROOT / "specs" / "azure_ml.yaml", "--out", tmp_path / "a")
    assert loud.returncode == 0
    assert "[1/1] " in loud.stderr and "azure_ml_client" in loud.stderr
    quiet = run_generator(ROOT / "specs" / "azure_ml.yaml", "--out", tmp_path / "b", "--quiet")
    assert quiet.returncode == 0
    assert quiet.stderr == ""


def test_strict_turns_warnings_into_failure(tmp_path: Path) -> None:
    spec = tmp_path / "warned.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: W, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    Thing:\n      type: object\n      properties:\n"
        "        either: {allOf: [false, {type: string}]}\n"  # no value fits: warned, typed Never
    )
    lenient = run_generator(spec, "--out", tmp_path / "a")
    assert lenient.returncode == 0
    assert "warned.yaml:9: /components/schemas/Thing/properties/either: warning:" in lenient.stderr
    strict = run_generator(spec, "--out", tmp_path / "b", "--strict")
    assert strict.returncode == 1
    assert not (tmp_path / "b" / "warned_client").exists()
