"""F7 and F8 take a student from heading to heading and from highlight to highlight, and say where they are."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.pack import Pack
from tests.ui.driving import mark_quotes

SENATOR = "one senator who was in the room"
SUBHEADING = "The administration no longer thinks Trump alone"


def _open(qtbot, open_window):  # type: ignore[no-untyped-def]
    """The student window, active, so that its menu keys work as they do on a desk."""
    window = open_window()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def _highlight(window, words: str, category: str, note: str = "") -> str:  # type: ignore[no-untyped-def]
    """Highlight ``words`` (with a note), then put the caret back at the start of the article."""
    [aid] = mark_quotes(window, (words, category))
    if note:
        window.note_panel.note.setPlainText(note)
    window.article.place_caret(0)
    return aid  # type: ignore[no-any-return]


def _caret_at_start_of(window, words: str) -> bool:  # type: ignore[no-untyped-def]
    start = window.sheet.article.text.index(words)
    return window.article.selection() == (start, start)  # type: ignore[no-any-return]


def _press(qtbot, window, key: Qt.Key, shift: bool = False) -> None:  # type: ignore[no-untyped-def]
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window.focusWidget() or window.article, key, modifier)


def test_f8_selects_the_first_highlight_in_the_article_and_says_which_it_is(qtbot, open_window,  # type: ignore[no-untyped-def]
                                                                           hanoi: Pack) -> None:
    """A highlight made last but sitting first in the article is where F8 goes first, read out with its note."""
    window = _open(qtbot, open_window)
    later = _highlight(window, "Stephen Biegun", "named-source")
    first = _highlight(window, "How the White House", "framing", note="Spinning is a loaded word")
    assert hanoi.article.text.index("How the White House") < hanoi.article.text.index("Stephen Biegun")
    window.choose(None)
    before = len(window.announced)
    _press(qtbot, window, Qt.Key.Key_F8)
    assert window.current_id == first and _caret_at_start_of(window, "How the White House")
    assert window.article.hasFocus()
    assert window.statusBar().currentMessage() == (
        "Highlight 1 of 2, Framing: How the White House. Note: Spinning is a loaded word")
    assert window.announced[-1] == window.statusBar().currentMessage()
    _press(qtbot, window, Qt.Key.Key_F8)
    assert window.current_id == later and _caret_at_start_of(window, "Stephen Biegun")
    assert window.announced[-1] == "Highlight 2 of 2, Named source: Stephen Biegun. No note yet."
    _press(qtbot, window, Qt.Key.Key_F8, shift=True)
    assert window.current_id == first
    assert window.note_panel.note.toPlainText() == "Spinning is a loaded word"
    assert [said.split(",")[0] for said in window.announced[before:]] == ["Highlight 1 of 2", "Highlight 2 of 2",
                                                                          "Highlight 1 of 2"]  # and nothing else


def test_a_category_key_after_f8_changes_the_category_of_the_highlight_landed_on(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Landing on a highlight makes it the chosen one: its category can be changed without a mouse."""
    window = _open(qtbot, open_window)
    aid = _highlight(window, SENATOR, "named-source")
    _press(qtbot, window, Qt.Key.Key_F8)
    key = window.sheet.lesson.category("unnamed-source").shortcut
    qtbot.keyClicks(window.article, key)
    assert [a.category for a in window.sheet.work.annotations.values()] == ["unnamed-source"]
    assert window.current_id == aid


