"""The find bar above the article: type words, Enter selects the next place they occur."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from annotator.core.worksheet import Worksheet
from annotator.ui.article_view import ArticleView
from annotator.ui.escape import EscapeHandoff


class FindBar(QWidget):
    """Finds words in the worksheet's article and selects them in the article view; hidden until opened."""

    def __init__(self, sheet: Worksheet, article: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.article = article
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 0)
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Find in the article"))
        self.box.setAccessibleName(self.tr("Find in the article"))
        self.box.returnPressed.connect(self.find_next)
        EscapeHandoff(self.box).escapePressed.connect(self._back_to_article)
        row.addWidget(self.box, 1)
        self.status = QLabel()
        row.addWidget(self.status)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close the find bar"))
        close.clicked.connect(self._back_to_article)
        row.addWidget(close)
        self.hide()

    @Slot()
    def open(self) -> None:
        """Show the bar with the keyboard in the find box, its words selected for typing over."""
        self.show()
        self.box.setFocus()
        self.box.selectAll()

    @Slot()
    def _back_to_article(self) -> None:
        self.hide()
        self.article.setFocus()

    @Slot()
    def find_next(self) -> None:
        """Select the next place the article has the words in the find box (opening the bar if it is hidden)."""
        if not self.isVisible():
            self.open()
            return
        start, end = self.article.selection()
        hit = self.sheet.find(self.box.text(), end if end > start else start)
        if hit is None:
            self.status.setText(self.tr("Not found"))
            return
        self.status.setText(self.tr("Enter: next · Esc: back to the article to mark it"))
        self.article.select_span(*hit)
