"""A package's README.md (issue 24 item 5): written when asked, from the IR, its examples valid and real.

Every ```python block of the READMEs of generated/ and of inline specs compiles, and the names it uses
exist: each module and name it imports, each client method it calls, with keyword arguments the method
takes. Spec text can't break out of the README's Markdown (tests/readme/ is the golden case).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT, run_generator
from inline import InlineSpecs

from generator.render.markdown import code_span, markdown_line, markdown_text

PACKAGES = ("cycle_client", "azure_ml_client", "otc_ims_client")
GOLDEN = ROOT / "tests" / "readme"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
_FENCE = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)


def python_blocks(readme: str) -> list[str]:
    return _FENCE.findall(readme)


def used_names_exist(code: str, package: ModuleType) -> None:
    """Each import of the package resolves, and each call of a client method names one, with its arguments."""
    client = importlib.import_module(f"{package.__name__}.client")
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == package.__name__:
            module = importlib.import_module(node.module or "")
            for alias in node.names:
                assert hasattr(module, alias.name), f"{node.module} has no {alias.name}"
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner, method = node.func.value, node.func.attr
        if isinstance(owner, ast.Attribute) and owner.attr == "with_raw_response":
            classes = [client.ClientWithRawResponse, client.AsyncClientWithRawResponse]
        elif isinstance(owner, ast.Name) and owner.id in ("client", "quick"):
            classes = [client.Client, client.AsyncClient]
        else:
            continue
        for cls in classes:
            assert hasattr(cls, method), f"{cls.__name__} has no {method}"
            parameters = inspect.signature(getattr(cls, method)).parameters
            for keyword in node.keywords:
                assert keyword.arg in parameters, f"{cls.__name__}.{method} takes no {keyword.arg}="


def check_readme(readme: str, package: ModuleType) -> None:
    blocks = python_blocks(readme)
    assert blocks, "no python example"
    for block in blocks:
        compile(block, "README.md", "exec")
    compile("\n".join(blocks), "README.md", "exec")  # the blocks in order make one program
    used_names_exist("\n".join(blocks), package)
    assert readme.count("\n```") % 2 == 0  # every fence closed


@pytest.mark.parametrize("package", PACKAGES)
def test_the_readmes_of_generated_have_examples_that_compile_and_name_what_exists(package: str) -> None:
    readme = (ROOT / "generated" / package / "README.md").read_text(encoding="utf-8")
    sys.path.insert(0, str(ROOT / "generated"))
    try:
        check_readme(readme, importlib.import_module(package))
    finally:
        sys.path.remove(str(ROOT / "generated"))
    assert f"from {package} import Client" in readme


def test_the_golden_readme(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """tests/readme/spec.yaml gives exactly tests/readme/README.md (``make golden`` refreshes it)."""
    monkeypatch.chdir(ROOT)
    done = run_generator("tests/readme/spec.yaml", "--out", tmp_path, "--quiet")
    assert done.returncode == 0, done.stderr
    actual = (tmp_path / "kennel_client" / "README.md").read_text(encoding="utf-8")
    if UPDATE:
        (GOLDEN / "README.md").write_text(actual, encoding="utf-8")
    assert actual == (GOLDEN / "README.md").read_text(encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        check_readme(actual, importlib.import_module("kennel_client"))
    finally:
        sys.path.remove(str(tmp_path))
    # the spec's examples, by parameter, by schema, from a parameter's examples and a schema's default
    assert 'client.get_pet(pet_id="p-1", x_trace=7)' in actual
    assert 'client.list_pets(size="big")' in actual and "hard=False" in actual
    assert "get_owner" not in actual  # a date-time argument: no simple example
    assert "create_pet" not in actual  # a model body
    assert "client.paginate_list_pets(" in actual


HOSTILE = """
    openapi: 3.1.0
    info:
      title: "```\\n<script>alert(1)</script> # T | x"
      version: "1`"
      description: |
        ```python
        import os; os.system("rm -rf /")
        ```
        ~~~
        <img src=x onerror=alert(1)>
        # Heading
        - item
        1. item
        ---
        [click](javascript:alert(1)) and <http://x> &amp; *bold* | a | b |
        ````
    servers: [{url: "https://h/`x`"}]
    components:
      securitySchemes:
        k: {type: apiKey, in: header, name: "X-`Key`", description: "```\\n# x"}
    security: [{k: []}]
    paths:
      /a/{id}:
        get:
          operationId: getA
          summary: "```\\n<script>x</script>"
          parameters:
            - {name: id, in: path, required: true, schema: {type: string}, example: "```\\nimport os"}
            - {name: q, in: query, required: true, schema: {type: string}, example: "a`b"}
          responses: {"200": {description: ok, content: {text/plain: {schema: {type: string}}}}}
