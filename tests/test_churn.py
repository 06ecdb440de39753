"""A spec edit changes only the generated lines of what it adds or moves (names come from places).

On the three seed specs and on Cycle's own 1,900-class spec: a schema added at the top of
components (with inline members named like many others), an optional property, an operation,
and two schemas swapped. Every changed line must stand in (or name) what the edit touched.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from churn import (
    PROBE,
    Changes,
    add_operation,
    add_optional_property,
    add_schema_first,
    changes,
    generate_as,
    object_schemas,
    read_spec,
    shape,
    swap_schemas,
)
from conftest import ROOT

pytestmark = pytest.mark.slow  # each spec generated twice per edit: minutes for the corpus spec, 15 s for the seeds

CYCLE_CORPUS = ROOT.parent / "shared" / "corpus" / "cycle-api-spec" / "_bundled" / "platform.yml"
SPECS = {
    "cycle": ROOT / "specs" / "cycle.yaml",
    "azure_ml": ROOT / "specs" / "azure_ml.yaml",
    "otc_ims": ROOT / "specs" / "otc_ims.yaml",
    "cycle_corpus": CYCLE_CORPUS,
}
EDITS = ("add_schema", "add_property", "add_operation", "swap_schemas")


def _spec(name: str) -> dict[str, Any]:
    path = SPECS[name]
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI runs with ../shared beside the project")
        pytest.skip(f"{path} is not here (../shared/corpus is beside the project in CI)")
    return read_spec(path)


def _bracket(loose_line: str) -> bool:
    """A line that only closes a bracket (of a new multi-line import) says nothing of its own."""
    return loose_line.split(":", 1)[1].strip() in (")", "]", "}", "),", "],")


def _names_probe(text: str) -> bool:
    return PROBE.lower() in text.lower().replace("_", "")


def _edit(name: str, edit: str, data: dict[str, Any]) -> tuple[Callable[[dict[str, Any]], dict[str, Any]], list[str]]:
    objects = object_schemas(data)
    if edit == "add_schema":
        return add_schema_first, []
    if edit == "add_property":
        return add_optional_property(objects[0]), objects[:1]
    if edit == "add_operation":
        return add_operation, []
    return swap_schemas(objects[0], objects[1]), objects[:2]


@pytest.mark.parametrize("edit", EDITS)
@pytest.mark.parametrize("spec", sorted(SPECS))
def test_an_edit_changes_only_its_own_lines(spec: str, edit: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    data = _spec(spec)
    change, touched = _edit(spec, edit, data)
    stem = SPECS[spec].stem
    before = generate_as(data, tmp_path / "before", stem, monkeypatch)
    after = generate_as(change(data), tmp_path / "after", stem, monkeypatch)
    old, new = shape(before), shape(after)
    found = changes(old, new)
    if edit in ("add_schema", "add_operation"):
        assert found.added, "the edit added nothing to the generated package"
        assert [name for name in found.added if not _names_probe(name)] == []
        assert found.removed == found.changed == found.loose_removed == []
        assert [line for line in found.loose_added if not _names_probe(line) and not _bracket(line)] == []
    elif edit == "add_property":
        (target,) = touched
        assert found.changed, "the edit changed nothing in the generated package"
        assert [
            n
            for n in found.changed
            if not n.startswith("models/") or n.split(":", 1)[1].split(".")[0] not in (target, f"_{target}_wire_names")
        ] == []
        assert any("churn_probe" in new.definitions[name] for name in found.changed)
        assert found.added == found.removed == found.loose_removed == []
        home = {n.split(":", 1)[0] for n in found.changed}  # the target's module may import what the property needs
        assert [line for line in found.loose_added if line.split(":", 1)[0] not in home] == []
    else:
        assert found == Changes([], [], [], [], []), "a reorder changed definitions instead of moving them"
        # A schema's class has a module of its own, so a swap of two schemas may move nothing at all.
        untouched = [n for n in old.order if not n.split(":", 1)[1].lstrip("_").startswith(tuple(touched))]
        assert untouched == [n for n in new.order if n in set(untouched)], "definitions not swapped moved too"
