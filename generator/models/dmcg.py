"""Running datamodel-code-generator's OpenAPI parser on a loaded spec.

The parser is given the loaded document itself (a Swagger file is already converted, and
the YAML is not read twice) and parses the schemas reached from the paths and webhooks too, so
inline request and response bodies become models with readable names (``PetsPostRequest``).
What it is given is prepared first (dmcg_input.py); where in the spec each of its models
comes from, places.Locator finds. This is the only module that imports datamodel-code-generator
(an import-linter contract); tests/test_dmcg_contract.py pins what we use of it to its version.
"""

from __future__ import annotations

import warnings
from functools import cached_property
from pathlib import Path
from typing import Any

from datamodel_code_generator.enums import DataModelType, OpenAPIScope
from datamodel_code_generator.format import DatetimeClassType, PythonVersion
from datamodel_code_generator.model import get_data_model_types
from datamodel_code_generator.model.base import DataModel, DataModelFieldBase
from datamodel_code_generator.model.enum import Enum as DmcgEnum
from datamodel_code_generator.parser import LiteralType
from datamodel_code_generator.parser.jsonschema import JsonSchemaParser
from datamodel_code_generator.parser.openapi import OpenAPIParser
from datamodel_code_generator.types import DataType, Types

from ..ir.diagnostics import Source, error
from ..ir.walk import walk
from ..load.files import OUTSIDE, FileCache, LoadedFile
from .dmcg_input import false_for_false_all_of, plain_refs

# What the other modules of models/ use of it: the parser's results, read by the Builder.
__all__ = ["DataModel", "DataType", "DmcgEnum", "parse"]

# The formats the parser maps to a type of another JSON type than the schema's.
_FORMATS_OF_OTHER_TYPES = {
    "string": ("decimal", "integer", "unixtime"),
    "integer": ("date-time",),
    "number": ("date-time", "time", "time-delta", "unixtime"),
}


class _Parser(OpenAPIParser):
    """Its parser, reading no file itself: every other file of the spec comes from our FileCache.

    So it reads only what a ``$ref`` may (the spec's folder tree and the folders of
    ``--allow-refs-under``: multi-file specs such as Cycle's refer to ../components), as
    validation does, and a file validation didn't load (a discriminator mapping's) is checked too.
    """

    def __init__(self, files: FileCache, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.files = files

    def _resolve_local_ref_path(self, path: Path, ref: str) -> Path:
        if not self.files.readable(path):
            raise error(_written_at(self.files, ref), f"{ref!r} {OUTSIDE}")
        return path.resolve()

    # A reference to a schema with a discriminator (and no oneOf) stays a reference to it: the
    # parser would make it a union of the schemas extending it, leaving the schema itself out.
    # unions.Unions.subtypes reads such references as those schemas or the schema itself.

    def get_ref_data_type(self, ref: str) -> DataType:
        if self._discriminator_schemas and (resolved := self._ref_path(ref)) in self._discriminator_schemas:
            self._get_discriminator_union_type(resolved)  # parses the subtypes (of other files its mapping names too)
            return JsonSchemaParser.get_ref_data_type(self, ref)
        documents = len(self._discriminator_documents)
        data_type = JsonSchemaParser.get_ref_data_type(self, ref)
        if (
            len(self._discriminator_documents) != documents  # the reference read a document with discriminators
            and self._discriminator_schemas
            and (resolved := self._ref_path(ref)) in self._discriminator_schemas
        ):
            self._get_discriminator_union_type(resolved)
        return data_type

    def parse_object_fields(
        self, obj: Any, path: list[str], module_name: str | None = None, class_name: str | None = None
    ) -> list[DataModelFieldBase]:
        return JsonSchemaParser.parse_object_fields(self, obj, path, module_name, class_name=class_name)

    @cached_property
    def _data_formats(self) -> dict[str, dict[str, Types]]:
        """Its formats, each read as a value of the schema's own type: a ``decimal`` string is a string
        (not a Decimal, which is a number), a ``date-time`` integer an integer (not a datetime)."""
        formats = {kind: dict(by_format) for kind, by_format in super()._data_formats.items()}
        for kind, names in _FORMATS_OF_OTHER_TYPES.items():
            for name in names:
                formats[kind][name] = formats[kind]["default"]
        return formats

    def _load_ref_data_from_path(self, path: Path) -> dict[str, Any]:
        """Another file of the spec as we loaded it, with its annotated references read as the references (plain_refs).

        Its own YAML reading keeps YAML's integer keys (``2024:``, a discriminator mapping's ``1:``), which its
        schema model refuses: a property must be named by a string. We read them as strings, as JSON has them,
        and a Swagger 2.0 file converted, as validation read it (``#/components/schemas/X``, not ``definitions``).
        (What it does to a loaded document, read_document, changes nothing with the options we give it.)
        """
        document: dict[str, Any] = plain_refs(self.files.get(path).data)
        return document


def _written_at(files: FileCache, ref: str) -> Source:
    """Where a reference to the file ``ref`` is written (validation checked the ``$ref``s: this is another
    kind, a discriminator mapping's), found only for the error."""
    for loaded in list(files.files.values()):
        for pointer, value in walk(loaded.data):
            if isinstance(value, str) and (value == ref or value.startswith(f"{ref}#")):
                return loaded.source(pointer)
    return files.root.source("")


def parse(spec: LoadedFile, files: FileCache) -> list[DataModel]:
    """Run datamodel-code-generator's OpenAPI parser on ``spec`` and return its models."""
    data = plain_refs(spec.data)  # a copy: it may change what it is given
    if not isinstance(data.get("paths"), dict):
        data.pop("paths", None)  # it refuses a null one
    try:
        return _parse(spec, files, data)
    except Exception as exc:
        if "boolean false schema" not in str(exc):
            raise
    # It refuses an allOf holding `false` (no value fits it): such a schema is `false` itself, which
    # it reads as any value; type_refs.py types it as admitting none, from the spec as it is.
    data = plain_refs(false_for_false_all_of(spec.data, spec.data))  # (that makes new lists and objects)
    if not isinstance(data.get("paths"), dict):
        data.pop("paths", None)
    return _parse(spec, files, data)


def _parse(spec: LoadedFile, files: FileCache, data: dict[str, Any]) -> list[DataModel]:
    types = get_data_model_types(DataModelType.DataclassesDataclass, target_python_version=PythonVersion.PY_311)
    parser = _Parser(
        files,
        data,
        base_path=spec.path.resolve().parent,
        data_model_type=types.data_model,
        data_model_root_type=types.root_model,
        data_model_field_type=types.field_model,
        data_type_manager_type=types.data_type_manager,
        target_python_version=PythonVersion.PY_311,
        snake_case_field=True,
        remove_special_field_name_prefix=True,
        capitalise_enum_members=True,
        enum_field_as_literal=LiteralType.One,
        target_datetime_class=DatetimeClassType.Datetime,
        strict_nullable=True,
        use_standard_collections=True,
        use_union_operator=True,
        allow_remote_refs=False,
        openapi_scopes=[OpenAPIScope.Schemas, OpenAPIScope.Paths, OpenAPIScope.Webhooks],
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse_raw()
    return list(parser.results)
