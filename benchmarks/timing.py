"""
Timing for the benchmarks: the median of repeated runs after a warm-up.
"""

from __future__ import annotations

import gc
import statistics
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping


def median_time(function: Callable[[], object], repeat: int = 5) -> float:
    """
    The median wall time of *function*, in seconds, after a warm-up.

    The garbage of earlier runs is collected before each run, so that no run pays for another's;
    the collector stays on while it runs.
    """
    return interleaved_times({"": function}, repeat)[""]


def interleaved_times(functions: Mapping[str, Callable[[], object]], repeat: int = 7) -> dict[str, float]:
    """
    The median wall time of each of *functions*, in seconds, measured in turns.

    Each round runs every function once, so a machine that slows down for a while slows them all
    alike, and their ratios hold; each is warmed up first, and garbage is collected before each run.
    """
    for function in functions.values():
        function()
    times: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(repeat):
        for name, function in functions.items():
            gc.collect()
            start = time.perf_counter()
            function()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(runs) for name, runs in times.items()}
