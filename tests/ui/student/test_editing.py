"""How a student's keys and clicks become highlights: select and press a category key, change, delete, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from annotator.ui.common.autosave import SAVE_DELAY_MS
from tests.ui.driving import formats_at, saved_quotes, select_by_keyboard


def test_keyboard_selection_and_key_2_highlights_exactly_that_text(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """A student who selects with Shift+arrows and presses 2 sees exactly those words marked as unnamed source."""
    window = open_window()
    text = window.sheet.article.text
    quote = "a senior State Department official"
    start = text.index(quote)
    select_by_keyboard(qtbot, window, start, len(quote))
    assert window.article.selection() == (start, start + len(quote))
    qtbot.keyClick(window.article, Qt.Key.Key_2)

    [a] = window.sheet.work.annotations.values()
    assert (a.quote, a.category) == (quote, "unnamed-source")
    dashed = QTextCharFormat.UnderlineStyle.DashUnderline
    for offset in (start, start + len(quote) // 2, start + len(quote) - 1):
        assert [f.underlineStyle() for f in formats_at(window, offset)] == [dashed]
    assert formats_at(window, start - 1) == [] and formats_at(window, start + len(quote)) == []
    assert window.note_panel.note.hasFocus() or window.focusWidget() is window.note_panel.note

    qtbot.waitUntil(
        lambda: window.work_file.exists() and quote in saved_quotes(window.work_file), timeout=SAVE_DELAY_MS + 2000
    )

    window.undo()
    assert window.sheet.work.annotations == {}
    assert formats_at(window, start) == []
    qtbot.waitUntil(lambda: saved_quotes(window.work_file) == [], timeout=SAVE_DELAY_MS + 2000)


def test_category_change_and_delete_can_be_undone(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Changing a highlight's category, deleting it, and undoing both work as a student expects."""
    window = open_window()
    text = window.sheet.article.text
    start = text.index("blunder")
    window.article.select_span(start, start + 7)
    window.mark("framing")
    [aid] = window.sheet.work.annotations
    window.mark("loaded-language")  # caret inside the highlight, nothing selected: re-categorise
    assert window.sheet.work.annotations[aid].category == "loaded-language"
    window.delete_current()
    assert aid not in window.sheet.work.annotations
    window.undo()
    assert window.sheet.work.annotations[aid].category == "loaded-language"
    window.undo()
    assert window.sheet.work.annotations[aid].category == "framing"
    window.redo()
    assert window.sheet.work.annotations[aid].category == "loaded-language"


def test_keys_never_change_a_highlight_the_caret_has_left(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Pressing 3 or Delete away from a highlight must not silently change or delete one scrolled out of view."""
    window = open_window()
    text = window.sheet.article.text
    start = text.index("a senior administration official")
    window.article.select_span(start, start + len("a senior administration official"))
    window.mark("unnamed-source")
    [aid] = window.sheet.work.annotations
    window.article.setFocus()
    window.article.place_caret(text.index("Jeff Merkley"))
    assert window.current_id is None
    qtbot.keyClick(window.article, Qt.Key.Key_3)
    window.delete_current()
    assert window.sheet.work.annotations[aid].category == "unnamed-source"
    assert "First select some words" in window.statusBar().currentMessage()


def test_marking_the_same_words_again_shows_the_highlight_there_is(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Selecting words again and pressing the key would make a second, identical highlight."""
    window = open_window()
    text = window.sheet.article.text
    i = text.index("\nRon Johnson") + 1
    assert text[i - 1].isspace()
    window.article.select_span(i - 1, i + len("Ron Johnson"))  # a space before is trimmed: the same words
    window.mark("named-source")
    first = window.current_id
    window.article.select_span(i, i + len("Ron Johnson"))
    window.mark("named-source")
    assert window.current_id == first and len(window.sheet.work.annotations) == 1
    assert "already highlighted" in window.statusBar().currentMessage()
    window.article.select_span(i, i + len("Ron Johnson"))
    window.mark("framing")  # another category over the same words is a second reading: allowed
    assert len(window.sheet.work.annotations) == 2


def test_a_category_key_on_a_selected_line_break_says_to_select_words(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """A category key on nothing but a paragraph break did nothing and said nothing."""
    window = open_window()
    block = window.sheet.article.blocks[1]
    window.article.select_span(block.end, block.end + 1)
    window.mark("opinion")
    assert window.sheet.work.annotations == {}
    assert "no words" in window.statusBar().currentMessage()
