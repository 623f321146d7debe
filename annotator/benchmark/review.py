"""The review window on a whole year group: opening it, then the Class tab until agreement shows.

What a teacher waits for is the time the window does not answer, so besides the totals this
measures the longest single turn of the event loop while the Class tab works agreement out
(before the figures came in steps, that was the whole of it).
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from annotator.benchmark.measure import report


@dataclass(frozen=True)
class ReviewFigures:
    """Seconds: the window built and shown, the Class tab opened until agreement shows, and its longest block."""

    opened: float
    class_tab: float
    longest: float


def measure_review(folder: Path, runs: int = 3) -> ReviewFigures:
    """Open the review window on ``folder`` ``runs`` times (the bundled lesson); the median of each figure."""
    from annotator.core.pack import load_pack
    from annotator.core.roster import load_class
    from annotator.resources import default_lesson
    from annotator.ui.common.application import application
    from annotator.ui.review.window import ReviewWindow

    app = application()
    pack = load_pack(default_lesson())
    figures = []
    for _ in range(runs):
        roster = load_class([folder], pack)  # read before the clock starts: `grade` times reading the files
        t = time.perf_counter()
        window = ReviewWindow(roster)
        window.autosaver.enabled = False
        window.show()
        app.processEvents()
        opened = time.perf_counter() - t
        t = start = time.perf_counter()
        window.tabs.setCurrentWidget(window.class_tab)
        longest = time.perf_counter() - t
        while window.class_tab.measuring:
            t = time.perf_counter()
            app.processEvents()
            longest = max(longest, time.perf_counter() - t)
        app.processEvents()  # the figures drawn
        figures.append((opened, time.perf_counter() - start, longest))
        window.close()
        window.deleteLater()
        app.processEvents()
    return ReviewFigures(*(statistics.median(f[n] for f in figures) for n in range(3)))


def bench_review(tmp: Path, students: int = 288) -> None:
    """The review window on ``students`` students x 40 highlights (a year group), and its Class tab."""
    from annotator.benchmark.classwork import make_class

    f = measure_review(make_class(tmp / f"review{students}", students))
    report(f"review window opens on {students} students x 40 highlights", f"{f.opened:.3f} s", "-", True)
    report("  Class tab: agreement shown (worked out in steps)", f"{f.class_tab:.3f} s", "-", True)
    report("  Class tab: longest the window does not answer", f"{f.longest:.3f} s", "-", True)
