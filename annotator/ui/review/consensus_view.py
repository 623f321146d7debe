"""The consensus for a projector: the article, large, shaded by how many students marked each passage, no names.

Opened from the review window (View ▸ Consensus for the class, F11), full screen. One category
at a time (or all together), chosen in the box or with the Left and Right arrow keys; Esc or F11
closes it. It shows counts only ("9 of 24 students highlighted this" on hover), never a name, a
note or the answer key, so the class can see it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from annotator.core.annotations import Student, Work
from annotator.core.class_stats import class_heat
from annotator.core.pack import Pack
from annotator.core.worksheet import Worksheet
from annotator.ui.common.article_view import ArticleView
from annotator.ui.review.marks import SpanLayer, heat_spans

PROJECTOR_TEXT_SIZE = 20  # points: read from the back of a classroom


class ConsensusView(QWidget):
    """The class's shading over the article, for everyone to see."""

    def __init__(self, pack: Pack, sheets: Sequence[Worksheet], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.sheets = sheets
        self.setWindowTitle(self.tr("What the class saw: {title}").format(title=pack.lesson.title))
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        title = QLabel(self.tr("What the class saw: {title}").format(title=pack.lesson.title))
        title.setStyleSheet("font-size: 18pt; font-weight: 700;")
        title.setWordWrap(True)
        bar.addWidget(title, 1)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category shown"))
        self.category.setStyleSheet("font-size: 14pt;")
        self.category.addItem(self.tr("All categories"), "")
        for cat in pack.lesson.categories:
            self.category.addItem(cat.label, cat.id)
        self.category.currentIndexChanged.connect(self.redraw)
        bar.addWidget(self.category)
        close = QPushButton(self.tr("Close (Esc)"))
        close.clicked.connect(self.close)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("font-size: 13pt;")
        layout.addWidget(self.legend)
        blank = Worksheet(pack.lesson, pack.article, Work(pack.lesson.id, pack.article.sha256, Student("")))
        self.article = ArticleView(blank, PROJECTOR_TEXT_SIZE)
        self.article.setAccessibleName(self.tr("The article shaded by how many students marked each passage"))
        self.article.painter.show_highlights = False
        self.layer = SpanLayer(pack.article, self.article.u16)
        self.article.tooltip_extra = self.layer.tooltips
        layout.addWidget(self.article, 1)
        self.article.installEventFilter(self)  # the article has the focus and would take the arrows for its caret
        self.redraw()

    def redraw(self) -> None:
        """Shade the article for the chosen category."""
        n = len(self.sheets)
        label = self.category.currentText()
        self.legend.setText(self.tr("{category}: darker = more of the {n} students marked it; underlined = half "
                                    "the class or more. ← → change the category.").format(category=label, n=n))
        spans = heat_spans(class_heat(self.sheets, self.category.currentData() or ""), n)
        self.layer.set_spans(spans)
        self.article.painter.underlay = self.layer.ranges if spans else None
        self.article.redraw()

    def _key(self, key: int) -> bool:
        """Esc and F11 close, Left and Right change the category; True when the key was one of them."""
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = 1 if key == Qt.Key.Key_Right else -1
            self.category.setCurrentIndex((self.category.currentIndex() + step) % self.category.count())
        else:
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self._key(event.key()):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._key(event.key()):
            super().keyPressEvent(event)
