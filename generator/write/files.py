"""Write packages into the output folder, all or nothing.

Everything is rendered and formatted in a staging folder beside the output first;
only when every package is ready are the package folders swapped in, each by a
rename. A failure before that leaves the output folder exactly as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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
    """Replace ``target`` with ``staged`` (both folders on one file system)."""
    if target.exists():
        retired = staged.parent / f"{staged.name}.old"
        os.replace(target, retired)
        os.replace(staged, target)
        shutil.rmtree(retired, ignore_errors=True)
    else:
        os.replace(staged, target)
