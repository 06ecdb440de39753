"""A package generated with ``--meta pyproject`` installs with pip into a fresh virtual environment, and
its models, client and webhooks import from there, not from the folder it was generated in, and its
README.md is the distribution's description.

The environment gets the package only (``--no-deps``); its one dependency, httpx, is the test
environment's, through a .pth file. Where the new environment can build a wheel itself (a
setuptools of 70.1 or later), the build uses it, offline (``--no-build-isolation --no-index``);
otherwise (``python -m venv`` of Python 3.11 gives setuptools 65 without ``wheel``, 3.12 none)
pip fetches the pyproject's build requirement, setuptools>=68, from the index as a user's pip
would (and caches it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from conftest import ROOT, run_generator

pytestmark = pytest.mark.slow  # a venv and pip install (make test-fast leaves it out)

SPEC = ROOT / "tests" / "features" / "nullable_members31.yaml"  # operations and webhooks
PACKAGE = "nullable_members31_client"

USE = f"""
import sys
from pathlib import Path
import {PACKAGE}
from {PACKAGE} import Server, Slot, UNSET
from {PACKAGE}.client import AsyncClient, Client
from {PACKAGE}.webhooks import parse_webhook

site = Path(sys.argv[1]).resolve()
for module in ("{PACKAGE}", "{PACKAGE}.models", "{PACKAGE}.models.slot", "{PACKAGE}.client", "{PACKAGE}.webhooks"):
    assert site in Path(sys.modules[module].__file__).resolve().parents, sys.modules[module].__file__
slot = parse_webhook("slotChanged", b'{{"any_object": null, "named": {{"id": 7}}}}')
assert type(slot) is Slot and slot.any_object is None and slot.named == Server(id=7) and slot.scalar is UNSET
assert callable(Client.put_slot) and callable(AsyncClient.put_slot)
import importlib.metadata as metadata
described = metadata.metadata("{PACKAGE}")
assert described["Description-Content-Type"] == "text/markdown", described["Description-Content-Type"]
assert "## Install" in (described.get_payload() or described["Description"] or "")  # the package's README.md
print(metadata.version("{PACKAGE}"), metadata.requires("{PACKAGE}"))
"""


def pip_install(python: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    builds_wheels = "from setuptools.command.bdist_wheel import bdist_wheel"
    can_build = subprocess.run([python, "-c", builds_wheels], capture_output=True).returncode == 0
    offline = ["--no-build-isolation", "--no-index"] if can_build else []
    command = [python, "-m", "pip", "install", "-q", "--no-deps", "--disable-pip-version-check", *offline, folder]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_a_pip_installed_package_imports_its_models_client_and_webhooks(tmp_path: Path) -> None:
    done = run_generator(SPEC, "--out", tmp_path / "out", "--meta", "pyproject", "--quiet")
    assert done.returncode == 0, done.stderr
    copy = tmp_path / "copy" / PACKAGE  # pip builds in the folder it installs from (build/, *.egg-info)
    shutil.copytree(tmp_path / "out" / PACKAGE, copy)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    installed = pip_install(python, copy)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(site) / "test_dependencies.pth").write_text(str(Path(httpx.__file__).parent.parent) + "\n")
    for typing_file in ("py.typed", "__init__.pyi", "models/__init__.pyi"):
        assert (Path(site) / PACKAGE / typing_file).is_file(), typing_file
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    used = subprocess.run([python, "-I", "-c", USE, site], cwd=elsewhere, capture_output=True, text=True, check=False)
    assert used.returncode == 0, used.stdout + used.stderr
    assert used.stdout.startswith("1.0 ['httpx<1,>=0.28', ")  # then the extra "fast"'s
