"""The frame of the student's window: the side panel that scrolls only when it must, its title font, and the
hook that builds what can wait until the first frame is on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

SIDE_MIN_WIDTH = 380  # pixels: two columns of category buttons at the normal text size
TABS_MIN_LINES = 10  # lines of text the prompts' tab keeps in view however short the screen (it scrolls inside)
SIDE_MAX_WIDTH = 560  # pixels: beyond this the prompts' lines grow too long to read easily


def split_sizes(width: int, article: tuple[int, int], side: tuple[int, int]) -> tuple[int, int]:
    """How a window ``width`` pixels wide is shared between the article and the side panel.

    ``article`` and ``side`` are each (what it needs, what it would like). The article would like its
    comfortable reading width (wider screens give it side margins, not longer lines) and needs a
    shorter but still readable line; the side panel needs its buttons' width in one column and would
    like two columns (half as tall, so the prompts stay in view on a short screen). The side panel
    gets what it would like while the article keeps what it needs, and what is left over on a wide
    screen, up to a width its prompts still read well at.
    """
    article_needs, article_wants = article
    side_needs, side_wants = side
    share = min(SIDE_MAX_WIDTH, max(side_wants, width - article_wants))
    share = max(side_needs, min(share, width - article_needs))
    return max(0, width - share), share


def title_font(base: QFont) -> QFont:
    """The lesson title's font: bold, a size above the side panel's text."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() + 5)
    font.setBold(True)
    return font


class SidePanel(QWidget):
    """The column beside the article, in a scroll area that scrolls only when it truly does not fit."""

    def heightForWidth(self, width: int) -> int:
        # QScrollArea asks this for the height the panel needs; the layout's answer is its *preferred*
        # height (the prompts' tab would like more), which made a scroll bar appear at any text size.
        layout = self.layout()
        return layout.minimumHeightForWidth(width) if layout is not None else super().heightForWidth(width)


class AfterFirstPaint(QObject):
    """Calls ``then`` once, as soon as the event loop is free after ``widget`` was first painted.

    The call is posted from inside the paint, so it runs after that frame has been drawn and shown.
    """

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._then)  # dropped if the window is gone by then
        return False
