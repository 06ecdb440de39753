"""Names from a spec can never make the generator write outside its output folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_generator

from generator.pipeline import package_name


@pytest.mark.parametrize(
    "custom",
    ["../evil", "/etc/passwd", "..", "a/b", "a\\\\b", "con", "NUL", "com1", "class", "_private", "ünïcode", "x y"],
)
def test_unusable_package_names_are_refused(custom: str) -> None:
    with pytest.raises(ValueError, match="not a usable package name"):
        package_name(Path("spec.yaml"), {"info": {"x-python-package": custom}})


def test_spec_file_stems_become_identifiers() -> None:
    assert package_name(Path("specs/My-API v2.yaml"), {}) == "my_api_v2_client"


@pytest.mark.parametrize(
    ("stem", "package"),
    [("2024-api", "api_2024_api_client"), ("3", "api_3_client"), ("_x", "x_client"), ("ü", "api_client")],
)
def test_stems_that_are_no_identifier_get_a_prefix(stem: str, package: str) -> None:
    assert package_name(Path(f"specs/{stem}.yaml"), {}) == package


def test_a_hostile_package_name_is_reported_and_nothing_is_written(tmp_path: Path) -> None:
    spec = tmp_path / "evil.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: t, version: '1', x-python-package: ../../escaped}\npaths: {}\n")
    out = tmp_path / "out"
    done = run_generator(spec, "--out", out)
    assert done.returncode == 1
    assert "evil.yaml:2: /info: error: '../../escaped' is not a usable package name" in done.stderr
    assert not (tmp_path / "escaped").exists()
    assert not out.exists() or not any(out.iterdir())


def test_two_specs_for_one_package_name_differing_in_case_are_refused(tmp_path: Path) -> None:
    for name, package in (("a.yaml", "images_client"), ("b.yaml", "Images_client")):
        (tmp_path / name).write_text(
            f"openapi: 3.1.0\ninfo: {{title: t, version: '1', x-python-package: {package}}}\npaths: {{}}\n"
        )
    done = run_generator(tmp_path / "a.yaml", tmp_path / "b.yaml", "--out", tmp_path / "out")
    assert done.returncode == 1
    assert "is also made from" in done.stderr
