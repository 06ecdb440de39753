"""--out is never a way to lose files (issue 21): only folders the generator made are replaced, one run at a time.

Each package holds ``.generated-by.json`` (its spec, the files written); a folder without one, or
with files the generator didn't write, is an error (exit 1) and left as it is, unless ``--force``.
Two runs writing one ``--out`` take turns (an flock on the folder), and a swap that fails puts the
old package back.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import ROOT, run_generator

from generator.ir.diagnostics import SpecError
from generator.pipeline import generate
from generator.write import files as write_files_module
from generator.write.files import output_lock, staging_area, swap_in, write_files
from generator.write.ownership import MANIFEST, manifest_text

SPEC = "openapi: 3.1.0\ninfo: {{title: Tiny, version: '1', x-python-package: {package}}}\npaths: {{}}\n"


def tiny_spec(folder: Path, package: str = "tiny_client") -> Path:
    spec = folder / f"{package}.yaml"
    spec.write_text(SPEC.format(package=package), encoding="utf-8")
    return spec


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def listed_files(folder: Path) -> list[str]:
    """What a manifest must list: every file but itself and those in ``__pycache__``."""
    return sorted(p for p in snapshot(folder) if p != MANIFEST and "__pycache__" not in p.split("/"))


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # (headers and manifests name the spec relative to the working folder)
    return tmp_path


# --- 1: only folders the generator made are replaced ---------------------------------------------


def test_a_folder_the_generator_did_not_make_is_refused_and_left_as_it_is(here: Path) -> None:
    (here / "tests").mkdir()
    (here / "tests" / "test_app.py").write_text("def test_mine(): ...\n")
    before = snapshot(here / "tests")
    done = run_generator(tiny_spec(here, "tests"), "--out", here, cwd=here)  # a spec choosing "tests", --out .
    assert done.returncode == 1, done.stderr
    assert f"{here}/tests/ exists and was not made by the generator (it has no {MANIFEST}): not replaced" in done.stderr
    assert "pass --force" in done.stderr
    assert snapshot(here / "tests") == before
    assert [p.name for p in here.iterdir() if p.name.startswith(".staging")] == []
    forced = run_generator(tiny_spec(here, "tests"), "--out", here, "--force", cwd=here)
    assert forced.returncode == 0, forced.stderr
    assert (here / "tests" / MANIFEST).is_file() and not (here / "tests" / "test_app.py").exists()


def test_a_file_where_the_package_goes_is_refused(here: Path) -> None:
    (here / "out").mkdir()
    (here / "out" / "tiny_client").write_text("mine")
    with pytest.raises(SpecError, match="out/tiny_client exists and is not a folder the generator made"):
        generate([tiny_spec(here)], here / "out")
    assert (here / "out" / "tiny_client").read_text() == "mine"


def test_files_the_generator_did_not_write_are_never_deleted(here: Path) -> None:
    spec, out = tiny_spec(here), here / "out"
    generate([spec], out)
    package = out / "tiny_client"
    (package / "notes.txt").write_text("my notes")
    (package / "models" / "extra.py").write_text("X = 1\n")
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "client.cpython-311.pyc").write_bytes(b"cache")
    before = snapshot(package)
    with pytest.raises(SpecError) as caught:
        generate([spec], out)
    (problem,) = caught.value.diagnostics
    assert (
        "out/tiny_client/ holds 2 file(s) the generator did not write (models/extra.py, notes.txt)" in problem.message
    )
    assert snapshot(package) == before
    generate([spec], out, force=True)
    assert not (package / "notes.txt").exists() and (package / MANIFEST).is_file()


def test_its_own_package_is_replaced_and_the_manifest_lists_exactly_what_it_wrote(here: Path) -> None:
    spec, out = tiny_spec(here), here / "out"
    generate([spec], out)
    package = out / "tiny_client"
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "x.pyc").write_bytes(b"")  # caches don't count
    manifest = (package / MANIFEST).read_text()
    generate([spec], out)
    assert (package / MANIFEST).read_text() == manifest  # the same bytes every run: no time, sorted
    listed = json.loads(manifest)
    assert listed["spec"] == "tiny_client.yaml" and listed["generator"] == "typed-openapi-clients"
    assert listed["files"] == listed_files(package)
    assert manifest == manifest_text("tiny_client.yaml", listed["files"])


def test_a_package_made_before_manifests_is_recognised_by_its_headers(here: Path) -> None:
    spec, out = tiny_spec(here), here / "out"
    generate([spec], out)
    (out / "tiny_client" / MANIFEST).unlink()
    generate([spec], out)  # every file starts with "# Generated from", but py.typed
    assert (out / "tiny_client" / MANIFEST).is_file()
    (out / "tiny_client" / MANIFEST).unlink()
    (out / "tiny_client" / "__init__.py").write_text('"""My own package."""\n')
    with pytest.raises(SpecError, match="was not made by the generator"):
        generate([spec], out)


def test_committed_packages_carry_their_manifest() -> None:
    for package in ("cycle_client", "azure_ml_client", "otc_ims_client"):
        listed = json.loads((ROOT / "generated" / package / MANIFEST).read_text())
        assert listed["files"] == listed_files(ROOT / "generated" / package)


# --- 13: --out pointing at a file ----------------------------------------------------------------


@pytest.mark.parametrize("out", ["a-file", "a-file/below"])
def test_out_naming_a_file_is_a_usage_error(out: str, here: Path) -> None:
    (here / "a-file").write_text("not a folder")
    done = run_generator(tiny_spec(here), "--out", out, cwd=here)
    assert done.returncode == 2, done.stderr  # exit 4 "internal error" before the fix
    assert done.stderr.strip() == f"error: --out {out}: a-file is a file, not a folder"


# --- 17: two runs writing one --out at once --------------------------------------------------------


def test_runs_writing_one_out_take_turns_and_never_lose_the_package(tmp_path: Path) -> None:
    out = tmp_path / "out"
    errors: list[BaseException] = []

    def run(writer: int) -> None:
        for turn in range(60):
            try:
                with output_lock(out), staging_area(out) as staging:
                    write_files(staging / "pkg", {"__init__.py": f"{writer} {turn}\n", "models/a.py": "A = 1\n"})
                    swap_in(staging / "pkg", out / "pkg")
                    assert (out / "pkg" / "models" / "a.py").is_file()
            except BaseException as exc:
                errors.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(p.name for p in out.iterdir()) == ["pkg"]  # no staging folder or old package left behind


def test_a_second_run_waits_for_the_lock_and_writes_after(here: Path) -> None:
    spec, out = tiny_spec(here), here / "out"
    with output_lock(out):
        run = subprocess.Popen(
            [sys.executable, "-m", "generator", str(spec), "--out", str(out)],
            cwd=here,
            stderr=subprocess.PIPE,
            text=True,
            env={"PYTHONPATH": str(ROOT), "PATH": str(Path(sys.executable).parent)},
        )
        assert run.stderr is not None
        lines = iter(run.stderr.readline, "")
        waiting = next((line for line in lines if "waiting for another run" in line), "")
        assert waiting == f"waiting for another run writing {out}/ to finish\n"
        assert not (out / "tiny_client").exists()  # it holds still while the lock is held
    rest = run.stderr.read()
    assert run.wait() == 0, rest
    assert (out / "tiny_client" / MANIFEST).is_file()


def test_a_swap_that_fails_puts_the_old_package_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target, staged = tmp_path / "pkg", tmp_path / "staging" / "pkg"
    write_files(target, {"__init__.py": "old\n"})
    write_files(staged, {"__init__.py": "new\n"})
    real_replace = os.replace

    def replace(source: Path, destination: Path) -> None:
        if Path(source) == staged:
            raise OSError(39, "Directory not empty")  # another run put a package there meanwhile
        real_replace(source, destination)

    monkeypatch.setattr(write_files_module.os, "replace", replace)
    with pytest.raises(OSError):
        swap_in(staged, target)
    assert (target / "__init__.py").read_text() == "old\n"
