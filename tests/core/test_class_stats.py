"""The class at a glance: found-by counts, the heat map and agreement between students."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import pytest

from annotator.core.class_stats import Run, class_heat, highlight_runs, merge_spans, unitized_alpha
from annotator.core.pack import Pack
from annotator.core.worksheet import Worksheet
from tests.core.mini_summit import TEXT, ana, ben, span, work_of, write_pack


def counts_per_character(runs: Iterable[Run], length: int) -> list[int]:
    """The runs spread out to one count per character, so a test can point at a passage."""
    counts = [0] * length
    for s, e, c in runs:
        counts[s:min(e, length)] = [c] * (min(e, length) - s)
    return counts


@pytest.fixture
def pack(tmp_path: Path) -> Pack:
    """The small lesson pack, from files."""
    return write_pack(tmp_path / "pack")



def test_merge_and_runs_count_each_student_once() -> None:
    """A student with two overlapping highlights would count twice on the heat map."""
    assert merge_spans([(5, 8), (0, 3), (2, 4), (8, 9), (7, 7)]) == [(0, 4), (5, 9)]
    runs = highlight_runs([[(0, 4), (2, 6)], [(2, 4)], [(4, 8)]])
    # student 1 covers 0-6 once; student 2 2-4; student 3 4-8
    # 0-2: 1, 2-4: 2, 4-6: 2 (students 1 and 3), 6-8: 1 -> 2-6 joins into one run
    assert runs == [Run(0, 2, 1), Run(2, 6, 2), Run(6, 8, 1)]
    assert counts_per_character(runs, 10) == [1, 1, 2, 2, 2, 2, 1, 1, 0, 0]
    assert highlight_runs([]) == []


def test_class_heat_by_hand(pack: Pack) -> None:
    """The heat map would not count the students who highlighted each passage, in a category or in any."""
    sheets = [Worksheet(pack.lesson, pack.article, w) for w in (ana(pack), ben(pack), work_of(pack))]
    framing = counts_per_character(class_heat(sheets, "framing"), len(TEXT))
    s, e = span("slammed the")
    assert framing[s:e] == [2] * (e - s)  # Ana's "slammed the" and Ben's "slammed the door on a deal"
    s2, e2 = span(" door on a deal")
    assert framing[s2:e2] == [1] * (e2 - s2)
    assert framing[span("Senator Jane Roe")[0]] == 1  # Ben's wrongly-categorised highlight
    anywhere = counts_per_character(class_heat(sheets), len(TEXT))
    assert anywhere[span("Senator Jane Roe")[0]] == 2  # Ana as named-source, Ben as framing
    assert anywhere[span("Two people")[0]] == 0  # Ben's orphan is nowhere on the article


# Krippendorff's alpha, binary per character: hand-worked cases.


def test_alpha_perfect_agreement_is_one() -> None:
    """Two students who highlighted the same passage would not show as agreeing."""
    assert unitized_alpha([Run(2, 6, 2)], coders=2, length=10) == 1.0


def test_alpha_partial_overlap_by_hand() -> None:
    """The agreement figure for a half-overlap would not be the one worked out by hand."""
    # A: 0-4, B: 2-6, text of 10. n_u = 1,1,2,2,1,1,0,0,0,0; m = 2, N·m = 20
    # ones = 8, zeros = 12; Σ n_u(m - n_u) = 4 · 1 · 1 = 4
    # alpha = 1 - 19 · 4 / (1 · 12 · 8) = 1 - 76/96 = 5/24
    runs = highlight_runs([[(0, 4)], [(2, 6)]])
    assert unitized_alpha(runs, 2, 10) == pytest.approx(5 / 24)


def test_alpha_systematic_disagreement_is_negative() -> None:
    """Students who marked complementary halves would look as if they agreed."""
    # A: 0-5, B: 5-10: every character 1 of 2; ones = zeros = 10; Σ = 10; alpha = 1 - 19·10/(10·10) = -0.9
    assert unitized_alpha(highlight_runs([[(0, 5)], [(5, 10)]]), 2, 10) == pytest.approx(-0.9)


def test_alpha_three_students_by_hand() -> None:
    """With more than two students, the agreement figure would be wrong."""
    # N = 4, m = 3, n_u = 3, 2, 0, 1: ones = 6, zeros = 6; Σ n_u(m-n_u) = 0 + 2 + 0 + 2 = 4
    # alpha = 1 - 11 · 4 / (2 · 6 · 6) = 1 - 44/72 = 7/18
    runs = highlight_runs([[(0, 2)], [(0, 2), (3, 4)], [(0, 1)]])
    assert unitized_alpha(runs, 3, 4) == pytest.approx(7 / 18)


def test_alpha_is_undefined_without_variation() -> None:
    """An empty category or a one-student class would show a made-up agreement figure."""
    assert unitized_alpha([], 5, 100) is None  # nobody highlighted
    assert unitized_alpha([Run(0, 10, 3)], 3, 10) is None  # everybody highlighted everything
    assert unitized_alpha([Run(0, 4, 1)], 1, 10) is None  # one student


def textbook_alpha(matrix: list[list[int]]) -> float | None:
    """Krippendorff's nominal alpha from a units × coders table, by the coincidence matrix."""
    coincidences: defaultdict[tuple[int, int], float] = defaultdict(float)
    for values in matrix:
        m = len(values)
        for i, a in enumerate(values):
            for j, b in enumerate(values):
                if i != j:
                    coincidences[a, b] += 1 / (m - 1)
    totals: defaultdict[int, float] = defaultdict(float)
    for (a, _), v in coincidences.items():
        totals[a] += v
    n = sum(totals.values())
    observed = sum(v for (a, b), v in coincidences.items() if a != b)
    expected = sum(totals[a] * totals[b] for a in totals for b in totals if a != b)
    return None if expected == 0 else 1 - (n - 1) * observed / expected


def test_alpha_agrees_with_the_textbook_formula_on_random_classes() -> None:
    """The fast formula over heat-map runs would drift from Krippendorff's definition."""
    rng = random.Random(7)
    for _ in range(40):
        length, coders = rng.randint(5, 60), rng.randint(2, 6)
        students = []
        for _ in range(coders):
            spans = []
            for _ in range(rng.randint(0, 3)):
                s = rng.randrange(length)
                spans.append((s, min(length, s + rng.randint(1, 12))))
            students.append(spans)
        runs = highlight_runs(students)
        matrix = [[int(any(s <= u < e for s, e in spans)) for spans in students] for u in range(length)]
        expected = textbook_alpha(matrix)
        got = unitized_alpha(runs, coders, length)
        if expected is None:
            assert got is None
        else:
            assert got == pytest.approx(expected)
