"""Undo and redo show what they changed: the highlight in view and chosen, and a message saying what it was."""

from __future__ import annotations

from annotator.core.pack import Pack

PASSAGE = "according to one senator who was in the room"


def in_view(window, offset: int | None = None) -> bool:  # type: ignore[no-untyped-def]
    """Whether the caret's line (or the line of an offset) is inside the article's visible part."""
    from PySide6.QtGui import QTextCursor

    view = window.article
    if offset is None:
        rect = view.cursorRect()
    else:
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.u16.to_utf16(offset))
        rect = view.cursorRect(cursor)
    return rect.top() >= 0 and rect.bottom() <= view.viewport().height()


def test_undoing_a_note_far_away_brings_its_highlight_into_view_and_says_so(qtbot, open_window,  # type: ignore[no-untyped-def]
                                                                           hanoi: Pack) -> None:
    """The first Ctrl+Z after editing a note of a highlight not on screen had no visible effect."""
    window = open_window()
    qtbot.waitExposed(window)
    text = hanoi.article.text
    i = text.index(PASSAGE)
    window.article.select_span(i, i + len(PASSAGE))
    window.mark("unnamed-source")
    aid = window.current_id
    window.note_panel.note.setPlainText("No name, no job title")
    window.article.place_caret(len(text))  # read on to the end: the highlight scrolls out of view
    assert window.current_id is None and not in_view(window, i)
    window.undo()
    assert window.statusBar().currentMessage() == "Undone: note on “according to one senator who was in the…”"
    assert window.current_id == aid and window.note_panel.note.toPlainText() == ""
    start, end = window.sheet.shown_span(aid)
    assert start <= window.article.selection()[1] <= end and in_view(window)
    window.article.place_caret(len(text))
    window.redo()
    assert window.statusBar().currentMessage() == "Redone: note on “according to one senator who was in the…”"
    assert window.current_id == aid and window.note_panel.note.toPlainText() == "No name, no job title"
    assert in_view(window)


def test_undoing_a_new_highlight_shows_where_it_was_and_redo_brings_it_back(qtbot, open_window,  # type: ignore[no-untyped-def]
                                                                           hanoi: Pack) -> None:
    """Undoing a highlight off screen removed it unseen, so a student pressed Ctrl+Z again and lost more."""
    window = open_window()
    qtbot.waitExposed(window)
    text = hanoi.article.text
    i = text.index("Ron Johnson")
    window.article.select_span(i, i + 11)
    window.mark("named-source")
    window.article.place_caret(0)
    window.undo()
    assert window.statusBar().currentMessage() == "Undone: highlight “Ron Johnson”"
    assert window.sheet.work.annotations == {} and window.article.selection() == (i, i) and in_view(window)
    window.article.place_caret(0)
    window.redo()
    assert window.statusBar().currentMessage() == "Redone: highlight “Ron Johnson”"
    assert window.current_id in window.sheet.work.annotations and in_view(window)


def test_undoing_an_answer_shows_its_box(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """An undone answer changed a box on a hidden tab, and the student could not tell what Ctrl+Z did."""
    window = open_window()
    window.finish_building()
    prompt_id, box = next(iter(window.prompts.answer_boxes.items()))
    number = [p.id for p in window.sheet.lesson.prompts].index(prompt_id) + 1
    box.setPlainText("The headline says it failed before the facts do.")
    window.tabs.setCurrentIndex(1)
    window.undo()
    assert window.statusBar().currentMessage() == f"Undone: answer to prompt {number}"
    assert window.tabs.currentIndex() == 0 and box.toPlainText() == ""


def test_nothing_to_undo_is_said(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z with nothing to undo did nothing at all, which looked like a broken key."""
    window = open_window()
    window.undo()
    assert window.statusBar().currentMessage() == "Nothing to undo."
    window.redo()
    assert window.statusBar().currentMessage() == "Nothing to redo."
