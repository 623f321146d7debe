"""Thick underlines in each category's style, drawn over the article.

Qt's own underlines are one pixel thin, too faint to tell dashed from dotted at a glance, and
for a colour-blind student the style is the cue that matters (DESIGN.md §7). After the text is
painted, this draws each visible highlight's line again, 2-3 pixels wide, in its style.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
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
    return colour.darker(170) if colour.lightnessF() > 0.7 else colour


def paint_decorations(view: QTextEdit, spans: list[tuple[int, int, Category]], *, width: float) -> None:
    """Draw the lines of highlights given as (UTF-16 start, UTF-16 end, category) on the visible text."""
    if not spans:
        return
    doc = view.document()
    layout = doc.documentLayout()
    dx, dy = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    painter = QPainter(view.viewport())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        for start, end, category in spans:
            block = doc.findBlock(start)
            while block.isValid() and block.position() < end:
                top_left = layout.blockBoundingRect(block).topLeft()
                text_layout = block.layout()
                text = block.text()
                a = max(start, block.position()) - block.position()
                b = min(end, block.position() + block.length() - 1) - block.position()
                for i in range(text_layout.lineCount()):
                    line = text_layout.lineAt(i)
                    s, e = max(a, line.textStart()), min(b, line.textStart() + line.textLength())
                    while e > s and text[e - 1].isspace():  # no line under the space where a line wraps
                        e -= 1
                    if s >= e:
                        continue
                    x1 = top_left.x() + line.cursorToX(s)[0] - dx
                    x2 = top_left.x() + line.cursorToX(e)[0] - dx
                    y_top = top_left.y() + line.y() - dy
                    _draw(painter, category, x1, x2, y_top, y_top + line.ascent() + line.descent(), width)
                block = block.next()
    finally:
        painter.end()


def _draw(painter: QPainter, category: Category, x1: float, x2: float, top: float, bottom: float,
          width: float) -> None:
    pen = QPen(line_colour(category), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    style = category.style
    y = bottom + width / 2
    if style in ("wavy", "wavy-boxed"):
        pen.setStyle(Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        path = QPainterPath(QPointF(x1, y))
        x, up, step = x1, True, 3.0
        while x < x2:
            x = min(x + step, x2)
            path.lineTo(QPointF(x, y - 2.5 if up else y + 0.5))
            up = not up
        painter.drawPath(path)
    else:
        pen.setStyle(_DASHES.get(style, Qt.PenStyle.SolidLine))
        painter.setPen(pen)
        painter.drawLine(QPointF(x1, y), QPointF(x2, y))
    if style in ("boxed", "wavy-boxed"):
        pen.setStyle(Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x1, top + width / 2), QPointF(x2, top + width / 2))
