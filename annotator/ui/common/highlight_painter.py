"""How highlights are drawn over the article: one paragraph at a time, from the worksheet's spans.

Qt's :class:`QSyntaxHighlighter` asks for the formats of one paragraph whenever it is repainted,
so adding or removing a highlight costs work in proportion to the paragraphs it touches. Offsets
are the article's code points; Qt counts UTF-16 units, converted here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtGui import QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from annotator.core.text import Utf16Map
from annotator.core.worksheet import Worksheet
from annotator.ui.common.looks import highlight_format


class HighlightPainter:
    """Computes the formats of one paragraph from the worksheet's spans."""

    def __init__(self, sheet: Worksheet, u16: Utf16Map) -> None:
        self.sheet = sheet
        self.u16 = u16
        self.current_id: str | None = None
        self.high_contrast = False
        self.show_highlights = True
        # How the review window marks an annotation against the key: "found", "extra" or "".
        self.verdict: Callable[[str], str] | None = None
        # Ranges drawn under the highlights (missed key items, the class heat map), per paragraph.
        self.underlay: Callable[[int], list[tuple[int, int, QTextCharFormat]]] | None = None
        self._formats: dict[tuple[str, int, bool, bool, str], QTextCharFormat] = {}

    def format_for(self, category: str, depth: int, current: bool, verdict: str = "") -> QTextCharFormat:
        """A cached format for a category at an overlap depth."""
        key = (category, min(depth, 3), current, self.high_contrast, verdict)
        fmt = self._formats.get(key)
        if fmt is None:
            cat = self.sheet.lesson.category(category)
            assert cat is not None
            fmt = highlight_format(cat, depth=depth, current=current, high_contrast=self.high_contrast)
            if verdict == "found":
                fmt.setFontWeight(QFont.Weight.Bold)
            elif verdict == "extra":
                fmt.setFontItalic(True)
            elif verdict == "check":  # placed again after the article changed: the student confirms it
                fmt.setFontOverline(True)
                fmt.setFontItalic(True)
            self._formats[key] = fmt
        return fmt

    def block_ranges(self, block_index: int) -> list[tuple[int, int, QTextCharFormat]]:
        """Everything drawn over one paragraph: the underlay first, highlights on top."""
        out = self.underlay(block_index) if self.underlay is not None else []
        if self.show_highlights:
            out = out + self.ranges(block_index)
        return out

    def ranges(self, block_index: int) -> list[tuple[int, int, QTextCharFormat]]:
        """(start, length, format) in UTF-16 units within the paragraph, for every highlighted piece."""
        spans = self.sheet.spans_in_block(block_index)
        if not spans:
            return []
        block = self.sheet.article.blocks[block_index]
        cuts = sorted(
            {block.start, block.end} | {max(block.start, min(block.end, x)) for s in spans for x in (s.start, s.end)}
        )
        base16 = self.u16.to_utf16(block.start)
        out = []
        for a, b in pairwise(cuts):
            if a >= b:
                continue
            covering = [s for s in spans if s.start <= a and s.end >= b]
            if not covering:
                continue
            top = covering[-1]  # spans come longest first: the last one covering is innermost
            current = any(s.annotation_id == self.current_id for s in covering)
            verdict = self.verdict(top.annotation_id) if self.verdict is not None else ""
            fmt = self.format_for(top.category, len(covering), current, verdict)
            s16 = self.u16.to_utf16(a) - base16
            out.append((s16, self.u16.to_utf16(b) - base16 - s16, fmt))
        return out


class BlockPainter(QSyntaxHighlighter):
    """Qt's per-paragraph formatting hook, fed by :class:`HighlightPainter`."""

    def __init__(self, document: QTextDocument, painter: HighlightPainter) -> None:
        super().__init__(document)
        self._painter = painter

    def highlightBlock(self, text: str) -> None:
        index = self.currentBlock().blockNumber()
        if index >= len(self._painter.sheet.article.blocks):
            return
        for start, length, fmt in self._painter.block_ranges(index):
            self.setFormat(start, length, fmt)
