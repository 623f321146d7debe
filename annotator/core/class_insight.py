"""What the class missed and what they took it for, and what each student did: for the teacher's debrief.

**Key passages** (:func:`key_passages`, with an answer key). For each key passage: how many
students found it (the rule of :mod:`annotator.core.scoring`: one highlight in an accepted
category covering at least the passage's ``min_overlap``), and, among those who did not, how
many highlighted it just as much under a category it does not accept, per category ("9 of 24
marked “a senior administration official” as Named source"). A student who highlighted it under
two wrong categories is counted under both; a student who found it is never counted as
confused, whatever else they marked there.

**Confusion table** (:func:`confusion`). Rows are the categories the key expects, columns the
category each student gave each key passage of that row, and a last column for passages they
did not mark: one count per passage and student. A student who found the passage is counted
under the category of their first matching highlight (an *also accepted* category shows as
itself, so "named or unnamed" items show how the class split); one who did not, under the
category of their first highlight covering enough of it in reading order; otherwise "not
marked". The diagonal is agreement with the key, the rest the confusions worth a lesson.

**Activity** (:func:`activity`, no key needed). Highlights (and how many of them were found on
the article), the share of the article's characters they cover, notes written, written answers
given to the prompts that ask for one, and time on task: from when the work began (the file's
``created:``) to its last change as the file records it (the latest of the file's ``modified:``
and each highlight's ``created:`` and ``modified:``). That is elapsed time, breaks included;
Annotator records nothing more about students than what their file already says.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from annotator.core.class_stats import merge_spans
from annotator.core.i18n import QT_TRANSLATE_NOOP, Words
from annotator.core.key import KeyItem
from annotator.core.lesson import Lesson
from annotator.core.scoring import StudentScore
from annotator.core.text import shorten
from annotator.core.worksheet import Worksheet

NOT_MARKED = ""  # the confusion table's column for passages a student did not mark


class Insight(Words):
    """What the class missed and what each student did, in sentences for the teacher."""


@dataclass(frozen=True)
class PassageOutcome:
    """One key passage across the class: found by how many, and what the others took it for."""

    item: KeyItem
    students: int
    found: int
    taken_as: tuple[tuple[str, int], ...]  # (category id, students), most first, then in lesson order
    unmarked: int  # students who did not highlight enough of it in any category

    @property
    def missed(self) -> int:
        """Students who did not find it."""
        return self.students - self.found

    def sentences(self, labels: dict[str, str], width: int = 60) -> list[str]:
        """"9 of 24 found …", then one sentence per category it was taken for."""
        quote = f"“{shorten(self.item.quote, width)}”"
        expected = labels.get(self.item.categories[0], self.item.categories[0])
        out = [Insight.tr("{found} of {students} found {quote} ({expected}).").format(
            found=self.found, students=self.students, quote=quote, expected=expected)]
        out += [Insight.tr("{n} of {students} marked {quote} as {category}.").format(
            n=n, students=self.students, quote=quote, category=labels.get(c, c)) for c, n in self.taken_as]
        return out


def key_passages(scores: Sequence[StudentScore], lesson: Lesson) -> list[PassageOutcome]:
    """Every key passage in key order, with what the class made of it (``scores``: one per student)."""
    if not scores:
        return []
    order = {c.id: n for n, c in enumerate(lesson.categories)}
    categories = [_category_of(score) for score in scores]
    out = []
    for j, first in enumerate(scores[0].items):
        found, unmarked = 0, 0
        taken: Counter[str] = Counter()
        for score, by_id in zip(scores, categories, strict=True):
            r = score.items[j]
            if r.found:
                found += 1
                continue
            cats = _categories_of(by_id, r.other_category)
            taken.update(cats)  # each category once: _categories_of gives each once
            unmarked += not cats
        ranked = sorted(taken.items(), key=lambda kv: (-kv[1], order.get(kv[0], len(order)), kv[0]))
        out.append(PassageOutcome(first.item, len(scores), found, tuple(ranked), unmarked))
    return out


def _category_of(score: StudentScore) -> dict[str, str]:
    """The category of each of a student's highlights, by id (made once per student, not once per passage)."""
    return {mr.mark.id: mr.mark.category for mr in score.marks}


