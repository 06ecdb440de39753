"""client.py's imports are declared once (render/client_names.py) and the template places them:
the names client.py binds and the list a model must not shadow are one and the same."""

from __future__ import annotations

import ast
import builtins
from pathlib import Path

from generator.pipeline import build_spec
from generator.render.client_names import CLIENT_EXPORTS, CLIENT_MODULE_NAMES, client_imports_text
from generator.render.package import render_api

SPECS = Path(__file__).parent.parent / "specs"
TEMPLATE = Path(__file__).parent.parent / "templates" / "client.py.jinja"
OPERATIONS_TEMPLATE = TEMPLATE.with_name("operations.py.jinja")  # the group modules (_ops_<group>.py)


def _bound(tree: ast.Module) -> set[str]:
    """The names the module's top level binds, but those of ``from .models import ...``."""
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == "models" and node.level == 1:
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            found.add(node.name)
        elif isinstance(node, ast.Assign):
            found.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found.add(node.target.id)
    return found


def test_client_py_binds_exactly_the_names_a_model_may_not_take() -> None:
    """Rendered (before ruff prunes the unused imports), client.py binds every name of the list and,
    but its private ones, nothing else: a name added to the template alone fails here."""
    text = render_api(build_spec(SPECS / "cycle.yaml"))["client.py"]
    bound = _bound(ast.parse(text))
    public = {name for name in bound if not name.startswith("_")}
    assert public - CLIENT_MODULE_NAMES == set()
    builtin = {name for name in dir(builtins) if not name.startswith("_")}
    assert CLIENT_MODULE_NAMES - builtin - public == set()
    assert set(CLIENT_EXPORTS) <= public


def test_the_template_imports_nothing_of_its_own() -> None:
    """Every import of client.py and of the group modules comes from the declaration, so the list can't fall
    behind the templates; client.py imports no model (the group modules do, those of their operations)."""
    for template, models in ((TEMPLATE, []), (OPERATIONS_TEMPLATE, ["from .models import ("])):
        lines = template.read_text(encoding="utf-8").splitlines()
        own = [line for line in lines if line.startswith(("import ", "from ")) and "__future__" not in line]
        assert own == models
        assert "{{ client_imports }}" in lines
    assert "from ._http import (\n" in client_imports_text()
