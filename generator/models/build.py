"""Build the IR from a validated spec.

datamodel-code-generator's OpenAPI parser does the schema -> Python type work it is
good at: $ref resolution across files, allOf, class and field naming, reserved
words and aliases. We read its parse results (never its rendered code) and turn
them into our IR, looking up the raw schema (places.Locator finds it) for what the IR
keeps exactly: property order, descriptions, enum values, discriminators, secrets,
typed additionalProperties, source lines. Unions are built in unions.py.
"""

from __future__ import annotations

from .. import ir
from ..ir.diagnostics import SpecError
from ..ir.walk import refs
from ..load.files import FileCache, LoadedFile
from ..naming.book import NameBook
from . import dmcg
from .class_naming import claim_model_names
from .dmcg import DataModel, DmcgEnum
from .dmcg_errors import parse_failure
from .objects import ModelBuilder
from .places import MARKER, Locator
from .type_refs import is_alias
from .unions import Unions


class Builder(ModelBuilder):
    """Turns datamodel-code-generator's parse results for one spec into an ir.Api."""

    def __init__(self, spec: LoadedFile, files: FileCache, package: str, spec_file: str) -> None:
        self.spec = spec
        self.files = files
        self.locator = Locator(spec, files)
        self.by_path = {}
        self.by_place = {}
        self.copy_of = {}
        self.unions = Unions(self)
        self.own_fields_made = {}
        info = spec.data.get("info") or {}
        self.api = ir.Api(
            package=package,
            spec_file=spec_file,
            title=str(info.get("title", "")),
            version=str(info.get("version", "")),
            description=str(info.get("description", "")),
        )
        self.names = NameBook(self.api.class_names)

    # --- the build -------------------------------------------------------------

    def build(self, results: list[DataModel]) -> ir.Api:
        for model in results:
            path = model.reference.path
            self.by_path[path] = model
            place = self.place(path)
            known = self.by_place.get((str(place.file.path), place.pointer))
            if (
                known is None
                or (MARKER.search(known) and not MARKER.search(path))  # the schema's own model first
                or (place.exact and not self.place(known).exact)  # then one found at the place, not above it
            ):
                self.by_place[(str(place.file.path), place.pointer)] = path
        claim_model_names(self, results)
        for model in results:
            self.alias_wrappers(model)
        self.unions.index_subtypes(results)
        self.tag_fields = self.unions.discriminator_fields(results)
        for model in results:
            place = self.place(model.reference.path)
            if place.file is self.spec:
                self.api.types_by_pointer[place.pointer] = self.named_type(model.reference.path, model.reference.path)
        for model in results:
            if model.reference.path in self.copy_of:
                continue  # the class of the schema it copies stands for it
            if isinstance(model, DmcgEnum):
                if self.names.aliased(model.reference.path) is None:
                    self.enum(model)
            elif is_alias(model):
                self.named_type(model.reference.path, model.reference.path)
            elif self.names.aliased(model.reference.path) is None:
                self.api.models.append(self.model(model))
        self.unions.finish()
        self.record_referenced_types()
        return self.api

    def alias_wrappers(self, model: DataModel) -> None:
        """A "class" with no fields of its own that only extends an enum or an alias is that type.

        ``allOf: [{description: ...}, {$ref: an enum}]`` reaches us as a class whose base is the enum.
        """
        if isinstance(model, DmcgEnum) or is_alias(model) or model.fields or len(model.base_classes) != 1:
            return
        ref = getattr(model.base_classes[0], "reference", None)
        base = self.by_path.get(ref.path) if ref is not None else None
        if ref is not None and base is not None and (isinstance(base, DmcgEnum) or is_alias(base)):
            self.names.alias(model.reference.path, self.named_type(ref.path, model.reference.path))

    def record_referenced_types(self) -> None:
        """Every ``$ref`` of the spec's paths and webhooks that names a model, by its pointer (for the clients)."""
        sections = {key: self.spec.data.get(key) for key in ("paths", "webhooks")}
        for pointer, node, in_data in refs(sections):
            if in_data or pointer in self.api.types_by_pointer:
                continue
            target = self.locator.ref_target(self.spec, node["$ref"])
            path = self.by_place.get((str(target.file.path), target.pointer)) if target is not None else None
            if path is not None:
                self.api.types_by_pointer[pointer] = self.named_type(path, path)


def build_api(spec: LoadedFile, files: FileCache, package: str, spec_file: str) -> ir.Api:
    """Parse ``spec`` with datamodel-code-generator and build the IR of its package."""
    try:
        results = dmcg.parse(spec, files)
    except SpecError:
        raise  # a file it may not read, or one that is no spec
    except Exception as exc:  # its failures are reported as diagnostics, not tracebacks
        raise parse_failure(exc, spec, files) from None
    builder = Builder(spec, files, package, spec_file)
    return builder.build(results)
