"""A spec as it was at a git revision: ``git:HEAD:specs/cycle.yaml``.

The repository's spec-like files (*.yaml, *.yml, *.json) at that revision are written to a
temporary folder, in their places, so a multi-file spec's ``$ref``s find their files; the
files are read in one ``git cat-file --batch`` process, however many there are.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PREFIX = "git:"
_SPEC_SUFFIXES = (".yaml", ".yml", ".json")


class GitError(Exception):
    """The revision or the repository can't be read: a usage error, said in one line."""


@dataclass(frozen=True)
class GitSpec:
    revision: str
    path: str  # as the user wrote it, relative to the working folder

    @property
    def shown(self) -> str:
        """How its diagnostics and reports name it, as git does: ``HEAD:specs/cycle.yaml``."""
        return f"{self.revision}:{self.path}"


def parse_git_spec(argument: str) -> GitSpec | None:
    """``git:REV:path`` -> GitSpec; None for a plain path."""
    if not argument.startswith(PREFIX):
        return None
    revision, colon, path = argument.removeprefix(PREFIX).partition(":")
    if not revision or not colon or not path:
        raise GitError(f"{argument!r}: expected git:REVISION:PATH, e.g. git:HEAD:specs/cycle.yaml")
    return GitSpec(revision, path)


@contextmanager
def checked_out(spec: GitSpec) -> Iterator[Path | None]:
    """The spec's file in a temporary copy of the revision's spec files; None if it didn't exist then."""
    top = Path(_git("rev-parse", "--show-toplevel").decode().strip())
    try:
        wanted = (Path.cwd() / spec.path).resolve().relative_to(top.resolve()).as_posix()
    except ValueError:
        raise GitError(f"{spec.path} is not inside the git repository at {top}") from None
    listed = _git("ls-tree", "-r", "-z", "--name-only", spec.revision, cwd=top).decode().split("\0")
    names = [name for name in listed if name.endswith(_SPEC_SUFFIXES)]
    with tempfile.TemporaryDirectory(prefix="spec-at-revision-") as folder:
        if wanted not in names:
            yield None
            return
        _write_blobs(top, spec.revision, names, Path(folder))
        yield Path(folder) / wanted


def folder_in_copy(copy: Path, spec: GitSpec, folder: Path) -> Path:
    """The copy of the working tree's ``folder`` beside ``copy``, the spec ``checked_out`` gave for ``spec``
    (``folder`` itself if it is outside the repository: nothing of the revision is there)."""
    top = Path(_git("rev-parse", "--show-toplevel").decode().strip()).resolve()
    wanted = (Path.cwd() / spec.path).resolve().relative_to(top)
    try:
        return copy.parents[len(wanted.parts) - 1] / folder.resolve().relative_to(top)
    except ValueError:
        return folder


def _write_blobs(top: Path, revision: str, names: list[str], folder: Path) -> None:
    request = "".join(f"{revision}:{name}\n" for name in names).encode()
    done = subprocess.run(["git", "cat-file", "--batch"], cwd=top, input=request, capture_output=True, check=False)
    if done.returncode != 0:
        raise GitError(done.stderr.decode(errors="replace").strip() or "git cat-file failed")
    out = done.stdout
    at = 0
    for name in names:
        header_end = out.index(b"\n", at)
        header = out[at:header_end].split()
        size = int(header[2])
        blob = out[header_end + 1 : header_end + 1 + size]
        at = header_end + 1 + size + 1
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(blob)


def _git(*args: str, cwd: Path | None = None) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise GitError("git is not installed") from None
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()
        raise GitError(f"git {' '.join(args[:2])}: {message[-1] if message else 'failed'}")
    return done.stdout
