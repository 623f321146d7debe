"""Comparing one student's work with the answer key; the class as a whole is in :mod:`annotator.core.class_stats`.

The rule is simple on purpose, so that a teacher can predict every number:

- An annotation **matches** a key item when its category is one the item accepts (the first of
  the item's categories is the expected one, the others are also accepted) and *that one
  annotation* covers at least ``min_overlap`` of the item's characters. Coverage is measured on
  the annotation's *placed* span (where the worksheet shows it after anchoring), so an orphaned
  annotation covers nothing. Two half-highlights do not add up to one whole.
- A key item is **found** when at least one annotation matches it, and **missed** otherwise.
- An annotation is **extra** when it matches no key item (orphans are extra too: they are
  nowhere on the article).
- Per category: recall = found key items / key items *expected* in that category (each item
  counts once, under its first category, whichever accepted category found it); precision =
  annotations of that category matching some key item / annotations of that category.
- A prompt's automatic score = the points of its found items, capped at the prompt's ``points``
  (a prompt with ``points: 0`` is capped at the sum of its items' points). Items with no prompt
  count towards the total and its maximum, outside every prompt. The teacher's scores from a
  feedback file replace the automatic ones (:func:`apply_feedback`); nothing else does.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from annotator.core.annotations import Work
from annotator.core.feedback import Feedback
from annotator.core.key import DEFAULT_MIN_OVERLAP, AnswerKey, KeyItem, NotFlagged
from annotator.core.lesson import Lesson
from annotator.core.pack import Pack
from annotator.core.worksheet import Worksheet


@dataclass(frozen=True)
class Mark:
    """One annotation as scoring sees it: category, prompt and placed span (``None`` when orphaned)."""

    id: str
    category: str
    start: int | None
    end: int | None
    prompt: str = ""

    @property
    def placed(self) -> bool:
        """Whether the annotation was found on the article."""
        return self.start is not None and self.end is not None


@dataclass(frozen=True)
class ItemResult:
    """One key item for one student: found or not, and by which annotations."""

    item: KeyItem
    found: bool
    by: tuple[str, ...] = ()  # annotations that match it
    coverage: float = 0.0  # the most of the item one annotation of an accepted category covers (0-1)
    other_category: tuple[str, ...] = ()  # annotations covering enough of it, but in a category it does not accept


@dataclass(frozen=True)
class MarkResult:
    """One annotation for one student: which key items it matches, and any caution from the key."""

    mark: Mark
    matches: tuple[str, ...] = ()  # ids of the key items it matches
    caution: str = ""  # the key's reason when it marks a passage the key says not to flag

    @property
    def extra(self) -> bool:
        """An annotation that matches no key item."""
        return not self.matches


@dataclass(frozen=True)
class CategoryStats:
    """Found / missed / extra, recall and precision for one category."""

    category: str
    key_items: int  # key items whose expected (first) category this is
    found: int  # of those, how many the student found
    annotations: int  # the student's annotations in this category
    matching: int  # of those, how many match some key item

    @property
    def missed(self) -> int:
        """Key items of this category the student did not find."""
        return self.key_items - self.found

    @property
    def extra(self) -> int:
        """Annotations of this category matching no key item."""
        return self.annotations - self.matching

    @property
    def recall(self) -> float | None:
        """found / key items, or None when the key has no item in this category."""
        return self.found / self.key_items if self.key_items else None

    @property
    def precision(self) -> float | None:
        """matching / annotations, or None when the student made none in this category."""
        return self.matching / self.annotations if self.annotations else None


@dataclass(frozen=True)
class PromptScore:
    """A prompt's automatic score, its maximum, and the teacher's score when there is one."""

    prompt: str
    auto: float
    max: float
    override: float | None = None

    @property
    def score(self) -> float:
        """The score that counts: the teacher's if given, else the automatic one."""
        return self.auto if self.override is None else self.override


