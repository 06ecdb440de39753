"""JSON documents: parsed by the json module, with the line of every value found on demand.

JSON specs are read with ``json.loads`` rather than as YAML: it is much faster on the large
ones, and YAML refuses JSON's escaped surrogate pairs ("\\ud83d\\ude00"). Lines, needed only
for diagnostics, come from one scan of the text, made the first time a line is asked for.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .diagnostics import escape_pointer_token

_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+')


class DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DuplicateKey(key)
        out[key] = value
    return out


def parse(text: str) -> Any:
    """The JSON value of ``text``; DuplicateKey if an object repeats a key, ValueError if malformed."""
    return json.loads(text, object_pairs_hook=_refuse_duplicates)


def depth_exceeds(data: Any, limit: int) -> bool:
    """Whether ``data`` nests deeper than ``limit`` containers."""
    stack = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
    return False


class LineIndex:
    """The 1-based line where each value of a JSON text starts, by JSON pointer."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lines: dict[str, int] | None = None
        self.duplicate: tuple[str, int] | None = None  # (pointer, line) of the first repeated key

    def line(self, pointer: str) -> int | None:
        """The line of the value at ``pointer``, or of its nearest ancestor."""
        lines = self._scan()
        while pointer not in lines and pointer:
            pointer = pointer.rsplit("/", 1)[0]
        return lines.get(pointer)

    def _scan(self) -> dict[str, int]:
        if self._lines is not None:
            return self._lines
        lines: dict[str, int] = {}
        # Each open container: [pointer, next array index or pending key, is an object, expecting a key].
        stack: list[list[Any]] = []
        line, last = 1, 0
        seen_keys: list[set[str]] = []
        for match in _TOKEN.finditer(self.text):
            start = match.start()
            line += self.text.count("\n", last, start)
            last = start
            token = match.group()
            top = stack[-1] if stack else None
            if top is not None and top[2] and top[3] and token.startswith('"'):
                key = json.loads(token)
                top[1], top[3] = key, False
                if key in seen_keys[-1] and self.duplicate is None:
                    self.duplicate = (f"{top[0]}/{escape_pointer_token(key)}", line)
                seen_keys[-1].add(key)
                continue
            if token == ":":
                continue
            if token == ",":
                if top is not None:
                    if top[2]:
                        top[3] = True
                    else:
                        top[1] += 1
                continue
            if token in "}]":
                stack.pop()
                seen_keys.pop()
                continue
            pointer = "" if top is None else f"{top[0]}/{escape_pointer_token(top[1])}"
            lines.setdefault(pointer, line)
            if token in "{[":
                stack.append([pointer, 0, token == "{", token == "{"])
                seen_keys.append(set())
        self._lines = lines
        return lines
