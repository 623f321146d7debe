"""A class's handed-in files read for grading: one submission per student, namesakes told apart, duplicates named."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from annotator.core.annotations import Student
from annotator.core.pack import Pack
from annotator.core.roster import load_class
from tests.commands.test_grade import ana_annotations, write_pack, write_work


@pytest.fixture
def pack(tmp_path: Path) -> Pack:
    """The small lesson pack of the grading tests."""
    return write_pack(tmp_path / "pack")


def test_same_name_without_id_is_the_same_student(tmp_path: Path, pack: Pack) -> None:
    """A student who handed in twice would be graded twice (or the older file graded)."""
    folder = tmp_path / "class"
    text = pack.article.text
    write_work(folder / "a.yaml", pack, Student("Ana  Pérez"), ana_annotations(text), modified="2026-11-26T11:00:00Z")
    write_work(folder / "b.yaml", pack, Student("ana pérez"), [], modified="2026-11-26T10:00:00+00:00")
    write_work(folder / "c.yaml", pack, Student(""), [])
    write_work(folder / "d.yaml", pack, Student(""), [])  # two nameless files are two students
    roster = load_class([folder], pack)
    assert sorted(s.path.name for s in roster.submissions) == ["a.yaml", "c.yaml", "d.yaml"]
    [problem] = roster.problems
    assert problem.file == str(folder / "b.yaml") and "more than once" in problem.message


def test_two_students_of_the_same_name_are_both_graded(tmp_path: Path, pack: Pack) -> None:
    """One of two Kim Lees (no student numbers) would be dropped as a duplicate and get no grade."""
    from annotator.core.roster import load_class

    folder = tmp_path / "class"
    folder.mkdir()
    text = pack.article.text
    write_work(folder / "kim.yaml", pack, Student("Kim Lee"), ana_annotations(text),
               created="2026-11-26T09:00:00+00:00")
    write_work(folder / "kim-2.yaml", pack, Student("kim  lee"), ana_annotations(text)[:1],
               created="2026-11-26T09:00:07+00:00")
    write_work(folder / "kim-old.yaml", pack, Student("Kim Lee"), [], created="2026-11-26T09:00:00+00:00",
               modified="2026-11-26T09:30:00+00:00")  # the first Kim's earlier copy: a real duplicate
    roster = load_class([folder], pack)
    assert sorted(s.path.name for s in roster.submissions) == ["kim-2.yaml", "kim.yaml"]
    messages = [p.message for p in roster.problems]
    assert any("2 students named 'Kim Lee'" in m or "2 students named 'kim  lee'" in m for m in messages)
    assert any("handed in more than once" in m for m in messages)


def test_a_file_that_does_not_say_when_its_work_began_is_the_one_namesake(tmp_path: Path, pack: Pack) -> None:
    """Hand-in took such a file for the same student; grading counted it as a second one."""
    from annotator.core.roster import load_class

    folder = tmp_path / "class"
    folder.mkdir()
    text = pack.article.text
    write_work(folder / "kim.yaml", pack, Student("Kim Lee"), ana_annotations(text),
               created="2026-11-26T09:00:00+00:00", modified="2026-11-26T10:00:00+00:00")
    write_work(folder / "kim-undated.yaml", pack, Student("Kim Lee"), [], created="",
               modified="2026-11-26T09:30:00+00:00")
    roster = load_class([folder], pack)
    assert [s.path.name for s in roster.submissions] == ["kim.yaml"]
    assert any("handed in more than once" in p.message for p in roster.problems)


def test_a_zip_entry_named_longer_than_a_path_can_be_is_graded(tmp_path: Path, pack: Pack) -> None:
    """Looking for its feedback beside it (CLASS.zip!/…) raised 'File name too long' and stopped the grading."""
    write_work(tmp_path / "ana.yaml", pack, Student("Ana Pérez"), ana_annotations(pack.article.text))
    deep = "a/" * 3000 + "ana.yaml"  # 6,000 characters: more than PATH_MAX
    with zipfile.ZipFile(tmp_path / "class.zip", "w") as archive:
        archive.writestr(deep, (tmp_path / "ana.yaml").read_bytes())
        archive.writestr("x" * 300 + ".yaml", (tmp_path / "ana.yaml").read_bytes())  # a name over NAME_MAX
    (tmp_path / "class.zip!").mkdir()  # the teacher's feedback folder beside the zip
    roster = load_class([tmp_path / "class.zip"], pack)
    assert len(roster.submissions) == 1
    [problem] = roster.problems  # the same student twice: the second file is named, never a traceback
    assert "more than once" in problem.message
