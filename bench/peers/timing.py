"""Repeated timing with medians, pyperf-style but in-process and small.

Each measurement is split into rounds; a round runs the callable enough times to last
about ``target`` seconds and yields the time per call, the cyclic GC off while it runs. Callables compared with each
other are run round-robin (A B C, A B C, ...), so a slow patch of the machine hits them
all alike and their ratios stay fair.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    """Seconds per call over the rounds of one measurement."""

    times: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def spread(self) -> float:
        """Half the min-max range, relative to the median (0.03 means +-3%)."""
        return (max(self.times) - min(self.times)) / 2 / self.median

    def as_json(self) -> dict[str, float]:
        return {"median": self.median, "spread": self.spread}


def loops_for(func: Callable[[], object], target: float) -> int:
    """How many calls make one round of about ``target`` seconds (at least one)."""
    loops = 1
    while True:
        elapsed = _run(func, loops)
        if elapsed >= target / 5 or loops >= 1 << 20:
            return max(1, round(loops * target / max(elapsed, 1e-9)))
        loops *= 4


def _run(func: Callable[[], object], loops: int) -> float:
    """Seconds for ``loops`` calls, with the cyclic GC off (as timeit does).

    With it on, a round's time depends on how many objects earlier measurements left
    alive (a list of 1,000 decoded documents is ~20,000 tracked objects), not on the code.
    """
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        for _ in range(loops):
            func()
        return time.perf_counter() - start
    finally:
        gc.enable()


def compare(funcs: Sequence[Callable[[], object]], *, rounds: int, target: float) -> list[Sample]:
    """Time each of ``funcs`` over ``rounds`` interleaved rounds (after one warm-up call each)."""
    for func in funcs:
        func()
    loops = [loops_for(func, target) for func in funcs]
    times: list[list[float]] = [[] for _ in funcs]
    for _ in range(rounds):
        for i, func in enumerate(funcs):
            times[i].append(_run(func, loops[i]) / loops[i])
    return [Sample(tuple(t)) for t in times]
