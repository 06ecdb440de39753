"""Format generated code with ruff: imports sorted and pruned, then ruff format.

Ruff runs --isolated with its settings given here, so the output depends only on
the pinned ruff version, never on a config file near the output folder. Two processes
for every file of every package (one to fix imports, one to format), and --no-cache:
the files are new each run, so a cache never hits, and it would leave .ruff_cache in
the working folder.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from ruff.__main__ import find_ruff_bin

SETTINGS = ["--isolated", "--no-cache", "--target-version", "py311", "--line-length", "100"]


class FormatError(RuntimeError):
    """Ruff refused the generated code: a generator bug, since templates must emit valid Python."""


def format_tree(folder: Path) -> None:
    """Sort and prune imports, then format, every Python file below ``folder``."""
    ruff = find_ruff_bin()
    isort = ["--config", "lint.isort.combine-as-imports = true"]  # `UNSET as UNSET` (a re-export) in one import
    _run([ruff, "check", *SETTINGS, *isort, "--select", "I,F401", "--fix", "--quiet", "--exit-zero", str(folder)])
    _run([ruff, "format", *SETTINGS, "--quiet", str(folder)])


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise FormatError(f"{' '.join(command[1:3])} failed:\n{done.stdout}{done.stderr}")
