"""python -m bench.peers [--only SECTION ...] [--quick] [--candidate DIR] [--compiled DIR] [--no-write]

Run with the project's venv python (`make bench` does): it times our generator in this
interpreter, and everything else in bench/.venv, which it makes on first use.
Sections: models, generation, imports, client. Prints the tables and writes them into
docs/benchmarks.md, between its markers. Performance is measured here, never asserted.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from . import env, generation, imports, peer_models, report
from .seeds import ROOT, WORK

SECTIONS = ("models", "generation", "imports", "client")
DOC = ROOT / "docs" / "benchmarks.md"


def worker(module: str, inputs: list[str], flags: list[str]) -> Any:
    """Run ``bench.peers.<module> INPUT... OUT FLAG...`` in the bench venv; it writes JSON to OUT."""
    out = WORK / f"{module}.json"
    subprocess.run([str(env.PYTHON), "-m", f"bench.peers.{module}", *inputs, str(out), *flags], cwd=ROOT, check=True)
    return json.loads(out.read_text())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.peers")
    p.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS))
    p.add_argument("--quick", action="store_true", help="few rounds: to try the bench, not to quote it")
    p.add_argument("--candidate", type=Path, help="also time the packages generated into this folder (an experiment)")
    p.add_argument("--compiled", type=Path, help="also time the compiled build in this folder (`make compiled`)")
    p.add_argument("--no-write", action="store_true", help=f"print only; leave {DOC.relative_to(ROOT)} alone")
    args = p.parse_args(argv)
    quick = ["--quick"] if args.quick else []
    started = time.perf_counter()
    env.ensure_venv()
    WORK.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"machine": env.machine(), "versions": env.package_versions()}
    if "models" in args.only or "imports" in args.only:
        _step("generating the peers' models of the seed specs")
        peers = [dataclasses.asdict(p) for p in peer_models.generate_all()]
        (WORK / "peers.json").write_text(json.dumps(peers, indent=1))
        results["peers"] = peers
    if "models" in args.only:
        _step("timing decode and encode")
        extra = ["--candidate", str(args.candidate.resolve())] if args.candidate else []
        extra += ["--compiled", str(args.compiled.resolve())] if args.compiled else []
        results["models"] = worker("codecs", [str(WORK / "peers.json")], quick + extra)
    if "generation" in args.only:
        _step("timing the generators")
        results["generation"] = generation.measure(quick=args.quick)
    if "imports" in args.only:
        _step("timing imports")
        available = {(p["seed"], p["impl"]): bool(p["module"]) for p in results["peers"]}
        available.update({(s, "ours"): True for s in {p["seed"] for p in results["peers"]}})
        results["imports"] = imports.measure(available, quick=args.quick)
    if "client" in args.only:
        _step("timing the HTTP client on loopback")
        extra = ["--candidate", str(args.candidate.resolve())] if args.candidate else []
        results["client"] = worker("loopback", [], quick + extra)
    (WORK / "results.json").write_text(json.dumps(results, indent=1))
    body = report.render(results)
    print(body)
    if not args.no_write:
        report.write(DOC, body)
        print(f"\nwritten to {DOC.relative_to(ROOT)}", file=sys.stderr)
    print(f"bench took {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


def _step(text: str) -> None:
    print(f"bench: {text} ...", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
