"""Run the same test code with a generated Client or AsyncClient."""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any


def client_module(package: str) -> Any:
    return importlib.import_module(f"{package}.client")


def fast_backoff(package: str) -> Any:
    """Retries a few milliseconds apart, so the tests stay fast."""
    return client_module(package).Backoff(base=0.001, cap=0.005)


def run(mode: str, package: str, base_url: str, use: Callable[[Any], Any], **settings: Any) -> Any:
    """``use(client)`` with a fresh client of ``package``; in async mode ``use`` returns an awaitable."""
    module = client_module(package)
    settings = {"backoff": fast_backoff(package), **settings}
    if mode == "sync":
        with module.Client(base_url=base_url, **settings) as client:
            return use(client)

    async def main() -> Any:
        async with module.AsyncClient(base_url=base_url, **settings) as client:
            return await use(client)

    return asyncio.run(main())


def every(pager: Any) -> Any:
    """All items of a Pages (a list) or of an AsyncPages (an awaitable of a list)."""
    if hasattr(pager, "__aiter__"):

        async def collect() -> list[Any]:
            return [item async for item in pager]

        return collect()
    return list(pager)


def every_page(pager: Any) -> Any:
    """All pages of a Pages (a list) or of an AsyncPages (an awaitable of a list)."""
    if hasattr(pager, "__aiter__"):

        async def collect() -> list[Any]:
            return [page async for page in pager.pages()]

        return collect()
    return list(pager.pages())


def generated_package(folder: Path, spec: Path, package: str) -> ModuleType:
    """``spec``'s package, generated into ``folder`` and put on sys.path: its client module."""
    from generator.pipeline import generate

    generate([spec], folder)
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    importlib.invalidate_caches()
    return importlib.import_module(f"{package}.client")
