"""Path items and operations kept in other files, brought into the spec.

Multi-file specs keep whole path items in their own files (Cycle: ``/v1/images: {$ref:
paths/images.yml}``, which OpenAPI allows) or even single operations (DigitalOcean: ``get:
{$ref: resources/droplets/droplets_list.yml}``, which it doesn't, but tools accept). Each
such object is copied into the spec's ``paths`` (or ``webhooks``), its relative ``$ref``s rewritten
to be relative to the spec's folder, so every later stage sees ordinary inline operations.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from ..ir.walk import HTTP_METHODS, refs
from .files import FileCache, LoadedFile, resolve_pointer, split_ref


def inline_path_refs(spec: LoadedFile, files: FileCache) -> None:
    """Replace path items and operations that are ``$ref``s by what they refer to, in place (webhooks' too)."""
    for section in ("paths", "webhooks"):
        if isinstance(spec.data.get(section), dict):
            _inline_items(spec, spec.data[section], files)


def _inline_items(spec: LoadedFile, paths: dict[str, Any], files: FileCache) -> None:
    for path, item in list(paths.items()):
        if isinstance(item, dict) and isinstance(item.get("$ref"), str):
            item = paths[path] = _fetched(spec, spec, item, files)
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and isinstance(operation.get("$ref"), str):
                item[method] = _fetched(spec, spec, operation, files)


def _fetched(spec: LoadedFile, here: LoadedFile, holder: dict[str, Any], files: FileCache) -> Any:
    """What ``holder["$ref"]`` names (its sibling keys kept), with refs made relative to the spec."""
    file_part, pointer = split_ref(str(holder["$ref"]))
    target = files.get(here.path.parent / file_part) if file_part else here
    try:
        value = copy.deepcopy(resolve_pointer(target.data, pointer))
    except KeyError:
        return holder  # validation reported it
    if target is not spec:
        _rebase(value, target.path, spec.path)
    if isinstance(value, dict):
        value.update({k: v for k, v in holder.items() if k != "$ref"})
    return value


def _rebase(value: Any, source: Path, spec: Path) -> None:
    """Make every ``$ref`` in ``value`` (read from the file ``source``) relative to ``spec``'s folder.

    Those inside data (an extension's or an example's value) are left as they are written.
    """
    for _, holder, in_data in refs(value, root=False):
        ref = holder["$ref"]
        if not in_data and not urlsplit(ref).scheme:
            holder["$ref"] = _rebased_ref(ref, source, spec)


def _rebased_ref(ref: str, source: Path, spec: Path) -> str:
    """``ref`` made relative to ``spec``'s folder: the file it names found, its fragment as written."""
    fragment = ref.partition("#")[2]
    file_part = split_ref(ref)[0]
    target = ((source.parent / file_part) if file_part else source).resolve()
    if target == spec.resolve():
        return f"#{fragment}"
    relative = quote(Path(os.path.relpath(target, spec.resolve().parent)).as_posix())  # a URI again
    return f"{relative}#{fragment}" if fragment or "#" in ref else relative
