"""A list in the article is drawn as a list, and marking one of its items saves offsets into the canonical text."""

from __future__ import annotations

from pathlib import Path

from annotator.core.authoring import lesson_from_text
from annotator.core.library import add_lesson
from annotator.core.pack import load_pack
from annotator.core.text import BlockKind

ARTICLE = """# Three things the district could do

The board heard three proposals on Tuesday:

- Restore one librarian for every two schools.
- Keep libraries open after lessons end.

Officials said the first would cost the most.
"""


def test_list_items_are_drawn_as_a_bulleted_list_and_marked_by_their_words(
    qtbot, open_window, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """Items read as loose one-line paragraphs (or kept their '- '), and a highlight in one would be saved
    at offsets that count the bullet, pointing at other words on every other computer."""
    lesson, _ = lesson_from_text(ARTICLE, "Three things the district could do")
    pack = load_pack(add_lesson(tmp_path / "lessons", lesson=lesson, article_markdown=ARTICLE))
    assert [b.kind for b in pack.article.blocks] == [BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM,
                                                     BlockKind.LIST_ITEM, BlockKind.PARAGRAPH]
    window = open_window(pack=pack)
    doc = window.article.document()
    assert doc.toPlainText() == pack.article.text  # the bullets are drawn, not written into the text
    items = [doc.findBlockByNumber(i) for i in (2, 3)]
    assert all(block.textList() is not None for block in items)
    assert items[0].textList() is items[1].textList()  # one list of two items, not two lists
    assert doc.findBlockByNumber(1).textList() is None and doc.findBlockByNumber(4).textList() is None

    word = "librarian"
    start = pack.article.text.index(word)
    window.article.select_span(start, start + len(word))
    window.mark(pack.lesson.categories[0].id)
    (annotation,) = window.sheet.work.annotations.values()
    assert (annotation.start, annotation.end, annotation.quote) == (start, start + len(word), word)
