"""Text from a spec can never inject code: fuzzed specs full of hostile strings generate
packages that parse, import, define only what the spec asked for, and keep the text as data."""

from __future__ import annotations

import ast
import importlib
import inspect
import itertools
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from generator.pipeline import generate
from generator.render.text import docstring, py_str

FRAGMENTS = [
    '"""',
    "'''",
    '"',
    "'",
    "\\",
    "\\N{BULLET}",
    "\\x00",
    "\r",
    "\n",
    "\r\n",
    "\t",
    "\x00",
    "\x1b",
    "\u2028",
    "\u2029",
    "\u200b",
    "\ufeff",
    "{{ x }}",
    "{% if x %}",
    "{#",
    "#",
    "import os",
    "os.system('id')",
    "__import__('os')",
    "class",
    "def",
    "None",
    "lambda",
    ")",
    "]",
    "}",
    ":",
    "\\u2028",
    "é",
    "𝔘",
]

hostile = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)),
    max_size=8,
).map("".join)

schema_names = st.sampled_from(["Thing", "class", "None", "import", "Any", "field", "x-1", "a.b", "_", "9lives"])


def normalized(text: str) -> str:
    """Text as a docstring keeps it: whitespace runs may change, nothing else."""
    return " ".join(text.replace("\t", " ").split())


@given(hostile)
@settings(max_examples=300)
def test_py_str_is_an_exact_literal(text: str) -> None:
    assert ast.literal_eval(py_str(text)) == text


@given(hostile, st.integers(min_value=0, max_value=8))
@settings(max_examples=300)
def test_docstring_is_one_literal_keeping_the_text(text: str, indent: int) -> None:
    literal = docstring(text, indent)
    module = ast.parse(f"def f():\n{' ' * indent}{literal}\n" if indent else literal)
    assert len(module.body) == 1
    value = ast.get_docstring(module.body[0]) if indent else ast.literal_eval(literal)
    assert normalized(inspect.cleandoc(value or "")) == normalized(text.replace("\r\n", "\n"))


_counter = itertools.count()