"""


def test_spec_text_cannot_break_out_of_the_readmes_markdown(generated: InlineSpecs) -> None:
    package = generated(HOSTILE, config="readme: true")
    readme = (Path(package.__file__).parent / "README.md").read_text(encoding="utf-8")
    check_readme(readme, package)
    fences = [line for line in readme.splitlines() if line.lstrip().startswith(("```", "~~~"))]
    assert fences == ["```sh", "```", *["```python", "```"] * 5], fences  # only ours
    headings = [line for line in readme.splitlines() if line.startswith("#")]
    assert all(h.startswith(("# \\`", "## ", "### ")) for h in headings), headings
    assert "<script" not in readme and "<img" not in readme and "javascript:" not in readme
    assert "os.system" not in "".join(python_blocks(readme))
    assert 'client.get_a(id="...", q="...")' in readme  # examples with a backtick or line break: placeholders


def test_markdown_text_keeps_the_words_and_escapes_the_syntax() -> None:
    assert markdown_line("Pets <b>API</b> *v2*") == "Pets API \\*v2\\*"
    assert markdown_line("# Title") == "Title"
    assert markdown_line("- item") == "\\- item" and markdown_line("1. x") == "1\\. x"
    assert markdown_line("send `Bearer <key>` | a") == "send `Bearer <key>` \\| a"
    assert markdown_text("one\ntwo\n\nthree") == "one two\n\nthree"
    assert markdown_text("word " * 200, limit=50).endswith(" …")
    assert markdown_text("a\n\n" + "b" * 100, limit=50) == "a"
    assert code_span("a ``b`` c") == "```a ``b`` c```" and code_span("`x") == "`` `x ``"


def test_a_readme_is_written_with_meta_pyproject_or_readme_or_the_config(tmp_path: Path) -> None:
    spec = tmp_path / "specs" / "tiny.yaml"
    spec.parent.mkdir()
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: Tiny, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: getA\n"
        "      responses: {'204': {description: none}}\n",
        encoding="utf-8",
    )

    def generate(*options: str) -> Path:
        out = tmp_path / f"out{len(list(tmp_path.glob('out*')))}"
        done = run_generator(spec, "--out", out, "--quiet", *options)
        assert done.returncode == 0, done.stderr
        return out / "tiny_client"

    assert not (generate() / "README.md").exists()
    assert (generate("--readme") / "README.md").is_file()
    package = generate("--meta", "pyproject")
    assert 'readme = "README.md"' in (package / "pyproject.toml").read_text(encoding="utf-8")
    readme = (package / "README.md").read_text(encoding="utf-8")
    assert "pip install path/to/tiny_client" in readme and "client.get_a()  # -> None" in readme
    assert "README.md" in (package / ".generated-by.json").read_text(encoding="utf-8")
    (tmp_path / "specs" / "tiny.config.yaml").write_text("readme: false\n", encoding="utf-8")
    package = generate("--meta", "pyproject", "--readme")
    assert not (package / "README.md").exists()
    assert "readme =" not in (package / "pyproject.toml").read_text(encoding="utf-8")
    (tmp_path / "specs" / "tiny.config.yaml").write_text("readme: yes please\n", encoding="utf-8")
    done = run_generator(spec, "--out", tmp_path / "bad")
    assert done.returncode == 1 and "tiny.config.yaml:1: /readme: error: expected true or false" in done.stderr


def test_the_readme_states_the_clients_defaults() -> None:
    sys.path.insert(0, str(ROOT / "generated"))
    try:
        _http = importlib.import_module("cycle_client._http")
        _transfer = importlib.import_module("cycle_client._transfer")
    finally:
        sys.path.remove(str(ROOT / "generated"))
    readme = (ROOT / "generated" / "cycle_client" / "README.md").read_text(encoding="utf-8")
    assert _http.DEFAULT_TIMEOUT == 60.0 and "`timeout` (60 seconds)" in readme
    assert _http.DEFAULT_MAX_RETRIES == 2 and "(2 by default)" in readme
    assert _transfer.DEFAULT_MAX_RESPONSE_BYTES == 64 * 2**20 and "64 MiB" in readme
    assert _http.DEFAULT_MAX_PAGES == 1000 and "at most 1,000 pages" in readme


@pytest.mark.slow
def test_the_readme_examples_of_generated_type_check_strictly(tmp_path: Path) -> None:
    """The blocks of each README, in order, are one program mypy --strict accepts (names, arguments, types)."""
    files = []
    for package in PACKAGES:
        readme = (ROOT / "generated" / package / "README.md").read_text(encoding="utf-8")
        files.append(tmp_path / f"readme_{package}.py")
        files[-1].write_text("\n".join(python_blocks(readme)), encoding="utf-8")
    env = {**os.environ, "MYPYPATH": str(ROOT / "generated")}
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *map(str, files)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_streaming_operation_gets_a_streaming_example(tmp_path: Path) -> None:
    """tests/features/streaming.yaml streams events: its README shows one, naming a real method; ours don't stream."""
    done = run_generator(ROOT / "tests" / "features" / "streaming.yaml", "--out", tmp_path, "--readme", "--quiet")
    assert done.returncode == 0, done.stderr
    (folder,) = [p for p in tmp_path.iterdir() if (p / "README.md").exists()]
    readme = (folder / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Streaming", 1)[1].split("\n## ", 1)[0]
    assert "for item in stream:" in section
    sys.path.insert(0, str(tmp_path))
    try:
        check_readme(readme, importlib.import_module(folder.name))
    finally:
        sys.path.remove(str(tmp_path))
    for package in PACKAGES:
        assert "## Streaming" not in (ROOT / "generated" / package / "README.md").read_text(encoding="utf-8")
