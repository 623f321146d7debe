"""`annotator agreement`: the class's agreement with or without a key, and every bad class a teacher meets."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.commands.agreement import run_agreement
from annotator.core.annotations import Annotation, Student
from annotator.core.pack import Pack
from tests.commands.test_grade import ann, read_csv, write_pack, write_work


@pytest.fixture
def pack(tmp_path: Path) -> Pack:
    """The small three-category lesson, with its key."""
    return write_pack(tmp_path / "pack")


def make_class(folder: Path, pack: Pack, count: int = 4) -> Path:
    """``count`` students who all mark the named source and the framing, and disagree on the unnamed source."""
    folder.mkdir(parents=True, exist_ok=True)
    t = pack.article.text
    unnamed = ["a senior official", "senior official", "According to a senior official", "Two people familiar"]
    for n in range(count):
        write_work(folder / f"s{n}.yaml", pack, Student(f"Student {n}", f"s-{n}"), [
            ann("a1", "named-source", "Senator Jane Roe", t),
            ann("a2", "framing", "stunning collapse", t),
            ann("a3", "unnamed-source", unnamed[n % len(unnamed)], t)])
    return folder


def run(args: list[Path | str], pack: Pack) -> tuple[int, str, str]:
    """Run the command as the cli does; return status, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    inputs = [Path(a) for a in args]
    status = run_agreement(inputs, lesson=pack.path, out=out, err=err, resamples=200)
    return status, out.getvalue(), err.getvalue()


def test_agreement_prints_every_category_with_sentences(tmp_path: Path, pack: Pack) -> None:
    """A teacher sees, per category, the figures with three decimals and a sentence that says what they mean."""
    status, out, _ = run([make_class(tmp_path / "class", pack)], pack)
    assert status == 0
    assert "agreement of 4 students from 4 files" in out
    assert "Named source: Students agree on which passages are Named source." in out
    assert "1.000" in out
    assert "Unnamed source: Students" in out and "All categories" in out


def test_csv_has_the_figures_and_never_nan(tmp_path: Path, pack: Pack) -> None:
    """The CSV holds numbers a spreadsheet reads (negative ones too) and an empty cell where a figure is undefined."""
    folder = make_class(tmp_path / "class", pack, count=1)
    out_csv = tmp_path / "agreement.csv"
    status = main(["agreement", str(folder), "--lesson", str(pack.path), "--csv", str(out_csv),
                   "--pairs", str(tmp_path / "pairs.csv"), "--resamples", "50"])
    assert status == 0
    rows = read_csv(out_csv)
    assert rows[0][:6] == ["category", "label", "students", "highlights", "characters", "char_alpha"]
    assert all("nan" not in cell.lower() for row in rows for cell in row)
    assert rows[1][5] == ""  # one student: nothing to compare
    assert "fewer than three" not in rows[1][-1]
    pairs = read_csv(tmp_path / "pairs.csv")
    assert pairs[1][:2] == ["Student 0 (s-0)", "answer key"]


def test_one_student_gets_a_sentence_not_a_division_by_zero(tmp_path: Path, pack: Pack) -> None:
    """A class of one is told why there is no figure, instead of a crash or a NaN."""
    status, out, _ = run([make_class(tmp_path / "class", pack, count=1)], pack)
    assert status == 0
    assert "only 1 student: agreement between fewer than three students means little" in out
    assert "Too few students or highlights" in out
    assert "nan" not in out.lower()


def test_a_category_nobody_used_is_named(tmp_path: Path, pack: Pack) -> None:
    """A category no student highlighted gets its own sentence and warning, and no made-up figure."""
    folder = tmp_path / "class"
    folder.mkdir()
    t = pack.article.text
    for n in range(3):
        write_work(folder / f"s{n}.yaml", pack, Student(f"S{n}", f"s-{n}"), [ann("a", "framing", "stunning", t)])
    status, out, _ = run([folder], pack)
    assert status == 0
    assert "Nobody highlighted Named source; there is nothing to agree on." in out
    assert "warning: nobody highlighted Named source" in out


def test_other_lesson_duplicate_and_orphans_are_reported_and_left_out(tmp_path: Path, pack: Pack) -> None:
    """A file for another lesson and a student's older copy are reported; orphaned highlights are counted, not used."""
    folder = make_class(tmp_path / "class", pack, count=3)
    t = pack.article.text
    write_work(folder / "other.yaml", pack, Student("Zed", "s-9"), [ann("a", "framing", "stunning", t)],
               lesson_id="another-lesson")
    write_work(folder / "s0-old.yaml", pack, Student("Student 0", "s-0"), [], modified="2026-11-01T00:00:00+00:00")
    orphan = Annotation("o", "framing", 5, 20, "words that are nowhere in it", "", "")
    write_work(folder / "s5.yaml", pack, Student("Student 5", "s-5"), [ann("a", "framing", "stunning", t), orphan])
    status, out, err = run([folder], pack)
    assert status == 0
    assert "made for lesson 'another-lesson'" in err
    assert "handed in more than once" in err
    assert "agreement of 4 students" in out
    assert "1 highlight not found in the article is left out of agreement" in out


def test_a_student_who_marked_nothing_is_warned_about(tmp_path: Path, pack: Pack) -> None:
    """An empty file counts as 'not this' everywhere; the teacher is told, since it pulls agreement down."""
    folder = make_class(tmp_path / "class", pack, count=3)
    write_work(folder / "empty.yaml", pack, Student("Quiet", "s-7"), [])
    _, out, _ = run([folder], pack)
    assert "Quiet (s-7) highlighted nothing" in out


def test_unknown_category_is_a_usage_mistake(tmp_path: Path, pack: Pack) -> None:
    """``--category`` with a misspelt id says which ids the lesson has (exit 2)."""
    err = io.StringIO()
    status = run_agreement([make_class(tmp_path / "class", pack)], lesson=pack.path, out=io.StringIO(), err=err,
                           category="framming")
    assert status == 2
    assert "no category 'framming'" in err.getvalue() and "framing" in err.getvalue()
