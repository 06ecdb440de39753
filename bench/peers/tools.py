"""The generators as command lines: ours, datamodel-code-generator, openapi-python-client."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .seeds import BENCH_VENV, ROOT

BIN = BENCH_VENV / "bin"
OPC_LITERAL_ENUMS = "literal_enums: true\n"
_ERROR_LINE = re.compile(r"^\s*(\w+(Error|Exception)\b.*|.*\berror\b.*)$", re.IGNORECASE)
_NOISE = re.compile(r"Warning|warn_deprecated|^\s*[│╭╰]|Traceback|^\s*File ")


@dataclass(frozen=True)
class Run:
    seconds: float
    returncode: int
    output: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def first_error(self) -> str:
        """The line of the output that says what went wrong (the tools print much else)."""
        lines = [line.strip() for line in self.output.splitlines() if line.strip()]
        for line in lines:
            if _ERROR_LINE.match(line) and not _NOISE.search(line):
                return _continued(line, lines)
        return lines[-1] if lines else f"exit status {self.returncode}"


def _continued(line: str, lines: list[str]) -> str:
    """A Python exception's message that rich wrapped over several lines, joined back."""
    text = line
    if re.match(r"^\w+(Error|Exception):", line):
        for follow in lines[lines.index(line) + 1 : lines.index(line) + 4]:
            if text.endswith((".", ":")) or _NOISE.search(follow) or follow.startswith("If you believe"):
                break
            text += " " + follow
    return text[:200]


def run(cmd: list[str | Path], *, cwd: Path = ROOT, timeout: float = 300) -> Run:
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", PYTHONWARNINGS="ignore")
    start = time.perf_counter()
    try:
        done = subprocess.run(
            [str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return Run(time.perf_counter() - start, -1, f"timed out after {timeout:.0f} s")
    return Run(time.perf_counter() - start, done.returncode, done.stdout + done.stderr)


def ours(spec: Path, out: Path) -> list[str | Path]:
    return [sys.executable, "-m", "generator", spec, "--out", out, "-q"]


def dmcg(spec: Path, out: Path, *extra: str) -> list[str | Path]:
    """datamodel-code-generator; ``out`` becomes a module, or a folder for a modular spec."""
    return [
        BIN / "datamodel-codegen",
        "--input",
        spec,
        "--input-file-type",
        "openapi",
        "--output",
        out,
        *extra,
    ]


def opc(spec: Path, out: Path, config: Path | None = None) -> list[str | Path]:
    cmd: list[str | Path] = [BIN / "openapi-python-client", "generate", "--path", spec, "--meta", "none"]
    cmd += ["--output-path", out, "--overwrite"]
    return [*cmd, "--config", config] if config else cmd