def _categories_of(by_id: dict[str, str], annotation_ids: Sequence[str]) -> list[str]:
    """The categories of some of a student's highlights (``by_id``: :func:`_category_of`), each once, in order."""
    return list(dict.fromkeys(by_id[a] for a in annotation_ids if a in by_id))


@dataclass(frozen=True)
class Confusion:
    """Counts of (key's expected category, category the student gave the passage or NOT_MARKED)."""

    rows: tuple[str, ...]  # expected categories, in lesson order
    columns: tuple[str, ...]  # the lesson's categories, then NOT_MARKED
    counts: dict[tuple[str, str], int]

    def count(self, expected: str, given: str) -> int:
        """How many passage-and-student pairs fall in one cell."""
        return self.counts.get((expected, given), 0)


def confusion(scores: Sequence[StudentScore], lesson: Lesson) -> Confusion:
    """The category-by-category table of the module docstring."""
    counts: Counter[tuple[str, str]] = Counter()
    expected_seen: set[str] = set()
    for score in scores:
        by_id = _category_of(score)
        for r in score.items:
            expected = r.item.categories[0]
            expected_seen.add(expected)
            given = _categories_of(by_id, r.by if r.found else r.other_category)
            counts[(expected, given[0] if given else NOT_MARKED)] += 1
    known = [c.id for c in lesson.categories]
    rows = tuple(c for c in known if c in expected_seen)
    given_cats = {g for _, g in counts if g}
    columns = (*(c for c in known if c in given_cats or c in rows), NOT_MARKED)
    return Confusion(rows, columns, dict(counts))


def _share(part: int, whole: int) -> float | str:
    """A share with three decimals, or an empty cell when there is no whole (never a division by zero)."""
    return round(part / whole, 3) if whole else ""


def missed_rows(outcomes: Sequence[PassageOutcome], lesson: Lesson) -> tuple[list[str], list[list[object]]]:
    """The ``--missed`` CSV: one row per key passage, a column per category it was taken for."""
    labels = {c.id: c.label for c in lesson.categories}
    cats = [c.id for c in lesson.categories]
    header = ["item", "quote", "expected", "accepted", "students", "found", "found_share", "missed",
              *[f"marked_as_{c}" for c in cats], "not_marked", "sentence"]
    rows: list[list[object]] = []
    for o in outcomes:
        taken = dict(o.taken_as)
        rows.append([o.item.id, o.item.quote, labels.get(o.item.categories[0], o.item.categories[0]),
                     "; ".join(labels.get(c, c) for c in o.item.categories), o.students, o.found,
                     _share(o.found, o.students), o.missed, *[taken.get(c, 0) for c in cats], o.unmarked,
                     " ".join(o.sentences(labels, width=200))])
    return header, rows


def confusion_rows(table: Confusion, lesson: Lesson) -> tuple[list[str], list[list[object]]]:
    """The ``--confusion`` CSV: a row per expected category, a column per category given, and the not marked."""
    labels = {c.id: c.label for c in lesson.categories}
    header = ["key expects", *[labels.get(c, c) if c else "not marked" for c in table.columns], "passages x students"]
    rows: list[list[object]] = []
    for r in table.rows:
        cells = [table.count(r, c) for c in table.columns]
        rows.append([labels.get(r, r), *cells, sum(cells)])
    return header, rows


# --- one student's activity ------------------------------------------------------------------


