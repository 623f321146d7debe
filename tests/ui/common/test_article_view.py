"""The article a student reads and selects in: a drag a little short still selects whole words."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_a_mouse_drag_a_little_short_selects_whole_words(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """A drag that stops inside "Biegun" would save "Stephen Bie" as the quote."""
    from PySide6.QtGui import QTextCursor

    window = open_window()
    qtbot.waitExposed(window)
    view = window.article
    text = window.sheet.article.text
    i = text.index("Stephen Biegun")

    def point(offset: int):  # type: ignore[no-untyped-def]
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.u16.to_utf16(offset))
        return view.cursorRect(cursor).center()

    view.place_caret(i)
    view.center_selection()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=point(i + 2))  # inside "Stephen"
    qtbot.mouseMove(view.viewport(), point(i + 11))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=point(i + 11))  # inside "Biegun"
    start, end = view.selection()
    assert text[start:end] == "Stephen Biegun"
    window.mark("named-source")
    assert window.sheet.work.annotations[window.current_id].quote == "Stephen Biegun"
