"""Users' own templates (``--templates DIR`` or a spec config's ``templates``) replace ours by name."""

from __future__ import annotations

import shutil
from pathlib import Path

import jinja2
import pytest
from conftest import ROOT, run_generator

from generator import ir
from generator.render.contexts import FileContext
from generator.render.environment import environment
from generator.render.runtime_files import fixed_module

HEADER = "# Vendored by the platform team: see docs/clients.md"


def _overrides(folder: Path) -> Path:
    """A folder holding only a models template whose first line is our own header."""
    folder.mkdir()
    ours = (ROOT / "templates" / "models.py.jinja").read_text(encoding="utf-8")
    (folder / "models.py.jinja").write_text(f"{HEADER}\n{ours}", encoding="utf-8")
    return folder


def _spec(tmp_path: Path) -> Path:
    spec = tmp_path / "otc_ims.yaml"
    shutil.copy(ROOT / "specs" / "otc_ims.yaml", spec)
    return spec


def _assert_only_models_header_changed(spec: Path, out: Path) -> None:
    (out.parent / "none.config.yaml").write_text("{}\n", encoding="utf-8")  # no templates key
    plain = run_generator(spec, "--out", out.parent / "plain", "--config", out.parent / "none.config.yaml")
    assert plain.returncode == 0, plain.stderr
    shipped = out.parent / "plain" / "otc_ims_client"
    modules = sorted(p.relative_to(shipped) for p in (shipped / "models").glob("*.py") if p.name != "__init__.py")
    assert modules
    for module in modules:  # each of models/ is made by the models template
        models = (out / "otc_ims_client" / module).read_text(encoding="utf-8").splitlines()
        assert models[0] == HEADER
        assert models[1:] == (shipped / module).read_text(encoding="utf-8").splitlines()
    for name in ("_runtime.py", "__init__.py", "models/__init__.py", "client.py"):  # not overridden: ours
        assert (out / "otc_ims_client" / name).read_bytes() == (shipped / name).read_bytes()


def test_templates_option_overrides_a_template_by_name(tmp_path: Path) -> None:
    spec = _spec(tmp_path)
    done = run_generator(spec, "--out", tmp_path / "out", "--templates", _overrides(tmp_path / "mine"))
    assert done.returncode == 0, done.stderr
    _assert_only_models_header_changed(spec, tmp_path / "out")


def test_config_key_overrides_templates_relative_to_the_config(tmp_path: Path) -> None:
    spec = _spec(tmp_path)
    _overrides(tmp_path / "mine")
    (tmp_path / "otc_ims.config.yaml").write_text("templates: mine\n", encoding="utf-8")
    done = run_generator(tmp_path, "--out", tmp_path / "out")  # the folder: the config is no spec
    assert done.returncode == 0, done.stderr
    assert "otc_ims.config" not in done.stderr
    _assert_only_models_header_changed(spec, tmp_path / "out")


def test_unknown_config_key_is_an_error_with_its_line(tmp_path: Path) -> None:
    spec = _spec(tmp_path)
    config = tmp_path / "otc_ims.config.yaml"
    config.write_text("# settings\ntemplate: mine\n", encoding="utf-8")
    done = run_generator(spec, "--out", tmp_path / "out")
    assert done.returncode == 1
    assert f"{config.relative_to(ROOT) if config.is_relative_to(ROOT) else config}:2: /template: error: " in done.stderr
    assert "unknown config key 'template' (known: class_names, enums, field_names, " in done.stderr
    assert not (tmp_path / "out" / "otc_ims_client").exists()


def test_missing_templates_folder_is_a_usage_error(tmp_path: Path) -> None:
    done = run_generator(_spec(tmp_path), "--out", tmp_path / "out", "--templates", tmp_path / "nowhere")
    assert done.returncode == 2
    assert "--templates: no such file or folder" in done.stderr


def test_a_users_template_replaces_a_module_of_the_fixed_runtime(tmp_path: Path) -> None:
    """generator/runtime/_http.py is copied into each package, unless the user's folder has http.py.jinja."""
    mine = tmp_path / "mine"
    mine.mkdir()
    ours = (ROOT / "generator" / "runtime" / "_http.py").read_text(encoding="utf-8")
    (mine / "http.py.jinja").write_text("{{ header }}\n# Patched by the platform team\n" + ours, encoding="utf-8")
    spec = _spec(tmp_path)
    done = run_generator(spec, "--out", tmp_path / "out", "--templates", mine)
    assert done.returncode == 0, done.stderr
    shipped = ROOT / "generated" / "otc_ims_client"  # its header names specs/otc_ims.yaml, not the copy here

    def lines(folder: Path, name: str) -> list[str]:
        return (folder / name).read_text(encoding="utf-8").splitlines()

    package = tmp_path / "out" / "otc_ims_client"
    http = lines(package, "_http.py")
    assert http[0].startswith("# Generated from ") and http[1] == "# Patched by the platform team"
    assert http[2:] == lines(shipped, "_http.py")[1:]
    for name in ("_errors.py", "_transfer.py", "_logs.py"):  # not overridden: ours
        assert lines(package, name)[1:] == lines(shipped, name)[1:]


def test_a_template_missing_from_a_users_runtime_template_is_an_error_not_ours(tmp_path: Path) -> None:
    """A user's http.py.jinja that includes a template nobody has fails; it doesn't fall back to our module."""
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "http.py.jinja").write_text('{{ header }}\n{% include "nowhere.py.jinja" %}\n', encoding="utf-8")
    with pytest.raises(jinja2.TemplateNotFound, match="nowhere"):
        fixed_module(environment(mine), "_http.py", FileContext("# a header", ir.Api("p", "p.yaml", "P", "1", "")))
