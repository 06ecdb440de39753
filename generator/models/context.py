"""What every step of the build reads: the spec, the parser's models, their names and places.

The Builder is made in layers, each a module that uses only those below it:
context.py (this state, and the schema of a model), unions.py (tagged and untagged
unions), enums.py (enums), type_refs.py (the type of a field, an item, a reference),
objects.py (models and their fields), build.py (the build of a whole spec). Types and
unions call each other: unions.py reaches ``type_of`` and ``fields_of`` through the
abstract methods declared here, so no module imports one above it.
"""

from __future__ import annotations

from .. import ir
from ..ir.class_names import NameHint
from ..ir.diagnostics import Diagnostic, Source
from ..load.files import FileCache, LoadedFile
from ..naming.book import NameBook
from ..openapi.schemas import JsonObject, Schema
from .dmcg import DataModel, DataType
from .places import Locator, Place


class BuildContext:
    """The state of one spec's build (Builder.__init__ sets it), and where each of its schemas is in the spec."""

    spec: LoadedFile
    files: FileCache
    locator: Locator
    by_path: dict[str, DataModel]
    by_place: dict[tuple[str, str], str]  # (file, pointer) -> reference path
    names: NameBook
    copy_of: dict[str, str]  # reference path -> that of the schema's model it copies (models/class_naming.py)
    own_fields_made: dict[str, list[ir.Field]]
    tag_fields: set[tuple[str, str]]  # (model path, wire name) of the properties that select a variant
    api: ir.Api

    # --- locating schemas -----------------------------------------------------

    def place(self, dmcg_path: str) -> Place:
        return self.locator.place(dmcg_path)

    def schema(self, dmcg_path: str) -> Schema:
        """The schema of ``dmcg_path`` in the spec; an empty one if it couldn't be found exactly."""
        place = self.place(dmcg_path)
        node = place.node() if place.exact else None
        return Schema(place.file, place.pointer, node if isinstance(node, dict) else {})

    def where(self, dmcg_path: str, below: str = "") -> str:
        """``<file>#<pointer>`` of the schema of ``dmcg_path`` (and ``below`` it): what a name is made unique by."""
        place = self.place(dmcg_path)
        return f"{place.file.display}#{place.pointer}{below}"

    def source(self, dmcg_path: str) -> Source:
        place = self.place(dmcg_path)
        return place.file.source(place.pointer)

    def warn(self, source: Source, message: str) -> None:
        self.api.warnings.append(Diagnostic("warning", source, message))

    # --- what the later layers do, which unions.py asks for --------------------

    def type_of(
        self,
        data_type: DataType,
        dmcg_path: str,
        name_hint: NameHint,
        discriminator: JsonObject | None = None,
        container: str = "",
    ) -> ir.TypeRef:
        raise NotImplementedError  # type_refs.TypeBuilder.type_of

    def fields_of(self, model: DataModel, seen: frozenset[str] = frozenset()) -> list[ir.Field]:
        raise NotImplementedError  # objects.ModelBuilder.fields_of

    def member_admits_null(self, union: Schema) -> bool:
        raise NotImplementedError  # type_refs.TypeBuilder.member_admits_null
