"""The review window's benchmark: it opens the window on a class and waits until the Class tab shows agreement."""

from __future__ import annotations

from pathlib import Path

from annotator.benchmark.classwork import make_class
from annotator.benchmark.measure import ROWS
from annotator.benchmark.review import bench_review, measure_review


def test_each_figure_is_measured_and_the_longest_block_is_part_of_the_whole(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A figure of nothing (agreement never shown) or a longest block beyond the whole would mislead the reader."""
    f = measure_review(make_class(tmp_path / "class", students=4, per_student=6), runs=1)
    assert f.opened > 0 and 0 < f.longest <= f.class_tab


def test_the_report_has_no_budget_of_its_own(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The design sets no budget for the review window, so its lines may never count as a budget met or missed."""
    before = len(ROWS)
    bench_review(tmp_path, students=3)
    rows = ROWS[before:]
    assert [r[2] for r in rows] == ["-", "-", "-"] and "3 students" in rows[0][0]
