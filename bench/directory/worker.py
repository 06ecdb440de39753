"""One spec, start to end, in a worker process: generate, import and round-trip, mypy, pyright (the sample).

Each worker takes a slot (0, 1, ...) when it starts: its own mypy cache folder.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass
from multiprocessing.queues import Queue
from pathlib import Path
from typing import Any

from .generate import generate_killable
from .specs import Spec
from .typecheck import run_mypy, run_pyright

ROOT = Path(__file__).resolve().parent.parent.parent
CHECK_TIMEOUT = 600.0

_slot: list[int] = [0]


@dataclass(frozen=True)
class Settings:
    out: Path  # the results folder: packages/, work/, mypy caches, results.jsonl
    timeout: float  # seconds of generation
    pyright: frozenset[str]  # the spec names of the pyright sample
    mypy: bool = True


def take_slot(slots: Queue[int]) -> None:
    """The worker's initializer: its slot number, for a mypy cache of its own."""
    _slot[0] = slots.get()


def run_spec(spec: Spec, settings: Settings) -> dict[str, Any]:
    started = time.perf_counter()
    packages, work = settings.out / "packages", settings.out / "work"
    record: dict[str, Any] = {"spec": spec.name, "package": spec.package, "bytes": spec.path.stat().st_size}
    record["generate"] = generate_killable(spec, packages, work, settings.timeout)
    if record["generate"]["status"] == "ok":
        record.update(check_in_fresh_process(packages, spec.package, work / f"{spec.package}.examples.pickle"))
        if settings.mypy:
            record["mypy"] = run_mypy(packages, spec.package, settings.out / "mypy-cache" / f"slot{_slot[0]}")
        if spec.name in settings.pyright:
            record["pyright"] = run_pyright(packages, spec.package)
    record["seconds"] = time.perf_counter() - started
    return record


def check_in_fresh_process(packages: Path, package: str, sidecar: Path) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.directory.check", str(packages), package, str(sidecar)]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=CHECK_TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        return {"import": "timeout", "check_seconds": time.perf_counter() - started}
    try:
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        result = {"import": "fails", "import_error": f"the check died: {done.stderr[-600:]}"}
    result["check_seconds"] = time.perf_counter() - started
    return result
