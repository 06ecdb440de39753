"""What every step of the build reads: the spec, the parser's models, their names and places.

The Builder is made in layers, each a module that uses only those below it:
build_context.py (this state, and the raw schema of a model), build_enums.py (enums),
build_types.py (the type of a field, an item, a reference), build_models.py (models and
their fields), build.py (the build of a whole spec). Unions are built in build_unions.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from datamodel_code_generator.model.base import DataModel

from . import ir
from .diagnostics import Diagnostic, Source
from .dmcg_places import Locator, Place
from .load import LoadedFile
from .naming import NameBook
from .validate import FileCache

if TYPE_CHECKING:
    from .build_unions import Unions


class BuildContext:
    """The state of one spec's build (Builder.__init__ sets it), and where each of its schemas is in the spec."""

    spec: LoadedFile
    files: FileCache
    locator: Locator
    by_path: dict[str, DataModel]
    by_place: dict[tuple[str, str], str]  # (file, pointer) -> reference path
    names: NameBook
    unions: Unions
    own_fields_made: dict[str, list[ir.Field]]
    tag_fields: set[tuple[str, str]]  # (model path, wire name) of the properties that select a variant
    api: ir.Api

    # --- locating raw schemas -------------------------------------------------

    def place(self, dmcg_path: str) -> Place:
        return self.locator.place(dmcg_path)

    def raw(self, dmcg_path: str) -> dict[str, Any]:
        """The schema of ``dmcg_path`` in the spec; empty if it couldn't be found exactly."""
        place = self.place(dmcg_path)
        node = place.node() if place.exact else None
        return node if isinstance(node, dict) else {}

    def source(self, dmcg_path: str) -> Source:
        place = self.place(dmcg_path)
        return place.file.source(place.pointer)

    def warn(self, source: Source, message: str) -> None:
        self.api.warnings.append(Diagnostic("warning", source, message))
