"""A spec's generator settings: ``<spec>.config.yaml`` beside it, or the file ``--config`` names.

Every key is checked: an unknown key, or a value of the wrong kind, is an error with the
config file's line and pointer, as a spec's problems are.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..ir.diagnostics import Diagnostic, SpecError
from .files import LoadedFile, load_file

CONFIG_SUFFIX = ".config.yaml"


@dataclass(frozen=True)
class SpecConfig:
    """What a config file sets; the defaults are what a spec without one gets."""

    file: str = ""  # the config file, as shown in messages ("" when there is none)
    templates: Path | None = None  # a folder of templates taken before templates/ (same names)


KEYS = {
    "templates": "a folder of templates that replace those of the same name, relative to the config file",
}


def config_beside(spec: Path) -> Path:
    """``specs/cycle.yaml`` -> ``specs/cycle.config.yaml``."""
    return spec.with_name(spec.stem + CONFIG_SUFFIX)


def is_config(path: Path) -> bool:
    return path.name.endswith(CONFIG_SUFFIX)


def load_config(path: Path | None, shown: str | None = None) -> SpecConfig:
    """The settings in ``path``; the defaults if it is None or doesn't exist. Raises SpecError."""
    if path is None or not path.is_file():
        return SpecConfig()
    loaded = load_file(path, shown)
    problems: list[Diagnostic] = []
    values: dict[str, Any] = {}
    for key, value in loaded.data.items():
        pointer = "/" + key.replace("~", "~0").replace("/", "~1")
        if key not in KEYS:
            known = ", ".join(sorted(KEYS))
            problems.append(_error(loaded, pointer, f"unknown config key {key!r} (known: {known})"))
        elif key == "templates":
            folder = _folder(loaded, pointer, value, problems)
            if folder is not None:
                values["templates"] = folder
    if problems:
        raise SpecError(problems)
    return SpecConfig(file=loaded.display, **values)


def _folder(loaded: LoadedFile, pointer: str, value: Any, problems: list[Diagnostic]) -> Path | None:
    if not isinstance(value, str) or not value.strip():
        problems.append(_error(loaded, pointer, "expected a folder path (a string)"))
        return None
    folder = (loaded.path.parent / value).resolve()
    if not folder.is_dir():
        problems.append(_error(loaded, pointer, f"no such folder: {value}"))
        return None
    return folder


def _error(loaded: LoadedFile, pointer: str, message: str) -> Diagnostic:
    return Diagnostic("error", loaded.source(pointer), message)
