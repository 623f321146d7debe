"""The places in an article a reader can jump to: its headings and the student's highlights.

A sighted student finds them by eye (big bold headings, coloured passages). A student who listens to
the article with a screen reader hears one line at a time and finds neither, so the student window
lets them jump from one to the next by keyboard and says where they landed. Which one is next is
decided here, without Qt, so that it is the same for every window and tested without a display.

Jumps wrap around (after the last comes the first), as a screen reader's own heading keys do; the
position ("2 of 5") tells the student where they are.
"""

from __future__ import annotations

from typing import NamedTuple

from annotator.core.text import Article, Block, BlockKind
from annotator.core.worksheet import Worksheet


# Named tuples, not dataclasses: this module is loaded with the student's window, and a tuple class is made in
# a tenth of the time (every start pays for it).
class Heading(NamedTuple):
    """One heading of the article: where it is, how important (1 = the title) and what it says."""

    start: int
    end: int
    level: int
    text: str


class Landing(NamedTuple):
    """Where a jump lands: the ``number``-th of ``total`` places of its kind (counted from 1)."""

    number: int
    total: int


def headings(article: Article) -> list[Heading]:
    """The article's headings in reading order."""
    return [_heading(article, b) for b in article.blocks if b.is_heading]


def heading_at(article: Article, offset: int) -> Heading | None:
    """The heading the caret at ``offset`` is in, if it is in one."""
    block = article.blocks[article.block_index_at(offset)] if article.blocks else None
    return _heading(article, block) if block is not None and block.is_heading else None


def _heading(article: Article, block: Block) -> Heading:
    return Heading(block.start, block.end, 1 if block.kind is BlockKind.HEADING else 2,
                   article.text[block.start : block.end])


def next_heading(article: Article, caret: int, *, backwards: bool = False) -> tuple[Heading, Landing] | None:
    """The heading after (or before) the caret, wrapping round; None if the article has none."""
    found = headings(article)
    if not found:
        return None
    starts = [h.start for h in found]
    if backwards:
        before = [i for i, s in enumerate(starts) if s < caret]
        i = before[-1] if before else len(found) - 1
    else:
        i = next((i for i, s in enumerate(starts) if s > caret), 0)
    return found[i], Landing(i + 1, len(found))


def highlights_in_order(sheet: Worksheet) -> list[str]:
    """The ids of the highlights drawn in the article, in reading order (orphans are not in the text)."""
    return [aid for _, aid in _placed(sheet)]


def next_highlight(
    sheet: Worksheet, caret: int, current: str | None = None, *, backwards: bool = False
) -> tuple[str, Landing] | None:
    """The highlight after (or before) the chosen one, or else after (before) the caret, wrapping round;
    None if nothing is highlighted. Highlights that begin at the same word are visited one by one."""
    placed = _placed(sheet)
    order = [aid for _, aid in placed]
    if not order:
        return None
    if current in order:
        i = order.index(current) + (-1 if backwards else 1)
    elif backwards:
        i = max((k for k, (start, _) in enumerate(placed) if start < caret), default=-1)
    else:
        i = next((k for k, (start, _) in enumerate(placed) if start >= caret), len(order))
    i %= len(order)
    return order[i], Landing(i + 1, len(order))


def _placed(sheet: Worksheet) -> list[tuple[int, str]]:
    """(start, id) of each highlight drawn in the article, in reading order: by start, end, then id."""
    spans = [(span, aid) for aid in sheet.work.annotations if (span := sheet.shown_span(aid)) is not None]
    spans.sort(key=lambda item: (item[0][0], item[0][1], item[1]))
    return [(span[0], aid) for span, aid in spans]
