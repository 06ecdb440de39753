"""python -m bench.stages SPEC...: where generation's time goes, stage by stage.

    python -m bench.stages SPEC [SPEC...] [--runs N]

Runs ``pipeline.generate`` on each spec into a scratch folder, ``--runs`` times (default 3), with
each stage's entry point wrapped in a timer, and prints the median CPU seconds per stage (ruff's
included: it runs as a child process) and its share of the whole: CPU time, not wall time, so
that a busy machine changes the numbers little. The stages are the pipeline's own (load,
validate, openapi, models, http, naming, render, format, write); datamodel-code-generator's
parse, inside models, is shown on its own line. Nothing is changed but the timing wrappers.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from generator import pipeline
from generator.models import build as models_build

# (label, module, attribute): the function each stage enters through, as the pipeline calls it.
STAGES: tuple[tuple[str, Any, str], ...] = (
    ("load", pipeline, "load_file"),
    ("validate", pipeline, "validate"),
    ("openapi (typed spec)", pipeline, "read_spec"),
    ("models (whole)", pipeline, "build_api"),
    ("  of which dmcg parse", models_build.dmcg, "parse"),
    ("http", pipeline, "build_http"),
    ("naming", pipeline, "with_settled_names"),
    ("config + pruning", pipeline, "apply_config"),
    ("config + pruning", pipeline, "drop_unused_classes"),
    ("render", pipeline, "render_api"),
    ("write (staging)", pipeline, "write_files"),
    ("format (ruff)", pipeline, "format_tree"),
    ("write (manifest, compare, swap)", pipeline, "write_manifest"),
    ("write (manifest, compare, swap)", pipeline, "differences"),
    ("write (manifest, compare, swap)", pipeline, "swap_in"),
)


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (ruff): steadier than wall time on a busy machine."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _timed(spent: dict[str, float], label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = cpu_seconds()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + cpu_seconds() - started

    return wrapper


@contextmanager
def stage_timers(spent: dict[str, float]) -> Iterator[None]:
    """Each stage's entry point wrapped to add its time to ``spent`` (by label), restored after."""
    originals = [(module, name, getattr(module, name)) for _, module, name in STAGES]
    try:
        for label, module, name in STAGES:
            setattr(module, name, _timed(spent, label, getattr(module, name)))
        yield
    finally:
        for module, name, original in originals:
            setattr(module, name, original)


def profile(spec: Path, runs: int) -> tuple[dict[str, float], float]:
    """The median CPU seconds of each stage, and of the whole run, over ``runs`` generations of ``spec``."""
    per_stage: dict[str, list[float]] = {}
    wholes: list[float] = []
    for _ in range(runs):
        spent: dict[str, float] = {}
        with tempfile.TemporaryDirectory() as out, stage_timers(spent):
            started = cpu_seconds()
            pipeline.generate([spec], Path(out))
            wholes.append(cpu_seconds() - started)
        for label, seconds in spent.items():
            per_stage.setdefault(label, []).append(seconds)
    return {label: statistics.median(times) for label, times in per_stage.items()}, statistics.median(wholes)


def table(spec: Path, medians: dict[str, float], whole: float) -> str:
    lines = [f"{spec}: {whole:.2f} s of CPU", "| stage | CPU seconds | share |", "|---|---|---|"]
    for label in dict.fromkeys(label for label, _, _ in STAGES):
        if label in medians:
            lines.append(f"| {label} | {medians[label]:.3f} | {medians[label] / whole:.0%} |")
    rest = whole - sum(v for k, v in medians.items() if not k.startswith(" "))
    lines.append(f"| other (between stages) | {rest:.3f} | {rest / whole:.0%} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.stages", description=__doc__.split("\n\n")[0])
    p.add_argument("specs", nargs="+", type=Path)
    p.add_argument("--runs", type=int, default=3, help="generations per spec (the median is shown)")
    args = p.parse_args(argv)
    for spec in args.specs:
        medians, whole = profile(spec, max(1, args.runs))
        print(table(spec, medians, whole), end="\n\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
