"""Prism (stoplight/prism-cli, installed into .prism/ by `make prism`) mocking a spec on 127.0.0.1.

With --errors Prism answers a request that breaks the spec with an error status, and also
checks its own responses against the spec; without it, it answers the documented example.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent.parent
PRISM = ROOT / ".prism" / "node_modules" / ".bin" / "prism"
STARTUP_SECONDS = 60


def missing() -> str | None:
    """Why Prism can't run here, or None if it can."""
    if shutil.which("node") is None:
        return "Node.js is not installed, so Prism can't run"
    if not PRISM.exists():
        return f"Prism is not installed at {PRISM.relative_to(ROOT)}: run `make prism` (needs npm)"
    return None


def require_prism() -> None:
    """Skip when Prism can't run; but under CI (the CI variable set), fail instead."""
    reason = missing()
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI is set, so this fails instead of skipping")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


_US_DATETIME = re.compile(r"^(\d\d)/(\d\d)/(\d{4}) (\d\d:\d\d:\d\d)$")


def as_served(data: Any) -> Any:
    """The spec as Prism is given it: example date-times in RFC 3339.

    The Cycle doc pages write example date-times as "01/30/2021 08:30:00", and specs/ keeps
    the examples exactly as documented (tests/fixtures round-trip them). Prism checks its own
    responses against `format: date-time` and refuses that form, so it serves a copy with
    them rewritten; the tests compare results with the same copy.
    """
    if isinstance(data, dict):
        return {k: as_served(v) for k, v in data.items()}
    if isinstance(data, list):
        return [as_served(v) for v in data]
    if isinstance(data, str) and (m := _US_DATETIME.match(data)):
        month, day, year, time_of_day = m.groups()
        return f"{year}-{month}-{day}T{time_of_day}Z"
    return data


def served_spec_data(spec: Path) -> Any:
    return as_served(yaml.safe_load(spec.read_text(encoding="utf-8")))


@contextmanager
def prism_mock(spec: Path) -> Iterator[str]:
    """Run `prism mock --errors` for ``spec`` and yield its base URL; stop it afterwards."""
    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        served = Path(folder) / spec.name
        served.write_text(yaml.safe_dump(served_spec_data(spec), sort_keys=False), encoding="utf-8")
        with _running(served, port) as url:
            yield url


@contextmanager
def _running(spec: Path, port: int) -> Iterator[str]:
    command = [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), "--errors", str(spec)]
    with tempfile.TemporaryFile() as log:  # a file, not a pipe: Prism logs every request
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        try:
            wait_until_listening(process, port, log)
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def wait_until_listening(
    process: subprocess.Popen[bytes], port: int, log: tempfile._TemporaryFileWrapper[bytes]
) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            pytest.fail(f"Prism exited with {process.returncode}:\n{log.read().decode(errors='replace')}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    pytest.fail(f"Prism did not listen on port {port} within {STARTUP_SECONDS} s")