@dataclass(frozen=True)
class StudentScore:
    """Everything the key says about one student's work."""

    items: tuple[ItemResult, ...]  # in key order
    marks: tuple[MarkResult, ...]  # in reading order, orphans last
    categories: Mapping[str, CategoryStats]  # in lesson order
    prompts: Mapping[str, PromptScore]  # in lesson order
    unassigned: float = 0.0  # points of found items that belong to no prompt
    unassigned_max: float = 0.0
    total_override: float | None = None  # the teacher's total, replacing the sum

    @property
    def auto_total(self) -> float:
        """The total before any teacher override."""
        return math.fsum([p.auto for p in self.prompts.values()] + [self.unassigned])

    @property
    def total(self) -> float:
        """The teacher's total if given, else the sum of the prompt scores (teacher's where given)."""
        if self.total_override is not None:
            return self.total_override
        return math.fsum([p.score for p in self.prompts.values()] + [self.unassigned])

    @property
    def max_total(self) -> float:
        """The most the automatic scores can give."""
        return math.fsum([p.max for p in self.prompts.values()] + [self.unassigned_max])

    @property
    def found(self) -> int:
        """Key items found."""
        return sum(1 for r in self.items if r.found)

    @property
    def missed(self) -> int:
        """Key items missed."""
        return len(self.items) - self.found

    @property
    def extra(self) -> int:
        """Annotations matching no key item (orphans included)."""
        return sum(1 for r in self.marks if r.extra)

    @property
    def orphaned(self) -> int:
        """Annotations that could not be placed on the article."""
        return sum(1 for r in self.marks if not r.mark.placed)

    @property
    def overridden(self) -> bool:
        """Whether the teacher replaced any score."""
        return self.total_override is not None or any(p.override is not None for p in self.prompts.values())


# --- one student -----------------------------------------------------------------------------


def marks_of(sheet: Worksheet) -> list[Mark]:
    """The annotations of a worksheet at their placed spans, in reading order, orphans last."""
    marks = []
    for a in sheet.work.annotations.values():
        span = sheet.shown_span(a.id)
        start, end = span if span is not None else (None, None)
        marks.append(Mark(a.id, a.category, start, end, a.prompt))
    marks.sort(key=_reading_order)
    return marks


def _reading_order(m: Mark) -> tuple[int, int, int, str]:
    if m.start is None or m.end is None:
        return (1, 0, 0, m.id)
    return (0, m.start, m.end, m.id)


def score_work(work: Worksheet | Work, pack: Pack, *, key: AnswerKey | None = None) -> StudentScore:
    """Score one student's work against the pack's key (or ``key``); a bare Work is placed on a copy."""
    key = key if key is not None else pack.key
    if key is None:
        raise ValueError(f"lesson '{pack.lesson.id}' has no answer key")
    if isinstance(work, Work):
        # The worksheet rewrites moved annotations in place; the caller's Work stays as it was.
        work = Worksheet(pack.lesson, pack.article, replace(work, annotations=dict(work.annotations)))
    return score_marks(marks_of(work), pack.lesson, key)


