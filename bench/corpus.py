"""Run the generator over a corpus of real specs and say how each fared.

    python -m bench.corpus [FOLDER ...] [--out DIR] [--jobs N] [--examples N] [--markdown FILE]

Every OpenAPI or Swagger document below the folders (default ../shared/corpus) is generated
into its own package under --out, on --jobs worker processes. Each gets one line: generated
fully, with warnings (what was skipped and why), refused (the first error) or crashed (an
exception that escaped the generator: a bug). Each generated package is then imported and
round-tripped with hypothesis (roundtrip.py); mypy --strict runs once over all of them.
A summary table ends the report; --markdown also writes it into a file between markers.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import traceback
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .numbered_names import numbered_classes, spec_words

Status = Literal["full", "invalid", "warnings", "refused", "crashed"]
CONFORMANCE = (
    "not valid OpenAPI",
    "path parameter ",
    "the default does not fit",
    "type null (unquoted)",  # YAML's null where the name "null" belongs: read as "null"
    "type is a schema",  # `type: {type: string, ...}`: read as that schema
    "no value fits this schema",  # an allOf holding `false`: typed Never, its decoder refuses every value
)
"""Warnings that say the document breaks OpenAPI's rules (or has a schema no value fits), where
nothing was left out of the code."""
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
_SPEC_KEY_YAML = re.compile(r"^(openapi|swagger)\s*:", re.MULTILINE)


@dataclass
class Job:
    spec: Path
    package: str
    out: Path
    examples: int
    budget: float | None = None  # seconds of round trip per spec
    refs_under: tuple[Path, ...] = ()  # folders $refs may read (--allow-refs-under): the corpus, trusted


@dataclass
class SpecResult:
    spec: str
    package: str
    status: Status
    seconds: float
    message: str = ""  # the first error, or the crash
    warnings: list[str] = field(default_factory=list)
    counts: str = ""
    imports: bool | None = None
    import_error: str = ""
    roundtrip: dict[str, int] = field(default_factory=dict)
    roundtrip_failures: list[str] = field(default_factory=list)
    roundtrip_skips: list[str] = field(default_factory=list)
    mypy_errors: int | None = None
    traceback: str = ""
    client_warnings: list[str] = field(default_factory=list)  # what the HTTP clients leave out
    schemas: int = 0  # component schemas of the spec file
    untyped: list[str] = field(default_factory=list)  # those that became no type (silently dropped)
    classes: int = 0
    numbered: list[str] = field(default_factory=list)  # classes named with a number the spec's names lack


def is_spec(path: Path) -> bool:
    """An OpenAPI or Swagger document: a top-level ``openapi``/``swagger`` member."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    if path.suffix == ".json":
        try:
            data = json.loads(text)
        except ValueError:
            return False
        return isinstance(data, dict) and ("openapi" in data or "swagger" in data)
    return bool(_SPEC_KEY_YAML.search(text))


def discover(folders: list[Path]) -> list[Path]:
    found: list[Path] = []
    for folder in folders:
        candidates = [folder] if folder.is_file() else sorted(folder.rglob("*"))
        found += [p for p in candidates if p.suffix in (".yaml", ".yml", ".json") and p.is_file() and is_spec(p)]
    return found


def package_for(index: int, spec: Path) -> str:
    stem = re.sub(r"\W", "_", spec.stem.lower(), flags=re.ASCII)
    return f"c{index:03d}_{stem}"[:60]


