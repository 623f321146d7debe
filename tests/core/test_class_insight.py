"""What the class missed, what they took it for, and what each student's file says they did."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.annotations import Annotation, Student, Work
from annotator.core.class_insight import (
    NOT_MARKED,
    activity,
    activity_rows,
    confusion,
    confusion_rows,
    format_minutes,
    key_passages,
    missed_rows,
    time_on_task,
)
from annotator.core.pack import Pack
from annotator.core.scoring import score_work
from annotator.core.worksheet import Worksheet
from tests.commands.test_grade import ann, write_pack


@pytest.fixture
def pack(tmp_path: Path) -> Pack:
    """The small three-category lesson with its five-item key."""
    return write_pack(tmp_path / "pack")


def sheet(pack: Pack, anns: list[Annotation], **work: str) -> Worksheet:
    """One student's work placed on the article."""
    w = Work(pack.lesson.id, pack.article.sha256, Student("S"), annotations={a.id: a for a in anns}, **work)
    return Worksheet(pack.lesson, pack.article, w)


def class_of(pack: Pack) -> list[Worksheet]:
    """Four students: two find the unnamed official, one calls it a named source, one marks nothing there."""
    t = pack.article.text
    return [sheet(pack, [ann("a", "unnamed-source", "a senior official", t)]),
            sheet(pack, [ann("a", "unnamed-source", "senior official", t)]),
            sheet(pack, [ann("a", "named-source", "a senior official", t), ann("b", "framing", "a senior", t)]),
            sheet(pack, [ann("a", "framing", "stunning collapse", t)])]


def test_each_key_passage_says_who_found_it_and_what_the_others_took_it_for(pack: Pack) -> None:
    """The teacher reads "1 of 4 marked “a senior official” as Named source", not just a count of misses."""
    scores = [score_work(s, pack) for s in class_of(pack)]
    outcomes = {o.item.id: o for o in key_passages(scores, pack.lesson)}
    k2 = outcomes["k2"]
    assert (k2.found, k2.missed, k2.taken_as, k2.unmarked) == (2, 2, (("named-source", 1),), 1)
    labels = {c.id: c.label for c in pack.lesson.categories}
    assert k2.sentences(labels) == ["2 of 4 found “a senior official” (Unnamed source).",
                                    "1 of 4 marked “a senior official” as Named source."]
    assert outcomes["k3"].found == 1 and outcomes["k3"].taken_as == ()


def test_confusion_table_counts_each_passage_and_student_once(pack: Pack) -> None:
    """Every key passage of every student lands in exactly one cell; the confusion named-vs-unnamed shows."""
    scores = [score_work(s, pack) for s in class_of(pack)]
    table = confusion(scores, pack.lesson)
    assert table.rows == ("named-source", "unnamed-source", "framing")
    assert table.count("unnamed-source", "named-source") == 1
    assert table.count("unnamed-source", "unnamed-source") == 2
    assert sum(table.counts.values()) == 4 * 5
    header, rows = confusion_rows(table, pack.lesson)
    assert header[0] == "key expects" and header[-2] == "not marked"
    assert all(r[-1] == sum(r[1:-1]) for r in rows)
    assert NOT_MARKED in table.columns


def test_missed_csv_rows_have_a_column_per_category_and_no_division_by_zero(pack: Pack) -> None:
    """The CSV row of a passage holds counts a spreadsheet sums, and an empty class gives no rows, not an error."""
    scores = [score_work(s, pack) for s in class_of(pack)]
    header, rows = missed_rows(key_passages(scores, pack.lesson), pack.lesson)
    k2 = next(r for r in rows if r[0] == "k2")
    assert k2[header.index("marked_as_named-source")] == 1 and k2[header.index("found_share")] == 0.5
    assert key_passages([], pack.lesson) == []
    assert missed_rows([], pack.lesson)[1] == []


def test_activity_counts_highlights_coverage_notes_answers_and_time(pack: Pack) -> None:
    """Per student: highlights, share of the article (overlaps once), notes, written answers and minutes on task."""
    t = pack.article.text
    a1 = ann("a", "framing", "stunning collapse", t, note="Loaded.")
    a2 = ann("b", "framing", "a stunning", t)
    a2 = Annotation(**{**a2.__dict__, "modified": "2026-11-26T11:02:00+00:00"})
    orphan = Annotation("c", "framing", 0, 5, "nowhere in the article", "", "")
    s = sheet(pack, [a1, a2, orphan], created="2026-11-26T10:15:00+00:00", modified="2026-11-26T10:41:00+00:00")
    got = activity(s, pack.lesson)
    assert (got.highlights, got.placed, got.notes) == (3, 2, 1)
    assert got.covered == len("a stunning collapse")
    assert got.minutes == pytest.approx(47)
    assert "3 highlights (1 not found in the article)" in got.summary() and "47 min" in got.summary()


@pytest.mark.parametrize(("created", "modified", "why"), [
    ("", "2026-11-26T10:41:00+00:00", "does not say when the work began"),
    ("not a time", "", "does not say when the work began"),
    ("2026-11-26T10:15:00+00:00", "", "records no change"),
    ("2026-11-26T10:15:00+00:00", "2026-11-26T09:00:00+00:00", "run backwards"),
])
def test_time_on_task_says_why_it_is_unknown(pack: Pack, created: str, modified: str, why: str) -> None:
    """A file with no start, no change or a wrong clock gets a sentence and an empty cell, never a negative time."""
    minutes, reason = time_on_task(sheet(pack, [], created=created, modified=modified))
    assert minutes is None and why in reason
    a = activity(sheet(pack, [], created=created, modified=modified), pack.lesson)
    assert activity_rows(["S"], [a])[1][0][8] == ""


def test_minutes_read_as_people_say_them() -> None:
    """Long work reads "2 h 05 min", short "41 min", unknown "—"."""
    assert (format_minutes(41.4), format_minutes(125), format_minutes(None)) == ("41 min", "2 h 05 min", "—")


@pytest.fixture(scope="module")
def shared_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    """The small lesson, once for the property test."""
    return write_pack(tmp_path_factory.mktemp("insight") / "pack")


@settings(max_examples=60, deadline=None)
@given(spans=st.lists(st.tuples(st.integers(0, 150), st.integers(1, 40)), max_size=12))
def test_coverage_never_exceeds_the_article(shared_pack: Pack, spans: list[tuple[int, int]]) -> None:
    """Whatever a student highlights, the covered characters equal the union of their spans (0 to the article)."""
    pack = shared_pack
    t = pack.article.text
    anns = []
    for n, (s, w) in enumerate(spans):
        s = min(s, len(t) - 1)
        e = min(len(t), s + w)
        anns.append(Annotation(f"a{n}", "framing", s, e, t[s:e]))
    got = activity(sheet(pack, anns), pack.lesson)
    union: set[int] = set()
    for a in anns:
        union |= set(range(a.start, a.end))
    assert got.covered == len(union) and got.share is not None and 0 <= got.share <= 1
