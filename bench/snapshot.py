"""python -m bench.snapshot OUT: the directory corpus generated into OUT, to diff against another commit's.

    python -m bench.snapshot OUT [--cache DIR] [--every K] [--timeout S]
    diff -r BEFORE OUT        # a refactor that must keep the output byte-identical

Generates our half of the directory corpus (every K-th spec by name, GitHub's included when it
falls in) exactly as `make corpus-directory` writes its packages/ folder (bench/directory
generate.py: the same package names, render and ruff), so either of the two is a baseline for
the other. No import, type check or examples: only the files. A spec that is refused or crashes
leaves OUT/<package>.outcome.json instead of a folder, so a change of outcome shows in the diff
too. Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .directory import npm
from .directory.generate import generate_killable
from .directory.specs import select


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.snapshot", description=__doc__.split("\n\n")[0])
    p.add_argument("out", type=Path, help="the folder to generate into (created; packages in it are replaced)")
    p.add_argument("--cache", type=Path, default=npm.DEFAULT_CACHE, help="the npm cache folder")
    p.add_argument("--every", type=int, default=1, help="only every K-th spec (by name)")
    p.add_argument("--timeout", type=float, default=300.0, help="seconds of generation per spec")
    args = p.parse_args(argv)
    npm.ensure_installed(args.cache)
    specs = select(args.cache)[:: max(1, args.every)]
    work = args.out / ".work"
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    for n, spec in enumerate(specs, 1):
        outcome = generate_killable(spec, args.out, work, args.timeout)
        marker = args.out / f"{spec.package}.outcome.json"
        marker.unlink(missing_ok=True)
        if outcome["status"] != "ok":
            kept = {k: outcome[k] for k in ("status", "message") if k in outcome}
            marker.write_text(json.dumps(kept, indent=1) + "\n", encoding="utf-8")
        print(f"[{n}/{len(specs)}] {outcome['status']:7} {spec.name}", file=sys.stderr, flush=True)
    print(f"{len(specs)} specs in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
