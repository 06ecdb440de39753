"""Golden files: small specs in tests/golden/<case>/<case>.yaml and the exact package they give.

After an intended change to the generator or templates, refresh them with `make golden`
and review the diff. `_runtime.py` is left out: it is fixed text, checked by the drift
test on generated/ and by the behaviour tests.
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

import pytest
from conftest import ROOT

from generator.pipeline import generate

GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / f"{p.name}.yaml").is_file())
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "_runtime.py" and "__pycache__" not in p.parts
    }


def test_there_are_golden_cases() -> None:
    assert {"names", "shapes", "text"} <= set(CASES)


@pytest.mark.parametrize("case", CASES)
def test_generated_package_matches_golden_files(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # headers name the spec relative to the project
    generate([GOLDEN / case / f"{case}.yaml"], tmp_path)
    actual = tree(tmp_path)
    expected_dir = GOLDEN / case / "expected"
    if UPDATE:
        shutil.rmtree(expected_dir, ignore_errors=True)
        for name, text in actual.items():
            (expected_dir / name).parent.mkdir(parents=True, exist_ok=True)
            (expected_dir / name).write_text(text, encoding="utf-8")
    expected = tree(expected_dir)
    assert sorted(actual) == sorted(expected), "files differ; run `make golden` if this change is intended"
    for name in expected:
        if actual[name] != expected[name]:
            diff = "".join(
                difflib.unified_diff(
                    expected[name].splitlines(keepends=True), actual[name].splitlines(keepends=True), name, name
                )
            )
            pytest.fail(f"{case}/{name} differs from its golden file (run `make golden` if intended):\n{diff}")
