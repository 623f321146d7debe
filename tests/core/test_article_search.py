"""Finding words in the article (Ctrl+F) and the sentence around the caret (Alt+S)."""

from __future__ import annotations

from annotator.core.article_search import find_all, find_counted, sentence_around
from annotator.core.text import Article


def test_find_ignores_case_letter_by_letter_and_counts_each_place_once() -> None:
    """An "ß" in the article made every search case-sensitive, and overlapping matches were counted twice."""
    text = "Die Straße nach HANOI. Hanoi, aaaa."
    assert find_all(text, "hanoi") == [(16, 21), (23, 28)]
    assert find_counted(text, "hanoi", 22) == ((23, 28), 2, 2)
    assert find_counted(text, "hanoi", 16, backwards=True) == ((23, 28), 2, 2)  # nothing before: wraps to the last
    assert find_all(text, "ss") == []  # "ß" is not "ss": places stay in the article's own offsets
    assert find_all(text, "aa") == [(30, 32), (32, 34)]
    assert find_all(text, "") == [] and find_counted(text, "", 0) is None


def test_the_sentence_around_a_caret_stops_at_its_paragraph_and_a_closing_quote() -> None:
    """Alt+S took in the next paragraph, or left a closing quote mark outside the sentence."""
    article = Article.from_markdown("First one. “Second one.” Third.\n\nNext paragraph.")
    text = article.text
    caret = text.index("Second") + 2
    start, end = sentence_around(article, caret)
    assert text[start:end] == "“Second one.”"
    last = text.index("Third") + 1
    assert text[slice(*sentence_around(article, last))] == "Third."
