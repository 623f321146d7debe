"""An article in a right-to-left language: laid out from the right, and highlights land on the words chosen."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from annotator.core.authoring import lesson_from_text
from annotator.core.library import add_lesson
from annotator.core.pack import load_pack

# Arabic and Hebrew news sentences, each with a word outside the Basic Multilingual Plane (𝔸, two UTF-16
# units) before the word to mark, and a Latin name inside, so that offsets, bidi runs and Qt's UTF-16
# positions all have to agree.
ARTICLES = {
    "ar": ("قمة هانوي", "قال المسؤول 𝔸 إن المحادثات مع Kim انتهت دون اتفاق، وفق مصادر مطلعة.", "المحادثات"),
    "he": ("פסגת האנוי", "הפקיד אמר 𝔸 שהשיחות עם Kim הסתיימו ללא הסכם, לפי מקורות.", "השיחות"),
}


@pytest.mark.parametrize("language", ARTICLES)
def test_a_right_to_left_article_reads_from_the_right_and_marks_the_chosen_words(
    qtbot, open_window, tmp_path: Path, language: str  # type: ignore[no-untyped-def]
) -> None:
    """An Arabic or Hebrew paragraph laid out left to right is unreadable, and an offset counted the wrong way
    (or in UTF-16 units) would highlight and save other words than the student chose."""
    title, paragraph, word = ARTICLES[language]
    lesson, markdown = lesson_from_text(f"{title}\n\n{paragraph}", title)
    lesson = replace(lesson, language=language)
    pack = load_pack(add_lesson(tmp_path / "lessons", lesson=lesson, article_markdown=markdown))
    window = open_window(pack=pack)
    view = window.article
    text = pack.article.text
    start = text.index(word)
    end = start + len(word)

    block = view.document().findBlock(view.u16.to_utf16(start))
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
    # The paragraph's first letter is at the right of the column, its last at the left.
    first = QTextCursor(block)
    last = QTextCursor(block)
    last.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    assert view.cursorRect(first).x() > view.cursorRect(last).x()

    # A click in the middle of the word finds the word, as the student sees it.
    view.select_span(start, end)
    middle = view.cursorRect().center()
    view.place_caret(start)
    right_edge = view.cursorRect().center()
    assert right_edge.x() > middle.x()  # the word begins at its right
    under = view.offset_at(QPoint((right_edge.x() + middle.x()) // 2, middle.y()))
    assert start <= under <= end

    view.select_span(start, end)
    window.mark(pack.lesson.categories[0].id)
    (annotation,) = window.sheet.work.annotations.values()
    assert (annotation.start, annotation.end, annotation.quote) == (start, end, word)
    # The highlight is drawn on exactly those letters: Qt counts UTF-16 units from the paragraph's start.
    base = block.position()
    drawn = {(r.start, r.length) for r in block.layout().formats()}
    assert (view.u16.to_utf16(start) - base, view.u16.to_utf16(end) - view.u16.to_utf16(start)) in drawn
