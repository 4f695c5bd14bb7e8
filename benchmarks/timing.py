"""
Timing for the benchmarks: the median of repeated runs after a warm-up.
"""

from __future__ import annotations

import gc
import statistics
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


def median_time(function: Callable[[], object], repeat: int = 5, warmup: int = 1) -> float:
    """
    The median wall time of *function*, in seconds.

    The garbage of earlier runs is collected before each run, so that no run pays for another's;
    the collector stays on while it runs.
    """
    for _ in range(warmup):
        function()
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
