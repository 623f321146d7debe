"""Krippendorff's alphas for highlights: the published worked examples, and the krippendorff package."""

from __future__ import annotations

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core import unitizing as u

ONE = np.ones((1, 2))


def example_2004() -> u.Arrays:
    """Krippendorff (2004: 254), as DKPro Statistics' Krippendorff2004Test enters it: continuum 150..450, c and k."""
    def shift(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(s - 150, e - 150) for s, e in spans]
    i = [shift([(225, 295), (370, 400)]), shift([(180, 240), (300, 350)])]
    j = [shift([(220, 300), (355, 375), (400, 420)]), shift([(180, 240), (300, 350)])]
    return u.build([i, j], 300)


def example_1995(stretch: int) -> u.Arrays:
    """Krippendorff (1995: 57), four two-coder examples A-D on 24 positions, each position ``stretch`` characters."""
    pairs = {
        "A": ([(2, 10), (14, 20)], [(4, 8), (15, 17)]),
        "B": ([(0, 18)], [(0, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 9), (9, 10)]),
        "C": ([(2, 8), (10, 12), (14, 18), (20, 22)], [(0, 2), (4, 8), (10, 14), (16, 18), (20, 22)]),
        "D": ([(0, 2), (2, 10), (10, 14), (14, 20), (20, 24)], [(0, 4), (4, 8), (8, 15), (15, 17), (17, 24)]),
    }
    coders = [[[(s * stretch, e * stretch) for s, e in pairs[x][who]] for x in "ABCD"] for who in (0, 1)]
    return u.build(coders, 24 * stretch)


def test_2004_worked_example_per_category_and_overall() -> None:
    """uα reproduces Krippendorff's 2004 example (c 0.7286, k 1, both 0.8591), so a researcher can trust the figure."""
    a = example_2004()
    observed, expected = u.u_disagreements(a, 0, ONE)
    assert observed[0] == pytest.approx(0.0144, abs=0.0001)
    assert expected[0] == pytest.approx(0.0532, abs=0.0001)
    assert u.u_alpha(a, [0], ONE)[0] == pytest.approx(0.7286, abs=0.0001)
    assert u.u_disagreements(a, 1, ONE)[1][0] == pytest.approx(0.0490, abs=0.0001)
    assert u.u_alpha(a, [1], ONE)[0] == pytest.approx(1.0)
    assert u.u_alpha(a, [0, 1], ONE)[0] == pytest.approx(0.8591, abs=0.001)


@pytest.mark.parametrize(("first", "second", "distance"), [
    ((5, 11), (4, 6), 26), ((5, 11), (5, 7), 16), ((5, 11), (6, 8), 10), ((5, 11), (7, 9), 8),
    ((5, 11), (6, 10), 2), ((5, 11), (5, 11), 0), ((225, 295), (220, 300), 50), ((370, 400), (355, 375), 850),
])
def test_2004_distance_of_two_overlapping_units(first: tuple[int, int], second: tuple[int, int],
                                                distance: int) -> None:
    """The distance of two overlapping units is (Δbegin)² + (Δend)², as in the paper's (and DKPro's) examples."""
    a = u.build([[[first]], [[second]]], 500)
    assert a.dist[0, 0, 1] == distance


def test_2004_distance_of_a_unit_in_the_other_coders_gap() -> None:
    """A unit that the other coder left in a gap costs its squared length (400 for 20 characters), once per side."""
    a = u.build([[[(400, 420)]], [[]]], 500)
    assert a.dist[0, 0, 1] == 400


def test_1995_worked_example() -> None:
    """Krippendorff's 1995 example, as in DKPro Statistics: observed disagreement exactly, alpha in the limit.

    The published figures treat the continuum as continuous, so the positions are stretched
    50,000 times. A (0.553) and D (0.066) agree to ±0.001. For B (-0.926) and C (0.679) the
    published expected disagreement is slightly off (DKPro's test says so: "a small error in the
    computation of D_E in the original reference"); like DKPro we accept ±0.02 for those two.
    """
    observed = {"A": 0.03125, "B": 2.26736, "C": 0.02777, "D": 0.38715}
    published = {"A": 0.553, "B": -0.926, "C": 0.679, "D": 0.066}
    small, stretched = example_1995(1), example_1995(50_000)
    for c, x in enumerate("ABCD"):
        assert u.u_disagreements(small, c, ONE)[0][0] == pytest.approx(observed[x], abs=0.00001)
        tolerance = 0.001 if x in "AD" else 0.02
        assert u.u_alpha(stretched, [c], ONE)[0] == pytest.approx(published[x], abs=tolerance)


