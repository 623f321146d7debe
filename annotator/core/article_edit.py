"""Deleting or editing paragraphs of a lesson's article, with the answer key moved to the new text.

A teacher removes what an import left in (a teaser, a "Watch the video" line) or corrects a paragraph.
Every offset counts the canonical text (:mod:`annotator.core.text`), so a change moves the offsets of
every passage after it:

- the **answer key** is placed again on the new text by each passage's quote and the words around it
  (:mod:`annotator.core.anchoring`), and saved with the new text's digest. A passage that cannot be
  placed (its paragraph deleted, its words rewritten) is never dropped in silence: :func:`reanchor_key`
  names it, and the editor will not save until the teacher keeps its words;
- **students' files** are not rewritten: each one records the digest of the text it was made on and the
  quote of each highlight, and is placed again when it is opened, as for any changed article (moved,
  fuzzy to confirm, or listed as not found with its note: never lost).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from annotator.core.anchoring import Status, place_all
from annotator.core.article_import import list_chunks
from annotator.core.key import AnswerKey, KeyItem, NotFlagged
from annotator.core.page_furniture import PageBlock, suspicious
from annotator.core.text import Article, BlockKind, context, one_line

_MARKERS = {BlockKind.HEADING: "# ", BlockKind.SUBHEADING: "## ", BlockKind.PARAGRAPH: "", BlockKind.LIST_ITEM: "- "}
_PAGE_KINDS = {BlockKind.PARAGRAPH: "p", BlockKind.LIST_ITEM: "li"}  # what page_furniture calls them; else "h2"


@dataclass(frozen=True)
class ArticleBlock:
    """One heading, paragraph or list item of an article as the editor shows it."""

    kind: BlockKind
    text: str


def article_blocks(markdown: str) -> list[ArticleBlock]:
    """The blocks of an ``article.md``, in order, as their canonical text."""
    article = Article.from_markdown(markdown)
    return [ArticleBlock(b.kind, article.text[b.start : b.end]) for b in article.blocks]


def blocks_markdown(blocks: list[ArticleBlock]) -> str:
    """The ``article.md`` of edited blocks: blank lines between blocks, a list's items on consecutive lines.

    A block's text is folded to one line (a paragraph typed with line breaks stays one paragraph), and an
    emptied block is left out.
    """
    lines = [_MARKERS[block.kind] + text for block in blocks if (text := one_line(block.text))]
    return "\n\n".join(list_chunks(lines)) + "\n"


def edited_markdown(markdown: str, blocks: list[ArticleBlock]) -> str | None:
    """The ``article.md`` of edited blocks, or None when they read as ``markdown`` does (same blocks, same words)."""
    edited = blocks_markdown(blocks)
    return None if article_blocks(edited) == article_blocks(markdown) else edited


def suspicious_blocks(blocks: list[ArticleBlock]) -> set[int]:
    """Indexes of the blocks that may not be the article's (a short line that is no sentence), as new-lesson
    names them (:func:`annotator.core.page_furniture.suspicious`)."""
    return set(suspicious([PageBlock(_PAGE_KINDS.get(b.kind, "h2"), b.text) for b in blocks]))


@dataclass(frozen=True)
class Reanchored:
    """The key on the new text, and the passages that could not be placed on it (kept as they were)."""

    key: AnswerKey
    lost: tuple[str, ...]  # quotes of key passages not found in the new text


def reanchor_key(key: AnswerKey, old: Article, new: Article) -> Reanchored:
    """Place the key's passages on the edited article's text; name those not found there.

    A passage placed with a small difference takes the words now at its place as its quote. One not
    found keeps its old span in the returned key, which then does not fit the new text: the caller
    saves nothing while :attr:`Reanchored.lost` is not empty.
    """
    spans = [(item.quote, item.start, item.end) for item in key.items]
    spans += [(n.quote, n.start, n.end) for n in key.not_flagged]
    placements = place_all(new.text, [(q, s, e, *context(old.text, s, e)) for q, s, e in spans])
    lost: list[str] = []
    moved: list[tuple[int, int, str]] = []
    for (quote, start, end), placement in zip(spans, placements, strict=True):
        if placement.status is Status.ORPHANED or placement.start is None or placement.end is None:
            lost.append(quote)
            moved.append((start, end, quote))
        else:
            moved.append((placement.start, placement.end, new.text[placement.start : placement.end]))
    n = len(key.items)
    items = tuple(_moved_item(item, *span) for item, span in zip(key.items, moved[:n], strict=True))
    not_flagged = tuple(_moved_caution(nf, *span) for nf, span in zip(key.not_flagged, moved[n:], strict=True))
    return Reanchored(dataclasses.replace(key, article_sha256=new.sha256, items=items, not_flagged=not_flagged),
                      tuple(lost))


def _moved_item(item: KeyItem, start: int, end: int, quote: str) -> KeyItem:
    return dataclasses.replace(item, start=start, end=end, quote=quote)


def _moved_caution(caution: NotFlagged, start: int, end: int, quote: str) -> NotFlagged:
    return dataclasses.replace(caution, start=start, end=end, quote=quote)
