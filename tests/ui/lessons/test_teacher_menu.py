"""The File and Teacher menus' lesson tools: open a returned file, switch student, promote passages to the key."""

from __future__ import annotations

from pathlib import Path

from annotator.core.annotations import Annotation, Student, Work
from annotator.core.consensus import ConsensusPassage
from annotator.core.desk import Preferences
from annotator.core.key_sheet import KeySheet
from annotator.core.pack import Pack, load_pack
from annotator.core.workfile import save_work
from annotator.resources import default_lesson
from annotator.ui.lessons.teacher_menu import TeacherTools
from tests.ui.conftest import FakeDialogs


def test_open_a_returned_file_from_the_file_menu(qtbot, open_window, tmp_path: Path, hanoi) -> None:  # type: ignore[no-untyped-def]
    """File ▸ Open finds the file's lesson and shows the student's work, teacher's comments included."""
    from annotator.core.feedback import Feedback, feedback_path, save_feedback
    from annotator.ui.lessons.teacher_menu import TeacherTools
    from tests.ui.conftest import FakeDialogs

    work = Work(hanoi.lesson.id, hanoi.article.sha256, Student("Ana Pérez"))
    i = hanoi.article.text.index("Ron Johnson")
    work.annotations["RJ0001"] = Annotation("RJ0001", "named-source", i, i + 11, "Ron Johnson")
    returned = tmp_path / "returned.yaml"
    save_work(returned, work)
    fb = Feedback.for_work(work, returned)
    fb.overall = "Well done."
    save_feedback(feedback_path(returned), fb)

    window = open_window()
    tools = TeacherTools(tmp_path / "data", FakeDialogs(folder=returned), window.sheet.work.student)  # type: ignore[arg-type]
    tools.attach(window, hanoi)
    tools.open_work_file()
    opened = tools.window
    qtbot.addWidget(opened)
    assert opened is not window and opened.work_file == returned
    assert list(opened.sheet.work.annotations) == ["RJ0001"]
    assert opened.feedback is not None and opened.feedback.overall == "Well done."


def test_the_next_student_on_a_shared_computer_gets_their_own_work(qtbot, open_window, tmp_path: Path, hanoi) -> None:  # type: ignore[no-untyped-def]
    """File ▸ Switch student opens the lesson with the new student's own, empty work, not the last one's."""
    from annotator.ui.lessons.teacher_menu import TeacherTools
    from tests.ui.conftest import FakeDialogs

    window = open_window()
    i = hanoi.article.text.index("Ron Johnson")
    window.article.select_span(i, i + 11)
    window.mark("named-source")
    dialogs = FakeDialogs(student=("Ben Ode", ""))
    tools = TeacherTools(tmp_path / "data", dialogs, window.sheet.work.student)  # type: ignore[arg-type]
    tools.attach(window, hanoi)
    tools.switch_student()
    ben = tools.window
    qtbot.addWidget(ben)
    assert ben.sheet.work.student.name == "Ben Ode"
    assert ben.sheet.work.annotations == {}
    assert Preferences.load(tmp_path / "data").student_name == "Ben Ode"
    assert "ana" in window.work_file.name and window.work_file.exists()  # Ana's work was saved on close


def test_opening_the_work_already_open_says_so_instead_of_a_read_only_copy(qtbot, open_window, tmp_path: Path,
                                                                            hanoi) -> None:  # type: ignore[no-untyped-def]
    """File ▸ Open on the student's own work found it locked by their own window and opened it read-only."""
    from annotator.ui.lessons.teacher_menu import TeacherTools

    window = open_window()
    dialogs = FakeDialogs(folder=window.work_file)
    tools = TeacherTools(tmp_path / "data", dialogs, window.sheet.work.student, teacher=False)  # type: ignore[arg-type]
    tools.attach(window, hanoi)
    tools.open_work_file()
    assert tools.window is window and not window.read_only_reason
    assert dialogs.messages and "already" in dialogs.messages[-1][0].lower()


def passage(pack: Pack, quote: str, category: str) -> ConsensusPassage:
    """A consensus passage 18 of 24 students marked."""
    start = pack.article.text.index(quote)
    return ConsensusPassage(category, start, start + len(quote), quote, 18, 24)


def test_promoted_passages_open_the_key_of_the_teachers_copy_as_drafts(qtbot, hanoi: Pack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The teacher's key gains the class's passage with its share as rationale; the bundled key never changes."""
    bundled_key = (default_lesson() / "key.yaml").read_bytes()
    assert hanoi.key is not None
    k01 = hanoi.key.items[0]
    fresh = next(c.id for c in hanoi.lesson.categories if c.id not in k01.categories)
    dialogs = FakeDialogs()
    tools = TeacherTools(tmp_path / "data", dialogs)  # type: ignore[arg-type]
    tools.promote_to_key(hanoi, [passage(hanoi, k01.quote, k01.categories[0]), passage(hanoi, k01.quote, fresh)])
    [key_window] = tools.extra_windows
    qtbot.addWidget(key_window)
    assert isinstance(key_window.sheet, KeySheet)
    drafts = [a for a in key_window.sheet.work.annotations.values() if a.note.startswith("Draft from the class")]
    assert [(a.category, a.quote) for a in drafts] == [(fresh, k01.quote)]  # the key's own passage is not doubled
    assert "18 of 24 students (75 %)" in drafts[0].note
    assert "1 draft passage from the class added (1 already in the key)" in key_window.statusBar().currentMessage()
    assert key_window.autosaver.save_now()
    saved = load_pack(key_window.work_file.parent).key
    assert saved is not None and any(it.rationale.startswith("Draft from the class") for it in saved.items)
    assert (default_lesson() / "key.yaml").read_bytes() == bundled_key


def test_answer_key_on_a_bundled_lesson_edits_the_teachers_own_copy(qtbot, open_window, hanoi, tmp_path: Path,
                                                                     dialogs) -> None:  # type: ignore[no-untyped-def]
    """The bundled lesson is never changed: the Teacher menu copies it into the library and opens the key there."""
    from annotator.core.library import library_dir
    from annotator.resources import default_lesson
    from annotator.ui.lessons.teacher_menu import TeacherTools

    bundled_key = (default_lesson() / "key.yaml").read_bytes()
    window = open_window()
    tools = TeacherTools(tmp_path / "data", dialogs, window.sheet.work.student)
    tools.attach(window, hanoi)
    tools.answer_key()
    [key_window] = tools.extra_windows
    qtbot.addWidget(key_window)
    assert key_window.work_file.parent.parent == library_dir(tmp_path / "data")
    assert any("your own copy" in message for _, message in dialogs.messages)
    key_window.choose("k01")
    key_window.delete_current()
    assert key_window.autosaver.save_now()
    assert (default_lesson() / "key.yaml").read_bytes() == bundled_key
    assert all(it.id != "k01" for it in load_pack(key_window.work_file.parent).key.items)  # type: ignore[union-attr]
