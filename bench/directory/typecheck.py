"""mypy --strict and pyright --strict on one generated package; errors counted, the first kept.

mypy's cache (one folder per worker: two mypy runs never share one) can't hide an error: mypy
reports a cached module's errors again (a file with an error, checked twice with the same cache,
fails both times), and a package changed by a new generation is read afresh.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

SHOWN = 20
MYPY_TIMEOUT = 1800.0
PYRIGHT_TIMEOUT = 1800.0
PYRIGHT_CONFIG = {"typeCheckingMode": "strict", "pythonVersion": "3.11"}


def run_mypy(packages: Path, package: str, cache: Path, timeout: float = MYPY_TIMEOUT) -> dict[str, Any]:
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "--no-error-summary", package]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, cwd=packages, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"status": "timeout", "seconds": time.perf_counter() - started}
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    result: dict[str, Any] = {"errors": len(errors), "first": errors[:SHOWN], "seconds": time.perf_counter() - started}
    result["kinds"] = kinds(errors)
    if done.returncode not in (0, 1) or (done.returncode == 1 and not errors):
        result["status"] = "failed to run"
        result["output"] = (done.stdout + done.stderr)[-2000:]
    else:
        result["status"] = "clean" if not errors else "errors"
    return result


def run_pyright(packages: Path, package: str, timeout: float = PYRIGHT_TIMEOUT) -> dict[str, Any]:
    """pyright --strict (pyrightconfig.json of ``packages``) with this Python's site-packages (httpx)."""
    config = packages / "pyrightconfig.json"
    if not config.exists():
        config.write_text(json.dumps(PYRIGHT_CONFIG), encoding="utf-8")
    pyright = str(Path(sys.executable).parent / "pyright")
    command = [pyright, "--outputjson", "--pythonpath", sys.executable, package]
    env = {**os.environ, "PYRIGHT_PYTHON_IGNORE_WARNINGS": "1"}
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command, cwd=packages, capture_output=True, text=True, timeout=timeout, check=False, env=env
        )
    except subprocess.TimeoutExpired:
        return {"status": "timeout", "seconds": time.perf_counter() - started}
    seconds = time.perf_counter() - started
    try:
        report = json.loads(done.stdout)
    except ValueError:
        return {"status": "failed to run", "seconds": seconds, "output": (done.stdout + done.stderr)[-2000:]}
    errors = [d for d in report.get("generalDiagnostics", []) if d.get("severity") == "error"]
    lines = [_pyright_line(packages, d) for d in errors]
    status = "clean" if not errors else "errors"
    return {"status": status, "errors": len(errors), "first": lines[:SHOWN], "kinds": kinds(lines), "seconds": seconds}


def _pyright_line(packages: Path, diagnostic: dict[str, Any]) -> str:
    path = os.path.relpath(diagnostic.get("file", ""), packages)
    line = diagnostic.get("range", {}).get("start", {}).get("line", -1) + 1
    rule = diagnostic.get("rule", "")
    return f"{path}:{line}: error: {diagnostic.get('message', '')} [{rule}]"


def kinds(lines: list[str], most: int = 50) -> dict[str, int]:
    """How many errors of each kind (general), the ``most`` commonest."""
    return dict(Counter(general(line) for line in lines).most_common(most))


def general(message: str) -> str:
    """An error message with its specifics (quoted names, numbers, paths) taken out, to group errors by cause."""
    message = " ".join(message.split(": error: ", 1)[-1].split())
    message = re.sub(r"\bvalue(\.\w+|\[\w+\])+", "value…", message)  # a DecodeError's path
    message = re.sub(r'"([^"]*)"', _quoted, message)
    message = re.sub(r"'[^']*('|$)", "'…'", message)  # a message cut short may end inside its quote
    return re.sub(r"\d+", "N", message)[:200]


def _quoted(match: re.Match[str]) -> str:
    """A generated private name keeps its kind ("_X_wire_names"); any other quoted text goes."""
    private = re.fullmatch(r"_[A-Z]\w*?(_[a-z_]+)", match.group(1))
    return f'"_X{private.group(1)}"' if private else '"…"'
