"""Locator finds each of datamodel-code-generator's reference paths in the spec (models/places.py).

Places reached inside a schema are kept and later paths that continue them resume there; that
must give exactly what following each path from the document's root gives.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, SPECS

from generator import pipeline
from generator.load.files import FileCache, load_file
from generator.models import places

FEATURES = ROOT / "tests" / "features"


def recorded_paths(spec: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[places.Locator, str]]:
    """Every reference path the models stage asks a Locator for while generating ``spec``."""
    asked: list[tuple[places.Locator, str]] = []
    original = places.Locator.place

    def place(self: places.Locator, path: str) -> places.Place:
        asked.append((self, path))
        return original(self, path)

    with monkeypatch.context() as patch:
        patch.setattr(places.Locator, "place", place)
        pipeline.generate([spec], Path(tempfile.mkdtemp()))
    return asked


@pytest.mark.parametrize(
    "spec", [SPECS / "cycle.yaml", SPECS / "azure_ml.yaml", *sorted(FEATURES.glob("*.yaml"))], ids=lambda p: p.name
)
def test_a_path_resumed_from_a_kept_prefix_is_found_where_a_walk_from_the_root_finds_it(
    spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = recorded_paths(spec, monkeypatch)
    assert asked
    shared: dict[int, places.Locator] = {}
    resumed: list[object] = []
    resume = places._Walk.resume

    def counted(self: places._Walk, walked: dict[tuple[int, str], tuple[places.Place, str]]) -> object:
        state = resume(self, walked)
        resumed.extend([state] if state is not None else [])
        return state

    monkeypatch.setattr(places._Walk, "resume", counted)
    for locator, path in asked:
        alone = places.Locator(locator.spec, locator.files).place(path)  # nothing kept: from the root
        together = shared.setdefault(id(locator), places.Locator(locator.spec, locator.files))
        found = together.place(path)
        assert (found.file.path, found.pointer, found.exact) == (alone.file.path, alone.pointer, alone.exact), path
    if spec.name in ("openapi30.yaml", "discriminators.yaml", "http.yaml"):
        assert resumed  # the shared locator did resume paths there


def test_a_document_key_made_of_several_tokens_is_still_the_longest_that_fits() -> None:
    """``/paths/v1/images/{id}`` is the key ``/v1/images/{id}``, not ``/v1`` nor ``/v1/images``, even once
    those shorter keys' prefixes were followed."""
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/v1": {"get": {"responses": {"200": {"description": "ok"}}}},
            "/v1/images": {"get": {"responses": {"200": {"description": "ok"}}}},
            "/v1/images/{id}": {"get": {"responses": {"200": {"description": "ok"}}}},
        },
    }
    folder = Path(tempfile.mkdtemp())
    (folder / "spec.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    loaded = load_file(folder / "spec.yaml", "spec.yaml")
    locator = places.Locator(loaded, FileCache(loaded))
    for path, pointer in [
        ("#/paths/v1/get", "/paths/~1v1/get"),
        ("#/paths/v1/images/get", "/paths/~1v1~1images/get"),
        ("#/paths/v1/images/{id}/get", "/paths/~1v1~1images~1{id}/get"),
    ]:
        assert locator.place(path).pointer == pointer
