"""The find bar above the article: type words; Enter finds the next place, Shift+Enter the one before."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from annotator.core.article_search import find_counted
from annotator.core.worksheet import Worksheet
from annotator.ui.common.article_view import ArticleView
from annotator.ui.common.escape import EscapeHandoff


class FindBar(QWidget):
    """Finds words in the worksheet's article and selects them in the article view; hidden until opened."""

    def __init__(self, sheet: Worksheet, article: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.article = article
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 0)
        label = QLabel(self.tr("Find:"))
        row.addWidget(label)
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("words in the article (Enter: next, Shift+Enter: previous)"))
        self.box.setAccessibleName(self.tr("Find in the article"))
        self.box.returnPressed.connect(self.find_next)
        self.box.installEventFilter(self)  # Shift+Enter: see eventFilter
        EscapeHandoff(self.box).escapePressed.connect(self._back_to_article)
        label.setBuddy(self.box)
        # Room for a few words however long the count beside it: on a 1024-pixel screen the count squeezed
        # the box to three letters. The count takes a second line rather than the words' room.
        self.box.setMinimumWidth(20 * self.box.fontMetrics().averageCharWidth())
        row.addWidget(self.box, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row.addWidget(self.status)
        for text, name, slot in ((self.tr("◀ Previous"), self.tr("Find the previous place"), self.find_previous),
                                 (self.tr("Next ▶"), self.tr("Find the next place"), self.find_next),
                                 (self.tr("Close"), self.tr("Close the find bar"), self._back_to_article)):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click keeps the keyboard in the find box
            button.clicked.connect(slot)
            row.addWidget(button)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Shift+Enter in the find box goes back to the previous place."""
        if (watched is self.box and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.find_previous()
            return True
        return super().eventFilter(watched, event)

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
        self._find(backwards=False)

    @Slot()
    def find_previous(self) -> None:
        """Select the place before the current one."""
        self._find(backwards=True)

    def _find(self, *, backwards: bool) -> None:
        if not self.isVisible():
            self.open()
            return
        start, end = self.article.selection()
        query = self.box.text()
        if not query:
            self.status.setText(self.tr("Type the words to find"))
            return
        text = self.sheet.article.text
        found = find_counted(text, query, start if backwards else max(start, end), backwards=backwards)
        if found is None:
            self.status.setText(self.tr("Not found"))
            return
        hit, n, total = found
        self.status.setText(self.tr("{n} of {total} · Esc: back to the article to mark it").format(n=n, total=total))
        self.article.select_span(*hit, scroll=False)
        self.article.center_selection()
