"""The class at a glance: who found each key passage, where the highlights are, and how far students agree.

For each key item, how many students found it; for each category, how many students highlighted
each character (runs of equal counts, built from a sparse difference array, so the cost grows with
the number of annotations, not the length of the article); and agreement between students per
category (:func:`unitized_alpha`). One student's score is :mod:`annotator.core.scoring`'s.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from annotator.core.key import AnswerKey
from annotator.core.pack import Pack
from annotator.core.scoring import StudentScore
from annotator.core.worksheet import Worksheet


class Run(NamedTuple):
    """Characters ``[start, end)`` highlighted by ``students`` students."""

    start: int
    end: int
    students: int


@dataclass(frozen=True)
class ClassStats:
    """The class at a glance: who found what, and how far students agree (the heat map is :func:`class_heat`)."""

    students: int
    found_by_item: dict[str, int]  # key item id -> students who found it, in key order
    alpha: dict[str, float | None] = field(default_factory=dict)  # category -> unitized_alpha


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

    Unlike :func:`class_stats` this needs no answer key, so the heat map works for any lesson.
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


def class_stats(scores: Sequence[StudentScore], pack: Pack, *, key: AnswerKey | None = None) -> ClassStats:
    """Key items found by how many, and agreement per category, for a class's scores."""
    key = key if key is not None else pack.key
    items = key.items if key is not None else ()
    found_by_item = {it.id: 0 for it in items}
    per_category: dict[str, list[list[tuple[int, int]]]] = {c.id: [] for c in pack.lesson.categories}
    for score in scores:
        for r in score.items:
            if r.found:
                found_by_item[r.item.id] = found_by_item.get(r.item.id, 0) + 1
        mine: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for mr in score.marks:
            m = mr.mark
            if m.start is not None and m.end is not None:
                mine[m.category].append((m.start, m.end))
        for c, spans in mine.items():
            per_category.setdefault(c, []).append(spans)
    length = len(pack.article.text)
    alpha = {c: unitized_alpha(highlight_runs(spans), len(scores), length) for c, spans in per_category.items()}
    return ClassStats(len(scores), found_by_item, alpha)
