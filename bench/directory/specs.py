"""Which specs of the directory the run takes, and the package each becomes.

The directory's specs are split in two by the sha1 of their path relative to api/ (forward
slashes, ``adobe.com/aem.json``): those whose hex digest starts with 0-7 are ours to run and
fix against; the rest (8-f) are kept for acceptance measurements and never read here.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .npm import api_folder, github_spec

OUR_HALF = frozenset("01234567")
GITHUB = "github/api.github.com.json"
PYRIGHT_SAMPLE = 100


@dataclass(frozen=True)
class Spec:
    name: str  # the path relative to api/ ("adobe.com/aem.json"), or GITHUB
    path: Path
    package: str


def digest(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8")).hexdigest()


def in_our_half(name: str) -> bool:
    return digest(name)[0] in OUR_HALF


def select(cache: Path) -> list[Spec]:
    """Our half of api/'s specs (JSON files; not _index.js), sorted by name, then GitHub's."""
    api = api_folder(cache)
    names = sorted(p.relative_to(api).as_posix() for p in api.rglob("*.json") if p.is_file())
    chosen = [(n, api / n) for n in names if in_our_half(n)]
    chosen.append((GITHUB, github_spec(cache)))
    taken: set[str] = set()
    return [Spec(name, path, package_name(name, taken)) for name, path in chosen]


def package_name(name: str, taken: set[str]) -> str:
    """A plain, unique identifier from the spec's path: ``adobe.com/aem.json`` -> ``adobe_com__aem``."""
    stem = name.removesuffix(".json").replace("/", "__")
    base = re.sub(r"\W", "_", stem.lower(), flags=re.ASCII)[:70]
    base = base if base[:1].isalpha() else f"api_{base}"
    package, n = base, 2
    while package in taken:
        package, n = f"{base}_{n}", n + 1
    taken.add(package)
    return package


def pyright_sample(specs: list[Spec], size: int = PYRIGHT_SAMPLE) -> set[str]:
    """A fixed sample of spec names: the first ``size`` by the sha1 of "pyright:" + name (GitHub's too)."""
    ordered = sorted(specs, key=lambda s: digest("pyright:" + s.name))
    return {s.name for s in ordered[:size]}
