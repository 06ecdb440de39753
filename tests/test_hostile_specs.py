"""Hostile specs (issue 21, the generator's side): each is refused with file, line and pointer, or read safely.

$refs that leave the spec's folder, YAML nested 100,000 deep, $ref chains and cycles 10,000 long,
package names that shadow modules or run to 300 characters, a large plain spec taken for an alias
bomb, keys repeated in another spelling, a JSON byte-order mark. The big specs are made here, at
test time; none is committed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import run_generator

from generator.ir.diagnostics import SpecError
from generator.load import files as load_files
from generator.load import yaml_safety
from generator.load.files import load_file
from generator.pipeline import build_spec, generate, package_name
from generator.validate.ref_chains import MAX_REF_CHAIN

SECRET = "TOP-SECRET-TEXT"


def spec_text(schemas: str, response: str = "#/components/schemas/Pet") -> str:
    return f"""openapi: 3.1.0
info: {{title: Pets, version: '1'}}
paths:
  /pet:
    get:
      operationId: getPet
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {{$ref: '{response}'}}
components:
  schemas:
{schemas}"""


def refused(spec: Path, **options: Any) -> list[str]:
    """The diagnostics building ``spec`` gives (it must fail)."""
    with pytest.raises(SpecError) as caught:
        build_spec(spec, **options)
    return [str(d) for d in caught.value.diagnostics]


# --- 4: $refs read only the spec's folder tree ---------------------------------------------------


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A spec folder ``api/``, with a secret file beside it (outside it) and links to that secret inside it."""
    (tmp_path / "secret.yaml").write_text(
        f"Secret: {{type: string, description: {SECRET}, enum: [hunter2]}}\n", encoding="utf-8"
    )
    api = tmp_path / "api"
    (api / "inner").mkdir(parents=True)
    (api / "link.yaml").symlink_to(tmp_path / "secret.yaml")
    (api / "up").symlink_to(tmp_path, target_is_directory=True)
    return api


ESCAPES = {
    "parent": "../secret.yaml#/Secret",
    "percent-encoded": "%2e%2e/secret.yaml#/Secret",
    "percent-encoded slash": "..%2Fsecret.yaml#/Secret",
    "through a subfolder": "inner/../../secret.yaml#/Secret",
    "symlinked file": "link.yaml#/Secret",
    "symlinked folder": "up/secret.yaml#/Secret",
    "absolute": "{root}/secret.yaml#/Secret",
    "absolute, nowhere": "/etc/shadow#/x",
}


