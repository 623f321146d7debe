"""A one-line label that shortens its text in the middle ("…") when the window is too narrow for it.

Used where the end of a line matters as much as its start, such as a file's path in the status bar:
on a 1024-pixel screen a French sentence and a long path did not fit, and the file's name was cut off.
The whole text stays in the tooltip and is what a screen reader reads.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """A label showing as much of its text as fits, the middle left out first."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a path is words: "<i>" in a folder's name is not italics
        # Ignored: the label takes the room its layout gives it, rather than asking for its whole text's width.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.full_text = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        """Change the whole text (shown shortened if it must be)."""
        self.full_text = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideMiddle, room)
        if shown != self.text():
            self.setText(shown)
