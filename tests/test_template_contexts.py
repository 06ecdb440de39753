"""Each template is rendered from its typed context (render/contexts.py), the API of a user's override."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any, ClassVar

import jinja2
import jinja2.meta
import pytest
from conftest import ROOT

from generator import ir
from generator.pipeline import build_spec
from generator.render.contexts import TEMPLATE_CONTEXTS, LogsContext, render
from generator.render.environment import TEMPLATES, environment
from generator.render.meta import meta_files
from generator.render.package import render_api
from generator.render.readme import readme_files

# Paths and webhooks: a package of it has every file a template makes.
SPEC = Path(__file__).resolve().parent / "features" / "nullable_members31.yaml"


def _field_names(context: type[Any]) -> set[str]:
    return {f.name for f in dataclasses.fields(context)}


def test_every_template_has_a_context() -> None:
    assert sorted(p.name for p in TEMPLATES.glob("*.jinja")) == sorted(TEMPLATE_CONTEXTS)


@pytest.mark.parametrize("name", sorted(TEMPLATE_CONTEXTS))
def test_a_template_reads_only_names_its_context_defines(name: str) -> None:
    env = environment()
    source = (TEMPLATES / name).read_text(encoding="utf-8")
    read = jinja2.meta.find_undeclared_variables(env.parse(source))
    assert read, name  # the check below is not vacuous
    assert read <= _field_names(TEMPLATE_CONTEXTS[name]), name


class _Recorded(jinja2.Template):
    """A template that records the variables it is rendered with."""

    renders: ClassVar[list[tuple[str, set[str]]]] = []

    def render(self, *args: Any, **kwargs: Any) -> str:
        _Recorded.renders.append((str(self.name), set(dict(*args, **kwargs))))
        return super().render(*args, **kwargs)


def test_each_template_is_rendered_from_its_context(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_Recorded, "renders", [])
    env = environment()
    env.template_class = _Recorded
    env.bytecode_cache = None
    api = build_spec(SPEC)
    files = render_api(api, env)
    files |= meta_files(api, env, "pyproject", files, "README.md") | readme_files(api, env, True, True)
    assert {"client.py", "_logs.py", "webhooks.py", "pyproject.toml", "models/__init__.pyi", "README.md"} <= set(files)
    rendered = {name for name, _ in _Recorded.renders}
    assert rendered == set(TEMPLATE_CONTEXTS)  # every template, under StrictUndefined
    for name, variables in _Recorded.renders:
        assert variables == _field_names(TEMPLATE_CONTEXTS[name]), name


def test_a_users_template_reading_a_name_its_context_lacks_fails(tmp_path: Path) -> None:
    (tmp_path / "logs.py.jinja").write_text("{{ header }}\n{{ operations }}\n", encoding="utf-8")
    context = LogsContext("# a header", ir.Api("p", "p.yaml", "P", "1", ""))
    with pytest.raises(jinja2.UndefinedError, match="operations"):
        render(environment(tmp_path), "logs.py.jinja", context)


def test_docs_list_every_field_of_every_context() -> None:
    docs = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = docs.split("## The template-override API", 1)[1].split("\n## ", 1)[0]
    for name, context in TEMPLATE_CONTEXTS.items():
        row = next((line for line in section.splitlines() if f"`{name}`" in line), "")
        assert f"`{context.__name__}`" in row, name
        shown = set(re.findall(r"`(\w+)`", row)) | {"header", "api"}
        assert _field_names(context) <= shown, (name, _field_names(context) - shown)
