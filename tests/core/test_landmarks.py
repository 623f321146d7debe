"""Which heading or highlight a keyboard jump lands on."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.annotations import Student, Work
from annotator.core.landmarks import Landing, heading_at, headings, highlights_in_order, next_heading, next_highlight
from annotator.core.pack import load_pack
from annotator.core.text import Article
from annotator.core.worksheet import Worksheet
from annotator.resources import default_lesson

MARKDOWN = "# The summit\n\nFirst paragraph here.\n\n## What went wrong\n\nSecond paragraph, with words.\n\nThird one."


def _sheet(markdown: str = MARKDOWN) -> Worksheet:
    article = Article.from_markdown(markdown)
    lesson = load_pack(default_lesson(), with_key=False).lesson  # its categories; the article is this one
    return Worksheet(lesson, article, Work(lesson.id, article.sha256, Student("Ana")))


def _mark(sheet: Worksheet, words: str, nth: int = 0) -> str:
    text = sheet.article.text
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    change = sheet.add(start, start + len(words), "framing")
    assert change.annotation_id is not None
    return change.annotation_id


def test_headings_are_listed_with_their_level_and_words() -> None:
    """The title is level 1, a subheading level 2, and paragraphs are not headings."""
    article = Article.from_markdown(MARKDOWN)
    assert [(h.level, h.text) for h in headings(article)] == [(1, "The summit"), (2, "What went wrong")]
    assert heading_at(article, 2) is not None and heading_at(article, 2).text == "The summit"  # type: ignore[union-attr]
    assert heading_at(article, article.text.index("First")) is None


def test_next_heading_goes_forward_and_wraps_to_the_title() -> None:
    """From the title, F7 goes to the subheading; from the last paragraph, back to the title."""
    article = Article.from_markdown(MARKDOWN)
    second = next_heading(article, 0)
    assert second is not None and second[0].text == "What went wrong" and second[1] == Landing(2, 2)
    wrapped = next_heading(article, article.text.index("Third"))
    assert wrapped is not None and wrapped[0].text == "The summit" and wrapped[1] == Landing(1, 2)


def test_previous_heading_goes_back_and_wraps_to_the_last() -> None:
    """Shift+F7 from a paragraph goes to the heading above it; from the title, to the last heading."""
    article = Article.from_markdown(MARKDOWN)
    above = next_heading(article, article.text.index("Second"), backwards=True)
    assert above is not None and above[0].text == "What went wrong"
    wrapped = next_heading(article, 0, backwards=True)
    assert wrapped is not None and wrapped[0].text == "What went wrong"


def test_an_article_without_headings_has_nowhere_to_jump() -> None:
    """No heading: the window says so rather than moving the caret."""
    assert next_heading(Article.from_markdown("Just one paragraph."), 0) is None


def test_highlights_are_visited_in_reading_order_whatever_order_they_were_made() -> None:
    """A highlight made last but placed first in the article comes first."""
    sheet = _sheet()
    late = _mark(sheet, "Third one")
    early = _mark(sheet, "First paragraph")
    assert highlights_in_order(sheet) == [early, late]
    assert next_highlight(sheet, 0) == (early, Landing(1, 2))
    assert next_highlight(sheet, 0, early) == (late, Landing(2, 2))
    assert next_highlight(sheet, 0, late) == (early, Landing(1, 2))  # wraps round


def test_from_the_caret_the_next_highlight_is_the_first_that_starts_there_or_after() -> None:
    """With no highlight chosen, F8 goes to the first highlight at or after the caret; Shift+F8 before it."""
    sheet = _sheet()
    first = _mark(sheet, "First paragraph")
    second = _mark(sheet, "Second paragraph")
    caret = sheet.article.text.index("here")
    assert next_highlight(sheet, caret) == (second, Landing(2, 2))
    assert next_highlight(sheet, caret, backwards=True) == (first, Landing(1, 2))
    assert next_highlight(sheet, 0, backwards=True) == (second, Landing(2, 2))  # wraps to the last


def test_highlights_that_begin_at_the_same_word_are_each_visited() -> None:
    """Two highlights over "Second paragraph" and "Second" are two stops, not one."""
    sheet = _sheet()
    short = _mark(sheet, "Second")
    long = _mark(sheet, "Second paragraph")
    stops = [next_highlight(sheet, 0)]
    stops.append(next_highlight(sheet, 0, stops[-1][0]))  # type: ignore[index]
    assert [s[0] for s in stops if s] == [short, long]


def test_nothing_highlighted_means_nowhere_to_jump() -> None:
    """No highlight yet: the window tells the student how to make one."""
    assert next_highlight(_sheet(), 0) is None


@given(st.lists(st.integers(min_value=0, max_value=60), max_size=8), st.integers(min_value=0, max_value=80))
def test_repeated_jumps_visit_every_highlight_once_before_coming_back(starts: list[int], caret: int) -> None:
    """Pressing F8 as many times as there are highlights meets each one exactly once, from any caret."""
    sheet = _sheet()
    text = sheet.article.text
    for s in starts:
        if text[s : s + 3].strip():
            sheet.add(s, min(len(text), s + 3), "framing")
    order = highlights_in_order(sheet)
    seen, current = [], None
    for _ in order:
        found = next_highlight(sheet, caret, current)
        assert found is not None
        current = found[0]
        seen.append(current)
    assert sorted(seen) == sorted(order)
