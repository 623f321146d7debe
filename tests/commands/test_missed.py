"""`annotator grade --missed/--confusion` and the teacher's report: what the class missed and took it for."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.annotations import Student
from annotator.core.pack import Pack
from tests.commands.test_grade import SCRIPT, ann, read_csv, write_pack, write_work


@pytest.fixture
def pack(tmp_path: Path) -> Pack:
    """The small lesson with its key."""
    return write_pack(tmp_path / "pack")


def confused_class(folder: Path, pack: Pack) -> Path:
    """Three students find the unnamed official; two call it a named source (one named with a script tag)."""
    t = pack.article.text
    for n, cat in enumerate(["unnamed-source"] * 3 + ["named-source"] * 2):
        write_work(folder / f"s{n}.yaml", pack, Student(SCRIPT if n == 4 else f"Student {n}", f"s-{n}"),
                   [ann("a1", cat, "a senior official", t), ann("a2", "framing", "stunning collapse", t)])
    return folder


def test_missed_and_confusion_csv(tmp_path: Path, pack: Pack) -> None:
    """The teacher gets one row per key passage saying 2 of 5 took the official for a named source, and the table."""
    folder = confused_class(tmp_path / "class", pack)
    missed, table = tmp_path / "missed.csv", tmp_path / "confusion.csv"
    status = main(["grade", str(folder), "--lesson", str(pack.path), "--csv", str(tmp_path / "g.csv"),
                   "--missed", str(missed), "--confusion", str(table)])
    assert status == 0
    rows = read_csv(missed)
    k2 = next(r for r in rows if r[0] == "k2")
    assert k2[rows[0].index("found")] == "3" and k2[rows[0].index("marked_as_named-source")] == "2"
    assert "2 of 5 marked “a senior official” as Named source." in k2[-1]
    conf = read_csv(table)
    unnamed = next(r for r in conf if r[0] == "Unnamed source")
    assert unnamed[conf[0].index("Named source")] == "2"
    assert "nan" not in missed.read_text(encoding="utf-8-sig").lower()


def test_missed_csv_is_refused_inside_the_lesson(tmp_path: Path, pack: Pack,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A mistyped --missed inside the lesson pack is refused before anything is written."""
    folder = confused_class(tmp_path / "class", pack)
    status = main(["grade", str(folder), "--lesson", str(pack.path), "--csv", str(tmp_path / "g.csv"),
                   "--missed", str(pack.path / "missed.csv")])
    assert status == 1 and "inside the lesson pack" in capsys.readouterr().err
    assert not (pack.path / "missed.csv").exists() and not (tmp_path / "g.csv").exists()


def test_teacher_report_has_the_class_section_and_the_students_copy_does_not(tmp_path: Path, pack: Pack) -> None:
    """The class's confusions go in the teacher's copy only; the students' copy never quotes the key."""
    folder = confused_class(tmp_path / "class", pack)
    reports = tmp_path / "reports"
    assert main(["grade", str(folder), "--lesson", str(pack.path), "--csv", str(tmp_path / "g.csv"),
                 "--report", str(reports)]) == 0
    teacher = (reports / "teacher" / "Student-0_s-0.html")
    pages = sorted((reports / "teacher").glob("*.html"))
    page = (teacher if teacher.exists() else pages[0]).read_text(encoding="utf-8")
    assert "The class and the key" in page and "2 as Named source" in page
    assert "Which category the class gave" in page and "from start to last change" in page
    for student_page in (reports / "students").glob("*.html"):
        text = student_page.read_text(encoding="utf-8")
        assert "The class and the key" not in text and "people familiar with the talks" not in text
        assert "Work: " in text
        assert SCRIPT not in text  # escaped, never raw


def test_students_csv_without_a_key(tmp_path: Path) -> None:
    """`agreement --students` works with no key: one row per student with highlights, coverage, notes and minutes."""
    pack = write_pack(tmp_path / "pack", with_key=False)
    folder = confused_class(tmp_path / "class", pack)
    out_csv = tmp_path / "students.csv"
    assert main(["agreement", str(folder), "--lesson", str(pack.path), "--students", str(out_csv),
                 "--resamples", "20"]) == 0
    rows = read_csv(out_csv)
    assert len(rows) == 6 and rows[0][0] == "student"
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["highlights"] == "2" and first["minutes_on_task"] == "26.2"
    assert 0 < float(first["share_of_article"]) < 1
