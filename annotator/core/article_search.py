"""Finding words in the article (Ctrl+F) and the sentence around the caret (Alt+S)."""

from __future__ import annotations

import re

from annotator.core.text import Article
from annotator.core.worksheet import trim

_SENTENCE_END = re.compile(r"[.!?…][”’\"')\]]*(?=\s|$)")


def find_counted(
    text: str, query: str, start: int = 0, *, backwards: bool = False
) -> tuple[tuple[int, int], int, int] | None:
    """The next place the article contains ``query`` (ignoring case) from ``start``, wrapping around
    (``backwards``: the last place that ends before ``start``), which place it is and how many there are:
    ((start, end), 3, 12)."""
    places = find_all(text, query)
    if not places:
        return None
    if backwards:
        i = next((i for i in range(len(places) - 1, -1, -1) if places[i][1] <= start), len(places) - 1)
    else:
        i = next((i for i, p in enumerate(places) if p[0] >= start), 0)
    return places[i], i + 1, len(places)


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Every place the article contains ``query``, ignoring case, in reading order and not overlapping.

    Case is ignored letter by letter, so that places are always in the article's own offsets
    (folding the whole text would turn "ß" into "ss" and move everything after it).
    """
    if not query:
        return []
    return [m.span() for m in re.finditer(re.escape(query), text, re.IGNORECASE)]


def sentence_around(article: Article, start: int, end: int | None = None) -> tuple[int, int]:
    """The whole sentence(s) around a caret or selection, within its paragraph."""
    end = start if end is None else end
    block = article.blocks[article.block_index_at(start)]
    last = article.blocks[article.block_index_at(max(start, end - 1))]
    text = article.text
    s = block.start
    for m in _SENTENCE_END.finditer(text, block.start, start):
        s = m.end()
    after = _SENTENCE_END.search(text, max(end, s + 1), last.end)
    e = after.end() if after else last.end
    return trim(text, s, e)
