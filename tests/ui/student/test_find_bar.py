"""The find bar: Enter finds the next place, Shift+Enter the one before, Esc goes back to the article."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt

from annotator.ui.common.window_size import pretend_screen


def test_find_selects_the_next_match(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+F finds words in the article and selects them, so the student can mark them."""
    window = open_window()
    window.show_find()
    qtbot.keyClicks(window.find_box, "love letters")
    qtbot.keyClick(window.find_box, Qt.Key.Key_Return)
    start, end = window.article.selection()
    assert window.sheet.article.text[start:end].lower() == "love letters"
    qtbot.keyClick(window.find_box, Qt.Key.Key_Return)
    assert window.article.selection()[0] > start


def test_find_counts_the_matches_and_shift_enter_goes_back(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """A student looking for every "senator" could only go forward, and not know how many there are."""
    window = open_window()
    text = window.sheet.article.text
    places = [i for i in range(len(text)) if text.lower().startswith("senator", i)]
    assert len(places) > 2
    window.show_find()
    qtbot.keyClicks(window.find_box, "senator")
    for n in (1, 2, 3):
        qtbot.keyClick(window.find_box, Qt.Key.Key_Return)
        assert window.article.selection()[0] == places[n - 1]
        assert window.find_status.text().startswith(f"{n} of {len(places)}")
    qtbot.keyClick(window.find_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.article.selection()[0] == places[1]
    assert window.find_status.text().startswith(f"2 of {len(places)}")


def test_esc_in_the_find_box_returns_to_the_article_with_the_match_selected(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """After finding words, Esc goes back to the article so pressing a number marks them."""
    window = open_window()
    window.show_find()
    qtbot.keyClicks(window.find_box, "whole enchilada")
    qtbot.keyClick(window.find_box, Qt.Key.Key_Return)
    qtbot.keyClick(window.find_box, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    qtbot.keyClick(window.article, Qt.Key.Key_4)
    [a] = window.sheet.work.annotations.values()
    assert (a.quote, a.category) == ("whole enchilada", "loaded-language")


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_on_a_small_screen_the_count_leaves_room_to_read_the_words_found(qtbot, open_window, lang: str) -> None:  # type: ignore[no-untyped-def]
    """On a 1024×600 netbook "1 of 1 · Esc: back to the article to mark it" squeezed the find box to three letters."""
    from annotator.ui.common.application import install_language

    install_language(lang)
    pretend_screen(QSize(1024, 600))
    window = open_window()
    window.show_find()
    qtbot.keyClicks(window.find_box, "per a wisdom")
    qtbot.keyClick(window.find_box, Qt.Key.Key_Return)
    box, status = window.find_box, window.find_status
    assert status.text().startswith("1 ")
    # The count and its hint are wholly shown (on two lines if they must), not cut, once laid out again.
    qtbot.waitUntil(lambda: status.height() >= status.heightForWidth(status.width()), timeout=1000)
    assert status.width() >= status.minimumSizeHint().width()
    assert box.width() >= box.fontMetrics().horizontalAdvance("per a wisdom") + 12
    assert window.find_bar.width() <= window.article.width() + 2
