"""What helps a student read: the whole sentence at a key, bigger text that keeps its place and is remembered."""

from __future__ import annotations

from pathlib import Path

from annotator.core.desk import DEFAULT_TEXT_SIZE, Preferences


def test_select_sentence_extends_to_the_whole_sentence(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Alt+S turns a caret in a sentence into a selection of that whole sentence."""
    window = open_window()
    text = window.sheet.article.text
    sentence = "Each side balked at the other’s proposal."
    window.article.place_caret(text.index(sentence) + 6)
    window.select_sentence()
    start, end = window.article.selection()
    assert text[start:end] == sentence


def test_text_size_is_remembered(qtbot, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Bigger text chosen once stays bigger the next time the lesson opens."""
    window = open_window()
    before = window.article.text_size
    window.zoom(+2)
    assert Preferences.load(tmp_path / "data").text_size == before + 2
    window.close()
    assert open_window().article.text_size == before + 2


def test_changing_the_text_size_keeps_the_reader_in_place(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Each Ctrl++ would throw the student back to another part of the article."""
    from PySide6.QtCore import QPoint

    window = open_window()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    view = window.article
    view.place_caret(window.sheet.article.text.index("A year ago"))
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + view.cursorRect().top())  # at the top

    def first_words() -> int:
        return view.cursorForPosition(QPoint(view.viewport().width() // 2, 5)).position()

    before = first_words()
    for step in (+3, -3):
        window.zoom(step)
        # The side panel grows or shrinks with the text, and the article with it, as the events come (later
        # on a busy machine): then the same lines are at the top, give or take one.
        qtbot.waitUntil(lambda: abs(first_words() - before) < 80, timeout=3000)
    window.zoom(+4)
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    next(a for a in view_menu.actions() if "Normal" in a.text()).trigger()
    assert view.text_size == DEFAULT_TEXT_SIZE
