"""Esc in a text box hands the keyboard back to the article, and the box keeps what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from annotator.ui.common.escape import EscapeHandoff


def test_esc_is_handed_on_and_typing_is_not(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Esc in the note cleared what the student typed (or did nothing), instead of going back to the article."""
    box = QLineEdit()
    qtbot.addWidget(box)
    handoff = EscapeHandoff(box)
    pressed: list[bool] = []
    handoff.escapePressed.connect(lambda: pressed.append(True))
    qtbot.keyClicks(box, "named")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert pressed == [True] and box.text() == "named"