def score_marks(marks: Sequence[Mark], lesson: Lesson, key: AnswerKey) -> StudentScore:
    """Apply the rule of the module docstring to placed annotations."""
    items = key.items
    order = sorted(range(len(items)), key=lambda i: items[i].start)
    starts = [items[i].start for i in order]
    longest = max((it.end - it.start for it in items), default=0)

    by: list[list[str]] = [[] for _ in items]
    other: list[list[str]] = [[] for _ in items]
    best = [0.0] * len(items)
    results: list[MarkResult] = []
    for m in marks:
        matches: list[str] = []
        if m.start is not None and m.end is not None and m.end > m.start:
            # Only items starting less than `longest` before the annotation can overlap it.
            for j in order[bisect_left(starts, m.start - longest) : bisect_left(starts, m.end)]:
                it = items[j]
                covered = min(m.end, it.end) - max(m.start, it.start)
                if covered <= 0:
                    continue
                fraction = covered / (it.end - it.start)
                if m.category in it.categories:
                    best[j] = max(best[j], fraction)
                    if fraction >= it.min_overlap:
                        by[j].append(m.id)
                        matches.append(it.id)
                elif fraction >= it.min_overlap:
                    other[j].append(m.id)
        caution = "" if matches else _caution(m, key.not_flagged)
        results.append(MarkResult(m, tuple(matches), caution))

    item_results = tuple(
        ItemResult(it, bool(by[j]), tuple(by[j]), best[j], tuple(other[j])) for j, it in enumerate(items)
    )
    return StudentScore(
        items=item_results,
        marks=tuple(results),
        categories=_category_stats(lesson, item_results, results),
        prompts=_prompt_scores(lesson, item_results),
        unassigned=math.fsum(r.item.points for r in item_results if r.found and not _prompt_of(lesson, r.item)),
        unassigned_max=math.fsum(r.item.points for r in item_results if not _prompt_of(lesson, r.item)),
    )


def _prompt_of(lesson: Lesson, item: KeyItem) -> str:
    return item.prompt if item.prompt and lesson.prompt(item.prompt) is not None else ""


def _caution(m: Mark, not_flagged: Sequence[NotFlagged]) -> str:
    """The key's reason when an extra annotation covers most of a passage it says not to flag."""
    if m.start is None or m.end is None:
        return ""
    for nf in not_flagged:
        length = nf.end - nf.start
        covered = min(m.end, nf.end) - max(m.start, nf.start)
        if length > 0 and covered / length >= DEFAULT_MIN_OVERLAP and (
            not nf.categories or m.category in nf.categories
        ):
            return nf.reason
    return ""


def _category_stats(
    lesson: Lesson, items: Sequence[ItemResult], marks: Sequence[MarkResult]
) -> dict[str, CategoryStats]:
    names = [c.id for c in lesson.categories]
    seen = set(names)
    for r in marks:  # a category the lesson does not know still gets a row rather than vanishing
        if r.mark.category not in seen:
            seen.add(r.mark.category)
            names.append(r.mark.category)
    stats = {}
    for c in names:
        expected = [r for r in items if r.item.categories[0] == c]
        mine = [r for r in marks if r.mark.category == c]
        stats[c] = CategoryStats(c, len(expected), sum(1 for r in expected if r.found), len(mine),
                                 sum(1 for r in mine if r.matches))
    return stats


def _prompt_scores(lesson: Lesson, items: Sequence[ItemResult]) -> dict[str, PromptScore]:
    scores = {}
    for p in lesson.prompts:
        mine = [r for r in items if r.item.prompt == p.id]
        cap = float(p.points) if p.points else math.fsum(r.item.points for r in mine)
        got = math.fsum(r.item.points for r in mine if r.found)
        scores[p.id] = PromptScore(p.id, min(got, cap), cap)
    return scores


def apply_feedback(score: StudentScore, feedback: Feedback | None) -> StudentScore:
    """The score with the teacher's prompt scores and total from a feedback file put in.

    A feedback score for a prompt the lesson does not have is ignored (the grading command
    reports it); a ``null`` score means "use the automatic one".
    """
    if feedback is None:
        return score
    prompts = dict(score.prompts)
    for pid, pf in feedback.prompts.items():
        if pid in prompts and pf.score is not None:
            prompts[pid] = replace(prompts[pid], override=float(pf.score))
    total = float(feedback.total) if feedback.total is not None else None
    return replace(score, prompts=prompts, total_override=total)


def score_with_feedback(
    work: Worksheet | Work, pack: Pack, feedback: Feedback | None, *, key: AnswerKey | None = None
) -> StudentScore:
    """The score that counts: the work scored against the key, with the teacher's scores from ``feedback`` put in.

    Every place that shows or exports a grade goes through here, so the review window, the
    gradebook and the reports can never disagree about a student's score.
    """
    return apply_feedback(score_work(work, pack, key=key), feedback)
