"""The models/ folder: which module each class goes in, and that importing a class loads only what it needs."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import GENERATED

from generator.ir.walk import describe
from generator.pipeline import generate


def obj(**refs: str) -> dict[str, Any]:
    properties: dict[str, Any] = {"id": {"type": "string"}}
    properties.update({field: {"$ref": f"#/components/schemas/{target}"} for field, target in refs.items()})
    return {"type": "object", "properties": properties}


def spec(schemas: dict[str, Any], returns: str = "") -> dict[str, Any]:
    paths: dict[str, Any] = {}
    if returns:
        content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{returns}"}}}
        paths["/thing"] = {
            "get": {"operationId": "getThing", "responses": {"200": {"description": "ok", "content": content}}}
        }
    return {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def build(tmp_path: Path, data: dict[str, Any], name: str = "mods") -> Path:
    """Generate ``data`` as ``<name>.json``; the package's models/ folder."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    spec_file = tmp_path / f"{name}.json"
    spec_file.write_text(json.dumps(data), encoding="utf-8")
    generate([spec_file], tmp_path / "out")
    return tmp_path / "out" / f"{name}_client" / "models"


def classes_by_module(models: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted(models.glob("*.py")):
        if not path.name.startswith("_"):  # __init__.py, _late.py
            tree = ast.parse(path.read_text(encoding="utf-8"))
            found[path.stem] = {n.name for n in tree.body if isinstance(n, ast.ClassDef)}
    return found


# A uses B, B uses C, D uses C: B has one user (A), C has two.
CHAIN = {"A": obj(b="B"), "B": obj(c="C"), "C": obj(), "D": obj(c="C")}


def test_a_class_only_one_other_uses_sits_in_its_module_and_a_shared_one_has_its_own(tmp_path: Path) -> None:
    assert classes_by_module(build(tmp_path, spec(CHAIN))) == {"a": {"A", "B"}, "c": {"C"}, "d": {"D"}}


def test_a_class_an_operation_names_keeps_a_module_of_its_own(tmp_path: Path) -> None:
    assert classes_by_module(build(tmp_path, spec(CHAIN, returns="B"))) == {
        "a": {"A"},
        "b": {"B"},
        "c": {"C"},
        "d": {"D"},
    }


def test_classes_that_refer_to_each_other_keep_modules_of_their_own(tmp_path: Path) -> None:
    schemas = {"X": obj(y="Y"), "Y": obj(x="X"), "Z": obj(x="X"), "W": obj(y="Y")}
    assert classes_by_module(build(tmp_path, spec(schemas))) == {"w": {"W"}, "x": {"X"}, "y": {"Y"}, "z": {"Z"}}


def test_the_modules_do_not_depend_on_the_order_of_the_schemas(tmp_path: Path) -> None:
    forward = build(tmp_path / "f", spec(CHAIN))
    backward = build(tmp_path / "b", spec(dict(reversed(CHAIN.items()))))
    assert classes_by_module(forward) == classes_by_module(backward)
    files = sorted(p.name for p in forward.iterdir() if p.is_file())
    assert files == sorted(p.name for p in backward.iterdir() if p.is_file())

    def body(path: Path) -> list[str]:  # past the header, which names the spec's path
        return path.read_text(encoding="utf-8").splitlines()[1:]

    # a.py holds A and B in the spec's order; the others are the same text.
    assert [f for f in files if body(forward / f) != body(backward / f)] == ["a.py"]


PROBE = """
import sys
import {package}
before = sorted(m for m in sys.modules if m.startswith("{package}.models."))
from {package} import {name}
after = sorted(m for m in sys.modules if m.startswith("{package}.models."))
print(before, after)
"""


def loaded(where: Path, package: str, name: str) -> tuple[list[str], list[str]]:
    code = PROBE.format(package=package, name=name)
    env = dict(os.environ, PYTHONPATH=str(where))
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    before, after = done.stdout.split("] [")
    return ast.literal_eval(before + "]"), ast.literal_eval("[" + after)


def test_importing_a_model_loads_its_module_and_those_it_refers_to_only(tmp_path: Path) -> None:
    build(tmp_path, spec(CHAIN))
    before, after = loaded(tmp_path / "out", "mods_client", "A")
    assert before == []  # the package alone loads no model
    assert after == ["mods_client.models.a", "mods_client.models.c"]  # not d


@pytest.mark.parametrize("package", ["cycle_client", "azure_ml_client", "otc_ims_client"])
def test_the_names_at_run_time_are_those_type_checkers_read(package: str) -> None:
    """__init__.py finds names lazily, __init__.pyi imports them: the two lists must agree."""
    for folder in (GENERATED / package, GENERATED / package / "models"):
        stub = ast.parse((folder / "__init__.pyi").read_text(encoding="utf-8"))
        (declared,) = [
            n.value for n in stub.body if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == "__all__"
        ]
        module = ".".join(folder.relative_to(GENERATED).parts)
        code = f"import {module} as m; print(repr(m.__all__)); print(repr(sorted(dir(m))))"
        env = dict(os.environ, PYTHONPATH=str(GENERATED))
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        runtime, listed = (ast.literal_eval(line) for line in done.stdout.splitlines())
        assert runtime == ast.literal_eval(declared)
        assert listed == sorted(runtime)


def test_a_blank_description_gives_way_to_the_title() -> None:
    assert describe({"description": "\r\r\n", "title": "The title"}) == "The title"
    assert describe({"description": " Said. ", "title": "The title"}) == "Said."
    assert describe({"title": 8}) == "8" and describe(None) == ""


def inline_get(nested: str) -> dict[str, Any]:
    schema = {"type": "object", "properties": {nested: {"type": "object", "properties": {"x": {"type": "string"}}}}}
    content = {"application/json": {"schema": schema}}
    return {"get": {"responses": {"200": {"description": "ok", "content": content}}}}


def test_the_classes_of_the_root_path_sit_where_their_schemas_are(tmp_path: Path) -> None:
    """The parser names path "/" apart (``#/paths#-...-root-...#/get``): its classes are placed at
    /paths/~1/get/..., not at /paths, which would make every inline class of every path its own."""
    data = spec({})
    data["paths"] = {"/": inline_get("contact"), "/other": inline_get("owner")}
    modules = classes_by_module(build(tmp_path, data))
    assert len(modules) == 2, modules  # one per path, not one of all


def query_enum(name: str, values: list[str]) -> dict[str, Any]:
    parameter = {"name": name, "in": "query", "schema": {"type": "string", "enum": values}}
    return {"get": {"parameters": [parameter], "responses": {"204": {"description": "done"}}}}


def test_the_classes_of_a_path_that_starts_with_a_hash_sit_where_their_schemas_are(tmp_path: Path) -> None:
    """AWS's paths are "/#Action=Run": the parser writes "#/paths#Action=Run/get/..."; their classes
    were all placed at the document's root, so one of them owned the others (EC2: 224 in one module)."""
    data = spec({})
    data["paths"] = {"/#Action=Run": query_enum("Mode", ["a", "b"]), "/#Action=Stop": query_enum("Force", ["c", "d"])}
    modules = classes_by_module(build(tmp_path, data))
    assert len(modules) == 2, modules  # one per path, not one of all
