"""Diagnostics that keep their source: file, line and JSON pointer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "note"]
"""A note is no problem: what ``--verbose`` adds (the ``$ref``s in extension values, say)."""


@dataclass(frozen=True, slots=True)
class Source:
    """Where something came from: a spec file, a line in it, and a JSON pointer."""

    file: str
    line: int | None
    pointer: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.pointer or '/'}"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    severity: Severity
    source: Source
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.severity}: {self.message}"


@dataclass
class SpecError(Exception):
    """A spec could not be turned into code; ``diagnostics`` says where and why."""

    diagnostics: list[Diagnostic] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(str(d) for d in self.diagnostics)


def error(source: Source, message: str) -> SpecError:
    return SpecError([Diagnostic("error", source, message)])


def escape_pointer_token(token: str | int) -> str:
    """RFC 6901: '~' becomes '~0' and '/' becomes '~1'."""
    return str(token).replace("~", "~0").replace("/", "~1")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join("/" + escape_pointer_token(t) for t in tokens)
