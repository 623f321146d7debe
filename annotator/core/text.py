"""The canonical text of an article, its blocks, and offsets into it.

Every offset Annotator stores counts Unicode code points into the canonical text: the blocks'
text joined by a single ``\\n``. A block starting with ``# `` or ``## `` is a heading; a block whose
first line starts with ``- `` is a list, each line starting with ``- `` one item (a line without it
continues the item above, as Markdown's wrapped items do). Markers are not part of the canonical
text (readers never see them: the view draws a heading or a bullet instead), newlines inside a block fold to one
space, line endings become ``\\n``, byte-order marks are dropped and the text is NFC-normalised.
Qt counts UTF-16 units, so :class:`Utf16Map` converts at the Qt boundary.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from enum import StrEnum

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")
_ITEM_MARKER = "- "


class BlockKind(StrEnum):
    """What a block of the article is, which decides how it is shown."""

    HEADING = "heading"
    SUBHEADING = "subheading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list item"


TEXT_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})
"""Blocks of running text, to be read and annotated (the rest are headings)."""


@dataclass(frozen=True)
class Block:
    """One heading or paragraph: its kind and its span ``[start, end)`` in the canonical text."""

    kind: BlockKind
    start: int
    end: int

    @property
    def is_heading(self) -> bool:
        """Whether the block is the headline or a subheading (drawn large, never a paragraph of text)."""
        return self.kind not in TEXT_KINDS


@dataclass(frozen=True)
class Article:
    """An article's canonical text and its blocks, ready to be annotated."""

    text: str
    blocks: tuple[Block, ...]
    sha256: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sha256", digest(self.text))
        object.__setattr__(self, "_starts", [b.start for b in self.blocks])

    @classmethod
    def from_markdown(cls, source: str) -> Article:
        """Build the canonical text from the light Markdown of an ``article.md``."""
        # A byte-order mark is not text, wherever it is (files pasted together carry one in the
        # middle); it goes before normalising, since it would keep letters and accents apart.
        source = source.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
        source = unicodedata.normalize("NFC", source)
        blocks: list[Block] = []
        parts: list[str] = []
        pos = 0
        for raw in _BLANK_LINES.split(source.strip("\n")):
            for kind, body in _pieces([line.strip() for line in raw.split("\n")]):
                if parts:
                    pos += 1  # the "\n" that joins blocks
                blocks.append(Block(kind, pos, pos + len(body)))
                parts.append(body)
                pos += len(body)
        return cls("\n".join(parts), tuple(blocks))

    def block_index_at(self, offset: int) -> int:
        """Index of the block holding ``offset`` (a joining newline belongs to the block before)."""
        return max(0, bisect_right(self._starts, offset) - 1)  # type: ignore[attr-defined]

    def blocks_between(self, start: int, end: int) -> range:
        """Indexes of the blocks a span ``[start, end)`` touches."""
        first = self.block_index_at(start)
        last = self.block_index_at(max(start, end - 1))
        return range(first, last + 1)


def _pieces(lines: list[str]) -> list[tuple[BlockKind, str]]:
    """The blocks one blank-line-separated chunk of ``article.md`` makes: a heading, a paragraph or list items."""
    lines = [line for line in lines if line]
    body = _folded(lines)
    # Decided on the folded text, as headings are, so that writing the blocks back gives the same blocks.
    if body.startswith(_ITEM_MARKER):
        items: list[list[str]] = []
        for line in lines:
            if line == _ITEM_MARKER.strip() or line.startswith(_ITEM_MARKER):
                items.append([line[len(_ITEM_MARKER) :].strip()])
            else:
                items[-1].append(line)
        return [(BlockKind.LIST_ITEM, item) for item in map(_folded, items) if item]
    kind = BlockKind.PARAGRAPH
    if body.startswith("## "):
        kind, body = BlockKind.SUBHEADING, body[3:].strip()
    elif body.startswith("# "):
        kind, body = BlockKind.HEADING, body[2:].strip()
    return [(kind, body)] if body else []


def _folded(lines: list[str]) -> str:
    """Lines of one block joined by a space, NFC again (folding can bring a letter and its accent together)."""
    return unicodedata.normalize("NFC", " ".join(line for line in lines if line))


def shorten(text: str, width: int) -> str:
    """Text cut to ``width`` characters with an ellipsis, for labels and one-line messages."""
    return text if len(text) <= width else text[: width - 1] + "…"


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A span widened to whole words where an edge cuts one: "Stephen Bie" becomes "Stephen Biegun".

    Letters (with their combining marks), digits, an apostrophe or hyphen between two letters
    ("Biegun’s", "lower-level") and a point or comma between two digits ("3.5", "1,000") make up
    a word. A span of spaces or punctuation is left as it is.
    """
    start, end = max(0, start), min(len(text), end)
    if start >= end:
        return start, end
    while 0 < start < len(text) and _in_word(text, start - 1) and _in_word(text, start):
        start -= 1
    while 0 < end < len(text) and _in_word(text, end - 1) and _in_word(text, end):
        end += 1
    return start, end


def _in_word(text: str, i: int) -> bool:
    ch = text[i]
    if ch.isalnum() or unicodedata.category(ch).startswith("M"):  # "M": a vowel sign or accent of a letter
        return True
    if 0 < i < len(text) - 1:
        before, after = text[i - 1], text[i + 1]
        if ch in "'’-" and before.isalnum() and after.isalnum():
            return True
        if ch in ".," and before.isdigit() and after.isdigit():
            return True
    return False


def digest(text: str) -> str:
    """The ``article_sha256`` of a canonical text: SHA-256 of its UTF-8 bytes, in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def context(text: str, start: int, end: int, width: int = 32) -> tuple[str, str]:
    """Up to ``width`` code points before and after a span: the prefix and suffix stored with it."""
    return text[max(0, start - width) : start], text[end : end + width]


class Utf16Map:
    """Converts code-point offsets to Qt's UTF-16 positions and back, for one text.

    Most articles are all in the Basic Multilingual Plane, where both counts agree; only
    characters beyond it (emoji, some scripts) take two UTF-16 units.
    """

    def __init__(self, text: str) -> None:
        # Encoding is done in C: a quick way to learn that a long text has no astral characters.
        has_astral = len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if has_astral else []
        self._astral16 = [i + n for n, i in enumerate(self._astral)]

    def to_utf16(self, offset: int) -> int:
        """UTF-16 position of a code-point offset."""
        return offset + bisect_left(self._astral, offset) if self._astral else offset

    def from_utf16(self, position: int) -> int:
        """Code-point offset of a UTF-16 position (the middle of a pair rounds down)."""
        if not self._astral:
            return position
        n = bisect_right(self._astral16, position - 1)
        return position - n


def one_line(text: str) -> str:
    """Text with every run of white space (line breaks too) folded to one space, trimmed."""
    return " ".join(text.split())
