"""Timing helper for the tests that bound the CPU time of extraction on adversarial input."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def best_cpu_seconds(work: Callable[[], object], runs: int = 3) -> float:
    """The least CPU time of `runs` calls of `work`, with the garbage collector paused: late in a
    full test session one collection of the heap can take longer than a bound, and a bound on
    the best of three still catches work that grows out of control (seconds, not milliseconds)."""
    times = []
    gc.disable()
    try:
        for _ in range(runs):
            start = time.process_time()
            work()
            times.append(time.process_time() - start)
    finally:
        gc.enable()
    return min(times)
