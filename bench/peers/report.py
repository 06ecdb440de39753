"""The results as Markdown tables, written into docs/benchmarks.md between markers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .generation import TOOL_LABELS, TOOLS
from .seeds import IMPL_LABELS, IMPLS, SEEDS

BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
OURS = ("ours", "candidate", "compiled")
"""Our packages: generated/, a --candidate folder's, the compiled build (--compiled)."""


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6)):
        if seconds >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds * 1e9:.3g} ns"


def timed(cell: dict[str, Any] | None) -> str:
    if not cell or cell.get("median") is None:
        return "-"
    return f"{duration(cell['median'])} ±{cell['spread'] * 100:.0f}%"


def ratio(ours: dict[str, Any] | None, other: dict[str, Any] | None) -> str:
    """Our time over theirs: below 1.00 we are faster."""
    if not ours or not other or not ours.get("median") or not other.get("median"):
        return "-"
    return f"{ours['median'] / other['median']:.2f}"


TARGETS = {("JSON->object", "ours", "pydantic"): 0.90}
"""Issue 25's targets of a path, for ours (pure Python) against a peer: printed beside the ratio."""


def target(path: str, ours: str, peer: str) -> str:
    wanted = TARGETS.get((path.split(": ")[-1], ours, peer))
    return f" (target {wanted:.2f})" if wanted is not None else ""


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def machine_section(machine: dict[str, str], versions: dict[str, str]) -> list[str]:
    packages = ", ".join(f"{k} {v}" for k, v in sorted(versions.items()))
    return [
        f"Run {machine['date']} on {machine['cores']} cores ({machine['cpu']}), {machine['platform']}, "
        f"Python {machine['python']}. Bench venv: {packages}.",
        "",
    ]


def models_section(models: dict[str, Any], peers: list[dict[str, Any]]) -> list[str]:
    out = ["## Models: decode and encode", ""]
    out += [
        "Median time per call (± half the min-max range over the rounds). The ÷ columns are our time over",
        "theirs: below 1.00 we are faster. dict paths: pydantic dumps with `mode='json', by_alias=True,",
        "exclude_unset=True` (the wire form, as ours); msgspec uses `convert`/`to_builtins` and its JSON",
        "Decoder/Encoder; ours parses and writes JSON with its json_loads/json_dumps (msgspec when installed,",
        "as in bench/.venv), openapi-python-client with orjson. candidate, when shown: the packages of",
        "`--candidate DIR`;",
        "ours compiled: the same packages with models.py and _runtime.py compiled by mypyc (`make compiled`).",
        "",
    ]
    notes = {(p["seed"], p["impl"]): p["note"] for p in peers if p["note"]}
    for seed in SEEDS:
        result = models.get(seed.name)
        if not result:
            continue
        mine = [i for i in OURS if any(i in c for c in result["cells"].values())]
        impls = [*mine, *(i for i in IMPLS[1:] if any(i in c for c in result["cells"].values()))]
        pairs = [(m, i) for m in mine for i in impls if i not in mine]
        header = ["path", *(IMPL_LABELS[i] for i in impls), *(f"{m} ÷ {IMPL_LABELS[i]}" for m, i in pairs)]
        rows = []
        for path, cell in result["cells"].items():
            ratios = [ratio(cell.get(m), cell.get(i)) + target(path, m, i) for m, i in pairs]
            rows.append([path, *(timed(cell.get(i)) for i in impls), *ratios])
        out += [f"### {seed.label} ({seed.fixture}, {result['bytes']} bytes compact; input: {result['input']})", ""]
        out += [*table(header, rows), ""]
        out += ["Seed as sent, decoded and encoded again:", ""]
        for impl in (*OURS, *IMPLS[1:]):
            if impl in result["checks"]:
                out.append(f"- {IMPL_LABELS[impl]}: {result['checks'][impl]}")
            elif (seed.name, impl) not in notes and impl not in ("candidate", "compiled"):
                out.append(f"- {IMPL_LABELS[impl]}: no models")
            if (seed.name, impl) in notes:
                out.append(f"- {IMPL_LABELS[impl]} generation: {notes[(seed.name, impl)]}")
        out.append("")
    return out


