"""python -m bench.decode_ab --candidate DIR [--processes 5]: ours against a candidate and pydantic, on a busy machine.

Run with bench/.venv's python from the repo root, after `python -m bench.peers --only models` has generated
the peers' models. For each seed, the document and a list of 1,000: every path of ours (generated/) and of
the candidate (the packages of DIR, e.g. main's generated/), and pydantic v2's JSON->object, timed in
short interleaved rounds (many of them, so a busy moment of the machine hits one round of each, not a
whole measurement), the median per process; then the median of each ratio over ``--processes`` fresh
processes. Prints a Markdown table: ours ÷ candidate on every path (1.00: no change), and JSON->object
÷ pydantic for both against issue 25's target of 0.90. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

from .peers.seeds import MODELS, ROOT, SEEDS

PATHS = ("dict->object", "JSON->object", "object->dict", "object->JSON")


def one_process(candidate: Path) -> dict[str, dict[str, float]]:
    """{"<seed> <size>": {"<path> ours÷candidate": r, ..., "JSON->object ours÷pydantic": r, ...}}."""
    sys.path[:0] = [str(ROOT / "generated"), str(MODELS)]
    import orjson

    from .peers.codecs import _call, ours, pydantic_v2
    from .peers.timing import compare

    found: dict[str, dict[str, float]] = {}
    for seed in SEEDS:
        document = json.loads(seed.fixture_path.read_bytes())
        from .peers.seeds import rfc3339_dates

        document = rfc3339_dates(document)
        codecs = {
            "ours": ours(seed),
            "candidate": ours(seed, candidate),
            "pydantic": pydantic_v2(f"pydantic_{seed.name}", seed),
        }
        for size, pick, data in (("document", 0, document), ("list of 1000", 1, [document] * 1000)):
            raw = orjson.dumps(data)
            ratios: dict[str, float] = {}
            for path in PATHS:
                impls = ["ours", "candidate"] + (["pydantic"] if path == "JSON->object" else [])
                objects = {i: codecs[i][pick].from_dict(data) for i in impls}
                calls = [_call(path, codecs[i][pick], data, raw, objects[i]) for i in impls]
                samples = compare(calls, rounds=31 if pick == 0 else 9, target=0.005 if pick == 0 else 0.02)
                t = dict(zip(impls, (s.median for s in samples), strict=True))
                ratios[f"{path} ours÷candidate"] = t["ours"] / t["candidate"]
                if path == "JSON->object":
                    ratios["JSON->object ours÷pydantic"] = t["ours"] / t["pydantic"]
                    ratios["JSON->object candidate÷pydantic"] = t["candidate"] / t["pydantic"]
            found[f"{seed.label}, {size}"] = ratios
    return found


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.decode_ab")
    p.add_argument("--candidate", type=Path, required=True)
    p.add_argument("--processes", type=int, default=5)
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        print(json.dumps(one_process(args.candidate.resolve())))
        return 0
    runs: list[dict[str, dict[str, float]]] = []
    for n in range(args.processes):
        command = [sys.executable, "-m", "bench.decode_ab", "--candidate", str(args.candidate), "--child"]
        runs.append(json.loads(subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout))
        print(f"process {n + 1}/{args.processes} done", file=sys.stderr, flush=True)
    columns = [
        "JSON->object candidate÷pydantic",
        "JSON->object ours÷pydantic",
        *(f"{path} ours÷candidate" for path in PATHS),
    ]
    print("| seed, size | " + " | ".join(columns) + " |")
    print("|---|" + "---|" * len(columns))
    for key in runs[0]:
        cells = []
        for column in columns:
            values = sorted(run[key][column] for run in runs)
            cells.append(f"{statistics.median(values):.2f} ({values[0]:.2f}-{values[-1]:.2f})")
        print(f"| {key} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
