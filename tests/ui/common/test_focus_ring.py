"""The text box that has the keyboard shows it with a ring, not only with a thin caret."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from annotator.ui.common.focus_ring import ring_when_focused


def _edge_colour(box: QPlainTextEdit) -> str:
    """The colour of the box's left edge, halfway down."""
    return box.grab().toImage().pixelColor(0, box.height() // 2).name()  # type: ignore[no-any-return]


def test_a_focused_note_box_has_a_ring_in_the_highlight_colour_and_loses_it_after(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A keyboard-only student could not see that their typing would go into the note."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    note, other = QPlainTextEdit(), QPlainTextEdit()
    layout.addWidget(note)
    layout.addWidget(other)
    ring_when_focused(note)
    qtbot.addWidget(holder)
    holder.show()
    with qtbot.waitActive(holder):
        holder.activateWindow()
    highlight = note.palette().highlight().color().name()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert _edge_colour(note) != highlight
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    assert _edge_colour(note) == highlight
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert _edge_colour(note) != highlight
