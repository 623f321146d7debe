"""Driving the lesson editor as a teacher would."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from annotator.ui.lessons.editor import LessonEditor


def open_editor(qtbot, lesson) -> LessonEditor:  # type: ignore[no-untyped-def]
    """The "Edit lesson…" dialog on ``lesson``, shown off screen."""
    editor = LessonEditor(lesson)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Replace a field's text as a person would: select all, then type."""
    widget.setFocus()
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)
