"""Importing one model of a large real spec (``make bench-imports``, issue 25 target 3: at most 15 ms).

Generates the largest specs of our half of the directory corpus (GitHub's, AWS EC2, Kubernetes,
Mailchimp, Zoom; bench/directory/specs.select() gives only our half), byte-compiles each package
and times ``from <package> import <Model>`` in a fresh interpreter per model, the package itself
already imported (import_scale.probe: min over the rounds). Timing every model of GitHub's spec
would take hours, so the sample is: the first model class (by name) of each of the ``--largest``
biggest modules of ``models/``, where the worst cases sit, plus ``--sample`` models drawn at
random (a fixed seed) from all the others. With ``--markdown FILE`` the section between the
import-real markers of ``--label`` in that file is rewritten. Never run by the tests.
"""

from __future__ import annotations

import argparse
import ast
import compileall
import os
import platform
import random
import re
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .directory.generate import generate_one
from .directory.npm import DEFAULT_CACHE
from .directory.specs import Spec, select
from .import_scale import probe

LARGE = (
    *("github/api.github.com.json", "amazonaws.com/ec2.json", "kubernetes.io.json"),
    *("mailchimp.com.json", "zoom.us.json"),
)
TARGET_MS = 15.0


@dataclass
class Timed:
    model: str
    module: str
    ms: float
    classes: int
    modules: int


def model_names_by_module(package: Path) -> dict[str, list[str]]:
    """The classes of each module of ``models/``, read off ``_NAMES_BY_MODULE`` in its __init__.py."""
    tree = ast.parse((package / "models" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == "_NAMES_BY_MODULE" and node.value:
            table: dict[str, str] = ast.literal_eval(node.value)
            return {m: sorted(n for n in names.split() if n[:1].isupper()) for m, names in table.items()}
    raise SystemExit(f"{package}/models/__init__.py has no _NAMES_BY_MODULE")


def chosen_models(package: Path, largest: int, sample: int) -> list[tuple[str, str]]:
    """(model, module): the first class of each of the ``largest`` biggest modules, and a random ``sample``."""
    by_module = {m: names for m, names in model_names_by_module(package).items() if names}
    size = {m: (package / "models" / f"{m}.py").stat().st_size for m in by_module}
    big = sorted(by_module, key=lambda m: (-size[m], m))[:largest]
    picked = [(by_module[m][0], m) for m in big]
    rest = sorted((n, m) for m, names in by_module.items() for n in names if (n, m) not in picked)
    return picked + random.Random(25).sample(rest, min(sample, len(rest)))


def measure_spec(
    spec: Spec, work: Path, rounds: int, largest: int, sample: int
) -> tuple[dict[str, object], list[Timed]]:
    out = work / "packages"
    started = time.perf_counter()
    outcome = generate_one(spec, out)
    if outcome["status"] != "ok":
        raise SystemExit(f"{spec.name}: {outcome}")
    seconds = time.perf_counter() - started
    package = out / spec.package
    compileall.compile_dir(package, quiet=1)
    files = list((package / "models").glob("*.py"))
    facts: dict[str, object] = {
        "classes": int(outcome["models"]) + int(outcome["enums"]) + int(outcome["unions"]),
        "modules": len(files) - 1,
        "largest_kb": max(f.stat().st_size for f in files if f.name != "__init__.py") // 1000,
        "generate_s": seconds,
    }
    timed = []
    for model, module in chosen_models(package, largest, sample):
        ms, classes, modules = probe(spec.package, f"from {{package}} import {model}", out, rounds)
        timed.append(Timed(model, module, ms * 1000, classes, modules))
    return facts, timed


def row(spec: Spec, facts: dict[str, object], timed: list[Timed]) -> str:
    worst = max(timed, key=lambda t: t.ms)
    median = statistics.median(t.ms for t in timed)
    over = sum(1 for t in timed if t.ms > TARGET_MS)
    return (
        f"| {spec.name} | {facts['classes']:,} | {facts['modules']:,} | {facts['largest_kb']:,} | {len(timed)} "
        f"| {median:.2f} | {worst.model} ({worst.module}) | **{worst.ms:.1f}** | {worst.classes:,} | {worst.modules:,} "
        f"| {over} |"
    )


def measure(names: tuple[str, ...], rounds: int, largest: int, sample: int, keep: Path | None = None) -> list[str]:
    rows = [
        "| spec | classes | modules | largest module (kB) | models timed | median ms | worst model (module) "
        f"| worst ms (target {TARGET_MS:.0f}) | classes loaded | modules loaded | over target |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    specs = {s.name: s for s in select(DEFAULT_CACHE)}  # our half only
    for name in names:
        spec = specs.get(name)
        if spec is None:
            print(f"{name}: not in our half of the directory, skipped", flush=True)
            continue
        with tempfile.TemporaryDirectory() as folder:
            facts, timed = measure_spec(spec, keep or Path(folder), rounds, largest, sample)
        rows.append(row(spec, facts, timed))
        print(rows[-1], f"(generated in {facts['generate_s']:.0f} s)", flush=True)
    return rows


def write_section(markdown: Path, label: str, rounds: int, largest: int, sample: int, rows: list[str]) -> None:
    begin, end = f"<!-- import-real-{label}:begin -->", f"<!-- import-real-{label}:end -->"
    lines = [
        begin,
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {os.cpu_count()} cores, "
        f"{platform.platform()}, Python {platform.python_version()}; min of {rounds} fresh interpreters per model; "
        f"models timed: the first class of each of the {largest} largest modules and {sample} at random (seed 25).",
        "",
        *rows,
        end,
    ]
    text = markdown.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(begin) + ".*?" + re.escape(end), re.S)
    if not pattern.search(text):
        raise SystemExit(f"{markdown} has no {begin} ... {end} section")
    markdown.write_text(pattern.sub(lambda _: "\n".join(lines), text), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--largest", type=int, default=5, help="time a model of each of the N largest modules")
    parser.add_argument("--sample", type=int, default=25, help="and N models at random")
    parser.add_argument("--spec", action="append", help="a spec name (default: the large ones of LARGE)")
    parser.add_argument("--markdown", type=Path, help="rewrite the import-real section of --label in this file")
    parser.add_argument("--label", default="now")
    parser.add_argument("--keep", type=Path, help="generate into KEEP/packages and leave the packages there")
    args = parser.parse_args()
    rows = measure(tuple(args.spec or LARGE), args.rounds, args.largest, args.sample, args.keep)
    if args.markdown:
        write_section(args.markdown, args.label, args.rounds, args.largest, args.sample, rows)


if __name__ == "__main__":
    main()