def run_job(job: Job) -> SpecResult:
    """Generate one spec (in a worker process), then import and round-trip its package."""
    from generator.ir.diagnostics import SpecError

    started = time.perf_counter()
    result = SpecResult(_shown(job.spec), job.package, "crashed", 0.0)
    try:
        api, files = _generate(job)
    except SpecError as exc:
        result.status = "refused"
        result.message = str(exc.diagnostics[0]) if exc.diagnostics else "refused"
    except Exception as exc:
        result.message = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        result.traceback = traceback.format_exc(limit=-4)
    else:
        result.status = _status([str(w.message) for w in api.warnings])
        result.warnings = [str(w) for w in api.warnings]
        result.client_warnings = [str(w) for w in api.client_warnings]
        result.counts = f"{len(api.models)} models, {len(api.enums)} enums, {len(api.unions)} unions"
        _coverage(api, files.root.data, result)
        words = spec_words(loaded.data for loaded in files.files.values())
        folder = job.out / job.package / "models"
        models = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.py")))
        result.numbered, result.classes = numbered_classes(models, words)
        try:
            _check_package(job, api, files, result)
        except Exception:
            result.roundtrip_failures.append("the checks themselves failed:\n" + traceback.format_exc(limit=-4))
    result.seconds = time.perf_counter() - started
    return result


def _generate(job: Job):  # type: ignore[no-untyped-def]
    from generator.http.operations import build_http
    from generator.load.files import FileCache, load_file
    from generator.models.build import build_api
    from generator.naming.renames import with_settled_names
    from generator.openapi.read import read_spec
    from generator.render.package import render_api
    from generator.validate.checks import validate
    from generator.write.files import write_files
    from generator.write.format import format_tree

    loaded = load_file(job.spec, _shown(job.spec))
    files = FileCache(loaded, ref_roots=job.refs_under)  # Cycle's platform/api.yml refers to ../components
    found = validate(loaded, files)
    api = build_api(loaded, files, job.package, loaded.display)
    api.warnings[:0] = found
    http = build_http(read_spec(loaded), api)  # as pipeline.build_package does: the package gets its clients
    api.http, api.webhooks = http.http, http.webhooks  # and its webhooks (their warnings count with the clients')
    api.unions += http.unions
    api = with_settled_names(api, {})
    api.client_warnings = http.warnings  # type: ignore[attr-defined]
    folder = job.out / job.package
    shutil.rmtree(folder, ignore_errors=True)
    write_files(folder, render_api(api))
    format_tree(folder)
    return api, files


def _coverage(api, data, result: SpecResult) -> None:  # type: ignore[no-untyped-def]
    """Which component schemas became no type at all: none should."""
    schemas = (data.get("components") or {}).get("schemas") or {} if isinstance(data, dict) else {}
    pointers = {n: "/components/schemas/" + str(n).replace("~", "~0").replace("/", "~1") for n in schemas}
    result.schemas = len(pointers)
    result.untyped = [n for n, p in pointers.items() if p not in api.types_by_pointer]


def _status(warnings: list[str]) -> Status:
    if not warnings:
        return "full"
    return "invalid" if all(w.startswith(CONFORMANCE) for w in warnings) else "warnings"


def _check_package(job: Job, api, files, result: SpecResult) -> None:  # type: ignore[no-untyped-def]
    from .roundtrip import check_package

    if str(job.out) not in sys.path:
        sys.path.insert(0, str(job.out))
    importlib.invalidate_caches()  # the package folder is newer than the finder's view of --out
    try:
        models = importlib.import_module(f"{job.package}.models")
        runtime = importlib.import_module(f"{job.package}._runtime")
    except Exception as exc:
        result.imports = False
        result.import_error = f"{type(exc).__name__}: {exc}"[:300]
        return
    result.imports = True
    counts: Counter[str] = Counter()
    for outcome in check_package(api, files, models, runtime, job.examples, job.budget):
        counts[outcome.status] += 1
        if outcome.status == "failed":
            result.roundtrip_failures.append(f"{outcome.target}: {outcome.detail}")
        elif outcome.status == "skipped":
            result.roundtrip_skips.append(f"{outcome.target}: {outcome.detail}")
    result.roundtrip = dict(counts)


def _shown(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def run_mypy(out: Path, results: list[SpecResult]) -> float:
    """mypy --strict once over every package that imported; errors counted per package."""
    packages = [r.package for r in results if r.imports]
    if not packages:
        return 0.0
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(out / ".mypy_cache"), *packages],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    errors = Counter(line.split("/", 1)[0] for line in done.stdout.splitlines() if ": error:" in line)
    for r in results:
        if r.imports:
            r.mypy_errors = errors.get(r.package, 0)
    if done.returncode not in (0, 1):
        print(f"mypy failed to run:\n{done.stdout[-2000:]}{done.stderr[-2000:]}", file=sys.stderr)
    return time.perf_counter() - started


