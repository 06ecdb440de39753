"""The compiled-template cache (render.TemplateCache) saves time, never changes a byte."""

from __future__ import annotations

from pathlib import Path

import jinja2
from conftest import SPECS

from generator.pipeline import build_spec
from generator.render import environment as render
from generator.render.package import render_api


def _env(cache: Path | None) -> jinja2.Environment:
    env = render.environment()
    env.bytecode_cache = render.TemplateCache(cache) if cache is not None else None
    return env


def test_cold_warm_and_damaged_caches_render_the_same_bytes(tmp_path: Path) -> None:
    api = build_spec(SPECS / "cycle.yaml")
    expected = render_api(api, _env(None))
    cache = tmp_path / "cache"
    assert render_api(api, _env(cache)) == expected  # cold: compiles and writes
    written = sorted(cache.iterdir())
    assert written
    assert render_api(api, _env(cache)) == expected  # warm: read back
    for path in written:
        path.write_bytes(path.read_bytes()[:40])  # truncated by a crash, say
    assert render_api(api, _env(cache)) == expected
    for path in written:
        path.write_bytes(b"not a cache file")
    assert render_api(api, _env(cache)) == expected


def test_a_cache_that_cannot_be_written_is_only_slower(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    api = build_spec(SPECS / "azure_ml.yaml")
    assert render_api(api, _env(blocker / "cache")) == render_api(api, _env(None))


def test_compiled_code_is_not_reused_across_environment_settings(tmp_path: Path) -> None:
    plain, other = _env(tmp_path), _env(tmp_path)
    other.trim_blocks = False
    cache = render.TemplateCache(tmp_path)
    source = "{% if x %}\nyes\n{% endif %}"
    assert cache.get_bucket(plain, "t", None, source).checksum != cache.get_bucket(other, "t", None, source).checksum
    assert plain.from_string(source).render(x=True) != other.from_string(source).render(x=True)
