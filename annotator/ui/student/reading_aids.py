"""What helps a student read: find, the whole sentence, bigger text and high contrast, remembered."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QScrollArea, QTabWidget, QWidget

from annotator.core.desk import DEFAULT_TEXT_SIZE, Preferences
from annotator.core.worksheet import Worksheet
from annotator.ui.common.article_view import ArticleView
from annotator.ui.common.looks import apply_high_contrast
from annotator.ui.common.palette import CategoryPalette
from annotator.ui.student.window_frame import SIDE_MIN_WIDTH, TABS_MIN_LINES, title_font

if TYPE_CHECKING:
    from annotator.ui.student.find_bar import FindBar


class ReadingAids(QMainWindow):
    """The student window's reading aids (a part of :class:`annotator.ui.student.window.StudentWindow`)."""

    sheet: Worksheet
    article: ArticleView
    prefs: Preferences
    data_dir: Path
    side: QWidget
    side_scroll: QScrollArea
    palette_box: CategoryPalette
    title_label: QLabel
    contrast_action: QAction
    tabs: QTabWidget

    @property
    def find_bar(self) -> FindBar:
        """The find bar (built by the window)."""
        raise NotImplementedError

    def start_reading(self) -> None:
        """Bring the shown window to the front with the keyboard in the article, so that the category keys,
        Ctrl+F and the tooltips work without a click (after the name dialog, or switching student)."""
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # (these have no windows to raise)
            self.activateWindow()
            self.raise_()
        self.focus_article()

    @Slot()
    def focus_article(self) -> None:
        """Give the keyboard back to the article."""
        self.article.setFocus()

    @Slot()
    def select_sentence(self) -> None:
        """Extend the selection to the whole sentence around it."""
        from annotator.core.article_search import sentence_around  # with the find bar, after the first frame

        start, end = self.article.selection()
        self.article.select_span(*sentence_around(self.sheet.article, start, end))

    @Slot()
    def show_find(self) -> None:
        """Open the find bar."""
        self.find_bar.open()

    @Slot()
    def find_next(self) -> None:
        """Select the next place the article has the words in the find box."""
        self.find_bar.find_next()

    def zoom(self, step: int) -> None:
        """Make the article's text bigger or smaller, and remember the size."""
        self.article.set_text_size(self.article.text_size + step)
        self._remember(text_size=self.article.text_size)
        self._scale_side()

    def _scale_side(self) -> None:
        # The prompts and notes grow with the article, so a student who needs big text gets it everywhere.
        font = QApplication.font()
        grow = max(0.0, (self.prefs.text_size - DEFAULT_TEXT_SIZE) * 0.75)
        font.setPointSizeF(font.pointSizeF() + grow)
        self.side.setFont(font)
        self.palette_box.set_button_font(font)
        # Wide enough for the widest category button (one column), so that no label is cut.
        layout = self.side.layout()
        margins = 0 if layout is None else layout.contentsMargins().left() + layout.contentsMargins().right()
        need = max(SIDE_MIN_WIDTH, self.palette_box.widest_button() + margins + 4)
        self.side.setMinimumWidth(need)
        self.side_scroll.setMinimumWidth(need + self.side_scroll.verticalScrollBar().sizeHint().width())
        self.palette_box.arrange()  # the panel's new width may fit two columns again
        self.title_label.setFont(title_font(font))
        self.tabs.setMinimumHeight(TABS_MIN_LINES * QFontMetrics(font).lineSpacing())

    def _toggle_contrast(self) -> None:
        self._remember(high_contrast=self.contrast_action.isChecked(), contrast_chosen=True)
        self._set_high_contrast(self.prefs.high_contrast)

    def _set_high_contrast(self, on: bool) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_high_contrast(app, on)
        self.article.set_high_contrast(on)

    def _remember(self, **changes: object) -> None:
        """Change some preferences here and on disk, keeping what other windows saved meanwhile."""
        for name, value in changes.items():
            setattr(self.prefs, name, value)
        with contextlib.suppress(OSError):  # preferences are a comfort, never worth interrupting a lesson
            Preferences.update(self.data_dir, self.prefs, **changes)
