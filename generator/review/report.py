"""A review's changes, for a terminal, a pull request (Markdown) or a program (JSON).

Breaking changes are listed one by one, grouped by the class or operation they are in;
compatible ones are counted by kind and listed with ``verbose``. Every entry names the
Python symbol, the wire name, and file:line and JSON pointer of both versions.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from .. import ir
from .compare import counts
from .versions import Change


@dataclass(frozen=True)
class Report:
    package: str
    old: str  # what the old version was read from: "HEAD:specs/cycle.yaml"
    new: str
    changes: list[Change]

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.severity == "breaking"]

    @property
    def compatible(self) -> list[Change]:
        return [c for c in self.changes if c.severity == "compatible"]


def summary(report: Report) -> str:
    """``cycle_client: 2 breaking, 5 compatible (1 documentation only)``."""
    if not report.changes:
        return f"{report.package}: no changes for a Python caller"
    n = counts(report.changes)
    docs = f" ({n['documentation']} documentation only)" if n["documentation"] else ""
    return f"{report.package}: {n['breaking']} breaking, {n['compatible']} compatible{docs}"


def one_line(report: Report) -> str:
    """What ``make generate`` says of a package it rewrote: ``cycle_client: 2 models added, 1 changed, 1 breaking``."""
    if not report.changes:
        return f"{report.package}: code changed, API unchanged against {report.old}"
    parts = []
    whole = set()  # the groups added, removed or renamed as a whole
    for what in ("model", "enum", "union", "operation"):
        for done in ("added", "removed", "renamed", "moved"):
            found = {c.group for c in report.changes if c.kind == f"{what} {done}"}
            whole |= found
            if found:
                parts.append(f"{len(found)} {what}{'s' if len(found) > 1 else ''} {done}")
    changed = len({c.group for c in report.changes} - whole)
    if changed:
        parts.append(f"{changed} changed")
    breaking = len(report.breaking)
    return f"{report.package}: {', '.join(parts)}, {breaking} breaking (against {report.old}): run `make diff`"


def by_kind(changes: list[Change]) -> str:
    """``field added 12, model added 3``, most frequent first."""
    found = Counter(c.kind for c in changes)
    return ", ".join(f"{kind} {n}" for kind, n in sorted(found.items(), key=lambda item: (-item[1], item[0])))


# --- text -------------------------------------------------------------------------------


def as_text(report: Report, verbose: bool = False) -> str:
    lines = [f"{summary(report)}  [{report.old} -> {report.new}]"]
    if report.breaking:
        lines += ["", f"breaking ({by_kind(report.breaking)}):", *_text_entries(report.breaking)]
    if report.compatible:
        lines += ["", f"compatible ({by_kind(report.compatible)})" + (":" if verbose else "; --verbose lists them")]
        if verbose:
            lines += _text_entries(report.compatible)
    return "\n".join(lines) + "\n"


def _text_entries(changes: list[Change]) -> Iterator[str]:
    group = None
    for c in changes:
        if c.group != group:
            group = c.group
            yield f"  {_plain(group)}"
        wire = f" ({json.dumps(c.wire)})" if c.wire else ""
        detail = f": {_plain(c.detail)}" if c.detail else ""
        yield f"    {c.kind}: {_plain(c.symbol)}{_plain(wire)}{detail}"
        if c.old is not None:
            yield f"      was {_where(c.old)}"
        if c.new is not None:
            yield f"      now {_where(c.new)}"


def _where(source: ir.Source) -> str:
    return _plain(str(source))


def _plain(text: str) -> str:
    """One line of printable text: what a spec named can't move the terminal's cursor or add lines."""
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in text)


# --- Markdown ---------------------------------------------------------------------------


def as_markdown(report: Report, verbose: bool = False) -> str:
    lines = [f"### {_code(report.package)}: {summary(report).split(': ', 1)[1]}", ""]
    lines += [f"{_code(report.old)} → {_code(report.new)}", ""]
    if report.breaking:
        lines += [f"#### Breaking ({_escape(by_kind(report.breaking))})", "", *_markdown_entries(report.breaking), ""]
    if report.compatible:
        title = f"Compatible: {len(report.compatible)} ({_escape(by_kind(report.compatible))})"
        if verbose:
            lines += [
                f"<details><summary>{title}</summary>",
                "",
                *_markdown_entries(report.compatible),
                "",
                "</details>",
            ]
        else:
            lines += [f"{title}; `--verbose` lists them."]
    return "\n".join(lines).rstrip("\n") + "\n"


def _markdown_entries(changes: list[Change]) -> Iterator[str]:
    group = None
    for c in changes:
        if c.group != group:
            group = c.group
            yield f"- **{_code(group)}**"
        wire = f" ({_code(json.dumps(c.wire))})" if c.wire else ""
        detail = f": {_code(c.detail)}" if c.detail else ""
        places = []
        if c.old is not None:
            places.append(f"was {_code(_where(c.old))}")
        if c.new is not None:
            places.append(f"now {_code(_where(c.new))}")
        where = f"<br>{', '.join(places)}" if places else ""
        yield f"  - {c.kind}: {_code(c.symbol)}{wire}{detail}{where}"


def _code(text: str) -> str:
    """A Markdown code span holding ``text`` as it is, whatever backticks it has."""
    text = _plain(text)
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    padded = f" {text} " if text.startswith("`") or text.endswith("`") else text
    return f"{fence}{padded}{fence}"


def _escape(text: str) -> str:
    return re.sub(r"([\\`*_{}\[\]<>()#+!|])", r"\\\1", _plain(text))


# --- JSON -------------------------------------------------------------------------------


def as_json_data(report: Report) -> dict[str, object]:
    return {
        "package": report.package,
        "old": report.old,
        "new": report.new,
        **counts(report.changes),
        "changes": [_change_data(c) for c in report.changes],
    }


def _change_data(c: Change) -> dict[str, object]:
    return {
        "severity": c.severity,
        "group": c.group,
        "kind": c.kind,
        "symbol": c.symbol,
        "wire": c.wire,
        "detail": c.detail,
        "documentation": c.documentation,
        "old": _source_data(c.old),
        "new": _source_data(c.new),
    }


def _source_data(source: ir.Source | None) -> dict[str, object] | None:
    if source is None:
        return None
    return {"file": source.file, "line": source.line, "pointer": source.pointer}