def generation_section(gen: dict[str, Any]) -> list[str]:
    out = ["## Generation: wall time per spec", ""]
    out += [
        "One fresh process per run, median over the runs (5 for seeds, 3 for corpus specs).",
        "ours: `python -m generator SPEC`; datamodel-code-generator alone: `datamodel-codegen`",
        "with pydantic v2 output and its default formatters, and with dataclass output (the target: ours at",
        "most 1.0x of it); openapi-python-client: `generate --meta none`.",
        "A tool that fails is shown with the time it took to fail and its error's first line.",
        "",
    ]
    versus_labels = ["ours ÷ dmcg", "ours ÷ dmcg dataclasses (target ≤ 1.0)", "ours ÷ opc"]
    header = ["spec", *(TOOL_LABELS[t] for t in TOOLS), *versus_labels]
    rows, errors = [], []
    for spec in gen["specs"]:
        cells = {t: gen["cells"][f"{spec}|{t}"] for t in TOOLS}
        row = [spec]
        for tool in TOOLS:
            cell = cells[tool]
            text = timed(cell)
            if cell["error"]:
                errors.append(f"- {spec}, {TOOL_LABELS[tool]}: `{cell['error']}`")
                text = f"fails ({duration(cell['median'])}) [{len(errors)}]"
            elif cell["warnings"]:
                text += " (warnings)"
            row.append(text)
        ok = {t: (None if cells[t]["error"] else cells[t]) for t in TOOLS}
        versus = (ratio(ok["ours"], ok[peer]) for peer in ("dmcg", "dmcg-dc", "opc"))
        rows.append([*row, *versus])
    out += [*table(header, rows), ""]
    if errors:
        out += ["Failures (numbered as in the table):", ""]
        out += [e.replace("- ", f"{i}. ", 1) for i, e in enumerate(errors, 1)] + [""]
    if gen["missing"]:
        out += [f"Not measured (corpus or directory cache not found): {', '.join(gen['missing'])}.", ""]
    return out


def imports_section(imports: dict[str, Any]) -> list[str]:
    out = ["## Import time of the generated models", ""]
    out += [
        f"Fresh interpreter per run, median of {imports['runs']}; `from <package> import <Model>` of the seed model.",
        "cold: nothing imported before; own: the library the models build on already imported and warmed",
        "up, so only the generated code counts. Classes: classes the imported modules define.",
        "",
    ]
    header = ["seed", "implementation", "cold", "own", "classes", "own per 10 classes"]
    rows = []
    for seed in SEEDS:
        for impl in IMPLS:
            cold, own = (
                imports["cells"].get(f"{seed.name}|{impl}|cold"),
                imports["cells"].get(f"{seed.name}|{impl}|own"),
            )
            if not cold or not own:
                continue
            per10 = own["median"] / max(own["classes"], 1) * 10
            rows.append([seed.label, IMPL_LABELS[impl], timed(cold), timed(own), str(own["classes"]), duration(per10)])
    return out + table(header, rows) + [""]


def client_section(client: dict[str, Any]) -> list[str]:
    out = ["## HTTP client overhead per request (loopback)", ""]
    if "skipped" in client:
        return [*out, f"Skipped: {client['skipped']}.", ""]
    out += [
        "GET of the Cycle Image envelope (`ImageResponse`, the seed as sent) from a server on 127.0.0.1,",
        "keep-alive connections, round-robin rounds. The last column is the extra time over raw httpx + json.",
        "",
    ]
    cells = client["cells"]
    base = cells["raw httpx: GET + json parse"]["median"]
    rows = [[name, timed(cell), f"{(cell['median'] - base) / base * 100:+.0f}%"] for name, cell in cells.items()]
    return out + table(["caller", "per request", "vs raw httpx + json"], rows) + [""]


def render(results: dict[str, Any]) -> str:
    lines = machine_section(results["machine"], results["versions"])
    if "models" in results:
        lines += models_section(results["models"], results["peers"])
    if "generation" in results:
        lines += generation_section(results["generation"])
    if "imports" in results:
        lines += imports_section(results["imports"])
    if "client" in results:
        lines += client_section(results["client"])
    return "\n".join(lines)


def write(doc: Path, body: str) -> None:
    """Replace what is between the markers; the hand-written text around them stays."""
    text = doc.read_text() if doc.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    if BEGIN not in text or END not in text:
        text = text.rstrip("\n") + f"\n\n{BEGIN}\n{END}\n"
    before, rest = text.split(BEGIN, 1)
    after = rest.split(END, 1)[1]
    doc.write_text(f"{before}{BEGIN}\n{body.strip()}\n{END}{after}")
