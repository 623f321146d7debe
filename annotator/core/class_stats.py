"""Where the class's highlights are: how many students highlighted each character, per category.

Runs of equal counts are built from a sparse difference array, so the cost grows with the number
of annotations, not the length of the article; they draw the heat map. :func:`unitized_alpha` is
the per-character alpha written out plainly from those runs: the tests and the benchmark keep it
as the reference for the vectorised figure :mod:`annotator.core.agreement` reports. Who found each
key passage is :mod:`annotator.core.class_insight`'s.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from annotator.core.worksheet import Worksheet


class Run(NamedTuple):
    """Characters ``[start, end)`` highlighted by ``students`` students."""

    start: int
    end: int
    students: int


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching spans joined, empty ones dropped, in order."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def highlight_runs(students: Iterable[Iterable[tuple[int, int]]]) -> list[Run]:
    """How many students highlighted each character, as runs of equal non-zero count.

    Each student's spans are joined first, so a student counts once per character however many
    of their highlights overlap there. A sparse difference array (+1 at each start, -1 at each
    end) swept in order costs O(k log k) for k spans, whatever the length of the text.
    """
    delta: defaultdict[int, int] = defaultdict(int)
    for spans in students:
        for s, e in merge_spans(spans):
            delta[s] += 1
            delta[e] -= 1
    runs: list[Run] = []
    count, prev = 0, 0
    for pos in sorted(delta):
        if count and pos > prev:
            if runs and runs[-1].end == prev and runs[-1].students == count:
                runs[-1] = Run(runs[-1].start, pos, count)
            else:
                runs.append(Run(prev, pos, count))
        count += delta[pos]
        prev = pos
    return runs


def class_heat(sheets: Iterable[Worksheet], category: str = "") -> list[Run]:
    """How many students highlighted each stretch of the article (in one category, or any), from their placed spans.

    It needs no answer key, so the heat map works for any lesson.
    """
    per_student = []
    for sheet in sheets:
        spans = []
        for aid, a in sheet.work.annotations.items():
            where = sheet.shown_span(aid)
            if where is not None and (not category or a.category == category):
                spans.append(where)
        per_student.append(spans)
    return highlight_runs(per_student)


def unitized_alpha(runs: Iterable[Run], coders: int, length: int) -> float | None:
    """Krippendorff's alpha for one category, taking each character as a unit (binary, nominal).

    Every student is a coder who looked at every character of the text and said "in this
    category" (highlighted) or "not" — a student who highlighted nothing says "not" everywhere.
    With ``n_u`` of ``m`` students highlighting character ``u``, ``N`` characters, ``n1`` the
    highlighted and ``n0`` the unhighlighted codings of the ``N·m`` in all::

        alpha = 1 - (N·m - 1) · Σ n_u (m - n_u) / ((m - 1) · n0 · n1)

    which is the textbook coincidence-matrix alpha for this data, computed from the heat-map
    runs in time proportional to their number.

    Why this measure: it is the one a teacher can read off the heat map (full agreement where
    every student or no student highlighted, disagreement where some did), it is cheap, and
    its value is exact for the data it describes. Limits: characters are not independent
    units, so a long passage weighs more than a short one and no confidence interval follows
    from ``N``; it does not see where passages begin and end (one sentence highlighted as one
    piece or as two counts the same), unlike Krippendorff's unitizing alphas (uα, cuα), which
    weigh disagreement by squared lengths of mismatched segments; a rare category is judged
    harshly (few highlighted characters make the expected disagreement small). ``None`` when
    fewer than two students, or when there is nothing to disagree about (nobody highlighted
    the category, or everybody highlighted every character).
    """
    m = coders
    if m < 2 or length <= 0:
        return None
    ones = 0
    disagreement = 0
    for s, e, c in runs:
        width = min(e, length) - max(s, 0)
        if width <= 0:
            continue
        ones += width * c
        disagreement += width * c * (m - c)
    zeros = length * m - ones
    if ones == 0 or zeros == 0:
        return None
    return 1.0 - (length * m - 1) * disagreement / ((m - 1) * zeros * ones)
