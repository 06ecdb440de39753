"""Shared test set-up: the generated packages are imported from generated/, as a user would vendor them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from inline import InlineSpecs
from servers.scripted import ScriptedServer

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SPECS = ROOT / "specs"
APIS = {"cycle": "cycle_client", "azure_ml": "azure_ml_client", "otc_ims": "otc_ims_client"}

if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))

# Every Hypothesis test runs under this profile, here as under CI (where Hypothesis would otherwise load its
# own "ci" profile): the same examples everywhere (derandomize: a seed from each test's source; no example
# database replaying old failures on one machine only), and nothing that depends on the machine's speed
# (no deadline; no health check about time or about how much data drawing takes). Tests set only how many
# examples they draw, and their phases (test_hypothesis_profile.py checks none loosens the rest).
SUITE_PROFILE = settings(
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile("suite", SUITE_PROFILE)
settings.load_profile("suite")

COMPILED_BUILD = os.environ.get("COMPILED_BUILD")
"""A folder of compiled copies of the packages (`make compiled`, bench/compiled.py): if set, they
are imported from it instead of generated/, so the same tests run against the compiled build."""
if COMPILED_BUILD:
    sys.path.insert(0, str(Path(COMPILED_BUILD).resolve()))


def pytest_sessionstart(session: pytest.Session) -> None:
    """With COMPILED_BUILD, the packages it holds must import compiled, or the run tests nothing new."""
    if not COMPILED_BUILD:
        return
    import importlib
    from importlib.machinery import EXTENSION_SUFFIXES

    for name in APIS.values():
        if (Path(COMPILED_BUILD) / name).is_dir():
            runtime = importlib.import_module(f"{name}._runtime")
            if not str(runtime.__file__).endswith(tuple(EXTENSION_SUFFIXES)):
                raise pytest.UsageError(f"COMPILED_BUILD={COMPILED_BUILD}, but {name}._runtime is {runtime.__file__}")


def fixture_files() -> list[Path]:
    return sorted(FIXTURES.glob("*/*.json"))


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def run_generator(*args: str | Path, cwd: Path = ROOT, tools: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the CLI as a user does; returns the finished process (never raises on failure).

    Only the venv's programs are on its PATH, unless ``tools`` (then git too, for ``diff``).
    """
    path = str(Path(sys.executable).parent)
    if tools:
        path += os.pathsep + os.environ.get("PATH", "")
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": path},
        check=False,
    )


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> InlineSpecs:
    """``generated(spec_text)``: the package of a spec written in the test (tests/inline.py)."""
    return InlineSpecs(tmp_path_factory.mktemp("inline"))


@pytest.fixture(scope="module")
def module_server() -> Iterator[ScriptedServer]:
    """A scripted HTTP server on 127.0.0.1, one per test module."""
    with ScriptedServer() as server:
        yield server


@pytest.fixture
def server(module_server: ScriptedServer) -> ScriptedServer:
    """The module's scripted server, with its script and log cleared."""
    module_server.reset()
    return module_server


@pytest.fixture(autouse=True)
def _from_json_struct_tried_again() -> Iterator[None]:
    """from_json's decoders are made once per model and kept (_runtime.wire_decoder): as None after a run of
    documents the struct refused (wire_missed), or while a test had swapped the JSON backend out
    (test_json_helpers.py). Each test starts with them made again, whatever ran before it."""
    yield
    for name, module in list(sys.modules.items()):
        decoders = getattr(module, "_wire_decoders", None) if name.endswith("._runtime") else None
        if decoders:
            decoders.clear()
            module._wire_misses.clear()
