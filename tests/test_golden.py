"""Golden cases: each folder of tests/cases is a spec and the exact package it gives.

``tests/cases/<name>/spec.yaml`` (or ``spec.json``), with ``spec.config.yaml`` beside it if the
case needs a config, and any files its ``$ref``s read; ``expected/`` holds the output folder
(``expected/<package>/...``). Adding a case is adding a folder and running ``make golden``,
which writes ``expected/``; review it as you would a diff. After an intended change to the
generator or templates, ``make golden`` refreshes every case.

``_runtime.py`` is left out: it is fixed text, checked by the drift test on generated/ and by
the behaviour tests.
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

import pytest
from conftest import ROOT

from generator.pipeline import generate

CASES = Path(__file__).resolve().parent / "cases"
SPEC_NAMES = ("spec.yaml", "spec.yml", "spec.json")
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def spec_of(case: Path) -> Path | None:
    return next((case / name for name in SPEC_NAMES if (case / name).is_file()), None)


CASE_NAMES = sorted(p.name for p in CASES.iterdir() if spec_of(p) is not None)


def tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "_runtime.py" and "__pycache__" not in p.parts
    }


def differences(expected: dict[str, str], actual: dict[str, str]) -> str:
    """The unified diff from ``expected`` to ``actual``, file by file ("" if they are the same)."""
    parts: list[str] = []
    for name in sorted(expected.keys() | actual.keys()):
        before, after = expected.get(name), actual.get(name)
        if before == after:
            continue
        if before is None or after is None:
            parts.append(f"{name}: only in {'expected/' if after is None else 'the generated package'}\n")
        lines = difflib.unified_diff(
            (before or "").splitlines(keepends=True),
            (after or "").splitlines(keepends=True),
            f"expected/{name}" if before is not None else "/dev/null",
            f"generated/{name}" if after is not None else "/dev/null",
        )
        parts += (line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)
    return "".join(parts)


def test_there_are_golden_cases_and_every_case_folder_has_a_spec() -> None:
    assert {"names", "shapes", "subtypes", "text"} <= set(CASE_NAMES)
    folders = sorted(p.name for p in CASES.iterdir() if p.is_dir())
    assert folders == CASE_NAMES, f"a folder of {CASES} holds none of {', '.join(SPEC_NAMES)}"


@pytest.mark.parametrize("case", CASE_NAMES)
def test_generated_package_matches_golden_files(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # headers name the spec relative to the project
    spec = spec_of(CASES / case)
    assert spec is not None
    generate([spec], tmp_path)
    actual = tree(tmp_path)
    expected_dir = CASES / case / "expected"
    if UPDATE:
        shutil.rmtree(expected_dir, ignore_errors=True)
        for name, text in actual.items():
            (expected_dir / name).parent.mkdir(parents=True, exist_ok=True)
            (expected_dir / name).write_text(text, encoding="utf-8")
    if not expected_dir.is_dir():
        pytest.fail(f"tests/cases/{case} has no expected/ folder yet: run `make golden`, then review it", pytrace=False)
    diff = differences(tree(expected_dir), actual)
    if diff:
        pytest.fail(f"tests/cases/{case}: the package differs (run `make golden` if intended):\n{diff}", pytrace=False)
