"""How many list operations of a spec get a paginator, by style: for the corpus report and a quick sample.

A list operation is a GET whose 2xx JSON body is an array or an object with an array property.
``python -m bench.directory.paging [--every K] [--cache DIR] [NAME ...]`` builds the IR (no rendering)
of our half of the directory (every K-th spec, or those whose path contains a NAME) and prints the counts.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from generator import ir
from generator.ir.diagnostics import Source, SpecError
from generator.load.config import Rename, SpecConfig
from generator.pipeline import build_spec

from .npm import DEFAULT_CACHE
from .specs import select


def paging_counts(api: ir.Api) -> dict[str, int]:
    """``list_operations`` and, for each style, how many of them page in it (``x-pagination`` ones included)."""
    models = {m.name: m for m in api.models}
    counts: Counter[str] = Counter()
    for op in api.http.operations if api.http is not None else ():
        result = op.result
        if op.method != "GET" or result is None:
            continue
        model = models.get(result.name) if result.kind == "model" else None
        if result.kind == "list" or (model is not None and any(f.type.kind == "list" for f in model.fields)):
            counts["list_operations"] += 1
            if op.pagination is not None:
                counts[op.pagination.style] += 1
    return dict(counts)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.directory.paging", description=__doc__)
    p.add_argument("names", nargs="*", help="only the specs whose path contains one of these")
    p.add_argument("--every", type=int, default=1, help="only every K-th spec (by name)")
    p.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    args = p.parse_args(argv)
    specs = select(args.cache)[:: max(1, args.every)]
    if args.names:
        specs = [s for s in select(args.cache) if any(n in s.name for n in args.names)]
    total: Counter[str] = Counter()
    paged_specs = 0
    for spec in specs:
        try:
            api = build_spec(
                spec.path,
                spec.name,
                config=SpecConfig(package=Rename("", spec.package, Source(spec.name, None, "/info"))),
            )
        except (SpecError, RecursionError):
            continue
        counts = paging_counts(api)
        paged = sum(n for style, n in counts.items() if style != "list_operations")
        paged_specs += paged > 0
        print(f"{spec.name}: {counts.get('list_operations', 0)} list operations, {paged} paged {counts}", flush=True)
        total.update(counts)
    listed = total.pop("list_operations", 0)
    print(
        f"\n{len(specs)} specs, {paged_specs} with a paginator; {listed} list operations, {sum(total.values())} paged:"
    )
    for style, n in total.most_common():
        print(f"  {style}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
