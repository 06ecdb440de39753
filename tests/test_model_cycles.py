"""Classes in a circle of references: modules of their own, which import one another only when decoding needs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from test_model_modules import build, classes_by_module, loaded, obj, spec

from bench.compiled import compiled_modules

# A ring through a union: Node -> Edge -> Shape (Circle | Square) -> Circle -> Node, and Owner <-> Node.
RING: dict[str, Any] = {
    "Node": {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "edges": {"type": "array", "items": {"$ref": "#/components/schemas/Edge"}},
            "owner": {"$ref": "#/components/schemas/Owner"},
        },
    },
    "Edge": {
        "type": "object",
        "properties": {
            "target": {"$ref": "#/components/schemas/Node"},
            "shape": {"$ref": "#/components/schemas/Shape"},
        },
    },
    "Owner": {
        "type": "object",
        "properties": {
            "nodes": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Node"}},
            "best": {"nullable": True, "allOf": [{"$ref": "#/components/schemas/Node"}]},
        },
    },
    "Shape": {
        "oneOf": [{"$ref": "#/components/schemas/Circle"}, {"$ref": "#/components/schemas/Square"}],
        "discriminator": {"propertyName": "kind"},
    },
    "Circle": {
        "type": "object",
        "required": ["kind"],
        "properties": {
            "kind": {"type": "string"},
            "r": {"type": "number"},
            "around": {"$ref": "#/components/schemas/Node"},
        },
    },
    "Square": {
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": {"type": "string"}, "side": {"type": "integer"}},
    },
}

VALUE = {
    "name": "a",
    "edges": [
        {"target": {"name": "b", "edges": []}, "shape": {"kind": "Circle", "r": 1.5, "around": {"name": "c"}}},
        {"shape": {"kind": "Square", "side": 2, "colour": "red"}},
    ],
    "owner": {"nodes": {"x": {"name": "d"}}, "best": None},
    "more": [1, {"two": 2}],
}


def test_a_circle_of_models_is_split_into_modules_and_a_union_keeps_its_members(tmp_path: Path) -> None:
    modules = classes_by_module(build(tmp_path, spec(RING)))
    # Shape's alias is evaluated as its module is made: Circle and Square, which only it uses, sit with it.
    assert modules == {"edge": {"Edge"}, "node": {"Node"}, "owner": {"Owner"}, "shape": {"Circle", "Square"}}


def test_a_module_imports_its_circle_for_type_checkers_only(tmp_path: Path) -> None:
    models = build(tmp_path, spec(RING))
    node = (models / "node.py").read_text(encoding="utf-8")
    assert "if TYPE_CHECKING:\n    from .edge import Edge\n    from .owner import Owner\n" in node
    assert "\nfrom .edge" not in node and "\nfrom .owner" not in node
    shape = (models / "shape.py").read_text(encoding="utf-8")  # Circle's field refers back to Node
    assert "else:\n    Node = _Late(globals(), 'Node', 'node', 'Node')\n".replace("'", '"') in shape
    assert (models / "_late.py").exists()


def test_importing_a_model_of_a_circle_loads_the_others_only_to_decode(tmp_path: Path) -> None:
    build(tmp_path, spec(RING))
    before, after = loaded(tmp_path / "out", "mods_client", "Node")
    assert before == []
    assert after == ["mods_client.models._late", "mods_client.models.node"]


ROUND_TRIP = """
import json, sys
from mods_client import Node
value = json.loads(sys.argv[1])
node = Node.from_dict(value)
assert node.to_dict() == value, node.to_dict()
assert Node.from_json(json.dumps(value)) == node
again = Node.from_dict(value)  # the names are bound now: the same result
assert again == node and again.to_dict() == value
print(sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("mods_client.models.")))
"""


def test_a_circle_split_into_modules_round_trips_exactly(tmp_path: Path) -> None:
    build(tmp_path, spec(RING))
    env = dict(os.environ, PYTHONPATH=str(tmp_path / "out"))
    done = subprocess.run(
        [sys.executable, "-c", ROUND_TRIP, json.dumps(VALUE)], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["['_late',", "'edge',", "'node',", "'owner',", "'shape']"]


def test_a_class_outside_the_circle_is_imported_at_the_top(tmp_path: Path) -> None:
    schemas = {"X": obj(y="Y", z="Z"), "Y": obj(x="X"), "Z": obj(), "W": obj(z="Z")}
    models = build(tmp_path, spec(schemas))
    assert classes_by_module(models) == {"w": {"W"}, "x": {"X"}, "y": {"Y"}, "z": {"Z"}}
    assert "\nfrom .z import Z\n" in (models / "x.py").read_text(encoding="utf-8")
    _, after = loaded(tmp_path / "out", "mods_client", "X")
    assert after == ["mods_client.models._late", "mods_client.models.x", "mods_client.models.z"]


@pytest.mark.slow  # mypy and pyright
def test_a_circle_split_into_modules_is_strict_clean(tmp_path: Path) -> None:
    build(tmp_path, spec(RING))
    package = tmp_path / "out" / "mods_client"
    mypy = [sys.executable, "-m", "mypy", "--strict", str(package)]
    for command in (mypy, [sys.executable, "-m", "pyright", str(package)]):
        done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=tmp_path / "out")
        assert done.returncode == 0, done.stdout + done.stderr


def test_an_enum_of_a_circle_is_imported_at_the_top(tmp_path: Path) -> None:
    """Y decodes with X's inline enum (its member table is made as Y's module is imported): Y imports X's
    module at the top, while X imports Y's late. Both are named by operations, so both keep a module."""
    state = {"type": "string", "enum": ["new", "old"]}
    x = {"type": "object", "properties": {"state": state, "y": {"$ref": "#/components/schemas/Y"}}}
    y = {
        "type": "object",
        "properties": {
            "state": {"$ref": "#/components/schemas/X/properties/state"},
            "x": {"$ref": "#/components/schemas/X"},
        },
    }
    data = spec({"X": x, "Y": y}, returns="X")
    content = {"application/json": {"schema": {"$ref": "#/components/schemas/Y"}}}
    data["paths"]["/other"] = {
        "get": {"operationId": "getY", "responses": {"200": {"description": "ok", "content": content}}}
    }
    models = build(tmp_path, data)
    assert classes_by_module(models) == {"x": {"X", "XState"}, "y": {"Y"}}
    assert "\nfrom .x import X, XState\n" in (models / "y.py").read_text(encoding="utf-8")
    _, after = loaded(tmp_path / "out", "mods_client", "X")
    assert after == ["mods_client.models._late", "mods_client.models.x"]
    env = dict(os.environ, PYTHONPATH=str(tmp_path / "out"))
    value = "{'state': 'new', 'y': {'state': 'old', 'x': {}}}"
    code = f"from mods_client import X; v = {value}; assert X.from_dict(v).to_dict() == v"
    subprocess.run([sys.executable, "-c", code], env=env, check=True)


def test_the_compiled_build_leaves_a_package_with_a_split_circle_python(tmp_path: Path) -> None:
    """mypyc compiles the run-time branch of ``if TYPE_CHECKING: ... else: ...`` as unreachable code."""
    build(tmp_path, spec(RING))
    assert compiled_modules(tmp_path / "out" / "mods_client") == []
    build(tmp_path / "chain", spec({"A": obj(b="B"), "B": obj()}))
    assert "models/a.py" in compiled_modules(tmp_path / "chain" / "out" / "mods_client")