def spec_line(r: SpecResult) -> str:
    parts = [f"{r.status:8}", f"{r.seconds:6.2f}s", r.spec]
    if r.status in ("refused", "crashed"):
        parts.append(f"-- {r.message}")
    else:
        rt = r.roundtrip
        details = [r.counts, f"{len(r.warnings)} warnings"]
        details.append("imports" if r.imports else f"IMPORT FAILS: {r.import_error}")
        if r.mypy_errors is not None:
            details.append(f"mypy {r.mypy_errors}")
        details.append(
            f"round trip {rt.get('passed', 0)} ok/{rt.get('failed', 0)} failed/{rt.get('skipped', 0)} skipped"
        )
        parts.append("(" + ", ".join(details) + ")")
    return "  ".join(parts)


def warning_kinds(results: list[SpecResult]) -> Counter[str]:
    """Warnings grouped by message, with the specifics (quoted names) taken out.

    The document's breaches of OpenAPI's rules are one group each: their text is the validator's.
    """
    kinds: Counter[str] = Counter()
    for r in results:
        for w in r.warnings + [f"{w} [HTTP client]" for w in r.client_warnings]:
            message = w.split(": warning: ", 1)[-1]
            general = re.sub(r"'[^']*'|\"[^\"]*\"|\{[^}]*\}", "'…'", message.split(":", 1)[0])
            if message.startswith("no value fits"):
                kinds[general + " (a fault of the spec; nothing is left out)"] += 1
            elif message.startswith(CONFORMANCE):
                kinds[general + " (the spec breaks a rule; nothing is left out)"] += 1
            else:
                kinds[re.sub(r"'[^']*'|\"[^\"]*\"|\([^)]*\)", "'…'", message)] += 1
    return kinds


def summary(results: list[SpecResult], seconds: float, mypy_seconds: float) -> str:
    total = len(results)
    by_status: Counter[str] = Counter(r.status for r in results)
    generated = [r for r in results if r.status in ("full", "invalid", "warnings")]
    rt: Counter[str] = Counter()
    for r in generated:
        rt.update(r.roundtrip)
    lines = [
        "| outcome | specs | share |",
        "|---|---:|---:|",
    ]
    for status, label in (
        ("full", "generated fully"),
        (
            "invalid",
            "generated fully; the spec breaks OpenAPI rules or has a schema no value fits (warnings say where)",
        ),
        ("warnings", "generated with warnings: a schema left out or loosely typed"),
        ("refused", "refused with a clear error"),
        ("crashed", "crashed"),
    ):
        lines.append(f"| {label} | {by_status[status]} | {100 * by_status[status] / max(total, 1):.1f}% |")
    complete = by_status["full"] + by_status["invalid"]
    lines.append(f"| **total** ({complete} with every schema generated, none left out) | **{total}** | |")
    lines += [
        "",
        "| generated packages | count |",
        "|---|---:|",
        f"| import cleanly | {sum(1 for r in generated if r.imports)} of {len(generated)} |",
        f"| mypy --strict clean | {sum(1 for r in generated if r.mypy_errors == 0)} of {len(generated)} "
        f"({sum(r.mypy_errors or 0 for r in generated)} errors) |",
        f"| whose HTTP clients leave something out (warnings below) | "
        f"{sum(1 for r in generated if r.client_warnings)} of {len(generated)} |",
        f"| classes whose name carries a number the spec's own names don't have (bench/numbered_names.py) | "
        f"{sum(len(r.numbered) for r in generated)} of {sum(r.classes for r in generated)} "
        f"({100 * sum(len(r.numbered) for r in generated) / max(sum(r.classes for r in generated), 1):.1f}%) |",
        f"| component schemas that became a type | {sum(r.schemas - len(r.untyped) for r in generated)} of "
        f"{sum(r.schemas for r in generated)} |",
        f"| schemas round-tripped by hypothesis | {rt['passed']} passed, {rt['failed']} failed, "
        f"{rt['skipped']} skipped |",
        "",
        f"Wall time {seconds:.0f} s (mypy {mypy_seconds:.0f} s).",
    ]
    kinds = warning_kinds(results)
    if kinds:
        lines += ["", "| warning (what is skipped and why) | count |", "|---|---:|"]
        lines += [f"| {kind} | {n} |" for kind, n in kinds.most_common()]
    refused = [r for r in results if r.status in ("refused", "crashed")]
    if refused:
        lines += ["", "| refused or crashed | reason |", "|---|---|"]
        lines += [f"| `{_short(r.spec)}` | {r.status}: {_cell(r.message.split(': ', 1)[-1])} |" for r in refused]
    return "\n".join(lines)


