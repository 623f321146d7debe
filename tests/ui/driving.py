"""Driving the student window as a student would, and reading what it draws and saves."""

from __future__ import annotations

from pathlib import Path

import yaml
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from annotator.ui.student.window import StudentWindow


def formats_at(window: StudentWindow, offset: int) -> list[QTextCharFormat]:
    """The highlight formats Qt draws over one character of the article."""
    view = window.article
    pos16 = view.u16.to_utf16(offset)
    block = view.document().findBlock(pos16)
    inside = pos16 - block.position()
    ranges = block.layout().formats()  # keep the ranges alive while their formats are copied
    return [QTextCharFormat(r.format) for r in ranges if r.start <= inside < r.start + r.length]


def select_by_keyboard(qtbot, window: StudentWindow, start: int, length: int) -> None:  # type: ignore[no-untyped-def]
    """Put the caret at ``start`` and press Shift+Right ``length`` times, as a keyboard user would."""
    window.article.setFocus()
    window.article.place_caret(start)
    for _ in range(length):
        qtbot.keyClick(window.article, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def saved_quotes(path: Path) -> list[str]:
    """Quotes in a saved annotation file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [a["quote"] for a in data["annotations"]]


def mark_quotes(window: StudentWindow, *marks: tuple[str, str]) -> list[str]:
    """Highlight each (quote, category) at its first place in the article, as a student would; return the ids."""
    text = window.sheet.article.text
    ids = []
    for quote, category in marks:
        i = text.index(quote)
        window.article.select_span(i, i + len(quote))
        window.mark(category)
        ids.append(window.current_id)
    return ids  # type: ignore[return-value]


def filled_in(qtbot, window: StudentWindow) -> None:  # type: ignore[no-untyped-def]
    """Let the event loop run until the window has drawn its first frame and added what comes after it."""
    qtbot.waitUntil(lambda: window.fully_built, timeout=5000)
