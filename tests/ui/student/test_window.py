"""The student window: every control named for a screen reader, and the prompts, My highlights and the find bar
built just after the first frame, from the work as it is then."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from annotator.core.annotations import Annotation, Student, Work
from annotator.core.desk import work_path
from annotator.core.feedback import Feedback, feedback_path, save_feedback
from annotator.core.pack import Pack
from annotator.core.workfile import save_work
from tests.ui.conftest import ANA, FakeDialogs
from tests.ui.driving import filled_in


def test_every_control_has_an_accessible_name(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """A screen reader can name every control a student can reach."""
    window = open_window()
    unnamed = []
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        name = w.accessibleName() or getattr(w, "text", lambda: "")()
        if not name and type(w).__name__ not in {
            "QScrollBar",
            "QTabBar",
            "QSplitterHandle",
            "QMenuBar",
            "QScrollArea",
            "QWidget",
        }:
            unnamed.append(type(w).__name__)
    assert unnamed == []


def saved_work(hanoi: Pack, path: Path, answer: str = "") -> Annotation:
    """A student's earlier work on the bundled lesson: one highlight with a note, and maybe an answer."""
    i = hanoi.article.text.index("Ron Johnson")
    a = Annotation("RONJ01", "named-source", i, i + 11, "Ron Johnson", note="a senator")
    answers = {written(hanoi): answer} if answer else {}
    save_work(path, Work(hanoi.lesson.id, hanoi.article.sha256, ANA, annotations={a.id: a},
                         answers=answers))
    return a


def written(hanoi: Pack) -> str:
    """The first prompt that asks for a written answer."""
    return next(p.id for p in hanoi.lesson.prompts if p.expects.answer)


def test_a_window_never_drawn_builds_its_lists_when_they_are_asked_for(qtbot, hanoi, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Code that reads the prompts of a hidden window (the answer key, tests, a screenshot) found nothing there."""
    from annotator.ui.student.opening import open_student_window

    window = open_student_window(hanoi, data_dir=tmp_path, student=Student("Ana"), dialogs=FakeDialogs())  # type: ignore[arg-type]
    assert window is not None
    qtbot.addWidget(window)
    qtbot.wait(20)
    assert not window.fully_built  # nothing was painted, so nothing was added
    assert len(window.prompts.progress_labels) == len(hanoi.lesson.prompts)
    assert window.fully_built and window.tabs.widget(1).isAncestorOf(window.highlights)


def test_saved_work_is_in_the_lists_that_fill_in_after_the_first_frame(qtbot, open_window, hanoi, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A returning student's highlights and answers must be there when the lists appear, not only after an edit."""
    data = tmp_path / "data"
    path = work_path(data, hanoi.lesson.id, ANA.name, ANA.id)
    path.parent.mkdir(parents=True)
    a = saved_work(hanoi, path, answer="They are all officials.")
    window = open_window(data_dir=data)
    filled_in(qtbot, window)
    window.choose(a.id)
    row = window.highlights.row_of(a.id)
    assert row is not None and window.highlights.currentItem() is row
    assert window.prompts.answer_boxes[written(hanoi)].toPlainText() == "They are all officials."
    assert "1 of" in window.prompts.progress_labels[hanoi.lesson.prompts[0].id].text()  # named sources: 1 marked


def test_answers_shown_after_a_returned_files_first_frame_are_read_only(qtbot, open_window, hanoi, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The prompts built after the first frame of a graded file would have let the student type new answers."""
    path = tmp_path / "class" / "hanoi-summit-2019__ana-perez.yaml"
    path.parent.mkdir(parents=True)
    saved_work(hanoi, path, answer="Officials.")
    work = Work(hanoi.lesson.id, hanoi.article.sha256, ANA)
    save_feedback(feedback_path(path), Feedback.for_work(work, path))
    window = open_window(work_file=path, student=None)
    filled_in(qtbot, window)
    boxes = window.prompts.answer_boxes.values()
    assert boxes and all(box.isReadOnly() for box in boxes)


def test_find_opens_at_once_even_before_the_find_bar_was_built(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+F pressed as the window appears must open the find bar, not do nothing."""
    window = open_window()
    assert not window.fully_built
    window.show_find()
    assert window.find_bar.isVisible() and window.focusWidget() is window.find_box


def test_nothing_moves_when_the_prompts_fill_in(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """A side panel laid out without its tabs would jump when they appear, under the student's mouse."""
    window = open_window()
    assert not window.fully_built and not window.tabs.isVisible()
    before = [w.geometry() for w in (window.palette_box, window.note_panel, window.tabs, window.article)]
    assert before[2].height() > 100  # the tabs' room is kept while they are hidden
    filled_in(qtbot, window)
    assert window.tabs.isVisible()
    assert [w.geometry() for w in (window.palette_box, window.note_panel, window.tabs, window.article)] == before


def test_where_the_work_is_saved_stays_readable_on_a_small_screen_in_french(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """On 1024×600 the French status line was cut at "…/ana-"; a hint covers it only for a while."""
    from annotator.ui.common.application import install_language

    install_language("fr")
    window = open_window()
    window.finish_building()  # the line is added just after the first frame
    window.resize(1016, 564)
    qtbot.wait(20)
    label = window.where_saved
    assert label.isVisible() and label.text().startswith("Ton travail est enregistré")
    assert label.text().endswith(window.work_file.name) and str(window.work_file) in label.toolTip()
    assert label.geometry().right() < window.save_state.geometry().left()
    window.statusBar().showMessage("Astuce", 50)
    assert not label.isVisible()
    qtbot.waitUntil(label.isVisible)
