"""Build the IR from a validated spec.

datamodel-code-generator's OpenAPI parser does the schema -> Python type work it is
good at: $ref resolution across files, allOf, class and field naming, reserved
words and aliases. We read its parse results (never its rendered code) and turn
them into our IR, looking up the raw schema (places.Locator finds it) for what the IR
keeps exactly: property order, descriptions, enum values, discriminators, secrets,
typed additionalProperties, source lines. Unions are built in unions.py.
"""

from __future__ import annotations

import re

from datamodel_code_generator.model.base import DataModel
from datamodel_code_generator.model.enum import Enum as DmcgEnum

from .. import ir
from ..ir.naming import NameBook
from ..ir.walk import refs
from ..load.files import FileCache, LoadedFile
from . import dmcg
from .dmcg_errors import parse_failure
from .objects import ModelBuilder, pascal_case
from .places import MARKER, Locator
from .type_refs import is_alias
from .unions import Unions

_BODY_SCHEMA = re.compile(r"^/paths/([^/]+)/([a-z]+)/(requestBody|responses/([^/]+))/content/[^/]+/schema$")


class Builder(ModelBuilder):
    """Turns datamodel-code-generator's parse results for one spec into an ir.Api."""

    def __init__(self, spec: LoadedFile, files: FileCache, package: str, spec_file: str) -> None:
        self.spec = spec
        self.files = files
        self.locator = Locator(spec, files)
        self.by_path = {}
        self.by_place = {}
        self.names = NameBook()
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

    # --- the build -------------------------------------------------------------

    def build(self, results: list[DataModel]) -> ir.Api:
        for model in results:
            path = model.reference.path
            self.by_path[path] = model
            place = self.place(path)
            known = self.by_place.get((str(place.file.path), place.pointer))
            if known is None or (MARKER.search(known) and not MARKER.search(path)):
                self.by_place[(str(place.file.path), place.pointer)] = path  # the schema's own model first
            self.names.claim_class(path, self.proposed_name(model, place.pointer))
        for model in results:
            self.alias_wrappers(model)
        self.unions.index_subtypes(results)
        self.tag_fields = self.unions.discriminator_fields(results)
        for model in results:
            place = self.place(model.reference.path)
            if place.file is self.spec:
                self.api.types_by_pointer[place.pointer] = self.named_type(model.reference.path, model.reference.path)
        for model in results:
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

    def proposed_name(self, model: DataModel, pointer: str) -> str:
        """Its class name; a request or response body is named after its operationId, if it has one."""
        match = _BODY_SCHEMA.match(pointer)
        top_level = MARKER.search(model.reference.path) is None and not isinstance(model, DmcgEnum)
        if match is None or not top_level or self.place(model.reference.path).file is not self.spec:
            return str(model.class_name)
        path = match.group(1).replace("~1", "/").replace("~0", "~")
        operation = (self.spec.data.get("paths") or {}).get(path, {}).get(match.group(2), {})
        op_id = operation.get("operationId") if isinstance(operation, dict) else None
        if not isinstance(op_id, str) or not op_id.strip():
            return str(model.class_name)
        status = match.group(4)
        suffix = "Request" if status is None else "Response" if status.startswith("2") else f"Response{status}"
        return pascal_case(op_id) + suffix

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
    except Exception as exc:  # its failures are reported as diagnostics, not tracebacks
        raise parse_failure(exc, spec, files) from None
    builder = Builder(spec, files, package, spec_file)
    return builder.build(results)
