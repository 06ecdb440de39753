"""Worker (runs in the bench venv): time the four model paths of every implementation.

    python -m bench.peers.codecs PEERS.json OUT.json [--quick] [--candidate DIR] [--compiled DIR]

PEERS.json lists the peers' generated models (peer_models.py). For each seed example and
each implementation: dict->object, JSON bytes->object, object->dict, object->JSON bytes,
on the document and on a list of 1,000 of them. Every implementation is first checked on
the seed as sent: does it decode it, and does encoding give the same JSON back?
--candidate DIR also measures the packages generated into DIR (a changed generator or
templates), as "candidate", beside ours from generated/. --compiled DIR also measures the
compiled build in DIR (bench/compiled.py, `make compiled`) as "compiled": the same source as ours,
its models/ modules and _runtime.py compiled with mypyc.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec
import orjson
import pydantic

from ..compiled import is_compiled_path
from ..exact_json import same_json
from .seeds import IMPLS, MODELS, ROOT, SEEDS, Seed, rfc3339_dates
from .timing import compare

PATHS = ("dict->object", "JSON->object", "object->dict", "object->JSON")
LIST_SIZE = 1000


@dataclass(frozen=True)
class Codec:
    """The four paths of one implementation, for one type (a model or a list of it)."""

    from_dict: Callable[[Any], Any]
    from_json: Callable[[bytes], Any]
    to_dict: Callable[[Any], Any]
    to_json: Callable[[Any], bytes]


def ours(seed: Seed, folder: Path | None = None, compiled: Path | None = None) -> tuple[Codec, Codec]:
    name = f"{seed.name}_client"
    if compiled:
        model, loads, dumps = load_compiled(name, compiled, seed.model)
    else:
        package = load_package(name, folder) if folder else importlib.import_module(name)
        model, loads, dumps = getattr(package, seed.model), package.json_loads, package.json_dumps
    # JSON->object is the models' own from_json (list_from_json for the list): one pass with msgspec.
    # In packages from before it (a --candidate), from_json is from_dict of json_loads' dicts, and there
    # is no list_from_json: the list is json_loads, then from_dict on each item.
    many_from_json = getattr(model, "list_from_json", lambda b: [model.from_dict(x) for x in loads(b)])
    one = Codec(model.from_dict, model.from_json, lambda o: o.to_dict(), lambda o: dumps(o.to_dict()))
    many = Codec(
        lambda items: [model.from_dict(x) for x in items],
        many_from_json,
        lambda objs: [o.to_dict() for o in objs],
        lambda objs: dumps([o.to_dict() for o in objs]),
    )
    return one, many


def load_package(name: str, folder: Path) -> Any:
    """Import folder/name as ``candidate_<name>``, so it can sit beside the package of the same name."""
    alias = f"candidate_{name}"
    spec = importlib.util.spec_from_file_location(
        alias, folder / name / "__init__.py", submodule_search_locations=[str(folder / name)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[alias] = module
    spec.loader.exec_module(module)
    return module


def load_compiled(name: str, folder: Path, model_name: str) -> tuple[Any, Any, Any]:
    """The class ``model_name`` and json_loads/json_dumps of the compiled build of ``name`` in ``folder``,
    imported beside the Python one (already imported).

    A compiled module's imports of its package are bound to the package's own name, so it can't be
    imported under another: it is imported under its name with the Python one set aside, which is
    then put back (each keeps the modules it imported when it was loaded). The class is looked up
    while the compiled build is in sys.modules: the package's lazy ``__getattr__`` imports a model's
    module when first asked for, and afterwards would find the Python one. Everything timed under
    the compiled label must come from an extension module, or this raises."""
    pure = {k: v for k, v in sys.modules.items() if k == name or k.startswith(f"{name}.")}
    for key in pure:
        del sys.modules[key]
    sys.path.insert(0, str(folder))
    try:
        package = importlib.import_module(name)
        found = getattr(package, model_name), package.json_loads, package.json_dumps
        for value in found:
            module = sys.modules[value.__module__]
            if not is_compiled_path(getattr(module, "__file__", "")):
                raise RuntimeError(
                    f"{value.__module__}.{value.__name__} comes from {module.__file__}, not an extension "
                    f"module: {folder / name} is not a compiled build (run `make compiled`)"
                )
    finally:
        sys.path.remove(str(folder))
        for key in [k for k in sys.modules if k == name or k.startswith(f"{name}.")]:
            del sys.modules[key]
        sys.modules.update(pure)
    return found


def pydantic_v2(module: str, seed: Seed) -> tuple[Codec, Codec]:
    """Dumped the way ours encodes: wire names, JSON types, absent fields left out."""
    model = getattr(importlib.import_module(module), seed.model)
    one = Codec(
        model.model_validate,
        model.model_validate_json,
        lambda o: o.model_dump(mode="json", by_alias=True, exclude_unset=True),
        lambda o: o.model_dump_json(by_alias=True, exclude_unset=True),
    )
    adapter = pydantic.TypeAdapter(list[model])  # type: ignore[valid-type]
    many = Codec(
        adapter.validate_python,
        adapter.validate_json,
        lambda objs: adapter.dump_python(objs, mode="json", by_alias=True, exclude_unset=True),
        lambda objs: adapter.dump_json(objs, by_alias=True, exclude_unset=True),
    )
    return one, many


def msgspec_structs(module: str, seed: Seed) -> tuple[Codec, Codec]:
    model = getattr(importlib.import_module(module), seed.model)
    encode = msgspec.json.Encoder().encode
    one_decoder, many_decoder = msgspec.json.Decoder(model), msgspec.json.Decoder(list[model])  # type: ignore[valid-type]
    one = Codec(lambda d: msgspec.convert(d, model), one_decoder.decode, msgspec.to_builtins, encode)
    many = Codec(lambda d: msgspec.convert(d, list[model]), many_decoder.decode, msgspec.to_builtins, encode)  # type: ignore[valid-type]
    return one, many


def openapi_python_client(module: str, seed: Seed) -> tuple[Codec, Codec]:
    """Its models take and give dicts; JSON goes through orjson, as ours does."""
    models = importlib.import_module(f"{module}.models")
    model = getattr(models, seed.model)
    one = Codec(
        model.from_dict,
        lambda b: model.from_dict(orjson.loads(b)),
        lambda o: o.to_dict(),
        lambda o: orjson.dumps(o.to_dict()),
    )
    many = Codec(
        lambda items: [model.from_dict(x) for x in items],
        lambda b: [model.from_dict(x) for x in orjson.loads(b)],
        lambda objs: [o.to_dict() for o in objs],
        lambda objs: orjson.dumps([o.to_dict() for o in objs]),
    )
    return one, many


FACTORIES = {"pydantic": pydantic_v2, "msgspec": msgspec_structs, "opc": openapi_python_client}


def check(codec: Codec, document: Any) -> str:
    """How an implementation fares on a document: exact, lossy (what differs) or fails (why)."""
    try:
        decoded = codec.from_dict(document)
        encoded = codec.to_dict(decoded)
        via_json = orjson.loads(codec.to_json(codec.from_json(orjson.dumps(document))))
    except Exception as exc:
        return f"fails: {type(exc).__name__}: {str(exc).splitlines()[0][:160]}"
    if same_json(encoded, document) and same_json(via_json, document):
        return "exact"
    return f"lossy: {first_difference(encoded, document)}"


def first_difference(got: Any, want: Any, path: str = "") -> str:
    if isinstance(got, dict) and isinstance(want, dict):
        for key in sorted(set(got) | set(want), key=str):
            if key not in got or key not in want:
                return f"{path}.{key} {'missing' if key not in got else 'added'}".lstrip(".")
            if not same_json(got[key], want[key]):
                return first_difference(got[key], want[key], f"{path}.{key}")
    if isinstance(got, list) and isinstance(want, list) and len(got) == len(want):
        for i, (a, b) in enumerate(zip(got, want, strict=True)):
            if not same_json(a, b):
                return first_difference(a, b, f"{path}[{i}]")
    return f"{path.lstrip('.') or '(document)'}: {json.dumps(want)[:60]} -> {json.dumps(got)[:60]}"


def measure_seed(
    seed: Seed, peers: dict[str, str], quick: bool, candidate: Path | None, compiled: Path | None = None
) -> dict[str, Any]:
    original = json.loads(seed.fixture_path.read_bytes())
    codecs: dict[str, tuple[Codec, Codec]] = {"ours": ours(seed)}
    if candidate:
        codecs["candidate"] = ours(seed, candidate)
    if compiled:
        codecs["compiled"] = ours(seed, compiled=compiled)
    for impl, module in peers.items():
        codecs[impl] = FACTORIES[impl](module, seed)
    checks = {impl: check(one, original) for impl, (one, _) in codecs.items()}
    document, input_note = original, "as sent"
    if any(c.startswith("fails") for c in checks.values()):
        document, input_note = rfc3339_dates(original), "US-style date-times rewritten as RFC 3339"
    usable = {i: c for i, c in codecs.items() if not check(c[0], document).startswith("fails")}
    cells = {}
    for size, pick, data in (("document", 0, document), (f"list of {LIST_SIZE}", 1, [document] * LIST_SIZE)):
        raw = orjson.dumps(data)
        objects = {impl: pair[pick].from_dict(data) for impl, pair in usable.items()}
        rounds, target = (3, 0.01) if quick else ((9, 0.03) if pick == 0 else (7, 0.05))
        for path in PATHS:
            calls = [_call(path, pair[pick], data, raw, objects[impl]) for impl, pair in usable.items()]
            samples = compare(calls, rounds=rounds, target=target)
            cells[f"{size}: {path}"] = {impl: s.as_json() for impl, s in zip(usable, samples, strict=True)}
    return {
        "label": seed.label,
        "bytes": len(orjson.dumps(document)),
        "input": input_note,
        "checks": checks,
        "cells": cells,
    }


def _call(path: str, codec: Codec, data: Any, raw: bytes, obj: Any) -> Callable[[], object]:
    if path == "dict->object":
        return lambda: codec.from_dict(data)
    if path == "JSON->object":
        return lambda: codec.from_json(raw)
    if path == "object->dict":
        return lambda: codec.to_dict(obj)
    return lambda: codec.to_json(obj)


def main(argv: list[str]) -> None:
    peers_file, out_file = argv[0], argv[1]
    quick = "--quick" in argv
    candidate = Path(argv[argv.index("--candidate") + 1]).resolve() if "--candidate" in argv else None
    compiled = Path(argv[argv.index("--compiled") + 1]).resolve() if "--compiled" in argv else None
    sys.path[:0] = [str(ROOT / "generated"), str(MODELS)]
    peers = json.loads(Path(peers_file).read_text())
    results = {}
    for seed in SEEDS:
        available = {p["impl"]: p["module"] for p in peers if p["seed"] == seed.name and p["module"]}
        results[seed.name] = measure_seed(
            seed, {i: available[i] for i in IMPLS if i in available}, quick, candidate, compiled
        )
        print(f"  models: {seed.label} done", file=sys.stderr, flush=True)
    with open(out_file, "w") as out:
        json.dump(results, out, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
