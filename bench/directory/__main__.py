"""python -m bench.directory: generate, import, type-check and round-trip our half of the APIs.guru directory.

    python -m bench.directory [--cache DIR] [--out DIR] [--jobs N] [--fresh] [--only NAME ...]
                              [--limit N] [--markdown FILE] [--report-only]

Installs the pinned npm packages into --cache (skipped when they are there), takes the specs of
our half (specs.py) and GitHub's, and runs each on --jobs worker processes (worker.py). Each
spec's outcome is one JSON line of --out/results.jsonl, written when it is done: a rerun skips
the specs it holds (--fresh starts over). Progress goes to stderr. At the end (or with
--report-only) the summary is printed and, with --markdown, written into that file's section.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from . import npm
from .report import summary, write_section
from .specs import Spec, pyright_sample, select
from .worker import ROOT, Settings, run_spec, take_slot

DEFAULT_OUT = ROOT / ".directory-out"


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.directory", description=__doc__.split("\n\n")[0])
    p.add_argument("--cache", type=Path, default=npm.DEFAULT_CACHE, help="the npm cache folder")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, help="results.jsonl, packages/ and the mypy caches")
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--timeout", type=float, default=300.0, help="seconds of generation per spec")
    p.add_argument("--fresh", action="store_true", help="forget the results of earlier runs")
    p.add_argument("--only", nargs="*", default=[], help="only these specs (names relative to api/), run again if done")
    p.add_argument("--limit", type=int, default=0, help="only the first N specs not yet done (smallest first)")
    p.add_argument("--no-mypy", action="store_true")
    p.add_argument("--markdown", type=Path, help="write the summary into this file, between its markers")
    p.add_argument("--report-only", action="store_true", help="only summarize results.jsonl")
    return p.parse_args(argv)


def load_results(path: Path) -> dict[str, dict[str, Any]]:
    """The records of results.jsonl by spec (a line cut short by an interruption is dropped)."""
    records: dict[str, dict[str, Any]] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            records[record["spec"]] = record
    return records


def wall_seconds(runs: Path) -> float | None:
    """The wall time of the runs that made results.jsonl (an interrupted run's time is lost)."""
    if not runs.exists():
        return None
    return sum(
        float(json.loads(line)["seconds"]) for line in runs.read_text(encoding="utf-8").splitlines() if line.strip()
    )


def progress(n: int, total: int, record: dict[str, Any], started: float) -> str:
    gen = record["generate"]
    parts = [f"[{n}/{total}]", f"{gen['status']:7}", f"{record['seconds']:7.1f}s", record["spec"]]
    if gen["status"] != "ok":
        parts.append(f"-- {gen.get('message', '')[:160]}")
    else:
        ex = record.get("examples", {})
        parts.append(f"import {record.get('import')}")
        parts.append(
            f"examples {ex.get('round_tripped', 0)} ok/{ex.get('failed', 0)} failed/{ex.get('misfit', 0)} misfit"
        )
        if "mypy" in record:
            parts.append(f"mypy {record['mypy'].get('errors', record['mypy']['status'])}")
        if "pyright" in record:
            parts.append(f"pyright {record['pyright'].get('errors', record['pyright']['status'])}")
    elapsed = time.perf_counter() - started
    parts.append(f"({elapsed / 60:.0f} min, ~{elapsed / n * (total - n) / 60:.0f} min left)")
    return "  ".join(parts)


def run(specs: list[Spec], settings: Settings, jobs: int, results: Path) -> None:
    started = time.perf_counter()
    context = multiprocessing.get_context("fork")
    slots = context.Queue()
    for slot in range(jobs):
        slots.put(slot)
    with (
        ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=take_slot, initargs=(slots,)) as pool,
        results.open("a", encoding="utf-8") as out,
    ):
        futures = [pool.submit(run_spec, spec, settings) for spec in specs]
        for n, future in enumerate(as_completed(futures), 1):
            record = future.result()
            out.write(json.dumps(record) + "\n")
            out.flush()
            print(progress(n, len(specs), record, started), file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    results = args.out / "results.jsonl"
    if args.fresh and not args.report_only:
        results.unlink(missing_ok=True)
        (args.out / "runs.jsonl").unlink(missing_ok=True)
    if not args.report_only:
        npm.ensure_installed(args.cache)
        specs = select(args.cache)
        sample = frozenset(pyright_sample(specs))
        done = load_results(results)
        todo = [s for s in specs if s.name in args.only] if args.only else [s for s in specs if s.name not in done]
        todo.sort(key=lambda s: s.path.stat().st_size)
        if args.limit:
            todo = todo[: args.limit]
        todo.reverse()  # largest first, so the workers finish together
        print(f"{len(specs)} specs, {len(done)} done before, {len(todo)} to run", file=sys.stderr, flush=True)
        for folder in ("packages", "work"):
            (args.out / folder).mkdir(exist_ok=True)
        settings = Settings(args.out.resolve(), args.timeout, sample, mypy=not args.no_mypy)
        started = time.perf_counter()
        try:
            run(todo, settings, args.jobs, results)
        finally:  # an interrupted run's time counts too
            with (args.out / "runs.jsonl").open("a", encoding="utf-8") as runs:
                runs.write(json.dumps({"specs": len(todo), "seconds": time.perf_counter() - started}) + "\n")
    table = summary(list(load_results(results).values()), wall_seconds(args.out / "runs.jsonl"))
    print(table)
    if args.markdown:
        write_section(args.markdown, table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
