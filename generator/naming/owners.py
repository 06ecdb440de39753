"""Owners and copies: each class the parser made asks for the name its place gives it (naming/places.py).

A class's owner is the nearest schema above it that is a class too; the owner claims its name
first, and the class is named after it. Copies the parser made of one schema (a shared
parameter's, once per operation using it) are one class: the first copy, the schema's own
class if there is one. Another class the parser made of a schema that is a class itself (a
branch of an allOf it merged) is named under the schema's own.

The parser's models reach this module as ``ParsedClass`` records (models/class_naming.py reads
them off datamodel-code-generator's models), so nothing here depends on its types.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..ir.class_names import DERIVED, NameHint, NameRequest
from ..load.files import LoadedFile
from .book import NameBook
from .places import place_request


@dataclass(frozen=True)
class ParsedClass:
    """A class the parser made, as its name depends on it."""

    key: str  # the parser's reference path, under which its provisional name is kept (naming/book.py)
    file: LoadedFile
    pointer: str
    exact: bool  # False: the place is the nearest above the schema the parser's path could be followed to
    kind: str  # "Model", "Enum" or "Union"
    given: str  # the name the parser made of the spec's own key, not numbered past others
    shape: tuple[object, ...]  # its type and field names: two classes of one place and shape are copies
    path_words: str  # the parser's path below its schema, in words: a name of last resort
    part_words: str  # what the parser's last step says (``AllOf``, ``Option2``): a part of its schema's class

    @property
    def place_key(self) -> tuple[str, str]:
        return str(self.file.path), self.pointer

    @property
    def where(self) -> str:
        return f"{self.file.display}#{self.pointer}"


def claim_class_names(
    classes: Mapping[str, ParsedClass], by_place: Mapping[tuple[str, str], str], book: NameBook
) -> dict[str, str]:
    """Claim a name for every class of ``classes`` (by key) in ``book``; the copies, each by the key it copies.

    ``by_place``: the key of the class that stands for the schema at (file, pointer).
    """
    claims = _Claims(classes, by_place, book)
    for key in classes:
        claims.claim(key)
    return claims.copy_of


class _Claims:
    def __init__(
        self, classes: Mapping[str, ParsedClass], by_place: Mapping[tuple[str, str], str], book: NameBook
    ) -> None:
        self.classes = classes
        self.by_place = by_place
        self.book = book
        self.copy_of: dict[str, str] = {}

    def claim(self, key: str) -> None:
        if self.book.claimed(key):
            return
        parsed = self.classes[key]
        primary = self.by_place.get(parsed.place_key)
        if primary is not None and primary != key and self._copies(parsed, self.classes[primary]):
            self.claim(primary)
            self.book.share_class(key, primary)
            self.copy_of[key] = primary
            return
        if primary is not None and primary != key and parsed.exact and self.classes[primary].exact:
            # Another class the parser made of the schema (a branch of an allOf it merged): under the schema's own.
            self.claim(primary)
            hint = NameHint(self.book.class_name(primary), parsed.part_words)
            request = NameRequest(hint, parsed.kind, parsed.where, DERIVED, full_words=parsed.path_words)
            self.book.claim_class(key, request)
            return
        owner, depth = self._owner(parsed)
        if owner:
            self.claim(owner)
        owner_name = self.book.class_name(owner) if owner else ""
        if parsed.exact:
            request = place_request(parsed.file, parsed.pointer, owner_name, depth, parsed.given, parsed.kind)
        else:  # a place the parser's path couldn't be followed to: its own name, under the nearest class above
            hint = NameHint(owner_name, parsed.given)
            request = NameRequest(hint, parsed.kind, parsed.where, DERIVED, full_words=parsed.path_words)
        self.book.claim_class(key, request)

    def _owner(self, parsed: ParsedClass) -> tuple[str, int]:
        """The key of the nearest class above ``parsed`` in its file, and its pointer's length."""
        tokens = parsed.pointer.split("/")[1:]
        start = len(tokens) if not parsed.exact else len(tokens) - 1  # an inexact place is itself above the schema
        file = str(parsed.file.path)
        for length in range(start, -1, -1):
            pointer = "".join("/" + t for t in tokens[:length])
            found = self.by_place.get((file, pointer))
            if found is not None and found != parsed.key and self.classes[found].exact:
                return found, length
        return "", 0

    @staticmethod
    def _copies(parsed: ParsedClass, first: ParsedClass) -> bool:
        """Whether two of the parser's classes at one place are copies of one schema."""
        return parsed.shape == first.shape and parsed.exact and first.exact
