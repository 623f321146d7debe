"""How the review window draws the key and the class over the article: missed passages and the heat map."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat

from annotator.core.class_stats import Run
from annotator.core.key import KeyItem
from annotator.core.text import Article, Utf16Map
from annotator.ui.common.application import QtWords


def missed_format() -> QTextCharFormat:
    """A missed key passage: hatched and lined above, so it never relies on colour alone."""
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(QColor("#8c8c8c"), Qt.BrushStyle.BDiagPattern))
    fmt.setFontOverline(True)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(QColor("#000000"))
    return fmt


def heat_format(students: int, of: int) -> QTextCharFormat:
    """Warmer and darker where more students highlighted."""
    share = students / max(1, of)
    fmt = QTextCharFormat()
    fmt.setBackground(QColor.fromHsvF(0.07, 0.15 + 0.75 * share, 1.0 - 0.25 * share))
    if share >= 0.5:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)  # half the class or more
    return fmt


class SpanLayer:
    """Spans with formats, found by paragraph, for :attr:`HighlightPainter.underlay`."""

    def __init__(self, article: Article, u16: Utf16Map) -> None:
        self.article = article
        self.u16 = u16
        self.spans: list[tuple[int, int, QTextCharFormat, str]] = []  # start, end, format, tooltip
        self._starts: list[int] = []

    def set_spans(self, spans: list[tuple[int, int, QTextCharFormat, str]]) -> None:
        """Replace the spans (sorted by start, not overlapping)."""
        self.spans = sorted(spans, key=lambda s: s[0])
        self._starts = [s[0] for s in self.spans]

    def ranges(self, block_index: int) -> list[tuple[int, int, QTextCharFormat]]:
        """(start, length, format) in UTF-16 units within one paragraph."""
        block = self.article.blocks[block_index]
        base = self.u16.to_utf16(block.start)
        out = []
        i = max(0, bisect_right(self._starts, block.start) - 1)
        while i < len(self.spans) and self.spans[i][0] < block.end:
            start, end, fmt, _ = self.spans[i]
            s, e = max(start, block.start), min(end, block.end)
            if s < e:
                s16 = self.u16.to_utf16(s) - base
                out.append((s16, self.u16.to_utf16(e) - base - s16, fmt))
            i += 1
        return out

    def tooltips(self, offset: int) -> list[str]:
        """The tooltip lines of the spans over one character."""
        i = bisect_right(self._starts, offset) - 1
        out: list[str] = []
        while i >= 0 and len(out) < 3:
            start, end, _, tip = self.spans[i]
            if start <= offset < end and tip:
                out.append(tip)
            if end <= offset and start < offset - 2000:
                break
            i -= 1
        return out


def missed_spans(items: list[KeyItem], labels: dict[str, str]) -> list[tuple[int, int, QTextCharFormat, str]]:
    """Spans for key items the student missed, with the key's rationale as tooltip."""
    fmt = missed_format()
    return [(it.start, it.end, fmt, Marks.tr("✖ Missed ({category}): {rationale}").format(
                category=labels.get(it.categories[0], it.categories[0]), rationale=it.rationale))
            for it in items]


def heat_spans(runs: list[Run], students: int) -> list[tuple[int, int, QTextCharFormat, str]]:
    """Spans of the class heat map, with "k of n students" as tooltip."""
    formats: dict[int, QTextCharFormat] = {}
    said = Marks.tr("{k} of %n students highlighted this", "", students)
    out = []
    for run in runs:
        if run.students <= 0:
            continue
        fmt = formats.setdefault(run.students, heat_format(run.students, students))
        out.append((run.start, run.end, fmt, said.format(k=run.students)))
    return out


class Marks(QtWords):
    """The words of the marks drawn over a student's work and the class heat map."""
