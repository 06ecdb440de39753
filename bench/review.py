"""How long ``python -m generator diff`` takes on Cycle's two public specs (``make bench-review``).

Times the whole command as a user runs it (a fresh process each time, imports included),
a few rounds, and reports the median wall time; with ``--markdown FILE`` it rewrites the
section between the review markers of that file. Never run by the tests.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CYCLE = ROOT.parent / "shared" / "corpus" / "cycle-api-spec"
OLD = CYCLE / "_bundled_2024-10-23_29b8f8eb" / "platform.yml"
NEW = CYCLE / "_bundled" / "platform.yml"
BEGIN, END = "<!-- review:begin -->", "<!-- review:end -->"


def run_once(*args: str) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )
    took = time.perf_counter() - started
    if done.returncode not in (0, 5):
        raise SystemExit(f"diff failed ({done.returncode}): {done.stderr}")
    return took, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--markdown", type=Path, help="rewrite the review section of this file")
    args = parser.parse_args()
    if not OLD.exists() or not NEW.exists():
        raise SystemExit(f"needs ../shared/corpus beside the project ({OLD})")
    versions = (os.path.relpath(OLD, ROOT), os.path.relpath(NEW, ROOT))
    times, report = [], ""
    for _ in range(args.rounds):
        took, report = run_once("diff", *versions)
        times.append(took)
    header = report.splitlines()[0].split("  [")[0]
    median, low, high = statistics.median(times), min(times), max(times)
    lines = [
        BEGIN,
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {os.cpu_count()} cores, "
        f"{platform.platform()}, Python {platform.python_version()}.",
        "",
        "| command | median | min | max | report |",
        "|---|---|---|---|---|",
        f"| `python -m generator diff` Cycle 2024-10-23 -> current (1.2 MiB, ~2,250 classes) "
        f"| {median:.2f} s | {low:.2f} s | {high:.2f} s | {header} |",
        END,
    ]
    print("\n".join(lines[1:-1]))
    if args.markdown is not None:
        text = args.markdown.read_text(encoding="utf-8")
        section = "\n".join(lines)
        if BEGIN in text:
            text = re.sub(re.escape(BEGIN) + r".*?" + re.escape(END), lambda _: section, text, flags=re.S)
        else:
            text = text.rstrip("\n") + "\n\n## Reviewing a spec change\n\n" + section + "\n"
        args.markdown.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
