"""models/' provisional class names by the parser's reference path, and the paths read as other types.

Names handed out here are provisional (ir/class_names.py): they are settled, from where each
schema sits, once the whole package is built (naming/settle.py).
"""

from __future__ import annotations

from .. import ir
from ..ir.class_names import MADE, ClassClaims, NameHint, NameRequest


class NameBook:
    """Provisional class names by reference path, plus the paths read as another type (aliases)."""

    def __init__(self, classes: ClassClaims) -> None:
        self.classes = classes
        self._by_path: dict[str, str] = {}
        self._aliases: dict[str, ir.TypeRef] = {}

    def claim_class(self, path: str, request: NameRequest) -> None:
        self._by_path[path] = self.classes.claim(request)

    def share_class(self, path: str, primary: str) -> None:
        """``path`` is a copy of the schema ``primary`` stands for: the same class."""
        self._by_path[path] = self._by_path[primary]

    def claimed(self, path: str) -> bool:
        return path in self._by_path

    def claim_new(self, hint: NameHint, kind: str, place: str, prefix: str = "") -> str:
        """A class the parser didn't make (an inline union), named after ``hint``."""
        return self.classes.claim(NameRequest(hint, kind, place, MADE, prefix=prefix))

    def class_name(self, path: str) -> str:
        return self._by_path[path]

    def alias(self, path: str, target: ir.TypeRef) -> None:
        self._aliases[path] = target

    def aliased(self, path: str) -> ir.TypeRef | None:
        return self._aliases.get(path)
