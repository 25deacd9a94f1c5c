"""Cost-growth checks for hostile-input tests: assert how cost grows, not how long it takes.

A wall-clock limit fails on a loaded machine and passes a quadratic rule on a fast
one; the ratio of CPU time at two input sizes does neither. Linear work at four
times the size costs about four times the CPU; a quadratic rule costs sixteen.
"""
from __future__ import annotations

import gc
import time
from typing import Callable


def cpu_seconds(work: Callable[[], object]) -> float:
    """CPU time of one call, the cheaper of two runs (a first run may pay for warm-up).

    The cyclic garbage collector is off while it runs: a full collection walks every object the whole test
    session holds (models, word lists), and one falling in the larger run cost it 0.7 s in CI, ten times the
    work measured.
    """
    best = float("inf")
    for _ in range(2):
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            work()
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best


def assert_linear_growth(work_at_size: Callable[[int], Callable[[], object]], size: int, *, slack: float = 0.1) -> None:
    """`work_at_size(n)` returns the work for an input of size n; 4x the size must cost under 8x the CPU.

    `slack` seconds absorb timer granularity when the small case costs almost nothing.
    """
    quarter = cpu_seconds(work_at_size(size // 4))
    whole = cpu_seconds(work_at_size(size))
    assert whole < 8 * quarter + slack, f"4x the input cost {whole / max(quarter, 1e-9):.1f}x the CPU ({quarter:.3f} s -> {whole:.3f} s)"
