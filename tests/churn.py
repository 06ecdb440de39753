"""Spec edits a user makes, and which generated lines they change (for test_churn.py).

Each edit is made on the spec's data, both versions are written as JSON (under the same file
name, so headers agree) and generated. ``shape`` reads each generated module as a reviewer
reads its diff: the definitions (a class's methods apart from it), in order, and the lines
between them (imports, export lists); ``changes`` says which were added, removed or changed,
so a test can say exactly what an edit may touch, whatever a line diff's alignment shows.
"""

from __future__ import annotations

import ast
import copy
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.pipeline import generate

PROBE = "ChurnProbe"  # every name an edit adds holds it


@dataclass(frozen=True)
class Shape:
    """A generated package as a reviewer reads its diff: definitions by name, in order, and the lines between."""

    definitions: dict[str, str]  # "models.py:Image", "client.py:Client.get_image" -> its text
    order: list[str]  # the definitions' names in file order
    loose: Counter[str]  # lines in no definition (imports, export lists), as "file: text"


@dataclass(frozen=True)
class Changes:
    added: list[str]
    removed: list[str]
    changed: list[str]  # definitions whose text differs
    loose_added: list[str]
    loose_removed: list[str]


def read_spec(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    data = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=yaml.CSafeLoader)
    assert isinstance(data, dict)
    return data


def generate_as(data: dict[str, Any], folder: Path, stem: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Generate ``data`` as the spec ``<folder>/<stem>.json``; the package's files by name."""
    folder.mkdir(parents=True)
    (folder / f"{stem}.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.chdir(folder)
    result = generate([Path(f"{stem}.json")], Path("out"))
    package = folder / "out" / result.packages[0]
    return {
        p.relative_to(package).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(package.rglob("*.py*"))
        if p.suffix in (".py", ".pyi")
    }


def shape(files: dict[str, str]) -> Shape:
    """The definitions of every module: top-level ones, and each method (or attribute assigned in the class
    body, as the streaming-response views' operations are) of a class apart from the class."""
    definitions: dict[str, str] = {}
    order: list[str] = []
    loose: Counter[str] = Counter()
    for file, source in sorted(files.items()):
        lines = source.splitlines()
        covered: set[int] = set()
        for node in ast.parse(source).body:
            name = _defined_name(node)
            if not name or name in ("__all__", "_NAMES_BY_MODULE", "_OPERATIONS", "_PAGERS"):  # name lists: by line
                continue
            span = _span(node)
            covered |= span
            inner = [n for n in getattr(node, "body", []) if _member_name(n)]
            own = set(span)
            for method in inner if isinstance(node, ast.ClassDef) else []:
                key = f"{file}:{name}.{_member_name(method)}"
                definitions[key] = "\n".join(lines[i - 1] for i in sorted(_span(method)))
                order.append(key)
                own -= _span(method)
            definitions[f"{file}:{name}"] = "\n".join(lines[i - 1] for i in sorted(own) if lines[i - 1].strip())
            order.append(f"{file}:{name}")
        loose.update(f"{file}: {line}" for i, line in enumerate(lines, 1) if i not in covered and line.strip())
    return Shape(definitions, order, loose)


def changes(before: Shape, after: Shape) -> Changes:
    old, new = before.definitions, after.definitions
    return Changes(
        added=sorted(new.keys() - old.keys()),
        removed=sorted(old.keys() - new.keys()),
        changed=sorted(k for k in old.keys() & new.keys() if old[k] != new[k]),
        loose_added=sorted((after.loose - before.loose).elements()),
        loose_removed=sorted((before.loose - after.loose).elements()),
    )


def _member_name(node: ast.AST) -> str:
    """A method's name, or a class attribute's (``get_image = streamed(...)``): each a definition of its own."""
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        return node.name
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        return node.targets[0].id
    return ""


def _span(node: ast.AST) -> set[int]:
    first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])  # type: ignore[attr-defined]
    return set(range(first, (node.end_lineno or node.lineno) + 1))  # type: ignore[attr-defined]


def _defined_name(node: ast.AST) -> str:
    if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
        return node.name
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        return node.targets[0].id
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id
    return ""


# --- the edits --------------------------------------------------------------------------


def schemas(data: dict[str, Any]) -> dict[str, Any]:
    found = data.setdefault("components", {}).setdefault("schemas", {})
    assert isinstance(found, dict)
    return found


def object_schemas(data: dict[str, Any]) -> list[str]:
    """Names of the component schemas that are plain objects with properties (no allOf, oneOf)."""
    return [
        name
        for name, s in schemas(data).items()
        if isinstance(s, dict) and isinstance(s.get("properties"), dict) and not {"allOf", "oneOf", "anyOf"} & set(s)
    ]


def add_schema_first(data: dict[str, Any]) -> dict[str, Any]:
    """A new schema at the top of components, with inline members named like many others (state, events)."""
    edited = copy.deepcopy(data)
    probe = {
        "type": "object",
        "description": "Added by the churn test.",
        "properties": {
            "state": {
                "type": "object",
                "properties": {"current": {"type": "string", "enum": ["new", "live", "deleted"]}},
            },
            "events": {"type": "object", "properties": {"created": {"type": "string", "format": "date-time"}}},
            "items": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}},
        },
    }
    edited["components"]["schemas"] = {PROBE: probe, **schemas(edited)}
    return edited


def add_optional_property(target: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def edit(data: dict[str, Any]) -> dict[str, Any]:
        edited = copy.deepcopy(data)
        schemas(edited)[target]["properties"]["churn_probe"] = {"type": "string", "description": "Added."}
        return edited

    return edit


def add_operation(data: dict[str, Any]) -> dict[str, Any]:
    """A new GET operation whose 200 response is an inline object."""
    edited = copy.deepcopy(data)
    response = {"type": "object", "properties": {"id": {"type": "string"}, "size": {"type": "integer"}}}
    edited.setdefault("paths", {})["/churn-probe"] = {
        "get": {
            "operationId": "getChurnProbe",
            "summary": "Added by the churn test.",
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": response}}}},
        }
    }
    return edited


def swap_schemas(first: str, second: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def edit(data: dict[str, Any]) -> dict[str, Any]:
        edited = copy.deepcopy(data)
        names = list(schemas(edited))
        i, j = names.index(first), names.index(second)
        names[i], names[j] = names[j], names[i]
        edited["components"]["schemas"] = {name: schemas(edited)[name] for name in names}
        return edited

    return edit
