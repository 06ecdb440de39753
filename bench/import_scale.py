"""Import time against a spec's size (``make bench-imports``): the cost of the classes a caller uses.

Generates synthetic specs of 100, 500 and 2,000 schemas, byte-compiles each package (an installed
package is; PYTHONDONTWRITEBYTECODE may be set here, and compiling is not importing), and times
imports in a fresh interpreter each, the package itself and the standard library already
imported. A probe reports the milliseconds its import took and the model classes it loaded; the
goal is at most 2 ms per 10 classes loaded, whatever the spec's size. The minimum over the rounds
is kept: import time only ever gets worse by noise. With ``--markdown FILE`` the section between
the import-scale markers of that file is rewritten. Never run by the tests.

The synthetic spec is made of families of 10 schemas: a resource that refers to its nine parts,
each part referring to one of a few shared schemas (Link, Meta, ...); every schema has an inline
enum (its own class), scalars, a date-time, an array and a map.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
BEGIN, END = "<!-- import-scale:begin -->", "<!-- import-scale:end -->"
SIZES = (100, 500, 2000)
SHARED = ("Link", "Meta", "Owner", "Audit", "Quota")

PROBE = """
import sys, time
import {package}
start = time.perf_counter()
{statement}
elapsed = time.perf_counter() - start
ours = [name for name in sys.modules if name == "{package}.models" or name.startswith("{package}.models.")]
classes = sum(
    1 for name in ours for v in vars(sys.modules[name]).values() if isinstance(v, type) and v.__module__ == name
)
modules = sum(1 for name in ours if name != "{package}.models" or not hasattr(sys.modules[name], "__path__"))
print(elapsed, classes, modules)
"""

PACKAGE_PROBE = """
import sys, time
import dataclasses, datetime, enum, typing
start = time.perf_counter()
import {package}
print(time.perf_counter() - start, 0, 0)
"""


def schema(name: str, refs: dict[str, str]) -> dict[str, Any]:
    """One synthetic schema: scalars, an inline enum, a date-time, an array, a map and ``refs``."""
    properties: dict[str, Any] = {
        "id": {"type": "string", "description": f"The {name}'s id."},
        "name": {"type": "string"},
        "count": {"type": "integer", "format": "int64"},
        "ratio": {"type": "number"},
        "enabled": {"type": "boolean"},
        "created_at": {"type": "string", "format": "date-time"},
        "state": {"type": "string", "enum": ["new", "live", "gone"], "description": f"State of a {name}."},
        "tags": {"type": "array", "items": {"type": "string"}},
        "labels": {"type": "object", "additionalProperties": {"type": "string"}},
    }
    properties.update({field: {"$ref": f"#/components/schemas/{target}"} for field, target in refs.items()})
    return {"type": "object", "required": ["id", "name"], "properties": properties}


def synthetic_spec(size: int) -> dict[str, Any]:
    """A spec of ``size`` schemas (a multiple of 10 at least 10, the shared ones included)."""
    schemas: dict[str, Any] = {name: schema(name, {}) for name in SHARED}
    family = 0
    while len(schemas) + 10 <= size:
        parts = [f"Family{family:04d}Part{k}" for k in range(1, 10)]
        for k, part in enumerate(parts):
            schemas[part] = schema(part, {"link": SHARED[(family + k) % len(SHARED)]})
        schemas[f"Family{family:04d}Resource"] = schema(
            f"Family{family:04d}Resource", {f"part{k}": part for k, part in enumerate(parts, 1)}
        )
        family += 1
    for k in range(size - len(schemas)):
        schemas[f"Extra{k}"] = schema(f"Extra{k}", {"meta": "Meta"})
    return {
        "openapi": "3.0.3",
        "info": {"title": f"Synthetic API of {size} schemas", "version": "1.0.0"},
        "paths": {},
        "components": {"schemas": schemas},
    }


PROBES = {
    "package": None,
    "one shared schema (Link)": "from {package} import Link",
    "one resource (Family0000Resource)": "from {package} import Family0000Resource",
    "every model": "import {package}.models as m\nfor n in getattr(m, '__all__', None) or list(vars(m)): getattr(m, n)",
}


def generate(size: int, work: Path) -> str:
    spec = work / f"synthetic_{size}.yaml"
    spec.write_text(yaml.safe_dump(synthetic_spec(size), sort_keys=False), encoding="utf-8")
    out = work / "out"
    subprocess.run(
        [sys.executable, "-m", "generator", str(spec), "--out", str(out)], cwd=ROOT, check=True, capture_output=True
    )
    compileall.compile_dir(out, quiet=1)
    return f"synthetic_{size}_client"


def probe(package: str, statement: str | None, where: Path, rounds: int) -> tuple[float, int, int]:
    code = (
        PACKAGE_PROBE.format(package=package)
        if statement is None
        else PROBE.format(package=package, statement=statement.format(package=package))
    )
    env = dict(os.environ, PYTHONPATH=str(where))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    best: tuple[float, int, int] | None = None
    for _ in range(rounds):
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        seconds, classes, modules = done.stdout.split()
        found = (float(seconds), int(classes), int(modules))
        best = found if best is None or found[0] < best[0] else best
    assert best is not None
    return best


def measure(rounds: int) -> list[str]:
    rows = [
        "| schemas | import | ms | model classes loaded | modules | ms per 10 classes |",
        "|---|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for size in SIZES:
            package = generate(size, work)
            for label, statement in PROBES.items():
                seconds, classes, modules = probe(package, statement, work / "out", rounds)
                per10 = f"{seconds * 1000 / classes * 10:.2f}" if classes else "-"
                rows.append(f"| {size:,} | {label} | {seconds * 1000:.2f} | {classes} | {modules} | {per10} |")
                print(rows[-1], flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--markdown", type=Path, help="rewrite the import-scale section of this file")
    args = parser.parse_args()
    rows = measure(args.rounds)
    if args.markdown:
        lines = [
            BEGIN,
            f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {os.cpu_count()} cores, "
            f"{platform.platform()}, Python {platform.python_version()}; min of {args.rounds} fresh interpreters.",
            "",
            *rows,
            END,
        ]
        text = args.markdown.read_text(encoding="utf-8")
        pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.S)
        if not pattern.search(text):
            raise SystemExit(f"{args.markdown} has no {BEGIN} ... {END} section")
        args.markdown.write_text(pattern.sub(lambda _: "\n".join(lines), text), encoding="utf-8")


if __name__ == "__main__":
    main()
