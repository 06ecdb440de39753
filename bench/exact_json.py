"""Exact JSON equality, shared by the round-trip tests, the corpus round trip and the bench.

Standard library only: the bench's own venv imports it too.
"""

from __future__ import annotations

from typing import Any


def same_json(a: Any, b: Any) -> bool:
    """Equal as JSON, including types: 8 is not 8.0, True is not 1, absent is not null."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)
