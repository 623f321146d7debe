"""Thick underlines in each category's style, drawn over the article.

Qt's own underlines are one pixel thin, too faint to tell dashed from dotted at a glance, and
for a colour-blind student the style is the cue that matters (see the README, "Accessibility"). After the text is
painted, this draws each visible highlight's line again, 2-3 pixels wide, in its style.
"""

from __future__ import annotations

from functools import cache
from typing import cast

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF, QTextBlock, QTextLine
from PySide6.QtWidgets import QTextEdit

from annotator.core.lesson import Category

_DASHES = {
    "solid": Qt.PenStyle.SolidLine,
    "boxed": Qt.PenStyle.SolidLine,
    "dashed": Qt.PenStyle.DashLine,
    "dotted": Qt.PenStyle.DotLine,
    "dash-dot": Qt.PenStyle.DashDotLine,
    "dash-dot-dot": Qt.PenStyle.DashDotDotLine,
}


def line_colour(category: Category) -> QColor:
    """The category's colour, darkened where it would vanish on white (yellow)."""
    colour = QColor(category.color)
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return colour.darker(170) if luminance > 0.75 else colour


def paint_decorations(view: QTextEdit, blocks: list[tuple[QTextBlock, list[tuple[int, int, Category]]]], *,
                      width: float, chosen: list[tuple[QTextBlock, int, int]] | None = None) -> None:
    """Draw the lines of highlights, given per paragraph as (start, end, category) within its text,
    and a frame around the ``chosen`` highlight's pieces (a frame, not bold: bold would re-wrap lines)."""
    if not blocks and not chosen:
        return
    painter = QPainter(view.viewport())
    try:
        for block, spans in blocks:
            for a, b, category in spans:
                for x1, x2, top, bottom in _pieces(view, block, a, b):
                    _draw(painter, category, x1, x2, top, bottom, width)
        frame = QPen(QColor("#1a1a1a"), 1.5)
        frame.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(frame)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for block, a, b in chosen or ():
            for x1, x2, top, bottom in _pieces(view, block, a, b):
                painter.drawRect(QRectF(x1 - 1.5, top, x2 - x1 + 3, bottom - top + width + 2))
    finally:
        painter.end()


def _pieces(view: QTextEdit, block: QTextBlock, a: int, b: int) -> list[tuple[float, float, float, float]]:
    """(left, right, top, bottom) in the viewport of each line's part of ``[a, b)`` within a paragraph."""
    layout = view.document().documentLayout()
    top_left = layout.blockBoundingRect(block).topLeft()
    left = top_left.x() - view.horizontalScrollBar().value()
    top = top_left.y() - view.verticalScrollBar().value()
    text_layout = block.layout()
    text = block.text()
    out: list[tuple[float, float, float, float]] = []
    for i in range(text_layout.lineCount()):
        line = text_layout.lineAt(i)
        s, e = max(a, line.textStart()), min(b, line.textStart() + line.textLength())
        while e > s and text[e - 1].isspace():  # no line under the space where a line wraps
            e -= 1
        if s >= e:
            continue
        y_top = top + line.y()
        out.append((left + _x_of(line, s), left + _x_of(line, e), y_top, y_top + line.ascent() + line.descent()))
    return out


def _x_of(line: QTextLine, position: int) -> float:
    """The x of a cursor before ``position`` within a line's paragraph."""
    # PySide6's stubs say cursorToX returns ``object``; it returns (x, position), with the position
    # moved to a valid cursor place, as C++'s in/out argument does.
    x, _ = cast(tuple[float, int], line.cursorToX(position))
    return x


@cache
def _wave_tile(colour: str, width: float) -> QPixmap:
    tile = QPixmap(6, int(4 + width * 2))
    tile.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(colour), width))
    h = tile.height()
    painter.drawPolyline(QPolygonF([QPointF(0, h - width), QPointF(3, width), QPointF(6, h - width)]))
    painter.end()
    return tile


def _draw(painter: QPainter, category: Category, x1: float, x2: float, top: float, bottom: float,
          width: float) -> None:
    pen = QPen(line_colour(category), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    style = category.style
    y = bottom + width / 2
    if style in ("wavy", "wavy-boxed"):
        # One wave drawn once per colour, then tiled: far cheaper than a long path on every repaint.
        tile = _wave_tile(line_colour(category).name(), width)
        painter.drawTiledPixmap(QRectF(x1, y - tile.height() / 2, x2 - x1, tile.height()), tile)
    else:
        pen.setStyle(_DASHES.get(style, Qt.PenStyle.SolidLine))
        painter.setPen(pen)
        painter.drawLine(QPointF(x1, y), QPointF(x2, y))
    if style in ("boxed", "wavy-boxed"):
        pen.setStyle(Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x1, top + width / 2), QPointF(x2, top + width / 2))
