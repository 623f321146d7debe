"""The panels beside the article: the note on the current highlight, the teacher's comments, read-only when returned."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.core.annotations import Annotation, Student, Work
from annotator.core.workfile import save_work


def test_note_typed_after_highlighting_is_saved(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """The note a student types goes into their file without any save button."""
    window = open_window()
    text = window.sheet.article.text
    start = text.index("Stephen Biegun")
    window.article.select_span(start, start + len("Stephen Biegun"))
    window.palette_box.buttons["named-source"].click()
    qtbot.keyClicks(window.note_panel.note, "His job is named.")
    qtbot.keyClick(window.note_panel.note, Qt.Key.Key_Escape)
    assert window.article.hasFocus() or window.focusWidget() is window.article
    [a] = window.sheet.work.annotations.values()
    assert a.note == "His job is named."
    qtbot.waitUntil(
        lambda: window.work_file.exists() and "His job is named." in window.work_file.read_text(encoding="utf-8"),
        timeout=4000,
    )
    window.undo()  # typing a note undoes as one step
    assert window.sheet.work.annotations[a.id].note == ""


def test_teacher_feedback_beside_a_returned_file_is_shown(qtbot, open_window, tmp_path: Path, hanoi) -> None:  # type: ignore[no-untyped-def]
    """A student opening their returned file sees the teacher's comments next to what they concern."""
    from annotator.core.feedback import Feedback, PromptFeedback, feedback_path, save_feedback

    work = Work(hanoi.lesson.id, hanoi.article.sha256, Student("Ana Pérez"))
    text = hanoi.article.text
    i = text.index("Ron Johnson")
    work.annotations["RJ0001"] = Annotation("RJ0001", "named-source", i, i + 11, "Ron Johnson")
    path = tmp_path / "returned" / "hanoi-summit-2019__ana-perez.yaml"
    save_work(path, work)
    fb = Feedback.for_work(work, path)
    fb.overall = "Careful work."
    fb.annotations["RJ0001"] = "Say which party he belongs to."
    fb.prompts["who-speaks"] = PromptFeedback("Find the unnamed ones too.", 6)
    save_feedback(feedback_path(path), fb)

    window = open_window(work_file=path, student=None)
    labels = [w.text() for w in window.prompts.findChildren(type(window.note_panel.teacher))]
    assert any("Careful work." in t for t in labels)
    assert any("Find the unnamed ones too. (score: 6)" in t for t in labels)
    window.choose("RJ0001")
    assert window.note_panel.teacher.isVisibleTo(window)
    assert "Say which party" in window.note_panel.teacher.text()
    assert "teacher" in window.highlights.row_of("RJ0001").text(0)


def test_a_read_only_window_refuses_note_edits_and_deletion_visibly(qtbot, open_window, tmp_path: Path,
                                                                    hanoi) -> None:  # type: ignore[no-untyped-def]
    """In a returned file, choosing a highlight let the student type in its note and delete it, both unsaved."""
    from annotator.core.feedback import Feedback, feedback_path, save_feedback

    i = hanoi.article.text.index("Ron Johnson")
    a = Annotation("RONJ01", "named-source", i, i + 11, "Ron Johnson", note="a senator")
    work = Work(hanoi.lesson.id, hanoi.article.sha256, Student("Ana Pérez"), annotations={a.id: a})
    path = tmp_path / "class" / "hanoi-summit-2019__ana-perez.yaml"
    save_work(path, work)
    save_feedback(feedback_path(path), Feedback.for_work(work, path))

    window = open_window(work_file=path, student=None)
    window.choose("RONJ01")
    panel = window.note_panel
    assert panel.note.isReadOnly() and panel.note.toPlainText() == "a senator"
    assert not panel.delete.isEnabled() and not panel.category.isEnabled()
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, " and more")
    window.article.setFocus()
    window.article.place_caret(i + 3)
    window.delete_current()
    assert window.sheet.work.annotations == {"RONJ01": a}
    assert "Read only" in window.statusBar().currentMessage()
    assert all(box.isReadOnly() for box in window.prompts.answer_boxes.values())
