"""Import time of a package's client (issue 25): ``from <package> import Client`` in a fresh interpreter.

Generates big specs of the directory (our half: GitHub, Kubernetes, AWS EC2, ...) with the generator
of ``--root`` (a checkout: this one by default, or an older one for the numbers before a change), takes
our own generated/ packages as they are there, byte-compiles each (warm bytecode, as installed), and
times the import in fresh interpreters: ``python -S`` (no site: the venv's editable-install finder
would import click and rich first), httpx already imported (its ~80-100 ms are a dependency's, the same
for every package), the minimum of ``--rounds``. Also counted: the package's modules loaded, those of
models/ and the operation group modules. The target: 50 ms. Never run by the tests.

    .venv/bin/python -m bench.client_import --out /tmp/client-import [--root /tmp/before] [--skip-generate]
"""

from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 50.0
DIRECTORY_SPECS = (
    "github/api.github.com.json",
    "kubernetes.io.json",
    "amazonaws.com/ec2.json",
    "mailchimp.com.json",
    "zoom.us.json",
)
OURS = ("azure_ml_client", "cycle_client", "otc_ims_client")

PROBE = """
import sys, time
import httpx
start = time.perf_counter()
from {package} import Client
elapsed = time.perf_counter() - start
ours = [m for m in sys.modules if m == "{package}" or m.startswith("{package}.")]
models = [m for m in ours if m.startswith("{package}.models.")]
groups = [m for m in ours if m.startswith("{package}._ops_")]
print(elapsed, len(ours), len(models), len(groups))
"""

GENERATE = """
import sys
from pathlib import Path
from bench.directory.generate import generate_one
from bench.directory.specs import select
wanted = set(sys.argv[2:])
cache = Path.home() / ".cache" / "typed-openapi-clients" / "directory"
for spec in select(cache):
    if spec.name in wanted:
        print(spec.package, generate_one(spec, Path(sys.argv[1]))["status"], flush=True)
"""


def generate(root: Path, out: Path, names: list[str]) -> None:
    """Generate the directory specs ``names`` into ``out`` with the generator of the checkout ``root``."""
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(root)}
    subprocess.run([sys.executable, "-c", GENERATE, str(out), *names], cwd=root, env=env, check=True)


def time_import(folder: Path, package: str, rounds: int) -> tuple[float, int, int, int]:
    """The least milliseconds of ``rounds`` fresh imports, and the modules of the package, of models/ and of
    operation groups loaded by the last one."""
    compileall.compile_dir(folder / package, quiet=1)
    path = os.pathsep.join([str(folder), sysconfig.get_paths()["purelib"]])
    env = {**os.environ, "PYTHONPATH": path}
    best, counts = float("inf"), (0, 0, 0)
    for _ in range(rounds):
        done = subprocess.run(
            [sys.executable, "-S", "-c", PROBE.format(package=package)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        elapsed, *numbers = done.stdout.split()
        best = min(best, float(elapsed) * 1000)
        counts = (int(numbers[0]), int(numbers[1]), int(numbers[2]))
    return best, *counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="where the directory specs' packages are written")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose generator and generated/ to use")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--skip-generate", action="store_true", help="time the packages already in --out")
    args = parser.parse_args()
    if not args.skip_generate:
        generate(args.root.resolve(), args.out, list(DIRECTORY_SPECS))
    rows = [(args.root / "generated", p) for p in OURS]
    rows += sorted((args.out, p.name) for p in args.out.iterdir() if (p / "client.py").exists())
    print(
        f"from <package> import Client, fresh interpreter, httpx imported, min of {args.rounds}; target {TARGET_MS} ms"
    )
    print("| package | ms | target | modules | models modules | group modules |")
    print("|---|---|---|---|---|---|")
    for folder, package in rows:
        ms, modules, models, groups = time_import(folder, package, args.rounds)
        verdict = "ok" if ms <= TARGET_MS else "over"
        print(f"| {package} | {ms:.1f} | {verdict} | {modules} | {models} | {groups} |", flush=True)


if __name__ == "__main__":
    main()
