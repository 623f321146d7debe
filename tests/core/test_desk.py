"""Where students' work is kept and handed in: one file per student, never another student's."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.annotations import Student, Work
from annotator.core.desk import Preferences, hand_in, work_path
from annotator.core.workfile import load_work


def _work(name: str, student_id: str = "") -> Work:
    return Work("l1", "0" * 64, Student(name, student_id))


def test_students_whose_names_ascii_cannot_spell_get_separate_files(tmp_path: Path) -> None:
    """李明 and 王芳 on one computer must not open or hand in each other's work."""
    assert work_path(tmp_path, "l1", "李明") != work_path(tmp_path, "l1", "王芳")
    assert work_path(tmp_path, "l1", "Ana Pérez") != work_path(tmp_path, "l1", "Ana Perez")
    assert hand_in(_work("李明"), tmp_path) != hand_in(_work("王芳"), tmp_path)


def test_hand_in_to_a_folder_that_is_gone_makes_no_folder(tmp_path: Path) -> None:
    """A USB stick taken out left its mount point's name; handing in made the folder again on the local disk."""
    import pytest

    gone = tmp_path / "media" / "USB STICK"
    with pytest.raises(FileNotFoundError):
        hand_in(_work("Ana Pérez"), gone, make_folder=False)
    assert not gone.exists()


def test_hand_in_never_overwrites_another_students_file(tmp_path: Path) -> None:
    """Two students whose names make the same file name both keep their hand-in."""
    first = hand_in(_work("Ana Pérez"), tmp_path)
    second = hand_in(_work("Ana Perez"), tmp_path)
    assert first != second
    assert load_work(first)[0].student.name == "Ana Pérez"
    assert load_work(second)[0].student.name == "Ana Perez"


def test_handing_in_again_replaces_the_students_own_copy(tmp_path: Path) -> None:
    """A student who hands in twice leaves one up-to-date file, not two."""
    work = _work("Ana Pérez", "s-1")
    first = hand_in(work, tmp_path)
    work.answers["p1"] = "changed my mind"
    assert hand_in(work, tmp_path) == first
    assert load_work(first)[0].answers == {"p1": "changed my mind"}


def test_two_students_of_the_same_name_both_keep_their_hand_in(tmp_path: Path) -> None:
    """A second Kim Lee (no student number) handing in would replace the first Kim Lee's work."""
    first_kim, second_kim = _work("Kim Lee"), _work("Kim Lee")
    first_kim.created, second_kim.created = "2026-11-26T09:00:00+00:00", "2026-11-26T09:00:07+00:00"
    first_kim.answers["p1"] = "first"
    second_kim.answers["p1"] = "second"
    first, second = hand_in(first_kim, tmp_path), hand_in(second_kim, tmp_path)
    assert first != second
    assert [load_work(p)[0].answers["p1"] for p in (first, second)] == ["first", "second"]
    first_kim.answers["p1"] = "first, again"
    assert hand_in(first_kim, tmp_path) == first  # each one's own copy is still replaced


def test_a_file_that_cannot_be_read_is_not_overwritten_by_a_hand_in(tmp_path: Path) -> None:
    """Whatever sits under the hand-in name (a teacher's note, a broken file) survives."""
    target = tmp_path / "l1__ana-perez.yaml"
    target.write_text("not yours", encoding="utf-8")
    written = hand_in(_work("Ana Pérez"), tmp_path)
    assert written != target and target.read_text(encoding="utf-8") == "not yours"


def test_updating_one_preference_keeps_what_another_window_saved(tmp_path: Path) -> None:
    """Zooming in one window would undo the grouping chosen in another one a moment earlier."""
    Preferences.update(tmp_path, group_by="prompt")
    Preferences.update(tmp_path, text_size=20)
    prefs = Preferences.load(tmp_path)
    assert (prefs.group_by, prefs.text_size) == ("prompt", 20)
    with pytest.raises(AttributeError):
        Preferences.update(tmp_path, colour="red")


def test_an_unreadable_preferences_file_does_not_cost_the_student_their_name(tmp_path: Path) -> None:
    """Zooming with a damaged preferences file wrote the defaults over the name the window knew."""
    (tmp_path / "preferences.json").write_text("{not json", encoding="utf-8")
    mine = Preferences(student_name="Kim Lee", student_id="s-7")
    Preferences.update(tmp_path, mine, text_size=20)
    prefs = Preferences.load(tmp_path)
    assert (prefs.student_name, prefs.student_id, prefs.text_size) == ("Kim Lee", "s-7", 20)


def test_a_hand_in_does_not_carry_the_students_account_name(tmp_path: Path) -> None:
    """The hand-in's first line named the schema by a path on the student's computer, with their account name."""
    written = hand_in(_work("Kim Lee"), tmp_path)
    first = written.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=https://annotator.invalid/schemas/annotations.schema.json"
    assert load_work(written)[0].student.name == "Kim Lee"
