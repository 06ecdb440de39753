"""``generated(spec)``: a spec written in the test beside it, generated and imported as a package.

The ``generated`` fixture (conftest.py) is an ``InlineSpecs``: call it with a spec's YAML text
(indented as you like) and get the package module back, generated in-process by
``generator.pipeline.generate`` into the session's temporary folder::

    def test_a_nullable_enum_property_admits_null(generated: InlineSpecs) -> None:
        pkg = generated('''
            openapi: 3.1.0
            info: {title: T, version: "1"}
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    size: {type: [string, "null"], enum: [small, big, null]}
        ''')
        assert pkg.Pet.from_dict({"size": None}).size is None

Each package is named after a hash of its text (``inline_<hash>_client``), so specs never clash;
the same text in several tests is generated once per test process. A spec that fails to generate
fails the test with its diagnostics; ``warnings(spec)`` lists what it warned about.
"""

from __future__ import annotations

import hashlib
import importlib
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import pytest

from generator.ir.diagnostics import SpecError
from generator.pipeline import generate


@dataclass
class _Package:
    module: ModuleType
    warnings: list[str]


@dataclass
class InlineSpecs:
    """Generates inline specs into ``folder``, each once, and imports their packages."""

    folder: Path
    _done: dict[str, _Package] = field(default_factory=dict)

    def __call__(self, spec: str, *, config: str = "") -> ModuleType:
        """The package of ``spec`` (YAML or JSON text), with ``config`` as its ``<stem>.config.yaml``."""
        return self._package(spec, config).module

    def warnings(self, spec: str, *, config: str = "") -> list[str]:
        """The warnings generating ``spec`` gave, each ``file:line: pointer: warning: message``."""
        return self._package(spec, config).warnings

    def _package(self, spec: str, config: str) -> _Package:
        spec, config = textwrap.dedent(spec).strip() + "\n", textwrap.dedent(config).strip()
        key = spec + "\0" + config
        if key not in self._done:
            self._done[key] = self._generate(spec, config)
        return self._done[key]

    def _generate(self, spec: str, config: str) -> _Package:
        stem = "inline_" + hashlib.sha256((spec + "\0" + config).encode("utf-8")).hexdigest()[:12]
        folder = self.folder / stem
        folder.mkdir()
        (folder / f"{stem}.yaml").write_text(spec, encoding="utf-8")
        if config:
            (folder / f"{stem}.config.yaml").write_text(config + "\n", encoding="utf-8")
        try:
            result = generate([folder / f"{stem}.yaml"], folder / "out")
        except SpecError as exc:
            numbered = "".join(f"{n:4} | {line}\n" for n, line in enumerate(spec.splitlines(), 1))
            problems = "\n".join(map(str, exc.diagnostics))
            pytest.fail(f"the inline spec doesn't generate:\n{problems}\n\n{numbered}", pytrace=False)
        (package,) = result.packages
        sys.path.insert(0, str(folder / "out"))
        importlib.invalidate_caches()
        module = importlib.import_module(package)
        importlib.import_module(f"{package}.models")  # so that pkg.models is there too
        return _Package(module, [str(w) for w in result.warnings])
