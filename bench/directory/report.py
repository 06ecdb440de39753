"""The summary of results.jsonl: counts per outcome, the slowest specs, every failure grouped by cause."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .typecheck import general

BEGIN, END = "<!-- corpus-directory:begin -->", "<!-- corpus-directory:end -->"
EXAMPLES_SHOWN = 3

Record = dict[str, Any]


def summary(records: list[Record], wall_seconds: float | None = None) -> str:
    records = sorted(records, key=lambda r: r["spec"])
    generated = [r for r in records if r["generate"]["status"] == "ok"]
    lines = [*outcome_table(records, generated), "", *example_lines(generated), "", *paging_lines(generated)]
    lines += ["", *slowest(records)]
    if wall_seconds is not None:
        lines += ["", f"Wall time {wall_seconds / 3600:.1f} h on 2 workers (the runs that made results.jsonl)."]
    lines += ["", "### Failures by cause", "", *failure_groups(records)]
    return "\n".join(lines)


def outcome_table(records: list[Record], generated: list[Record]) -> list[str]:
    mypy = [r["mypy"]["status"] for r in generated if "mypy" in r]
    pyright = [r["pyright"]["status"] for r in generated if "pyright" in r]
    status = [r["generate"]["status"] for r in records]
    rows = [
        ("specs", len(records)),
        ("generated", status.count("ok")),
        ("… of which with warnings", sum(1 for r in generated if r["generate"].get("warnings", 0) > 0)),
        ("refused (first error: file, line, pointer)", status.count("refused")),
        ("crashed", status.count("crash")),
        ("timed out (300 s)", status.count("timeout")),
        ("import (package, models/, client, webhooks) in a fresh process", sum(1 for r in generated if _imports(r))),
        ("mypy --strict clean", f"{mypy.count('clean')} of {len(mypy)}"),
        ("… mypy errors in all", sum(r["mypy"].get("errors", 0) for r in generated if "mypy" in r)),
        ("… mypy timed out or failed to run", len(mypy) - mypy.count("clean") - mypy.count("errors")),
        ("pyright --strict clean (fixed sample of 100)", f"{pyright.count('clean')} of {len(pyright)}"),
    ]
    return ["| outcome | specs |", "|---|---:|", *(f"| {label} | {value} |" for label, value in rows)]


def _imports(record: Record) -> bool:
    return record.get("import") == "ok"


def example_lines(generated: list[Record]) -> list[str]:
    totals: dict[str, int] = defaultdict(int)
    for r in generated:
        for key, n in r.get("examples", {}).items():
            totals[key] += n
    misfits = [(r["spec"], m) for r in generated for m in r.get("misfits", [])]
    lines = [
        "| examples the specs give (component schemas, request and response bodies, webhooks) | count |",
        "|---|---:|",
        f"| fit their schema and round-trip exactly | {totals['round_tripped']} |",
        f"| fit their schema but don't round-trip (our failures) | {totals['failed']} |",
        f"| don't fit their own schema (the spec's fault; not counted as ours) | {totals['misfit']} |",
        f"| schema not checkable (its JSON Schema doesn't compile) | {totals['unchecked']} "
        f"({totals['unchecked_failed']} don't round-trip) |",
        f"| specs whose examples couldn't be read or checked | "
        f"{sum(1 for r in generated if 'examples_error' in r or 'examples_error' in r['generate'])} |",
    ]
    if misfits:
        lines += ["", "Examples that don't fit their schema, the first three:", ""]
        lines += [f"- `{spec}` `{m['pointer']}`: {_cell(m['why'])}" for spec, m in misfits[:EXAMPLES_SHOWN]]
    return lines


def paging_lines(generated: list[Record]) -> list[str]:
    """List operations (GETs whose 2xx body is or holds an array) and how many get a paginator, by style."""
    totals: dict[str, int] = defaultdict(int)
    for r in generated:
        for key, n in r["generate"].get("paging", {}).items():
            totals[key] += n
    if not totals:
        return []
    listed = totals.pop("list_operations", 0)
    paged = sum(totals.values())
    lines = ["| list operations (GET, a 2xx body that is or holds an array) | count |", "|---|---:|"]
    lines.append(f"| all | {listed} |")
    lines.append(f"| with a paginator (x-pagination or inferred) | {paged} |")
    lines += [f"| … {style} | {n} |" for style, n in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
    return lines


def slowest(records: list[Record], n: int = 10) -> list[str]:
    lines = ["The slowest 10 specs (seconds: all steps; generation; import and examples; mypy; pyright):", ""]
    lines += [
        "| spec | size | all | generate | import + examples | mypy | pyright |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in sorted(records, key=lambda r: -r["seconds"])[:n]:
        cells = [r["seconds"], r["generate"]["seconds"], r.get("check_seconds")]
        cells += [r.get("mypy", {}).get("seconds"), r.get("pyright", {}).get("seconds")]
        shown = " | ".join("" if c is None else f"{c:.0f}" for c in cells)
        lines.append(f"| `{r['spec']}` | {r['bytes'] / 1e6:.1f} MB | {shown} |")
    return lines


def failure_groups(records: list[Record]) -> list[str]:
    lines: list[str] = []
    for title, found in (
        ("Refused", _grouped(records, _refusals)),
        ("Crashed", _grouped(records, _crashes)),
        ("Timed out", _grouped(records, _timeouts)),
        ("Import fails", _grouped(records, _import_failures)),
        ("mypy --strict errors", _grouped(records, _mypy_errors)),
        ("pyright --strict errors (sample)", _grouped(records, _pyright_errors)),
        ("Examples that fit but don't round-trip", _grouped(records, _example_failures)),
    ):
        lines += [
            f"**{title}**: " + ("none." if not found else f"{len(found)} cause{'s' if len(found) > 1 else ''}."),
            "",
        ]
        if found:
            lines += ["| cause | specs | times | for example |", "|---|---:|---:|---|"]
            for cause, (specs, times) in sorted(found.items(), key=lambda kv: (-len(kv[1][0]), kv[0])):
                shown = ", ".join(f"`{s}`" for s in list(specs)[:EXAMPLES_SHOWN])
                lines.append(f"| {_cell(cause)} | {len(specs)} | {times} | {shown} |")
            lines.append("")
    return lines


Finder = Callable[[Record], Iterator[tuple[str, int]]]


def _grouped(records: list[Record], finder: Finder) -> dict[str, tuple[dict[str, None], int]]:
    """cause -> (the specs it happens in, in order; how many times in all)."""
    groups: dict[str, tuple[dict[str, None], int]] = {}
    for r in records:
        for cause, n in finder(r):
            specs, times = groups.get(cause, ({}, 0))
            specs[r["spec"]] = None
            groups[cause] = (specs, times + n)
    return groups


def _refusals(r: Record) -> Iterator[tuple[str, int]]:
    if r["generate"]["status"] == "refused":
        yield general(r["generate"].get("message", "")), 1


def _crashes(r: Record) -> Iterator[tuple[str, int]]:
    if r["generate"]["status"] == "crash":
        yield general(r["generate"].get("message", "")), 1


def _timeouts(r: Record) -> Iterator[tuple[str, int]]:
    if r["generate"]["status"] == "timeout":
        yield "generation took more than 300 s", 1
    if r.get("import") == "timeout":
        yield "import and examples took more than 600 s", 1
    for tool in ("mypy", "pyright"):
        if r.get(tool, {}).get("status") == "timeout":
            yield f"{tool} took more than 1,800 s", 1


def _import_failures(r: Record) -> Iterator[tuple[str, int]]:
    if r["generate"]["status"] == "ok" and r.get("import") == "fails":
        yield general(r.get("import_error", "")), 1


def _mypy_errors(r: Record) -> Iterator[tuple[str, int]]:
    mypy = r.get("mypy", {})
    if mypy.get("status") == "failed to run":
        yield "mypy failed to run: " + general(mypy.get("output", "")[-200:]), 1
    for kind, n in mypy.get("kinds", {}).items():
        yield general(kind), n


def _pyright_errors(r: Record) -> Iterator[tuple[str, int]]:
    pyright = r.get("pyright", {})
    if pyright.get("status") == "failed to run":
        yield "pyright failed to run", 1
    for kind, n in pyright.get("kinds", {}).items():
        yield general(kind), n


def _example_failures(r: Record) -> Iterator[tuple[str, int]]:
    if "examples_error" in r or "examples_error" in r["generate"]:
        yield "the examples could not be read or checked (a bug of the bench)", 1
    for failure in r.get("example_failures", []):
        if failure["fit"] == "fits":
            yield re.sub(r"(?<=at )/\S*|(?<=member )/\S*", "…", general(failure["problem"])), 1


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")[:240]


def write_section(path: Path, table: str) -> None:
    """Replace the text between the markers of ``path`` (or append them) with ``table``."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    block = f"{BEGIN}\n{table}\n{END}"
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip("\n") + ("\n\n" if text else "") + block + "\n"
    path.write_text(text, encoding="utf-8")