coder_spans = st.lists(st.tuples(st.integers(0, 59), st.integers(1, 20)).map(lambda t: (t[0], min(60, t[0] + t[1]))),
                       max_size=4)


@settings(max_examples=60, deadline=None)
@given(st.lists(coder_spans, min_size=2, max_size=6))
def test_per_character_alpha_equals_the_krippendorff_package(coders: list[list[tuple[int, int]]]) -> None:
    """The per-character alpha is the krippendorff package's nominal alpha on the character-by-student table."""
    table = np.zeros((len(coders), 60))
    for i, spans in enumerate(coders):
        for s, e in spans:
            table[i, s:e] = 1
    a = u.build([[spans] for spans in coders], 60)
    ours = u.char_alpha(a, 0, np.ones((1, len(coders))))[0]
    if len(np.unique(table)) < 2:
        assert np.isnan(ours)  # nothing to disagree about: undefined, never a number made up
        return
    assert ours == pytest.approx(krippendorff.alpha(reliability_data=table, level_of_measurement="nominal"), abs=1e-9)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(coder_spans, min_size=2, max_size=2), min_size=3, max_size=5))
def test_pairwise_table_is_the_two_coder_alpha(coders: list[list[list[tuple[int, int]]]]) -> None:
    """Each cell of the pairwise table is uα of those two students alone, so table and figure never disagree."""
    a = u.build(coders, 60)
    table = u.pairwise_u_alpha(a, [0, 1])
    for i in range(len(coders)):
        for j in range(i + 1, len(coders)):
            w = np.zeros((1, len(coders)))
            w[0, [i, j]] = 1
            alone = u.u_alpha(a, [0, 1], w)[0]
            assert table[i, j] == pytest.approx(alone, nan_ok=True)


def test_bar_u_alpha_worked_by_hand() -> None:
    """|uα on three coders (worked by hand: 1 - (180 - 308/180)·40 / (2·2·156·24) = 0.5238)."""
    a = u.build(u.union([[[(2, 5)], []], [[(2, 5)], [(10, 20)]], [[], [(2, 5), (15, 20)]]]), 60)
    assert u.bar_u_alpha(a, 0, np.ones((1, 3)))[0] == pytest.approx(0.52380, abs=0.0001)


def test_bar_u_alpha_is_per_character_alpha_when_every_segment_is_one_character() -> None:
    """With one-character units and gaps, |uα and the per-character alpha coincide (the algebra says they must)."""
    a = u.build([[[(0, 1), (2, 3)]], [[(0, 1), (4, 5)]], [[(2, 3), (4, 5)]]], 5)
    w = np.ones((1, 3))
    assert u.bar_u_alpha(a, 0, w)[0] == pytest.approx(u.char_alpha(a, 0, w)[0])


def test_cu_alpha_worked_by_hand() -> None:
    """cuα where highlights meet: ℓ* = [[3, 3], [3, 5]], corrections 18 and 34, so 1 - 6 / 9.333 = 0.357."""
    a = u.build([[[(2, 5)], []], [[(2, 5)], [(10, 20)]], [[], [(2, 5), (15, 20)]]], 60)
    cu, per = u.cu_alphas(a, np.ones((1, 3)))
    assert cu[0] == pytest.approx(1 - 6 / (14 - (1.75 + 35 / 12)), abs=1e-9)
    assert per[0] == pytest.approx([0.3125, 0.390625])


def test_identical_coders_agree_fully_on_every_figure() -> None:
    """Three students with the same highlights get 1 on every figure: the alphas' upper end means what it says."""
    same = [[(3, 9), (20, 30)], [(12, 16)]]
    a = u.build([same, same, same], 40)
    w = np.ones((1, 3))
    for c in (0, 1):
        assert u.char_alpha(a, c, w)[0] == pytest.approx(1)
        assert u.bar_u_alpha(a, c, w)[0] == pytest.approx(1)
        assert u.u_alpha(a, [c], w)[0] == pytest.approx(1)
    assert u.cu_alphas(a, w)[0][0] == pytest.approx(1)


