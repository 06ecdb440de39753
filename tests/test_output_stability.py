"""Generated output is deterministic, and a stale generated/ is caught."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import ROOT, run_generator


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_two_runs_give_identical_bytes(tmp_path: Path) -> None:
    for name in ("one", "two"):
        done = run_generator("specs", "--out", tmp_path / name, "--quiet")
        assert done.returncode == 0, done.stderr
    first, second = tree(tmp_path / "one"), tree(tmp_path / "two")
    assert first and first == second


def test_committed_generated_folder_is_up_to_date() -> None:
    done = run_generator("specs", "--out", "generated", "--check")
    assert done.returncode == 0, done.stderr


def test_generated_files_carry_the_do_not_edit_header_and_no_timestamp() -> None:
    for path in (ROOT / "generated").rglob("*.py"):
        first_line = path.read_text(encoding="utf-8").splitlines()[0]
        assert first_line.startswith("# Generated from specs/") and "Do not edit" in first_line, path
        assert "2026" not in first_line and ":" not in first_line.split("by")[0][len("# Generated from ") :]


def copy_project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    for part in ("specs", "generated", "templates"):
        shutil.copytree(ROOT / part, project / part, ignore=shutil.ignore_patterns("__pycache__"))
    return project


def test_check_fails_when_a_spec_changed(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    spec = project / "specs" / "azure_ml.yaml"
    spec.write_text(spec.read_text().replace("The image description.", "The image's description."))
    done = run_generator("specs", "--out", "generated", "--check", cwd=project)
    assert done.returncode == 3
    assert "generated/azure_ml_client/models/image_response_base.py" in done.stderr
    assert "make generate" in done.stderr


def test_check_fails_when_a_generated_file_was_edited(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    models = project / "generated" / "otc_ims_client" / "models" / "otc_image.py"
    models.write_text(models.read_text() + "\n# a hand edit\n")
    done = run_generator("specs", "--out", "generated", "--check", cwd=project)
    assert done.returncode == 3
    assert "generated/otc_ims_client/models/otc_image.py" in done.stderr


def test_check_fails_when_a_generated_file_was_added(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "generated" / "cycle_client" / "extra.py").write_text("x = 1\n")
    done = run_generator("specs", "--out", "generated", "--check", cwd=project)
    assert done.returncode == 3
    assert "generated/cycle_client/extra.py" in done.stderr
