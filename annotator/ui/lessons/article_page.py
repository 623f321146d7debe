"""The lesson editor's "Article text" page: delete or correct paragraphs of the article.

An import may keep a line that is not the article's (a "Watch the video" link, a teaser); such lines are
marked ⚠ in the list. The page edits a list of :class:`ArticleBlock` in place; the dialog turns it back
into ``article.md`` and moves the answer key to the new text (:mod:`annotator.core.article_edit`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.article_edit import ArticleBlock, suspicious_blocks
from annotator.core.text import TEXT_KINDS, BlockKind, one_line, shorten
from annotator.ui.lessons.drafts import named


class ArticlePage(QWidget):
    """The article's blocks, one a line, with the chosen one's text to correct and a button to delete it."""

    edited = Signal()

    def __init__(self, blocks: list[ArticleBlock], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blocks = blocks
        self._loading = False
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Delete what is not the article's (a link, a button, a teaser; marked ⚠) or correct a "
                              "paragraph. The answer key moves with the text; students' work is placed again when "
                              "it is opened, and a highlight whose words are gone is listed, never lost."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.block_list = named(QListWidget(), self.tr("Paragraphs of the article"),
                                self.tr("Headings, paragraphs and list items, in the order students read them."))
        self.block_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.block_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.block_list.currentRowChanged.connect(self._show_block)
        row.addWidget(self.block_list, 3)
        right = QVBoxLayout()
        self.block_text = named(QPlainTextEdit(), self.tr("Text of the chosen paragraph"),
                                self.tr("Correct the paragraph here; it stays one paragraph."))
        self.block_text.textChanged.connect(self._text_edited)
        right.addWidget(self.block_text, 1)
        self.delete_button = named(QPushButton(self.tr("&Delete paragraph")),
                                   self.tr("Delete the chosen paragraph from the article"))
        self.delete_button.clicked.connect(self.delete_current)
        right.addWidget(self.delete_button)
        row.addLayout(right, 2)
        layout.addLayout(row, 1)
        self.fill(0)

    def fill(self, row: int) -> None:
        """Show the blocks again and choose ``row``."""
        self._loading = True
        self.block_list.clear()
        flagged = suspicious_blocks(self.blocks)
        for i, block in enumerate(self.blocks):
            item = QListWidgetItem(self._label(i, flagged=i in flagged))
            item.setToolTip(block.text)
            self.block_list.addItem(item)
        self._loading = False
        self.block_list.setCurrentRow(min(row, len(self.blocks) - 1))
        self._show_block(self.block_list.currentRow())

    def _label(self, row: int, *, flagged: bool) -> str:
        """How the list shows a block: headings named, paragraphs and list items numbered as new-lesson counts."""
        block = self.blocks[row]
        text = shorten(one_line(block.text), 120)
        if block.kind not in TEXT_KINDS:
            return self.tr("Heading: {text}").format(text=text)
        number = sum(1 for b in self.blocks[: row + 1] if b.kind in TEXT_KINDS)
        bullet = "• " if block.kind is BlockKind.LIST_ITEM else ""
        return f"{'⚠ ' if flagged else ''}{number}. {bullet}{text}"

    @Slot(int)
    def _show_block(self, row: int) -> None:
        if self._loading:
            return
        self._loading = True
        has = 0 <= row < len(self.blocks)
        self.block_text.setPlainText(self.blocks[row].text if has else "")
        self.block_text.setEnabled(has)
        # The headline is the lesson's article title: it is corrected, not deleted.
        self.delete_button.setEnabled(has and self.blocks[row].kind is not BlockKind.HEADING)
        self._loading = False

    @Slot()
    def _text_edited(self) -> None:
        row = self.block_list.currentRow()
        if self._loading or not 0 <= row < len(self.blocks):
            return
        block = self.blocks[row]
        self.blocks[row] = ArticleBlock(block.kind, self.block_text.toPlainText())
        item = self.block_list.item(row)
        item.setText(self._label(row, flagged=item.text().startswith("⚠")))
        item.setToolTip(self.blocks[row].text)
        self.edited.emit()

    @Slot()
    def delete_current(self) -> None:
        """Delete the chosen block (not the headline) and choose the one after it."""
        row = self.block_list.currentRow()
        if not 0 <= row < len(self.blocks) or self.blocks[row].kind is BlockKind.HEADING:
            return
        del self.blocks[row]
        self.fill(row)
        self.edited.emit()
