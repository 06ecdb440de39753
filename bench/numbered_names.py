"""Classes of a generated package whose name carries a number the spec's own names don't have.

A name such as ``Current7`` or ``StateOption2`` counts; ``V1ImagesResponse`` (from the path
``/v1/images``) or ``Ipv4Config`` (from a property ``ipv4``) doesn't: a word of the name that
holds digits counts only if no key, operationId, title or ``$ref`` of the spec holds it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_WORD_WITH_DIGITS = re.compile(r"[A-Z]?[a-z]*\d+")
_CLASS = re.compile(r"^(?:class (\w+)|(\w+): TypeAlias)", re.MULTILINE)


def spec_words(documents: Iterable[Any]) -> str:
    """Every name the documents hold, lowercased and alphanumeric only, joined by "|"."""
    found: set[str] = set()
    stack = list(documents)
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                found.add(_plain(str(key)))
                if key in ("$ref", "operationId", "title") and isinstance(value, str):
                    found.add(_plain(value))
                stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return "|".join(found)


def numbered_classes(models_source: str, words: str) -> tuple[list[str], int]:
    """The numbered class names of a models module, and how many classes it has."""
    names = [a or b for a, b in _CLASS.findall(models_source)]
    numbered = [n for n in names if any(m.group(0).lower() not in words for m in _WORD_WITH_DIGITS.finditer(n))]
    return numbered, len(names)


def _plain(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())
