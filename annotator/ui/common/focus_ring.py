"""A ring round a text box while it has the keyboard.

Qt's Fusion style marks the focused one-line box but draws nothing round a focused multi-line one
(the note, an answer): a student using the keyboard alone saw only a thin caret to tell where their
typing would go. The ring is two pixels in the palette's highlight colour: the box's frame and one
pixel inside it, which is kept in the box's own colour while it does not have the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QAbstractScrollArea


class FocusRing(QObject):
    """Draws the ring on each text box it watches (:func:`ring_when_focused`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not isinstance(watched, QAbstractScrollArea):
            return False
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            watched.update()  # the frame, not only the text inside it
        elif kind == QEvent.Type.Paint:
            watched.event(event)  # the box's own frame first
            painter = QPainter(watched)
            inside = watched.frameWidth()  # the pixel between the frame and the text, kept for the ring
            if watched.hasFocus():
                painter.setPen(QPen(watched.palette().highlight().color(), inside + 1))
                painter.drawRect(watched.rect().adjusted(1, 1, -1, -1) if inside == 1 else watched.rect())
            else:  # the box's own colour: it looks as it would without the ring
                painter.setPen(watched.palette().base().color())
                painter.drawRect(watched.rect().adjusted(inside, inside, -inside - 1, -inside - 1))
            painter.end()
            return True
        return False


_ring: FocusRing | None = None


def ring_when_focused(box: QAbstractScrollArea) -> None:
    """Draw the ring round ``box`` whenever it has the keyboard."""
    global _ring
    if _ring is None:
        _ring = FocusRing()
    box.setViewportMargins(1, 1, 1, 1)  # room for the ring's inner pixel, focused or not: the text never moves
    box.installEventFilter(_ring)
