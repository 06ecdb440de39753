"""Import time of each generated package, in a fresh interpreter per run.

Two numbers per package: "cold" is the import a program pays on its own (the library
the models are built on included); "own" is the package alone, its library already
imported and warmed up (one model class made), so it is the cost of the generated code.
Classes counts the classes the package's modules define; the target is per 10 of them.
The packages are copied to the work folder and byte-compiled first, as an installed
package is: the machine may set PYTHONDONTWRITEBYTECODE, and compiling is not importing.
"""

from __future__ import annotations

import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys

from .env import PYTHON
from .peer_models import module_name
from .seeds import IMPLS, MODELS, ROOT, SEEDS, WORK, Seed

COPIES = WORK / "imports"

WARM_UP = {
    "ours": "import dataclasses, datetime, enum, json, re, typing, orjson\n"
    "@dataclasses.dataclass(slots=True, kw_only=True)\nclass _W:\n    x: int",
    "pydantic": "import pydantic\nclass _W(pydantic.BaseModel):\n    x: int",
    "msgspec": "import msgspec\nclass _W(msgspec.Struct):\n    x: int",
    "opc": "import attrs, httpx, dateutil.parser\n@attrs.define\nclass _W:\n    x: int",
}

PROBE = """
import sys, time
{warm}
start = time.perf_counter()
from {module} import {model}
elapsed = time.perf_counter() - start
pkg = "{package}"
classes = sum(
    1 for name, m in list(sys.modules.items()) if (name == pkg or name.startswith(pkg + ".")) and m
    for v in vars(m).values() if isinstance(v, type) and v.__module__ == m.__name__
)
print(elapsed, classes)
"""


def statement(impl: str, seed: Seed) -> tuple[str, str]:
    """(module, package) the seed's model is imported from."""
    if impl == "ours":
        return f"{seed.name}_client", f"{seed.name}_client"
    name = module_name(impl, seed)
    return (f"{name}.models", name) if impl == "opc" else (name, name)


def probe(impl: str, seed: Seed, cold: bool) -> tuple[float, int]:
    module, package = statement(impl, seed)
    code = PROBE.format(warm="" if cold else WARM_UP[impl], module=module, model=seed.model, package=package)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(COPIES), str(MODELS)]))
    done = subprocess.run([str(PYTHON), "-c", code], env=env, capture_output=True, text=True, check=True)
    seconds, classes = done.stdout.split()
    return float(seconds), int(classes)


def _copy_and_compile() -> None:
    shutil.rmtree(COPIES, ignore_errors=True)
    for seed in SEEDS:
        name = f"{seed.name}_client"
        shutil.copytree(ROOT / "generated" / name, COPIES / name, ignore=shutil.ignore_patterns("__pycache__"))
    for folder in (COPIES, MODELS):
        compileall.compile_dir(folder, quiet=1)


def measure(available: dict[tuple[str, str], bool], quick: bool = False) -> dict[str, object]:
    """``available`` says which (seed, impl) have models; runs interleave, after a warm-up run."""
    runs = 3 if quick else 9
    _copy_and_compile()
    jobs = [
        (seed, impl, cold)
        for seed in SEEDS
        for impl in IMPLS
        if available.get((seed.name, impl))
        for cold in (True, False)
    ]
    times: dict[tuple[str, str, bool], list[float]] = {}
    classes: dict[tuple[str, str], int] = {}
    for seed, impl, cold in jobs:  # the first run writes the .pyc files
        probe(impl, seed, cold)
    for _ in range(runs):
        for seed, impl, cold in jobs:
            seconds, count = probe(impl, seed, cold)
            times.setdefault((seed.name, impl, cold), []).append(seconds)
            classes[(seed.name, impl)] = count
    print("  imports: done", file=sys.stderr, flush=True)
    cells = {}
    for (seed_name, impl, cold), values in times.items():
        median = statistics.median(values)
        cells[f"{seed_name}|{impl}|{'cold' if cold else 'own'}"] = {
            "median": median,
            "spread": (max(values) - min(values)) / 2 / median,
            "classes": classes[(seed_name, impl)],
        }
    return {"runs": runs, "cells": cells}


if __name__ == "__main__":  # a quick look: python -m bench.peers.imports
    print(json.dumps(measure({(s.name, "ours"): True for s in SEEDS}, quick=True), indent=1))
