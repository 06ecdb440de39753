"""The generated packages and the generator pass mypy --strict and ruff."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import APIS, ROOT


def run(*command: str, cwd: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd or ROOT, capture_output=True, text=True, check=False, env=env)


def test_generated_packages_are_mypy_strict_clean() -> None:
    done = run(
        sys.executable, "-m", "mypy", "--strict", "--no-incremental", *APIS.values(), cwd=str(ROOT / "generated")
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_generated_packages_are_pyright_strict_clean() -> None:
    """pyright (pinned in the dev extras, settings in pyproject.toml's [tool.pyright]) runs on Node.

    Its wheel bundles pyright itself, so nothing is downloaded; PYRIGHT_PYTHON_IGNORE_WARNINGS
    spares the look-up of its newest version on PyPI.
    """
    if shutil.which("node") is None:
        if os.environ.get("CI"):
            pytest.fail("Node.js is not installed, so pyright can't run; CI is set, so this fails instead of skipping")
        pytest.skip("Node.js is not installed, so pyright can't run")
    env = {**os.environ, "PYRIGHT_PYTHON_IGNORE_WARNINGS": "1"}
    done = run(str(Path(sys.executable).parent / "pyright"), *(f"generated/{p}" for p in APIS.values()), env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 errors, 0 warnings" in done.stdout


def test_generator_is_mypy_strict_clean() -> None:
    done = run(sys.executable, "-m", "mypy", "--no-incremental", "generator")
    assert done.returncode == 0, done.stdout + done.stderr


def test_stages_import_only_the_stages_before_them_and_no_circles() -> None:
    done = run(str(Path(sys.executable).parent / "lint-imports"), "--no-cache")  # contracts in pyproject.toml
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 kept, 0 broken" in done.stdout


def test_ruff_lint_and_format_are_clean() -> None:
    lint = run(sys.executable, "-m", "ruff", "check", "generator", "tests")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = run(sys.executable, "-m", "ruff", "format", "--check", "generator", "tests")
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


def test_generated_packages_import_without_the_generator_or_its_dependencies() -> None:
    code = (
        "import sys; sys.path.insert(0, 'generated');"
        f"import {', '.join(APIS.values())};"
        "bad = [m for m in ('generator', 'jinja2', 'datamodel_code_generator', 'yaml', 'pydantic', 'httpx') "
        "if m in sys.modules]; print(bad); assert not bad"
    )
    done = run(sys.executable, "-I", "-c", code)
    assert done.returncode == 0, done.stdout + done.stderr
