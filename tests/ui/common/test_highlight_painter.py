"""How highlights are coloured over the article: each category its own, overlaps darker so both show."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat

from tests.ui.driving import formats_at


def test_overlapping_highlights_both_stay_visible(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """A quote inside a longer highlighted sentence still shows its own category where they overlap."""
    window = open_window()
    text = window.sheet.article.text
    outer = "Nevertheless, a senior State Department official conceded"
    inner = "a senior State Department official"
    s_out, s_in = text.index(outer), text.index(inner)
    window.article.select_span(s_out, s_out + len(outer))
    window.mark("framing")
    window.article.select_span(s_in, s_in + len(inner))
    window.mark("unnamed-source")
    dotted, dashed = QTextCharFormat.UnderlineStyle.DotLine, QTextCharFormat.UnderlineStyle.DashUnderline
    assert [f.underlineStyle() for f in formats_at(window, s_out)] == [dotted]
    overlap = formats_at(window, s_in + 3)
    assert [f.underlineStyle() for f in overlap] == [dashed]
    alone = formats_at(window, s_out).pop().background().color()
    both = overlap[0].background().color()
    assert both.lightness() < alone.lightness()  # the overlap is drawn darker, so both are visible
