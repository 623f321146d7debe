"""Esc in a text box hands the keyboard back to the article: one watcher for every box that does it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class EscapeHandoff(QObject):
    """Watches a text box and emits ``escapePressed`` instead of letting the box take Esc."""

    escapePressed = Signal()

    def __init__(self, box: QWidget) -> None:
        super().__init__(box)
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape:
            self.escapePressed.emit()
            return True
        return False