def _short(spec: str) -> str:
    """A spec's path from the corpus folder on (``box-openapi/openapi.json``)."""
    return spec.split("corpus/", 1)[-1]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")[:240]


BEGIN, END = "<!-- corpus-summary:begin -->", "<!-- corpus-summary:end -->"


def write_markdown(path: Path, table: str) -> None:
    """Replace the text between the markers of ``path`` (or append them) with ``table``."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    block = f"{BEGIN}\n{table}\n{END}"
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip("\n") + ("\n\n" if text else "") + block + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n\n")[0])
    p.add_argument("folders", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    p.add_argument("--out", type=Path, default=ROOT / ".corpus-out")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    p.add_argument("--examples", type=int, default=5, help="hypothesis examples per schema")
    p.add_argument("--budget", type=float, default=30, help="seconds of round trip per spec (0: no limit)")
    p.add_argument("--markdown", type=Path, help="write the summary table into this file")
    p.add_argument("--verbose", action="store_true", help="print every warning and round-trip problem")
    p.add_argument("--from-results", action="store_true", help="only print (and write) the summary of the last run")
    args = p.parse_args(argv)
    if args.from_results:
        saved = json.loads((args.out / "results.json").read_text(encoding="utf-8"))
        table = summary([SpecResult(**r) for r in saved["specs"]], saved["seconds"], saved["mypy_seconds"])
        print(table)
        if args.markdown:
            write_markdown(args.markdown, table)
        return 0
    started = time.perf_counter()
    specs = discover(args.folders)
    args.out.mkdir(parents=True, exist_ok=True)
    budget = args.budget or None
    trusted = tuple(folder.resolve() for folder in args.folders if folder.is_dir())
    jobs = [Job(s, package_for(i, s), args.out.resolve(), args.examples, budget, trusted) for i, s in enumerate(specs)]
    # Largest first, so the two workers finish together.
    jobs.sort(key=lambda j: -j.spec.stat().st_size)
    results: list[SpecResult] = []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for n, future in enumerate(as_completed([pool.submit(run_job, job) for job in jobs]), 1):
            result = future.result()
            results.append(result)
            print(f"[{n}/{len(jobs)}] {spec_line(result)}", file=sys.stderr, flush=True)
    results.sort(key=lambda r: r.spec)
    mypy_seconds = run_mypy(args.out, results)
    for result in results:
        print(spec_line(result))
        if args.verbose:
            for line in result.warnings + result.client_warnings + result.roundtrip_failures + result.roundtrip_skips:
                print(f"    {line}")
            if result.traceback:
                print(result.traceback)
    seconds = time.perf_counter() - started
    table = summary(results, seconds, mypy_seconds)
    print("\n" + table)
    if args.markdown:
        write_markdown(args.markdown, table)
    saved = {"seconds": seconds, "mypy_seconds": mypy_seconds, "specs": [r.__dict__ for r in results]}
    (args.out / "results.json").write_text(json.dumps(saved, indent=1), encoding="utf-8")
    return 1 if any(r.status == "crashed" for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