@pytest.mark.parametrize("ref", ESCAPES.values(), ids=ESCAPES.keys())
def test_a_ref_out_of_the_spec_folder_is_refused_at_its_line_and_never_read(
    ref: str, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = ref.format(root=outside.parent)
    spec = outside / "spec.yaml"
    spec.write_text(spec_text(f"    Pet:\n      type: object\n      properties:\n        x: {{$ref: '{ref}'}}\n"))
    read: list[Path] = []
    real_load = load_files.load_file
    monkeypatch.setattr(load_files, "load_file", lambda path, *a: read.append(path) or real_load(path, *a))
    found = refused(spec)
    assert len(found) == 1
    assert found[0].startswith(f"{spec}:18: /components/schemas/Pet/properties/x/$ref: error: $ref {ref!r} ")
    assert "names a file outside the spec's folder: not read (--allow-refs-under DIR" in found[0]
    assert read == []  # the secret was never opened
    assert SECRET not in found[0]


def test_allow_refs_under_lets_refs_read_a_wider_folder(outside: Path) -> None:
    spec = outside / "spec.yaml"
    spec.write_text(spec_text("    Pet: {$ref: '../secret.yaml#/Secret'}\n"))
    refused(spec)
    assert build_spec(spec, ref_roots=[outside.parent]).package == "spec_client"


def test_datamodel_code_generator_reads_no_file_outside_either(outside: Path) -> None:
    """A discriminator's mapping names files too, which only datamodel-code-generator follows."""
    pet = (
        "    Pet:\n      type: object\n      properties:\n        kind: {type: string}\n"
        "      discriminator:\n        propertyName: kind\n        mapping:\n          cat: '../secret.yaml#/Secret'\n"
    )
    spec = outside / "spec.yaml"
    spec.write_text(spec_text(pet))
    found = refused(spec)
    assert found == [
        f"{spec}:22: /components/schemas/Pet/discriminator/mapping/cat: error: '../secret.yaml' names a file "
        "outside the spec's folder: not read (--allow-refs-under DIR allows the files below DIR)"
    ]


def test_the_command_line_refuses_it_and_writes_nothing(outside: Path) -> None:
    spec = outside / "spec.yaml"
    spec.write_text(spec_text("    Pet: {$ref: '%2e%2e/secret.yaml#/Secret'}\n"))
    out = outside.parent / "out"
    done = run_generator(spec, "--out", out)
    assert done.returncode == 1, done.stderr
    assert "spec.yaml:15: /components/schemas/Pet/$ref: error: $ref '%2e%2e/secret.yaml#/Secret' names" in done.stderr
    assert SECRET not in done.stderr and not out.exists()
    allowed = run_generator(spec, "--out", out, "--allow-refs-under", outside.parent)
    assert allowed.returncode == 0, allowed.stderr


def test_diff_at_a_git_revision_reads_the_copies_of_the_allowed_folders(tmp_path: Path) -> None:
    layout = Path(__file__).parent / "features" / "multifile" / "cycle"  # platform/api.yml refers to ../components
    shutil.copytree(layout, tmp_path / "cycle")
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t"}
    for command in (["init", "-q"], ["add", "."], ["commit", "-qm", "spec"]):
        subprocess.run(["git", *command], cwd=tmp_path, check=True, env={**env, "GIT_COMMITTER_EMAIL": "t@t"})
    arguments = ("diff", "--against", "HEAD", "cycle/platform/api.yml")
    refused = run_generator(*arguments, cwd=tmp_path, tools=True)
    assert refused.returncode == 1 and "names a file outside the spec's folder" in refused.stderr
    done = run_generator(*arguments, "--allow-refs-under", "cycle", cwd=tmp_path, tools=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("cycle_layout_client: no changes for a Python caller")


# --- 5: YAML nested 100,000 deep -----------------------------------------------------------------

DEEP = 100_000
DEEP_YAML = {  # (what follows the spec's first lines, the line where it nests too deep)
    "flow sequences": ("x-deep: " + "[" * DEEP + "]" * DEEP + "\n", 4),
    "flow mappings": ("x-deep: " + "{a: " * DEEP + "b" + "}" * DEEP + "\n", 4),
    "block sequences on one line": ("x-deep:\n  " + "- " * DEEP + "x\n", 5),
}


@pytest.mark.parametrize(("body", "line"), DEEP_YAML.values(), ids=DEEP_YAML.keys())
def test_yaml_nested_100000_deep_is_refused_before_composing(body: str, line: int, tmp_path: Path) -> None:
    spec = tmp_path / "deep.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: Deep, version: '1'}\npaths: {}\n" + body)
    assert spec.stat().st_size >= 200_000
    done = run_generator(spec, "--out", tmp_path / "out")  # a crash (exit -11) before the fix
    assert done.returncode == 1, (done.returncode, done.stderr[-500:])
    assert f"deep.yaml:{line}: /x-deep/0/" in done.stderr or f"deep.yaml:{line}: /x-deep/a/" in done.stderr
    assert "error: nesting deeper than 200 levels is refused" in done.stderr
    assert not (tmp_path / "out").exists()


def test_a_shallow_spec_with_long_lines_is_measured_and_read(tmp_path: Path) -> None:
    long_line = "word " * 4_000
    spec = tmp_path / "long.yaml"
    spec.write_text(f"openapi: 3.1.0\ninfo: {{title: Long, version: '1', description: {long_line}}}\npaths: {{}}\n")
    assert yaml_safety._depth_bound(spec.read_text()) > yaml_safety.SAFE_COMPOSE_DEPTH  # the event pass runs
    assert load_file(spec).data["info"]["description"] == long_line.strip()


# --- 6: $ref chains and cycles, 1,000 and 10,000 long -------------------------------------------


def chain_spec(folder: Path, length: int, *, cycle: bool = False) -> Path:
    schemas: dict[str, Any] = {f"S{i}": {"$ref": f"#/components/schemas/S{i + 1}"} for i in range(length)}
    schemas[f"S{length}"] = {"$ref": "#/components/schemas/S0"} if cycle else {"type": "string"}
    spec = {"openapi": "3.1.0", "info": {"title": "Chain", "version": "1"}, "components": {"schemas": schemas}}
    path = folder / f"chain{length}.json"
    path.write_text(json.dumps(spec, indent=1))
    return path


@pytest.mark.parametrize("length", [1_000, 10_000])
def test_a_long_ref_chain_is_refused_once_naming_its_start_and_length(length: int, tmp_path: Path) -> None:
    spec = chain_spec(tmp_path, length)
    found = refused(spec)  # a RecursionError (exit 4) before the fix, or minutes
    assert len(found) == 1
    assert found[0].startswith(f"{spec}:10: /components/schemas/S0/$ref: error: $ref chain of {length:,} $refs")
    assert f"{spec}#/components/schemas/S0 -> {spec}#/components/schemas/S1 -> " in found[0]
    assert f"more than {MAX_REF_CHAIN} in a row are refused" in found[0]
    assert len(found[0]) < 600


@pytest.mark.parametrize("length", [1_000, 10_000])
def test_a_long_ref_cycle_is_reported_once_with_its_first_places_and_count(length: int, tmp_path: Path) -> None:
    spec = chain_spec(tmp_path, length, cycle=True)
    found = refused(spec)
    assert len(found) == 1
    assert found[0].startswith(f"{spec}:10: /components/schemas/S0/$ref: error: $ref cycle with no schema in it: ")
    assert found[0].endswith(f"#/components/schemas/S2 -> ... ({length + 1:,} $refs)")
    assert len(found[0]) < 600


def test_a_chain_at_the_limit_generates(tmp_path: Path) -> None:
    assert len(build_spec(chain_spec(tmp_path, MAX_REF_CHAIN)).enums + build_spec(chain_spec(tmp_path, 1)).enums) == 0
    refused(chain_spec(tmp_path, MAX_REF_CHAIN + 1))


# --- 12 and 13: package names ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["typing", "json", "os", "sys", "encodings", "site", "httpx", "msgspec", "orjson"])
def test_package_names_that_shadow_a_module_are_refused(name: str) -> None:
    with pytest.raises(ValueError, match=f"name it {name}_client") as caught:
        package_name(Path("spec.yaml"), {"info": {"x-python-package": name}})
    assert "would hide it from every import" in str(caught.value)


def test_a_300_character_package_name_is_shortened_the_same_way_every_time(tmp_path: Path) -> None:
    name = "p" + "_long" * 60
    short = package_name(Path("spec.yaml"), {"info": {"x-python-package": name}})
    assert short == package_name(Path("spec.yaml"), {"info": {"x-python-package": name}})
    assert len(short) == 100 and short.startswith("p_long_long") and short.isidentifier()
    assert short != package_name(Path("spec.yaml"), {"info": {"x-python-package": name + "x"}})


def test_a_class_name_over_255_bytes_gets_a_module_file_that_can_exist(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = "Very" + "LongName" * 40  # 324 characters
    spec = tmp_path / "long.yaml"
    spec.write_text(
        spec_text(
            f"    {name}:\n      type: object\n      properties:\n        a: {{type: string}}\n",
            f"#/components/schemas/{name}",
        )
    )
    monkeypatch.chdir(tmp_path)
    generate([spec], tmp_path / "out")  # OSError "File name too long" (exit 4) before the fix
    written = [p for p in (tmp_path / "out" / "long_client").rglob("*") if p.is_file()]
    assert max(len(p.name.encode()) for p in written) <= 104
    assert any(f"class {name}" in p.read_text() for p in written if p.suffix == ".py")


# --- 14: a large plain spec is no alias bomb ------------------------------------------------------


def test_only_what_aliases_add_counts_towards_the_alias_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yaml_safety, "MAX_EXPANDED_NODES", 1_000)
    schemas = "".join(f"    S{i}:\n      type: object\n      properties: {{a: {{type: string}}}}\n" for i in range(300))
    plain = tmp_path / "plain.yaml"
    plain.write_text(spec_text(schemas + "    Pet: {type: string}\n"))
    assert len(load_file(plain).data["components"]["schemas"]) == 301  # 2,700 values, no alias
    bomb = tmp_path / "bomb.yaml"
    aliases = "".join(f"  x-{i}: *list\n" for i in range(30))  # 30 copies of 51 values: 1,530 added
    bomb.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\nx-list: &list ["
        + ", ".join(["lol"] * 50)
        + "]\nx-copies:\n"
        + aliases
    )
    with pytest.raises(SpecError, match="YAML aliases expand this document past 1,000 values") as caught:
        load_file(bomb)
    assert caught.value.diagnostics[0].source.pointer == "/x-copies"


# --- 15: keys repeated in another spelling -------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "read"),
    [
        ("200", "0xC8", "200"),
        ("'200'", "200", "200"),
        ("~", "null", "null"),
        ("true", "TRUE", "true"),
        ("1000", "1_000", "1000"),
    ],
)
def test_keys_are_compared_as_they_will_be_read(first: str, second: str, read: str, tmp_path: Path) -> None:
    spec = tmp_path / "dup.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses:\n"
        f"        {first}: {{description: first}}\n        {second}: {{description: second}}\n"
    )
    with pytest.raises(SpecError) as caught:  # before the fix, the second silently won
        load_file(spec)
    (diagnostic,) = caught.value.diagnostics
    assert str(diagnostic).startswith(f"{spec}:8: /paths/~1x/get/responses/{read}: error: duplicate key {second!r}")
    written = first.strip("'")
    if written != second:
        assert f"read as {read!r}, as {written!r} on line 7 is" in diagnostic.message


def test_keys_that_only_look_alike_stay_apart(tmp_path: Path) -> None:
    spec = tmp_path / "apart.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\nx-keys: {1: a, 1.0: b, yes: c, true: d}\n"
    )
    assert load_file(spec).data["x-keys"] == {"1": "a", "1.0": "b", "yes": "c", "true": "d"}


# --- 16: a byte-order mark ------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_one_byte_order_mark_is_accepted_in_json_as_in_yaml(suffix: str, tmp_path: Path) -> None:
    spec = tmp_path / f"bom{suffix}"
    document = {"openapi": "3.1.0", "info": {"title": "BOM", "version": "1"}, "paths": {}}
    text = (
        json.dumps(document, indent=1)
        if suffix == ".json"
        else "openapi: 3.1.0\ninfo: {title: BOM, version: '1'}\npaths: {}\n"
    )
    spec.write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert load_file(spec).data == document  # "malformed JSON: Unexpected UTF-8 BOM" before the fix
    if suffix == ".json":
        spec.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf" + text.encode())
        with pytest.raises(SpecError, match="malformed JSON"):
            load_file(spec)