def test_overlapping_highlights_of_one_student_are_joined_touching_ones_kept() -> None:
    """Two overlapping highlights are one opinion; two touching ones are two units (where a passage is split counts)."""
    assert u.join_overlapping([(5, 10), (8, 12), (12, 15), (30, 20)], 100) == [(5, 12), (12, 15)]


two_categories = st.lists(st.lists(coder_spans, min_size=2, max_size=2), min_size=3, max_size=6)


@settings(max_examples=40, deadline=None)
@given(two_categories, st.data())
def test_weights_give_the_figures_of_the_coders_drawn(coders: list[list[list[tuple[int, int]]]],
                                                      data: st.DataObject) -> None:
    """Any half of the class measured by weights gets the very figures of those students measured alone."""
    drawn = data.draw(st.lists(st.sampled_from(range(len(coders))), min_size=2, unique=True))
    w = np.zeros((1, len(coders)))
    w[0, drawn] = 1
    a, alone = u.build(coders, 60), u.build([coders[i] for i in sorted(drawn)], 60)
    ones = np.ones((1, len(drawn)))
    for c in (0, 1):
        for fn in (u.char_alpha, u.bar_u_alpha):
            assert fn(a, c, w)[0] == pytest.approx(fn(alone, c, ones)[0], nan_ok=True)
    for fn in (u.u_alphas, u.cu_alphas):
        for ours, theirs in zip(fn(a, w), fn(alone, ones), strict=True):
            assert ours == pytest.approx(theirs, nan_ok=True)


@settings(max_examples=40, deadline=None)
@given(two_categories)
def test_u_alphas_are_u_alpha_of_each_category_and_of_all(coders: list[list[list[tuple[int, int]]]]) -> None:
    """u_alphas, which works each category out once, gives u_alpha's figures for every category and for all."""
    a = u.build(coders, 60)
    w = np.ones((1, len(coders)))
    together, per = u.u_alphas(a, w)
    assert together == pytest.approx(u.u_alpha(a, [0, 1], w), nan_ok=True)
    for c in (0, 1):
        assert per[:, c] == pytest.approx(u.u_alpha(a, [c], w), nan_ok=True)


@settings(max_examples=40, deadline=None)
@given(two_categories)
def test_arrays_are_the_plain_counts_of_their_definitions(coders: list[list[list[tuple[int, int]]]]) -> None:
    """Every coder-by-coder array equals its definition counted character by character and unit by unit."""
    length, m = 60, len(coders)
    a = u.build(coders, length)
    units = [[u.join_overlapping(coders[i][c], length) for c in (0, 1)] for i in range(m)]
    marks = np.zeros((m, 2, length))
    for i in range(m):
        for c in (0, 1):
            for s, e in units[i][c]:
                marks[i, c, s:e] = 1

    def meet(x: tuple[int, int], y: tuple[int, int]) -> int:
        return max(0, min(x[1], y[1]) - max(x[0], y[0]))

    for c in (0, 1):
        for i in range(m):
            gaps = [e - s for s, e in _gaps(units[i][c], length)]
            for j in range(m):
                assert a.overlap[c, 1 - c, j, i] == marks[j, c] @ marks[i, 1 - c]
                assert a.gapsum[c, j, i] == sum(x**2 * max(0, g - x + 1)
                                                 for x in (e - s for s, e in units[j][c]) for g in gaps)
                assert a.selfsq[c, j, i] == sum(sum(meet(x, y) for k in (0, 1) for y in units[i][k]) ** 2
                                                for x in units[j][c])
                if i != j:
                    near = sum((x[0] - y[0]) ** 2 + (x[1] - y[1]) ** 2
                               for x in units[i][c] for y in units[j][c] if meet(x, y))
                    far = sum((x[1] - x[0]) ** 2 for p, q in ((i, j), (j, i)) for x in units[p][c]
                              if not any(meet(x, y) for y in units[q][c]))
                    assert a.dist[c, i, j] == near + far


def _gaps(units: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The stretches between and around one coder's joined units, none empty."""
    edges = [0, *(x for unit in units for x in unit), length]
    return [(s, e) for s, e in zip(edges[::2], edges[1::2], strict=True) if e > s]
