"""The bench's own environment (bench/.venv, from PyPI only) and the facts about the machine."""

from __future__ import annotations

import hashlib
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from .seeds import BENCH_VENV

REQUIREMENTS = Path(__file__).with_name("requirements.txt")
PYTHON = BENCH_VENV / "bin" / "python"
_STAMP = BENCH_VENV / ".requirements-sha256"


def ensure_venv() -> Path:
    """Make or refresh bench/.venv when requirements.txt changed; return its python."""
    digest = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    if _STAMP.exists() and _STAMP.read_text() == digest and PYTHON.exists():
        return PYTHON
    print(f"bench: installing the comparison environment into {BENCH_VENV} ...", file=sys.stderr, flush=True)
    subprocess.run([sys.executable, "-m", "venv", "--clear", BENCH_VENV], check=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-r", str(REQUIREMENTS)], check=True)
    _STAMP.write_text(digest)
    return PYTHON


def package_versions() -> dict[str, str]:
    """The pinned packages as installed in the bench venv."""
    wanted = [line.split("==")[0] for line in REQUIREMENTS.read_text().splitlines() if "==" in line]
    code = "import json,sys,importlib.metadata as m; print(json.dumps({n: m.version(n) for n in sys.argv[1:]}))"
    out = subprocess.run([str(PYTHON), "-c", code, *wanted], capture_output=True, text=True, check=True).stdout
    versions: dict[str, str] = json.loads(out)
    return versions


def machine() -> dict[str, str]:
    return {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "cores": str(os.cpu_count()),
        "cpu": _cpu_model(),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"