@dataclass(frozen=True)
class Activity:
    """What one student's file says they did."""

    highlights: int
    placed: int  # highlights found on the article (the others are orphaned)
    covered: int  # characters of the article under at least one highlight
    length: int  # characters in the article
    notes: int
    answers: int  # written answers to prompts that ask for one
    answers_asked: int  # prompts that ask for a written answer
    minutes: float | None  # from when the work began to its last change; None when the file cannot say
    time_note: str = ""  # why there is no time on task, in English (``Insight.tr`` shows it translated)

    @property
    def share(self) -> float | None:
        """Share of the article covered (0-1), None for an empty article."""
        return self.covered / self.length if self.length else None

    def summary(self) -> str:
        """One sentence: "12 highlights covering 8.5 % of the article, 10 notes, 2 of 3 written answers, 41 min"."""
        share = "—" if self.share is None else f"{100 * self.share:.1f} %"
        lost = self.highlights - self.placed
        time = Insight.tr("{time} from start to last change").format(time=format_minutes(self.minutes)) \
            if self.minutes is not None else Insight.tr(self.time_note) if self.time_note else ""
        highlights = (Insight.tr("%n highlight(s) ({lost} not found in the article)", "", self.highlights).format(
            lost=lost) if lost else Insight.tr("%n highlight(s)", "", self.highlights))
        return Insight.tr("{highlights} covering {share} of the article, {notes}, {answers} of {asked} written "
                          "answers; {time}.").format(highlights=highlights, share=share,
                                                     notes=Insight.tr("%n note(s)", "", self.notes),
                                                     answers=self.answers, asked=self.answers_asked, time=time)


def format_minutes(minutes: float | None) -> str:
    """"41 min", "2 h 05 min", or "—"."""
    if minutes is None:
        return "—"
    whole = round(minutes)
    return f"{whole} min" if whole < 60 else f"{whole // 60} h {whole % 60:02d} min"


def _when(stamp: str) -> datetime | None:
    try:
        t = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return t if t.tzinfo is not None else t.replace(tzinfo=UTC)


def activity(sheet: Worksheet, lesson: Lesson) -> Activity:
    """The :class:`Activity` of one student's placed work."""
    work = sheet.work
    spans = [span for a in work.annotations if (span := sheet.shown_span(a)) is not None]
    covered = sum(e - s for s, e in merge_spans(spans))  # characters under at least one highlight, counted once
    asked = [p.id for p in lesson.prompts if p.expects.answer]
    answers = sum(1 for pid in asked if work.answers.get(pid, "").strip())
    notes = sum(1 for a in work.annotations.values() if a.note.strip())
    minutes, why = time_on_task(sheet)
    return Activity(len(work.annotations), len(spans), covered, len(sheet.article.text), notes, answers,
                    len(asked), minutes, why)


def time_on_task(sheet: Worksheet) -> tuple[float | None, str]:
    """Minutes from the work's start to its last recorded change, or None and why not."""
    work = sheet.work
    began = _when(work.created) if work.created else None
    if began is None:
        return None, QT_TRANSLATE_NOOP("Insight", "the file does not say when the work began")
    stamps = [work.modified, *(a.created for a in work.annotations.values()),
              *(a.modified for a in work.annotations.values())]
    times = [t for s in stamps if s and (t := _when(s)) is not None]
    if not times:
        return None, QT_TRANSLATE_NOOP("Insight", "the file records no change after the work began")
    last = max(times)
    if last < began:
        return None, QT_TRANSLATE_NOOP("Insight", "the file's times run backwards (a computer clock was wrong)")
    return (last - began).total_seconds() / 60, ""


def activity_rows(names: Sequence[str], activities: Sequence[Activity]) -> tuple[list[str], list[list[object]]]:
    """The per-student CSV: one row per student; an unknown time is an empty cell."""
    header = ["student", "highlights", "not_found_in_article", "characters_covered", "share_of_article", "notes",
              "written_answers", "answers_asked", "minutes_on_task", "note"]
    rows: list[list[object]] = [
        [name, a.highlights, a.highlights - a.placed, a.covered, _share(a.covered, a.length), a.notes, a.answers,
         a.answers_asked, "" if a.minutes is None else round(a.minutes, 1),
         Insight.tr(a.time_note) if a.time_note else ""]
        for name, a in zip(names, activities, strict=True)]
    return header, rows


@dataclass(frozen=True)
class KeyInsight:
    """The class against the key: each passage's outcome and the confusion table (for reports and the Class tab)."""

    passages: tuple[PassageOutcome, ...]
    table: Confusion


def key_insight(scores: Sequence[StudentScore], lesson: Lesson) -> KeyInsight:
    """:func:`key_passages` and :func:`confusion` together."""
    return KeyInsight(tuple(key_passages(scores, lesson)), confusion(scores, lesson))
