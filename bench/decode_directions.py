"""python -m bench.decode_directions: the parts of a JSON->object decode, timed one by one (issue 11).

Run it with bench/.venv's python (msgspec and orjson installed), from the repo root. For each seed it
times the JSON parsers alone (the standard library, orjson with our big-integer guard, msgspec), our
from_dict on the parsed document, and what the document's date-times cost (as_datetime per value,
against keeping the text, the most a lazy date-time could save, and against datetime.fromisoformat
alone, what a lazy date-time that still refuses a bad date at decode would pay). Prints a Markdown table; asserts
nothing. The numbers quoted in docs/benchmarks.md ("Analysis") come from it.
"""

from __future__ import annotations

import importlib
import json
import sys
import timeit
from collections.abc import Callable
from datetime import datetime
from typing import Any

from .peers.seeds import ROOT, SEEDS, Seed, rfc3339_dates

sys.path.insert(0, str(ROOT / "generated"))

import msgspec
import orjson


def orjson_guarded(runtime: Any, raw: bytes) -> Any:
    """What json_loads did before msgspec (and still does without it): the runtime's 19-digit guard, then orjson."""
    if runtime._LONG_DIGITS not in raw.translate(runtime._DIGITS_AS_ZERO):
        return orjson.loads(raw)
    return json.loads(raw)


def best(call: Callable[[], object], number: int = 2000, repeat: int = 7) -> float:
    return min(timeit.repeat(call, number=number, repeat=repeat)) / number


def date_times(value: Any) -> list[str]:
    """The RFC 3339 date-time strings of the document (by their shape: yyyy-mm-ddT...)."""
    found: list[str] = []
    if isinstance(value, dict):
        for v in value.values():
            found += date_times(v)
    elif isinstance(value, list):
        for v in value:
            found += date_times(v)
    elif isinstance(value, str) and len(value) >= 19 and value[4:5] == "-" and value[10:11] == "T":
        found.append(value)
    return found


HEADER = (
    "| seed | json.loads | orjson + guard | msgspec.json.decode | from_dict | date-times "
    "| as_datetime each | fromisoformat each | str kept each |"
)


def row(seed: Seed) -> str:
    package = importlib.import_module(f"{seed.name}_client")
    runtime = importlib.import_module(f"{seed.name}_client._runtime")
    document = rfc3339_dates(json.loads(seed.fixture_path.read_bytes()))
    raw = orjson.dumps(document)
    model = getattr(package, seed.model)
    texts = date_times(document)
    text = texts[0] if texts else "2021-01-30T08:30:00Z"
    cells = [
        best(lambda: json.loads(raw)),
        best(lambda: orjson_guarded(runtime, raw)),
        best(lambda: msgspec.json.decode(raw)),
        best(lambda: model.from_dict(document)),
    ]
    per_date = best(lambda: runtime.as_datetime(text, "k"), number=20000)
    validated = best(lambda: datetime.fromisoformat(text), number=20000)
    kept = best(lambda: runtime.as_str(text, "k"), number=20000)
    times = " | ".join(f"{c * 1e6:.2f} µs" for c in cells)
    dates = f"{per_date * 1e9:.0f} ns | {validated * 1e9:.0f} ns | {kept * 1e9:.0f} ns"
    return f"| {seed.label} | {times} | {len(texts)} | {dates} |"


def main() -> None:
    print(HEADER)
    print("|---|---|---|---|---|---|---|---|---|")
    for seed in SEEDS:
        print(row(seed))


if __name__ == "__main__":
    main()
