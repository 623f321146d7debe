"""The benchmark's clock and report: each figure beside its budget, OVER where it is missed, medians of runs."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from annotator.benchmark import measure


def test_each_figure_is_printed_beside_its_budget_and_kept_for_the_count(monkeypatch: pytest.MonkeyPatch,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """A figure over its budget would scroll past unmarked, and the closing count of budgets met would miss it."""
    monkeypatch.setattr(measure, "ROWS", [])
    measure.report("start-up to the first frame", "0.41 s", "< 0.5 s", True)
    measure.report("grade 300 files", "3.2 s", "< 3 s", False)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("ok   start-up to the first frame") and lines[0].endswith("0.41 s   budget < 0.5 s")
    assert lines[1].startswith("OVER grade 300 files") and lines[1].endswith("3.2 s   budget < 3 s")
    assert [ok for *_, ok in measure.ROWS] == [True, False]


def test_a_timing_is_the_median_of_its_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """One run slowed by something else on the computer would be reported as the figure."""
    ticks = iter([0.0, 1.0, 10.0, 12.0, 100.0, 150.0])  # runs of 1 s, 2 s, and 50 s while something else ran
    monkeypatch.setattr(measure, "time", SimpleNamespace(perf_counter=lambda: next(ticks)))
    calls: list[int] = []
    assert measure.median_time(lambda: calls.append(1), repeat=3) == 2.0
    assert len(calls) == 3
