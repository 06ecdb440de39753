"""Compile generated packages with mypyc: python -m bench.compiled [PACKAGE_DIR ...] [--out DIR]

`make compiled` runs it on generated/*_client. Each package is copied into DIR (build/compiled/
by default, ignored by git) and the modules of its models/ folder and _runtime.py are compiled
there into extension modules beside the sources; the other modules (models/__init__.py, which
imports them on first use, and the client) stay Python. Put DIR first on sys.path
to import the compiled build under the package's own name. The vendored source in generated/ is
left alone and stays the default: it is the same source, and behaves the same (the decode and
round-trip tests run against both, tests/test_compiled.py).

Differences a compiled build has, by mypyc's design: a model class can't be subclassed by Python
code ("interpreted classes cannot inherit from compiled"), and its instances take no attributes
beyond their fields.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "build" / "compiled"


def compiled_modules(package: Path) -> list[str]:
    """What is compiled of a package: the modules of models/ (the decoders and encoders) and the
    runtime they call, as paths relative to the package; none of a package whose models/ has
    _late.py (a circle split into modules): mypyc compiles the run-time branch of its modules'
    ``if TYPE_CHECKING: ... else: ...`` as unreachable code, and a module left Python can't make
    instances of a model whose base (_runtime's Model) is compiled."""
    if (package / "models" / "_late.py").exists():
        return []
    models = sorted(p.relative_to(package).as_posix() for p in (package / "models").glob("*.py"))
    return ["_runtime.py", *(m for m in models if m != "models/__init__.py")]


# Run in DIR by a fresh interpreter: mypycify writes the C sources (and mypy its cache) under
# build-temp/<package>, setuptools compiles them there and copies the extension modules beside the
# package's sources; one package's build doesn't touch another's, so they can run at once.
_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify

package, temp = sys.argv[1], sys.argv[2]
setup(
    name=package,
    ext_modules=mypycify(
        ["--cache-dir", f"{temp}/mypy-cache", *(f"{package}/{m}" for m in {modules!r})],
        target_dir=temp,
        group_name=package,
    ),
    script_args=["build_ext", "--inplace", "--build-temp", temp, "--build-lib", f"{temp}/lib"],
)
"""


def compile_package(source: Path, out: Path) -> float:
    """Copy the package at ``source`` into ``out`` and compile it there; the seconds it took."""
    started = time.perf_counter()
    name = source.name
    target = out / name
    if target.exists():
        shutil.rmtree(target)
    for old in out.glob(f"{name}__mypyc*"):
        old.unlink()
    shutil.copytree(
        source, target, ignore=shutil.ignore_patterns("__pycache__", *(f"*{s}" for s in EXTENSION_SUFFIXES))
    )
    temp = out / "build-temp" / name
    modules = compiled_modules(source)
    if not modules:
        return time.perf_counter() - started  # copied as it is: Python
    code = _SETUP.replace("{modules!r}", repr(modules))
    done = subprocess.run(
        [sys.executable, "-c", code, name, str(temp.relative_to(out))],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"mypyc failed on {source}:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}")
    missing = [m for m in modules if extension_of(target, m) is None]
    if missing:
        raise RuntimeError(f"mypyc made no extension module of {', '.join(missing)} in {target}")
    return time.perf_counter() - started


def up_to_date(copy: Path, source: Path) -> bool:
    """Whether ``copy`` is a compiled build of the package at ``source`` as it is now."""
    if not copy.is_dir() or not all(extension_of(copy, m) for m in compiled_modules(source)):
        return False
    names = sorted(p.relative_to(source).as_posix() for p in source.rglob("*.py*") if p.suffix in (".py", ".pyi"))
    _, mismatch, errors = filecmp.cmpfiles(source, copy, names, shallow=False)
    copied = sorted(p.relative_to(copy).as_posix() for p in copy.rglob("*.py*") if p.suffix in (".py", ".pyi"))
    return not mismatch and not errors and copied == names


def extension_of(package: Path, module: str) -> Path | None:
    """The extension module mypyc made of ``module`` (``models/image.py``) in ``package``, if any."""
    path = Path(module)
    found = [p for suffix in EXTENSION_SUFFIXES for p in (package / path.parent).glob(f"{path.stem}{suffix}")]
    return found[0] if found else None


def is_compiled_path(file: object) -> bool:
    """Whether a module's ``__file__`` is an extension module (what mypyc made), not Python source."""
    return str(file).endswith(tuple(EXTENSION_SUFFIXES))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.compiled", description=__doc__.splitlines()[0])
    p.add_argument("packages", nargs="*", type=Path, help="package folders (default: generated/*_client)")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the compiled copies go")
    p.add_argument("--jobs", type=int, default=2, help="packages compiled at once")
    p.add_argument("--force", action="store_true", help="compile even the packages whose build is up to date")
    args = p.parse_args(argv)
    packages = [d.resolve() for d in args.packages or sorted((ROOT / "generated").glob("*_client"))]
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    fresh = [d for d in packages if not args.force and up_to_date(out / d.name, d)]
    for package in fresh:
        print(f"{out / package.name} is up to date")
    packages = [d for d in packages if d not in fresh]
    # The biggest first, so the long one starts at once.
    packages.sort(key=lambda d: -sum(p.stat().st_size for p in (d / "models").glob("*.py")))
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        times = list(pool.map(lambda d: compile_package(d, out), packages))
    for package, seconds in zip(packages, times, strict=True):
        print(f"compiled {package.name} into {out / package.name} in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
