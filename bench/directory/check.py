"""In a fresh process: import a generated package, then decode and encode back each example of its spec.

    python -m bench.directory.check PACKAGES PACKAGE [EXAMPLES.pickle]
    python -m bench.directory.check PACKAGES --all PACKAGE ...   (import only: {package: error or ""})

Imports the package, every module of its models/, its client and webhooks modules (if it has
them), before anything of the generator; then round-trips the examples generate.py pickled:
each value decoded with the generated decoder of its type and encoded again must be the same
JSON (types included: 8 is not 8.0; unknown members kept), and a model's from_json of the value's
JSON text must give what from_dict gives (or the same DecodeError). Prints one JSON object.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import traceback
from pathlib import Path
from typing import Any

SHOWN = 10  # failures kept per spec


def import_package(packages: Path, package: str) -> tuple[dict[str, Any], str]:
    """What the codec expressions may name (the runtime's helpers, every model module), or the import error."""
    if str(packages) not in sys.path:
        sys.path.insert(0, str(packages))
    try:
        top = importlib.import_module(package)
        runtime = importlib.import_module(f"{package}._runtime")
        models = importlib.import_module(f"{package}.models")
        namespace = {**vars(runtime), **vars(models)}
        for info in pkgutil.iter_modules(models.__path__):
            namespace.update(vars(importlib.import_module(f"{package}.models.{info.name}")))
        for extra in ("client", "webhooks"):
            if (packages / package / f"{extra}.py").exists():
                importlib.import_module(f"{package}.{extra}")
        del top
    except BaseException as exc:
        return {}, f"{type(exc).__name__}: {exc}".splitlines()[0][:400]
    return namespace, ""


def round_trips(namespace: dict[str, Any], sidecar: Path) -> dict[str, Any]:
    import pickle

    from bench.exact_json import same_json
    from bench.roundtrip import and_from_json
    from generator.render import codec

    examples = pickle.loads(sidecar.read_bytes())
    counts = {"round_tripped": 0, "failed": 0, "misfit": 0, "unchecked": 0, "unchecked_failed": 0}
    failures: list[dict[str, str]] = []
    misfits: list[dict[str, str]] = []
    for example in examples:
        try:
            decode = eval(f"lambda value: ({codec.decoder(example.type)})(value, 'value')", namespace)
            if example.type.kind == "model":  # from_json's fast path must decode its JSON text the same
                decode = and_from_json(decode, namespace[example.type.name], namespace["json_dumps"])
            encode = eval(f"lambda value: {codec.encode(example.type, 'value')}", namespace)
            again = encode(decode(example.value))
            problem = "" if same_json(again, example.value) else difference(again, example.value)
        except Exception as exc:
            problem = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        if example.fit == "misfit":
            counts["misfit"] += 1
            if len(misfits) < SHOWN:
                misfits.append({"pointer": example.pointer, "why": example.why})
            continue
        key = ("round_tripped" if not problem else "failed") if example.fit == "fits" else "unchecked"
        counts[key] += 1
        if problem and example.fit != "fits":
            counts["unchecked_failed"] += 1
        if problem and len(failures) < SHOWN:
            failures.append(
                {"pointer": example.pointer, "fit": example.fit, "problem": problem, "value": _show(example.value)}
            )
    return {"examples": counts, "example_failures": failures, "misfits": misfits}


def difference(again: Any, sent: Any, where: str = "") -> str:
    """The first place where the encoding differs from the example, and how."""
    if isinstance(sent, dict) and isinstance(again, dict):
        for key in sent:
            if key not in again:
                return f"encoding drops member {where}/{key}"
        for key in again:
            if key not in sent:
                return f"encoding adds member {where}/{key}: {_show(again[key], 60)}"
        return next(difference(again[k], sent[k], f"{where}/{k}") for k in sent if not _same(again[k], sent[k]))
    if isinstance(sent, list) and isinstance(again, list) and len(sent) == len(again):
        return next(
            difference(a, b, f"{where}/{i}")
            for i, (a, b) in enumerate(zip(again, sent, strict=True))
            if not _same(a, b)
        )
    kinds = f"{type(again).__name__} {_show(again, 60)} for {type(sent).__name__} {_show(sent, 60)}"
    return f"encoding differs at {where or '/'}: {kinds}"


def _same(a: Any, b: Any) -> bool:
    from bench.exact_json import same_json

    return same_json(a, b)


def _show(value: Any, limit: int = 160) -> str:
    text = json.dumps(value, ensure_ascii=False, default=repr)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def main(argv: list[str]) -> int:
    packages, package = Path(argv[0]), argv[1]
    if package == "--all":
        print(json.dumps({name: import_package(packages, name)[1] for name in argv[2:]}))
        return 0
    namespace, error = import_package(packages, package)
    result: dict[str, Any] = {"import": "fails" if error else "ok", "import_error": error}
    sidecar = Path(argv[2]) if len(argv) > 2 else None
    if not error and sidecar is not None and sidecar.exists():
        try:
            result.update(round_trips(namespace, sidecar))
        except Exception:
            result["examples_error"] = traceback.format_exc(limit=-4)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
