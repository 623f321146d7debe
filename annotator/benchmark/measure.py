"""The shared clock and the report: each figure printed beside its budget."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROWS: list[tuple[str, str, str, bool]] = []


def report(what: str, figure: str, budget: str, ok: bool) -> None:
    """Print one line: what was measured, the figure, the budget, and whether it is met."""
    ROWS.append((what, figure, budget, ok))
    print(f"{'ok  ' if ok else 'OVER'} {what:<58} {figure:>14}   budget {budget}", flush=True)


def median_time(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``fn`` in seconds."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)
