"""Generate one spec in a forked child the parent can kill: ok, refused, crash or timeout.

The child builds the package as ``python -m generator`` does (pipeline.build_spec, render,
ruff), writes it under the packages folder, then finds the spec's examples (examples.py) and
pickles them, with their types and fit, for the fresh process that imports the package.
The outcome goes to a JSON file; a child that dies without writing one crashed.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import shutil
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from generator.ir.diagnostics import Source, SpecError
from generator.load.config import Rename, SpecConfig
from generator.load.files import FileCache, load_file
from generator.pipeline import build_spec
from generator.render.package import render_api
from generator.write.files import write_files
from generator.write.format import format_tree

from .examples import check_fit, find_examples
from .paging import paging_counts
from .specs import Spec

POLL_SECONDS = 0.05


def generate_killable(spec: Spec, packages: Path, work: Path, timeout: float) -> dict[str, Any]:
    """The outcome of generating ``spec`` (``status``, ``seconds``, ...), the child killed past ``timeout``."""
    outcome = work / f"{spec.package}.json"
    outcome.unlink(missing_ok=True)
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        _child(spec, packages, work, outcome)
    with contextlib.suppress(OSError):
        os.setpgid(pid, pid)  # as the child does: whichever runs first, it leads its own group
    status = _wait(pid, timeout)
    seconds = time.perf_counter() - started
    if status is None:
        return {"status": "timeout", "seconds": seconds, "message": f"killed after {timeout:.0f} s"}
    try:
        result: dict[str, Any] = json.loads(outcome.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        how = f"signal {-status}" if status < 0 else f"exit status {status}"
        return {"status": "crash", "seconds": seconds, "message": f"the generating process died ({how})"}
    result["seconds"] = seconds
    return result


def _wait(pid: int, timeout: float) -> int | None:
    """The child's exit status (negative: the signal that ended it), or None once it is killed at ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(POLL_SECONDS)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)  # its ruff too
    os.waitpid(pid, 0)
    return None


def _child(spec: Spec, packages: Path, work: Path, outcome: Path) -> None:
    code = 0
    try:
        os.setpgid(0, 0)
        log = os.open(work / f"{spec.package}.log", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(log, 1)
        os.dup2(log, 2)
        result = generate_one(spec, packages, work / f"{spec.package}.examples.pickle")
        outcome.write_text(json.dumps(result), encoding="utf-8")
    except BaseException:
        code = 4
    finally:
        sys.stdout.flush()
        os._exit(code)


def generate_one(spec: Spec, packages: Path, sidecar: Path | None = None) -> dict[str, Any]:
    """Generate ``spec`` into ``packages``; pickle its examples into ``sidecar`` (if given); the outcome as a dict."""
    if sidecar is not None:
        sidecar.unlink(missing_ok=True)
    rename = Rename("", spec.package, Source(spec.name, None, "/info"))
    try:
        api = build_spec(spec.path, spec.name, config=SpecConfig(package=rename))
        folder = packages / spec.package
        shutil.rmtree(folder, ignore_errors=True)
        write_files(folder, render_api(api))
        format_tree(folder)
    except SpecError as exc:
        first = exc.diagnostics[0] if exc.diagnostics else None
        return {"status": "refused", "message": str(first) if first else "refused", "errors": len(exc.diagnostics)}
    except Exception as exc:
        message = f"{type(exc).__name__}: {exc}".splitlines()[0][:400]
        return {"status": "crash", "message": message, "traceback": traceback.format_exc(limit=-6)}
    result: dict[str, Any] = {
        "status": "ok",
        "models": len(api.models),
        "enums": len(api.enums),
        "unions": len(api.unions),
        "operations": len(api.http.operations) if api.http is not None else 0,
        "webhooks": len(api.webhooks),
        "warnings": len(api.warnings),
        "first_warnings": [str(w) for w in api.warnings[:5]],
        "paging": paging_counts(api),
    }
    if sidecar is None:
        return result
    try:
        loaded = load_file(spec.path, spec.name)
        examples = find_examples(api, loaded)
        check_fit(examples, FileCache(loaded), loaded)
        sidecar.write_bytes(pickle.dumps(examples))  # each example's TypeRef carries what its codec needs
    except Exception:
        result["examples_error"] = traceback.format_exc(limit=-4)
    return result
