"""The generated packages and the generator pass mypy --strict and ruff."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import APIS, GENERATED, ROOT, run_generator

from generator.render.model_files import LATE_MODULE
from generator.render.runtime_files import FIXED_MODULES

FEATURES = ROOT / "tests" / "features"
# A spec's own document starts with its version; the files it refers to (fragments) don't.
_SPEC_START = re.compile(r'^(openapi|swagger)\s*:|^\s*\{?\s*"(openapi|swagger)"\s*:', re.MULTILINE)


def run(*command: str, cwd: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd or ROOT, capture_output=True, text=True, check=False, env=env)


def run_pyright(*paths: str | Path) -> subprocess.CompletedProcess[str]:
    """pyright (pinned in the dev extras, settings in pyproject.toml's [tool.pyright]) runs on Node.

    Its wheel bundles pyright itself, so nothing is downloaded; PYRIGHT_PYTHON_IGNORE_WARNINGS
    spares the look-up of its newest version on PyPI.
    """
    if shutil.which("node") is None:
        if os.environ.get("CI"):
            pytest.fail("Node.js is not installed, so pyright can't run; CI is set, so this fails instead of skipping")
        pytest.skip("Node.js is not installed, so pyright can't run")
    env = {**os.environ, "PYRIGHT_PYTHON_IGNORE_WARNINGS": "1"}
    return run(str(Path(sys.executable).parent / "pyright"), *map(str, paths), env=env)


def feature_specs() -> list[Path]:
    """Every spec of tests/features, in subfolders too (a multi-file spec's own document, not its fragments)."""
    files = sorted(p for p in FEATURES.rglob("*") if p.suffix in (".yaml", ".yml", ".json"))
    return [p for p in files if _SPEC_START.search(p.read_text(encoding="utf-8")[:2000])]


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The packages of generated/, and those of every feature spec, generated in one run as a user would.

    The feature specs hold the odd corners of real specs (objects without properties, {} schemas, enums
    of every kind, nullable members ...) that the three seed specs can't show; each checker runs once
    over all of them (its start and the standard library's stubs cost more than a package).
    """
    out = tmp_path_factory.mktemp("all_features")
    # The multi-file Cycle layout refers from platform/ to its sibling folders, as the real one does.
    done = run_generator(*feature_specs(), "--out", out, "--quiet", "--allow-refs-under", FEATURES / "multifile")
    assert done.returncode == 0, done.stderr
    features = sorted(p for p in out.iterdir() if p.is_dir())
    assert len(features) >= 15
    return [GENERATED / name for name in APIS.values()] + features


@pytest.mark.slow  # mypy/pyright
def test_generated_and_feature_packages_are_mypy_strict_clean(packages: list[Path], tmp_path: Path) -> None:
    cache = str(tmp_path / "mypy")  # a new one: nothing cached from another run
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", cache, *map(str, packages)]
    done = run(*command, cwd=str(tmp_path))  # (not in the repository: its mypy settings exclude generated/)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow  # mypy/pyright
def test_generated_and_feature_packages_are_pyright_strict_clean(packages: list[Path]) -> None:
    done = run_pyright(*packages)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 errors, 0 warnings" in done.stdout


def test_generated_packages_hold_the_fixed_runtime_as_it_is_in_generator_runtime() -> None:
    """Each package's copy of generator/runtime/<module> is that module below the package's header.

    `mypy generator` checks the modules where they live, but reads _runtime and _logs (templates: they
    depend on the spec) as Any; the copies, checked whole above with those modules, are the same text.
    """
    folder = ROOT / "generator" / "runtime"
    assert {p.name for p in folder.glob("*.py")} == {"__init__.py", *FIXED_MODULES, LATE_MODULE}  # each one copied
    for package in APIS.values():
        late = [f"models/{LATE_MODULE}"] if (GENERATED / package / "models" / LATE_MODULE).exists() else []
        for name in [*FIXED_MODULES, *late]:
            header, text = (GENERATED / package / name).read_text(encoding="utf-8").split("\n", 1)
            assert header.startswith("# Generated from specs/") and "Do not edit" in header
            assert text == (folder / Path(name).name).read_text(encoding="utf-8"), f"{package}/{name}"


@pytest.mark.slow  # mypy/pyright
def test_generator_is_mypy_strict_clean() -> None:
    done = run(sys.executable, "-m", "mypy", "--no-incremental", "generator")
    assert done.returncode == 0, done.stdout + done.stderr


def test_stages_import_only_the_stages_before_them_and_no_circles() -> None:
    done = run(str(Path(sys.executable).parent / "lint-imports"), "--no-cache")  # contracts in pyproject.toml
    assert done.returncode == 0, done.stdout + done.stderr
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"][
        "contracts"
    ]
    assert f"{len(contracts)} kept, 0 broken" in done.stdout


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