def test_f8_from_a_note_box_takes_the_keyboard_back_to_the_article(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Pressed while writing a note, F8 moves on to the next passage, keyboard and all."""
    window = _open(qtbot, open_window)
    _highlight(window, SENATOR, "unnamed-source")
    window.note_panel.note.setFocus()
    window.next_highlight()
    assert window.article.hasFocus() and _caret_at_start_of(window, SENATOR)


def test_f8_with_nothing_highlighted_says_how_to_make_a_highlight(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """No highlight yet: the caret stays, and the student hears what to do instead of nothing."""
    window = _open(qtbot, open_window)
    window.article.place_caret(40)
    _press(qtbot, window, Qt.Key.Key_F8)
    assert window.article.selection() == (40, 40)
    assert window.announced[-1].startswith("Nothing is highlighted yet.")


def test_f7_goes_to_the_next_heading_and_says_its_level(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """From the title, F7 lands on the subheading; Shift+F7 from there goes back to the title."""
    window = _open(qtbot, open_window)
    _press(qtbot, window, Qt.Key.Key_F7)
    text = window.sheet.article.text
    assert window.article.selection() == (text.index(SUBHEADING),) * 2
    assert window.announced[-1].startswith(f"Heading 2 of 2, level 2: {SUBHEADING}")
    _press(qtbot, window, Qt.Key.Key_F7, shift=True)
    assert window.article.selection() == (0, 0)
    assert window.announced[-1].startswith("Heading 1 of 2, level 1: How the White House")
    assert not any(said.startswith("Heading level") for said in window.announced)  # the jump said it all


def test_arrowing_into_a_heading_says_that_it_is_one_once(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Reading up from the first paragraph into the subheading, a screen reader hears "Heading level 2"."""
    window = _open(qtbot, open_window)
    text = window.sheet.article.text
    first_paragraph = window.sheet.article.blocks[2].start
    window.article.place_caret(first_paragraph)
    qtbot.keyClick(window.article, Qt.Key.Key_Up)
    assert window.article.selection()[0] < first_paragraph
    assert text.index(SUBHEADING) <= window.article.selection()[0]
    assert window.announced[-1] == "Heading level 2"
    qtbot.keyClick(window.article, Qt.Key.Key_Right)
    assert window.announced.count("Heading level 2") == 1


def test_a_heading_jumped_to_is_shown_at_the_top_with_its_section_below(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """From the end of the article, Shift+F7 shows the last heading at the top, not at the bottom edge."""
    window = _open(qtbot, open_window)
    window.resize(1024, 600)
    qtbot.wait(10)
    window.article.place_caret(len(window.sheet.article.text))
    _press(qtbot, window, Qt.Key.Key_F7, shift=True)
    assert _caret_at_start_of(window, SUBHEADING)
    line = window.article.cursorRect()
    assert 0 <= line.top() <= 40, line
    _press(qtbot, window, Qt.Key.Key_F7, shift=True)
    assert window.article.verticalScrollBar().value() == 0  # the title, with the margin above it


def test_enter_in_a_highlight_goes_into_its_note_and_esc_comes_back(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """After Esc, getting back to a note took eleven Tabs; Enter with the caret in the highlight takes one key."""
    window = _open(qtbot, open_window)
    _highlight(window, SENATOR, "unnamed-source", note="No name given")
    _press(qtbot, window, Qt.Key.Key_F8)
    qtbot.keyClick(window.article, Qt.Key.Key_Return)
    assert window.note_panel.note.hasFocus() and window.note_panel.note.toPlainText() == "No name given"
    qtbot.keyClicks(window.note_panel.note, ", only 'one senator'")
    qtbot.keyClick(window.note_panel.note, Qt.Key.Key_Escape)
    assert window.article.hasFocus()
    assert [a.note for a in window.sheet.work.annotations.values()] == ["No name given, only 'one senator'"]


def test_enter_outside_any_highlight_says_how_to_reach_a_note(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Enter between highlights does nothing a student could see, so it says what would work."""
    window = _open(qtbot, open_window)
    window.article.place_caret(window.sheet.article.blocks[3].start)
    qtbot.keyClick(window.article, Qt.Key.Key_Return)
    assert window.article.hasFocus()
    assert window.announced[-1].startswith("To write a note, put the caret in a highlight")


def test_back_in_the_title_after_a_find_says_heading_level_1(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Orca heard nothing on the first Ctrl+Home after using Find: a selection hid where the caret had gone."""
    window = _open(qtbot, open_window)
    text = window.sheet.article.text
    start = text.index(SENATOR)
    window.article.select_span(start, start + len(SENATOR))  # as Find leaves it
    qtbot.keyClick(window.article, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.article.selection() == (0, 0)
    assert window.announced[-1] == "Heading level 1"


def test_a_long_heading_is_read_whole(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """The 82-character subheading was read as "…with Kim Jong …", without its last word."""
    window = _open(qtbot, open_window)
    _press(qtbot, window, Qt.Key.Key_F7)
    assert window.announced[-1].endswith("can reach a deal with Kim Jong Un.")
