"""Write packages into the output folder, all or nothing.

Everything is rendered and formatted in a staging folder beside the output first;
only when every package is ready are the package folders swapped in, each by a
rename. A failure before that leaves the output folder exactly as it was. One run at
a time writes an output folder (``output_lock``).
"""

from __future__ import annotations

import importlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

_fcntl: ModuleType | None = importlib.import_module("fcntl") if os.name == "posix" else None

Files = dict[str, str]  # path relative to the package folder -> text


@contextmanager
def staging_area(out_dir: Path) -> Iterator[Path]:
    """A fresh folder on the same file system as ``out_dir``, removed afterwards."""
    out_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=".staging-", dir=out_dir))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def write_files(folder: Path, files: Files) -> None:
    for relative, text in sorted(files.items()):
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))


def read_tree(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` (caches excluded), by relative path."""
    if not folder.is_dir():
        return {}
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def swap_in(staged: Path, target: Path) -> None:
    """Replace ``target`` with ``staged`` (both on one file system); if that fails, ``target`` is put back."""
    retired: Path | None = staged.parent / f"{staged.name}.old"
    try:
        os.replace(target, staged.parent / f"{staged.name}.old")
    except FileNotFoundError:  # a first generation
        retired = None
    try:
        os.replace(staged, target)
    except OSError:
        if retired is not None and not os.path.lexists(target):
            os.replace(retired, target)
        raise
    if retired is not None:
        if retired.is_dir() and not retired.is_symlink():
            shutil.rmtree(retired, ignore_errors=True)
        else:
            retired.unlink()


@contextmanager
def output_lock(out_dir: Path, waiting: Callable[[], None] = lambda: None) -> Iterator[None]:
    """Hold ``out_dir`` for one run at a time: an exclusive ``flock`` on the folder itself (no lock file
    is left in it), released when the block ends or the process does. ``waiting`` is called if another
    run holds it. Where there is no ``flock`` (Windows), runs aren't kept apart, but ``swap_in`` still
    never loses a package.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    if _fcntl is None:
        yield
        return
    descriptor = os.open(out_dir, os.O_RDONLY)
    try:
        try:
            _fcntl.flock(descriptor, _fcntl.LOCK_EX | _fcntl.LOCK_NB)
        except BlockingIOError:
            waiting()
            _fcntl.flock(descriptor, _fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # (releases the lock)