def hostile_spec(texts: list[str], enum_values: list[str], prop_names: list[str], name: str, package: str) -> Any:
    kind_name = "Kind" if name != "Kind" else "KindOf"
    properties: dict[str, Any] = {
        prop_names[0]: {"type": "string", "description": texts[2], "default": texts[3], "examples": [texts[4]]},
        prop_names[1]: {"$ref": f"#/components/schemas/{kind_name}", "description": texts[5]},
    }
    operation = {
        "operationId": texts[0] or "op",
        "summary": texts[1],
        "description": texts[2],
        "parameters": [
            {"name": prop_names[0], "in": "query", "description": texts[3], "schema": {"type": "string"}},
            {"name": "X-" + prop_names[1], "in": "header", "description": texts[4], "schema": {"type": "string"}},
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
        ],
        "responses": {
            "200": {
                "description": texts[5],
                "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}},
            }
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": texts[0], "version": texts[1], "x-python-package": package},
        "servers": [{"url": "https://example.com/" + texts[6].replace("\n", "")}],
        "paths": {"/things/{id}/" + texts[7].replace("/", "").replace("{", "").replace("}", ""): {"get": operation}},
        "components": {
            "schemas": {
                name: {"type": "object", "title": texts[7], "description": texts[8], "properties": properties},
                kind_name: {"type": "string", "description": texts[9], "enum": enum_values},
            }
        },
    }


ALLOWED_MODULE_NODES = (ast.Import, ast.ImportFrom, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef, ast.AnnAssign)


def _is_fixed_statement(node: ast.stmt) -> bool:
    """``__all__``; client.py's TYPE_CHECKING-only bases (``else``: each is ``object``) and its calls of
    ``install_operations`` with names and string literals; a group module's ``op__streamed = streamed(op__raw)``."""
    if isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == ["__all__"]:
        return True
    if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
        names_object = all(isinstance(n, ast.Assign) and ast.unparse(n.value) == "object" for n in node.orelse)
        return all(isinstance(n, ast.ImportFrom) for n in node.body) and names_object
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        call = node.value
        arguments_fixed = all(isinstance(a, ast.Name | ast.Constant) for a in call.args) and not call.keywords
        return ast.unparse(call.func) == "install_operations" and arguments_fixed
    if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and len(node.value.args) == 1:
        wraps = ast.unparse(node.value.func) in ("streamed", "astreamed")
        return wraps and isinstance(node.value.args[0], ast.Name) and not node.value.keywords
    return False


def assert_only_declarations(source: str) -> set[str]:
    """The module holds imports, classes, functions and fixed statements only; returns the class names."""
    module = ast.parse(source)
    body = module.body[1:] if isinstance(module.body[0], ast.Expr) else module.body
    for node in body:
        assert _is_fixed_statement(node) or isinstance(node, ALLOWED_MODULE_NODES), ast.dump(node)[:200]
    return {node.name for node in body if isinstance(node, ast.ClassDef)}


@pytest.mark.slow  # 25 packages generated
@given(
    texts=st.lists(hostile, min_size=10, max_size=10),
    enum_values=st.lists(hostile, min_size=2, max_size=4, unique=True),  # one value is an open str
    prop_names=st.lists(hostile, min_size=2, max_size=2, unique=True),
    name=schema_names,
)
@settings(max_examples=25, phases=[Phase.explicit, Phase.generate])  # each example generates a package: no shrinking
def test_hostile_spec_generates_a_package_that_keeps_text_as_data(
    tmp_path_factory: pytest.TempPathFactory,
    texts: list[str],
    enum_values: list[str],
    prop_names: list[str],
    name: str,
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    package = f"fuzz_{next(_counter)}_client"
    spec = folder / "hostile.yaml"
    spec.write_text(
        yaml.safe_dump(hostile_spec(texts, enum_values, prop_names, name, package), allow_unicode=False),
        encoding="utf-8",
    )
    out = folder / "out"
    generate([spec], out)

    classes: set[str] = set()
    for path in sorted((out / package / "models").glob("*.py")):
        if path.name != "__init__.py":
            classes |= assert_only_declarations(path.read_text(encoding="utf-8"))
    assert len(classes) == 2
    client_classes = assert_only_declarations((out / package / "client.py").read_text(encoding="utf-8"))
    assert {"Client", "AsyncClient"} <= client_classes
    for path in sorted((out / package).glob("_ops_*.py")):
        assert not assert_only_declarations(path.read_text(encoding="utf-8"))
    for path in (out / package).rglob("*.py*"):
        ast.parse(path.read_text(encoding="utf-8"))

    sys.path.insert(0, str(out))
    try:
        models = importlib.import_module(f"{package}.models")
        client = importlib.import_module(f"{package}.client")
        assert repr(client.Client(base_url="https://example.com")).startswith("Client(")
        thing_class = next(getattr(models, c) for c in classes if not hasattr(getattr(models, c), "__members__"))
        kind_class = next(getattr(models, c) for c in classes if hasattr(getattr(models, c), "__members__"))
        assert sorted(member.value for member in kind_class) == sorted(enum_values)
        assert normalized(inspect.cleandoc(thing_class.__doc__ or "")) == normalized(
            texts[8].replace("\r\n", "\n").strip() or texts[7].replace("\r\n", "\n").strip() or thing_class.__name__
        )
        document = {prop_names[0]: texts[3], prop_names[1]: enum_values[0], "unknown " + texts[0]: [texts[1]]}
        decoded = thing_class.from_dict(document)
        assert decoded.to_dict() == document
    finally:
        sys.path.remove(str(out))
        for module in [m for m in sys.modules if m.startswith(package)]:
            del sys.modules[module]


def test_fuzz_strategy_reaches_the_dangerous_fragments() -> None:
    assert {'"""', "\\", "\n", "\x00", "\u2028", "{{ x }}", "#"} <= set(FRAGMENTS)


def test_output_of_a_hostile_spec_is_in_the_golden_files(root: Path) -> None:
    folder = root / "tests/cases/text/expected/text_client/models"
    source = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.py")) if p.name != "__init__.py")
    assert_only_declarations(source)
    assert "os.system('echo pwned')" in source  # present, but only inside a docstring
    module = ast.parse(source)
    calls = [n for n in ast.walk(module) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "system"]
    assert calls == []
