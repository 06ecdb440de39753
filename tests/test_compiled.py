"""The compiled build (`make compiled`, bench/compiled.py) behaves as the vendored Python source does:
the same decode and round-trip tests run against it, in a fresh interpreter with COMPILED_BUILD set.

One small package (azure_ml_client, ~20 s) is compiled here on every run; the whole build of
build/compiled/ is tested too when `make compiled` made it and it is up to date.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import FunctionType

import pytest
from conftest import APIS, GENERATED, ROOT

from bench import compiled
from bench.peers import codecs

pytestmark = pytest.mark.slow  # mypyc compiles the packages (make test-fast leaves it out)

MODEL_TESTS = [
    "tests/test_roundtrip.py",
    "tests/test_decoding.py",
    "tests/test_model_extras.py",
    "tests/test_json_helpers.py",
    "tests/test_property_roundtrip.py",
]
"""The tests of the models and the runtime (decode, encode, round trip, JSON, equality, pickling)."""

_PROBE = """
import importlib, json, pkgutil, sys
for name in sys.argv[1:]:
    models = importlib.import_module(name + ".models")
    modules = [importlib.import_module(f"{name}.models.{m.name}") for m in pkgutil.iter_modules(models.__path__)]
    runtime = importlib.import_module(name + "._runtime")
    print(json.dumps([name, [m.__file__ for m in modules], runtime.__file__, [m._COMPILED for m in modules]]))
"""


def _can_compile() -> str | None:
    """Why this machine can't build with mypyc, or None if it can."""
    if importlib.util.find_spec("mypyc") is None:
        return "mypyc is not installed (it comes with mypy, in the dev extras)"
    if shutil.which("cc") is None and shutil.which("gcc") is None:
        return "no C compiler (cc or gcc) on PATH"
    return None


def _probe(build: Path, packages: list[str]) -> list[list[object]]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(build), str(GENERATED)])}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *packages], env=env, capture_output=True, text=True, check=True, cwd=ROOT
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def _run_model_tests(build: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COMPILED_BUILD": str(build)}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", *MODEL_TESTS],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def test_the_vendored_source_is_python_and_knows_it() -> None:
    for name in APIS.values():
        ((_, model_files, runtime_file, flags),) = _probe(Path(os.devnull), [name])
        assert model_files and all(str(f).endswith(".py") for f in model_files)
        assert str(runtime_file).endswith("_runtime.py")
        assert not any(flags), f"a module of {name}.models takes the compiled path in Python"


def test_a_compiled_package_passes_the_model_tests(tmp_path: Path) -> None:
    reason = _can_compile()
    if reason:
        pytest.skip(f"can't compile azure_ml_client here: {reason}")
    compiled.compile_package(GENERATED / "azure_ml_client", tmp_path)
    ((_, model_files, runtime_file, flags),) = _probe(tmp_path, ["azure_ml_client"])
    assert model_files and all(compiled.is_compiled_path(f) for f in model_files), model_files
    assert compiled.is_compiled_path(runtime_file)
    assert all(flags), "a compiled module of models/ doesn't know it is compiled (from_dict would fail)"
    model, _, _ = codecs.load_compiled("azure_ml_client", tmp_path, "ImageResponseBase")
    assert not isinstance(model.__dict__["to_dict"], FunctionType), "the bench would time the Python class"
    done = _run_model_tests(tmp_path)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]


def test_the_compiled_build_passes_the_model_tests() -> None:
    build = compiled.DEFAULT_OUT
    stale = [name for name in APIS.values() if not compiled.up_to_date(build / name, GENERATED / name)]
    if stale:
        pytest.skip(f"no up-to-date compiled build of {', '.join(stale)} in {build}: run `make compiled`")
    for name, model_files, runtime_file, flags in _probe(build, list(APIS.values())):
        assert all(compiled.is_compiled_path(f) for f in model_files) and compiled.is_compiled_path(runtime_file), name
        assert all(flags), name
    done = _run_model_tests(build)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
