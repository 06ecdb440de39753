"""python -m bench.decode_directions: the parts of a JSON->object decode, and the directions tried, timed.

Run it with bench/.venv's python (msgspec, orjson and pydantic installed), from the repo root, after
`python -m bench.peers --only models` has generated the peers' models into bench/.work/models. Every
table is of medians over interleaved rounds (bench/peers/timing.py) in one process: compare ratios,
not times from different runs. Prints Markdown; asserts nothing. docs/benchmarks.md quotes it
("Issue 25").

1. The passes: msgspec's JSON->dict against JSON->struct (the fast path's one pass), from_dict
   against _from_wire, and the two whole paths against pydantic's validate_json.
2. Direction (b), one walk over a dict instead of a lookup per declared field: the lookups alone of
   the seed's widest object, as from_dict makes them (``obj.get(name, UNSET)`` per optional field),
   as ``obj[name] if name in obj else UNSET``, and as a walk of ``obj.items()`` with a dict from
   wire name to slot (then a read per slot).
3. Direction (c), date-times without the rebuild: as_datetime (fromisoformat, then a WireDatetime
   made from the pickled state), WireDatetime.fromisoformat, a cache of parsed texts (its hit), and
   a plain datetime.fromisoformat, which loses the wire text (the floor).
4. The fast path's worst case: a document with an unknown member last, which it meets after decoding
   the rest, then decodes again with from_dict.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any

from .peers.seeds import MODELS, ROOT, SEEDS, Seed, rfc3339_dates
from .peers.timing import compare

sys.path[:0] = [str(ROOT / "generated"), str(MODELS)]

import msgspec  # noqa: E402


def medians(calls: dict[str, Callable[[], object]], rounds: int = 9) -> dict[str, float]:
    samples = compare(list(calls.values()), rounds=rounds, target=0.02)
    return {name: s.median for name, s in zip(calls, samples, strict=True)}


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.2f} µs"


def passes_row(seed: Seed) -> str:
    package = importlib.import_module(f"{seed.name}_client")
    model = getattr(package, seed.model)
    pydantic_model = getattr(importlib.import_module(f"pydantic_{seed.name}"), seed.model)
    document = rfc3339_dates(json.loads(seed.fixture_path.read_bytes()))
    raw = msgspec.json.encode(document)
    struct_decode = package._runtime.wire_decoder(model)
    struct = struct_decode(raw)
    t = medians(
        {
            "dict": lambda: msgspec.json.decode(raw),
            "struct": lambda: struct_decode(raw),
            "from_dict": lambda: model.from_dict(document),
            "_from_wire": lambda: model._from_wire(struct),
            "two passes": lambda: model.from_dict(package.json_loads(raw)),
            "from_json": lambda: model.from_json(raw),
            "pydantic": lambda: pydantic_model.model_validate_json(raw),
        }
    )
    cells = [us(t[k]) for k in ("dict", "struct", "from_dict", "_from_wire", "two passes", "from_json", "pydantic")]
    ratios = f"{t['two passes'] / t['pydantic']:.2f} | {t['from_json'] / t['pydantic']:.2f}"
    return f"| {seed.label} | {' | '.join(cells)} | {ratios} |"


def unknown_member_row(seed: Seed) -> str:
    """A document with one member its schema doesn't name, last (msgspec meets it after all the rest):
    the fast path fails there and from_json decodes again with from_dict, the worst case."""
    package = importlib.import_module(f"{seed.name}_client")
    model = getattr(package, seed.model)
    document = rfc3339_dates(json.loads(seed.fixture_path.read_bytes()))
    raw = msgspec.json.encode({**document, "x-unknown": 1})
    t = medians(
        {"two passes": lambda: model.from_dict(package.json_loads(raw)), "from_json": lambda: model.from_json(raw)}
    )
    return f"| {seed.label} | {us(t['two passes'])} | {us(t['from_json'])} | {t['from_json'] / t['two passes']:.2f} |"


def widest(value: Any) -> dict[str, Any]:
    """The object of the document with the most members."""
    found: dict[str, Any] = {}
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            found = v if len(v) > len(found) else found
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
    return found


def lookup_functions(names: list[str], unset: object) -> dict[str, Callable[[dict[str, Any]], object]]:
    """The three ways of reading ``names`` out of a dict, unrolled as generated code is."""
    get = "\n".join(f"    v{i} = obj.get({n!r}, UNSET)" for i, n in enumerate(names))
    has = "\n".join(f"    v{i} = obj[{n!r}] if {n!r} in obj else UNSET" for i, n in enumerate(names))
    walk = "\n".join(f"    v{i} = slots[{i}]" for i in range(len(names)))
    source = (
        f"def get(obj):\n{get}\n\n"
        f"def has(obj):\n{has}\n\n"
        f"def walk(obj):\n    slots = [UNSET] * {len(names)}\n"
        "    for k, v in obj.items():\n        i = INDEX.get(k)\n"
        f"        if i is not None:\n            slots[i] = v\n{walk}\n"
    )
    namespace: dict[str, Any] = {"UNSET": unset, "INDEX": {n: i for i, n in enumerate(names)}}
    exec(source, namespace)
    return {k: namespace[k] for k in ("get", "has", "walk")}


def lookups_row(seed: Seed) -> str:
    runtime = importlib.import_module(f"{seed.name}_client._runtime")
    obj = widest(rfc3339_dates(json.loads(seed.fixture_path.read_bytes())))
    models = importlib.import_module(f"{seed.name}_client.models")
    declared = max(
        (getattr(getattr(models, n), "_wire_fields", lambda: None)() or () for n in dir(models) if n[0].isupper()),
        key=lambda fields: len({w for _, w, _, _ in fields} & obj.keys()),
    )
    names = [w for _, w, _, _ in declared]
    ways = lookup_functions(names, runtime.UNSET)
    t = medians({k: (lambda f=f: f(obj)) for k, f in ways.items()})
    return f"| {seed.label} | {len(names)} ({len(obj)} present) | {us(t['get'])} | {us(t['has'])} | {us(t['walk'])} |"


def dates_row(seed: Seed) -> str:
    runtime = importlib.import_module(f"{seed.name}_client._runtime")
    text = "2019-01-11T11:48:53.4372893Z" if seed.name == "azure_ml" else "2018-09-06T14:03:27Z"
    wire_datetime = runtime.WireDatetime
    cache: dict[str, datetime] = {text: runtime.as_datetime(text, "k")}

    def subclass_fromisoformat() -> datetime:
        result = wire_datetime.fromisoformat(text)
        result.wire = text
        return result

    def cached() -> datetime:
        found = cache.get(text)
        return found if found is not None else runtime.as_datetime(text, "k")

    t = medians(
        {
            "as_datetime": lambda: runtime.as_datetime(text, "k"),
            "subclass": subclass_fromisoformat,
            "cached": cached,
            "plain": lambda: datetime.fromisoformat(text),
        }
    )
    cells = " | ".join(f"{t[k] * 1e9:.0f} ns" for k in ("as_datetime", "subclass", "cached", "plain"))
    return f"| {seed.label} | `{text}` | {cells} |"


def main() -> None:
    print(
        "| seed | JSON->dict | JSON->struct | from_dict | _from_wire | dict path | from_json | pydantic "
        "| dict path ÷ pydantic | from_json ÷ pydantic |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for seed in SEEDS:
        print(passes_row(seed))
    print("\n| seed (an unknown member last) | dict path | from_json | from_json ÷ dict path |")
    print("|---|---|---|---|")
    for seed in SEEDS:
        print(unknown_member_row(seed))
    print("\n| seed | declared members | .get per field | in + [] | items() walk |")
    print("|---|---|---|---|---|")
    for seed in SEEDS:
        print(lookups_row(seed))
    print(
        "\n| seed | text | as_datetime | WireDatetime.fromisoformat | cache hit | datetime.fromisoformat (text lost) |"
    )
    print("|---|---|---|---|---|---|")
    for seed in SEEDS:
        print(dates_row(seed))


if __name__ == "__main__":
    main()
