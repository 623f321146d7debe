"""Thick underlines in each category's style, drawn under the words, when marked and when saved work opens."""

from __future__ import annotations

from pathlib import Path


def test_every_category_draws_its_thick_line_without_error(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """All eight underline styles are painted under their words, in the category's colour."""
    from PySide6.QtGui import QColor

    from annotator.ui.common.decorations import line_colour

    window = open_window()
    text = window.sheet.article.text
    quotes = ["President Donald Trump", "North Korean leader", "Sofitel Legend", "Metropole Hanoi hotel",
              "Thursday, Feb. 28", "AP Photo", "Evan Vucci", "take a walk"]
    for quote, cat in zip(quotes, window.sheet.lesson.categories, strict=True):
        i = text.index(quote)
        window.article.select_span(i, i + len(quote))
        window.mark(cat.id)
    window.article.place_caret(0)
    image = window.article.viewport().grab().toImage()
    colours = {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 2) for y in range(image.height())}
    for cat in window.sheet.lesson.categories:
        if cat.style not in ("wavy", "wavy-boxed"):  # waves are antialiased: their exact colour blends
            assert line_colour(cat).name() in colours, cat.id


def test_lines_of_saved_highlights_are_drawn_when_the_lesson_opens(qtbot, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Highlights from an earlier lesson would come back as colour only, without their underline styles."""
    from PySide6.QtGui import QColor

    from annotator.benchmark.large import make_large_pack
    from annotator.core.pack import load_pack
    from annotator.ui.common.decorations import line_colour

    # A long article: Qt lays it out again bit by bit after the window takes its size.
    pack = load_pack(make_large_pack(tmp_path / "long", annotations=0, chars=120_000)[0], with_key=False)
    first = open_window(pack=pack)
    text = first.sheet.article.text
    first_paragraph = first.sheet.article.blocks[1]
    for offset, cat in ((first_paragraph.start, "named-source"), (first_paragraph.start + 30, "framing")):
        first.article.select_span(offset, offset + 12)
        first.mark(cat)
    first.autosaver.save_now()
    first.close()

    window = open_window(pack=pack)
    assert len(window.sheet.work.annotations) == 2 and text == window.sheet.article.text
    qtbot.wait(50)
    image = window.article.viewport().grab().toImage()
    colours = {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 2) for y in range(image.height())}
    for cat_id in ("named-source", "framing"):
        category = window.sheet.lesson.category(cat_id)
        assert category is not None and line_colour(category).name() in colours, cat_id
