"""Which folders of the output the generator may replace: only those it made, and only whole.

A spec chooses its package's folder name (``info.x-python-package``, the title, the file stem), so
``--out .`` with a package called ``tests`` must not replace the project's tests. Each package the
generator writes holds a manifest, ``.generated-by.json``: the spec it came from and every file it
wrote, sorted, with nothing that changes from run to run (so ``generated/`` stays byte-stable). A
folder is replaced only if it has one (or, made before manifests were, if its ``__init__.py`` starts
with the generator's header), and only if every file in it is one the generator wrote:
``__pycache__`` aside, a file of anyone else's is never deleted. ``--force`` replaces them anyway.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

MANIFEST = ".generated-by.json"
GENERATOR = "typed-openapi-clients"
_HEADER = b"# Generated from "  # the first line of every file but py.typed, before manifests
_SHOWN = 3  # the stray files a message names


def manifest_text(spec: str, files: list[str]) -> str:
    """The manifest of a package made from ``spec`` (as headers name it) holding ``files``."""
    listed = sorted(f for f in files if f != MANIFEST)
    return json.dumps({"generator": GENERATOR, "spec": spec, "files": listed}, indent=1) + "\n"


def write_manifest(folder: Path, spec: str) -> None:
    """Write the manifest of the package in ``folder``, listing every file there (after ruff and post-hooks)."""
    (folder / MANIFEST).write_bytes(manifest_text(spec, _files(folder)).encode("utf-8"))


def replace_refusal(target: Path) -> str:
    """Why ``target`` may not be replaced by a package of the generator's, or "" if it may (or doesn't exist)."""
    if not os.path.lexists(target):
        return ""
    if target.is_symlink() or not target.is_dir():
        return f"{target} exists and is not a folder the generator made: not replaced (--force replaces it)"
    written = _written(target)
    if written is None:
        return (
            f"{target}/ exists and was not made by the generator (it has no {MANIFEST}): not replaced; "
            "give the package another name (info.x-python-package, or the config's package) or "
            "another --out, or pass --force to replace the folder and everything in it"
        )
    strays = [name for name in _files(target) if name not in written and name != MANIFEST]
    if not strays:
        return ""
    named = ", ".join(strays[:_SHOWN]) + (f" and {len(strays) - _SHOWN} more" if len(strays) > _SHOWN else "")
    return (
        f"{target}/ holds {len(strays)} file(s) the generator did not write ({named}): not replaced; "
        "move them out of the package, or pass --force to delete them"
    )


def _written(folder: Path) -> set[str] | None:
    """The files the generator wrote in ``folder``, by its manifest; None if it didn't make the folder."""
    manifest = folder / MANIFEST
    if manifest.is_file() and not manifest.is_symlink():
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if isinstance(data, dict) and data.get("generator") == GENERATOR and isinstance(data.get("files"), list):
            return {str(name) for name in data["files"]}
        return None
    if not _starts_with_header(folder / "__init__.py"):
        return None
    return {name for name in _files(folder) if name == "py.typed" or _starts_with_header(folder / name)}


def _starts_with_header(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as file:
        return file.read(len(_HEADER)) == _HEADER


def _files(folder: Path) -> list[str]:
    """Every file and symlink below ``folder`` (symlinks not followed), but those in ``__pycache__``, sorted."""
    found: list[str] = []
    for here, folders, names in os.walk(folder):
        folders[:] = [f for f in folders if f != "__pycache__"]
        links = [f for f in folders if os.path.islink(os.path.join(here, f))]  # (os.walk doesn't enter them)
        found += [os.path.relpath(os.path.join(here, name), folder) for name in [*names, *links]]
    return sorted(Path(name).as_posix() for name in found)
