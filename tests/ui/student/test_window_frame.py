"""The frame of the student's window: the article on screen first, the rest just after, never on a closed window."""

from __future__ import annotations

from annotator.core.annotations import Student
from annotator.ui.student.highlight_list import HighlightList
from annotator.ui.student.side_panels import PromptsPanel
from tests.ui.conftest import FakeDialogs
from tests.ui.driving import filled_in


def test_the_first_frame_does_not_wait_for_the_prompts_and_my_highlights(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Building the prompts and the list before showing anything kept the student waiting for the article."""
    window = open_window()
    assert window.findChildren(PromptsPanel) == [] and window.findChildren(HighlightList) == []
    assert not window.fully_built

    filled_in(qtbot, window)
    [prompts] = window.findChildren(PromptsPanel)
    [highlights] = window.findChildren(HighlightList)
    assert window.tabs.widget(0).isAncestorOf(prompts) and window.tabs.widget(1).isAncestorOf(highlights)
    assert prompts.isVisible() and prompts is window.prompts and highlights is window.highlights


def test_a_window_closed_before_its_lists_were_built_leaves_nothing_behind(qtbot, hanoi, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Switching student right after a window appeared made the queued build run on a deleted window."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from annotator.ui.student.opening import open_student_window

    window = open_student_window(hanoi, data_dir=tmp_path, student=Student("Ana"), dialogs=FakeDialogs())  # type: ignore[arg-type]
    assert window is not None
    window.show()
    shown = window.windowHandle()
    while not shown.isExposed():  # one pass at a time: it stops at the first frame, the build queued
        QCoreApplication.processEvents()
    assert not window.fully_built
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with qtbot.captureExceptions() as raised:
        qtbot.wait(30)  # the queued build's turn
    assert raised == []
