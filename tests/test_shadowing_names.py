"""Property names that are also names a generated class body uses (builtins, typing names,
the runtime's helpers) must not break the class: it type-checks, decodes and encodes exactly.

A field is a class attribute, so a property called ``object`` or ``str`` would otherwise hide
the builtin from the annotations written after it (``def __eq__(self, other: object)``).
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import run_generator

from generator.ir.naming import RESERVED_ATTRIBUTES

# Everything a class body names, plus the parameters of its methods.
CLASS_BODY_NAMES = sorted(RESERVED_ATTRIBUTES | {"object", "self", "cls", "data", "key", "other", "type"})


def spec() -> dict[str, Any]:
    kinds = [
        {"type": "string"},
        {"type": "integer"},
        {"type": "string", "format": "date-time"},
        {"$ref": "#/components/schemas/Colour"},
        {"type": "array", "items": {"type": "number"}},
    ]
    properties = {name: kinds[i % len(kinds)] for i, name in enumerate(CLASS_BODY_NAMES)}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Shadows", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "Colour": {"type": "string", "enum": ["red", "green"]},
                "Shadows": {"type": "object", "required": CLASS_BODY_NAMES[:3], "properties": properties},
            }
        },
    }


def document() -> dict[str, Any]:
    samples = ["text", 7, "2024-01-02T03:04:05.1234567Z", "green", [1.5, 2]]
    return {name: samples[i % len(samples)] for i, name in enumerate(CLASS_BODY_NAMES)}


@pytest.mark.slow  # mypy
def test_class_body_names_as_properties_type_check_and_round_trip(tmp_path: Path) -> None:
    source = tmp_path / "shadows.yaml"
    source.write_text(yaml.safe_dump(spec()))
    out = tmp_path / "out"
    done = run_generator(source, "--out", out, "--quiet")
    assert done.returncode == 0, done.stderr

    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "shadows_client"],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout

    sys.path.insert(0, str(out))
    try:
        importlib.invalidate_caches()
        models = importlib.import_module("shadows_client.models")
        wire = document()
        value = models.Shadows.from_dict(wire)
        assert value.to_dict() == wire
        assert value.additional_properties == {}
        assert value == models.Shadows.from_dict(wire)
    finally:
        sys.path.remove(str(out))


def test_every_name_a_class_body_annotation_uses_is_reserved(tmp_path: Path) -> None:
    """The names of the annotations a model's class body evaluates in class scope (its fields', its methods')
    are all RESERVED_ATTRIBUTES, so no property can hide one (``__reduce__ -> tuple[...]`` beside a ``tuple``)."""
    source = tmp_path / "shadows.yaml"
    source.write_text(yaml.safe_dump(spec()))
    done = run_generator(source, "--out", tmp_path / "out", "--quiet")
    assert done.returncode == 0, done.stderr
    module = ast.parse((tmp_path / "out" / "shadows_client" / "models" / "shadows.py").read_text(encoding="utf-8"))
    model = next(n for n in module.body if isinstance(n, ast.ClassDef) and n.name == "Shadows")
    annotations: list[ast.expr | None] = []
    for node in model.body:
        if isinstance(node, ast.AnnAssign):
            annotations.append(node.annotation)
        elif isinstance(node, ast.FunctionDef):
            arguments = node.args.args + node.args.kwonlyargs + node.args.posonlyargs
            annotations += [a.annotation for a in arguments] + [node.returns]
            annotations += [d for d in node.decorator_list if isinstance(d, ast.Name)]
    used = {n.id for a in annotations if a is not None for n in ast.walk(a) if isinstance(n, ast.Name)}
    assert used - RESERVED_ATTRIBUTES - {"Shadows", "Colour"} == set()
