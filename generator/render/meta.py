"""Project metadata beside a package (``--meta pyproject``): a pyproject.toml, so it can be pip installed.

The package folder stays what it was, vendorable as is; the pyproject.toml in it maps the
distribution's package to that folder (setuptools' ``package-dir``) and lists its subpackages
(``models``), with the files type checkers read (``py.typed``, ``__init__.pyi``) as package data.
Spec text reaches the file only through ``toml_str``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import PurePosixPath

import jinja2

from .. import ir
from .contexts import PyprojectContext, render
from .text import toml_str

META_KINDS = ("none", "pyproject")

# PEP 440's public versions, as a spec's info.version is most often written: 1.0.0, 2.1rc1, 3.0.post1.
_PEP440 = re.compile(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$")


def package_version(info_version: str) -> str:
    """``info.version`` as a PEP 440 version: as written if it is one, else its numbers (``2019-09-30`` ->
    ``2019.9.30``), else 0."""
    text = info_version.strip().removeprefix("v")
    if _PEP440.match(text):
        return text
    numbers = [str(int(n)) for n in re.findall(r"\d+", text)]
    return ".".join(numbers) or "0"


def meta_files(
    api: ir.Api, env: jinja2.Environment, meta: str, files: Mapping[str, str], readme: str = ""
) -> dict[str, str]:
    """pyproject.toml for ``meta`` "pyproject"; nothing for "none". ``files``: the package's, by relative path;
    ``readme``: the README's file name, if one is written beside it (the pyproject's ``readme``)."""
    if meta != "pyproject":
        return {}
    context = PyprojectContext(
        header=f"# Generated from {api.spec_file} by the generator (--meta pyproject). Do not edit.",
        api=api,
        name=toml_str(api.package),
        package=toml_str(api.package),
        packages=[toml_str(p) for p in subpackages(api.package, files)],
        folder=api.package,  # an identifier (pipeline.package_name)
        version=toml_str(package_version(api.version)),
        description=toml_str(" ".join(f"Typed client of {api.title} {api.version}".split())),
        dependencies=[toml_str("httpx>=0.28,<1")] if api.http is not None else [],
        readme=toml_str(readme) if readme else "",
    )
    return {"pyproject.toml": render(env, "pyproject.toml.jinja", context)}


def subpackages(package: str, files: Mapping[str, str]) -> list[str]:
    """The dotted names of ``package`` and of every folder of it with an ``__init__.py`` (``<package>.models``)."""
    folders = sorted({PurePosixPath(path).parent for path in files if PurePosixPath(path).name == "__init__.py"})
    return [".".join([package, *folder.parts]) for folder in folders]
