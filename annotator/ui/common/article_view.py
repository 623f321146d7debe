"""The article, read-only but with a caret, drawn with the worksheet's highlights.

Highlights are painted by a :class:`QSyntaxHighlighter` that asks the worksheet for the spans
of one paragraph at a time, so adding or removing a highlight repaints only the paragraphs it
touches (the document's text is never changed).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
    QTextOption,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from annotator.core.anchoring import Status
from annotator.core.lesson import Category
from annotator.core.text import BlockKind, Utf16Map, whole_words
from annotator.core.worksheet import Worksheet
from annotator.ui.common.decorations import paint_decorations
from annotator.ui.common.highlight_painter import BlockPainter, HighlightPainter
from annotator.ui.common.looks import reading_font

READING_COLUMNS = 68
READING_LINE_SHORTEST = 52  # characters a line: still easy to read, where a small screen has no room for more


class ArticleView(QTextEdit):
    """The article a student reads and selects in, by mouse or keyboard."""

    categoryKeyPressed = Signal(str)  # the shortcut key, e.g. "2"
    highlightClicked = Signal(str)  # annotation id
    escapePressed = Signal()
    enterPressed = Signal()  # Enter or Return: read-only text has no use for them

    def __init__(self, sheet: Worksheet, text_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.u16 = Utf16Map(sheet.article.text)
        self.painter = HighlightPainter(sheet, self.u16)
        self.setReadOnly(True)
        # A caret in read-only text: arrows move it, Shift+arrows select, as in a word processor.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setCursorWidth(2)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        # Lines always wrap (a word longer than a line, such as a web address, breaks anywhere), so
        # the article never scrolls sideways; Qt's rounding would otherwise show a 1-pixel scroll bar.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAccessibleName(self.tr("Article"))
        self.setAccessibleDescription(self.tr("The article to read. Select a passage, then press a category's key."))
        self.setMouseTracking(True)
        self.tooltip_extra: Callable[[int], list[str]] | None = None  # more lines for a tooltip at an offset
        self._text_size = text_size
        self._first_painted = 0  # the first paragraph the last paint showed
        # Lay the article out at its reading width from the start: laid out at the default size and
        # again once the window has its size, a long article would be drawn from a half-finished layout.
        self.resize(1000, 800)
        self._fit_reading_column(1000)
        self._build_document()

    # --- the document -------------------------------------------------------------------------

    def _build_document(self) -> None:
        doc = QTextDocument(self)
        doc.setDefaultFont(reading_font(self._text_size))
        doc.setDocumentMargin(28)
        doc.setUndoRedoEnabled(False)
        cursor = QTextCursor(doc)
        text = self.sheet.article.text
        body = QTextBlockFormat()
        body.setLineHeight(145, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        body.setBottomMargin(10)
        plain = QTextCharFormat()
        bullets: QTextList | None = None  # the list the items being added belong to
        for i, block in enumerate(self.sheet.article.blocks):
            fmt, chars = QTextBlockFormat(body), QTextCharFormat(plain)
            if block.kind is BlockKind.LIST_ITEM:
                fmt.setBottomMargin(4)
            if block.is_heading:
                heading = block.kind is BlockKind.HEADING
                fmt.setHeadingLevel(1 if heading else 2)
                fmt.setTopMargin(6 if i == 0 else 18)
                chars.setFontWeight(700 if heading else 600)
                # Relative sizes, so zooming the text zooms headings with it.
                chars.setProperty(QTextFormat.Property.FontSizeAdjustment, 2 if heading else 1)
            if i == 0:
                cursor.setBlockFormat(fmt)
                cursor.setBlockCharFormat(chars)
                cursor.setCharFormat(chars)
            else:
                cursor.insertBlock(fmt, chars)
            # Qt draws the bullet beside the block: it is not in the document's text, so offsets are untouched.
            if block.kind is not BlockKind.LIST_ITEM:
                bullets = None
            elif bullets is None:
                bullets = cursor.createList(QTextListFormat.Style.ListDisc)
            else:
                bullets.add(cursor.block())
            cursor.insertText(text[block.start : block.end], chars)
        self._painter_hook = BlockPainter(doc, self.painter)
        # Highlight now, which also cancels Qt's own deferred first pass: that pass ran after the view
        # had laid the text out and made every paragraph be laid out again (0.2 s for a long article).
        # (setDocument below formats each paragraph once more; that costs far less.)
        self._painter_hook.rehighlight()
        self.setDocument(doc)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def repaint_spans(self, spans: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> None:
        """Repaint the paragraphs some spans touch, and nothing else."""
        done: set[int] = set()
        for start, end in spans:
            for i in self.sheet.article.blocks_between(start, end):
                if i not in done:
                    done.add(i)
                    self._painter_hook.rehighlightBlock(self.document().findBlockByNumber(i))

    def set_current(self, annotation_id: str | None, *, repaint_new: bool = True) -> None:
        """Draw one annotation as the one being edited (``repaint_new=False``: its paragraph is redrawn anyway)."""
        old = self.painter.current_id
        if old == annotation_id:
            return
        self.painter.current_id = annotation_id
        ids = (old, annotation_id) if repaint_new else (old,)
        self.repaint_spans([s for s in (self.sheet.shown_span(x) for x in ids if x) if s])

    def set_sheet(self, sheet: Worksheet) -> None:
        """Show another student's work on the same article (the review window)."""
        self.sheet = sheet
        self.painter.sheet = sheet
        self.painter.current_id = None
        self.redraw()

    def redraw(self) -> None:
        """Repaint every paragraph, after the way highlights are drawn has changed."""
        self._painter_hook.rehighlight()

    def set_high_contrast(self, on: bool) -> None:
        """Stronger highlight colours."""
        self.painter.high_contrast = on
        self._painter_hook.rehighlight()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.painter.show_highlights:
            width = 3.0 if self.painter.high_contrast else 2.0
            blocks, chosen = self._spans_in(event.rect())
            paint_decorations(self, blocks, width=width, chosen=chosen)

    def _spans_in(
        self, rect: QRect
    ) -> tuple[list[tuple[QTextBlock, list[tuple[int, int, Category]]]], list[tuple[QTextBlock, int, int]]]:
        """The highlights of the paragraphs a repainted part of the viewport shows, per paragraph,
        and the pieces of the chosen highlight among them (in UTF-16 units within each paragraph)."""
        doc, layout = self.document(), self.document().documentLayout()
        count = min(doc.blockCount(), len(self.sheet.article.blocks))
        if count == 0:
            return [], []
        dy = self.verticalScrollBar().value()
        top, bottom = rect.top() + dy, rect.bottom() + dy
        # Walk from the paragraph the last paint began at (paints are near each other), by the
        # paragraphs' boxes, which drawing the text uses too. Qt's hit test (cursorForPosition)
        # answers wrongly while a long article is still being laid out after the window opens.
        block = doc.findBlockByNumber(min(self._first_painted, count - 1))
        while block.blockNumber() > 0 and layout.blockBoundingRect(block).top() > top:
            block = block.previous()
        while block.blockNumber() < count - 1 and layout.blockBoundingRect(block).bottom() < top:
            block = block.next()
        self._first_painted = block.blockNumber()
        out, chosen = [], []
        while block.isValid() and block.blockNumber() < count and layout.blockBoundingRect(block).top() <= bottom:
            i = block.blockNumber()
            spans = self.sheet.spans_in_block(i)
            if spans:
                base = self.u16.to_utf16(self.sheet.article.blocks[i].start)
                mine = []
                for span in reversed(spans):  # spans come longest first; draw the short ones last, on top
                    a, b = self.u16.to_utf16(span.start) - base, self.u16.to_utf16(span.end) - base
                    category = self.sheet.lesson.category(span.category)
                    if category is not None:
                        mine.append((a, b, category))
                    if span.annotation_id == self.painter.current_id:
                        chosen.append((block, a, b))
                out.append((block, mine))
            block = block.next()
        return out, chosen

    def resizeEvent(self, event: QResizeEvent) -> None:
        top = self._top_anchor() if self.verticalScrollBar().value() > 0 else None
        self._fit_reading_column(self.width())
        super().resizeEvent(event)
        if top is not None:
            self._scroll_to(top)

    def reading_width(self, columns: int = READING_COLUMNS) -> int:
        """The width at which the article's lines hold about ``columns`` characters, without side margins."""
        bar = self.verticalScrollBar().sizeHint().width()
        measure = QFontMetrics(reading_font(self._text_size)).averageCharWidth() * columns
        return measure + 80 + bar + 2 * self.frameWidth()

    def _reading_measure(self) -> int:
        return QFontMetrics(reading_font(self._text_size)).averageCharWidth() * READING_COLUMNS

    def _fit_reading_column(self, width: int) -> None:
        # About 70 characters a line is easiest to read for long: wider windows get side margins,
        # so the text's width is the same for every window wide enough (and is laid out once).
        spare = max(0, width - self._reading_measure() - 80)
        self.setViewportMargins(spare // 2, 0, spare - spare // 2, 0)

    # --- offsets ------------------------------------------------------------------------------

    def selection(self) -> tuple[int, int]:
        """The selected span in code points of the canonical text (empty at the caret)."""
        c = self.textCursor()
        return self.u16.from_utf16(c.selectionStart()), self.u16.from_utf16(c.selectionEnd())

    def select_span(self, start: int, end: int, *, scroll: bool = True) -> None:
        """Select a span of the article and bring it into view."""
        c = self.textCursor()
        c.setPosition(self.u16.to_utf16(start))
        c.setPosition(self.u16.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(c)
        if scroll:
            self.ensureCursorVisible()

    def snap_to_words(self) -> None:
        """Widen a dragged selection to whole words: a drag a little short would mark "Stephen Bie".
        (Shift+arrows still select letter by letter, for the rare part of a word.)"""
        start, end = self.selection()
        wide = whole_words(self.sheet.article.text, start, end)
        if wide != (start, end):
            backwards = self.textCursor().position() < self.textCursor().anchor()
            self.select_span(*(wide[::-1] if backwards else wide), scroll=False)

    def center_selection(self) -> None:
        """Scroll so that the caret's line is in the middle of the view (not at its bottom edge)."""
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect().center().y() - self.viewport().height() // 2)

    def caret_line_to_top(self) -> None:
        """Scroll so that the caret's line is at the top of the view, as a heading jumped to belongs."""
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect().top() - int(self.document().documentMargin()))

    def place_caret(self, offset: int) -> None:
        """Put the caret at an offset without selecting."""
        c = self.textCursor()
        c.setPosition(self.u16.to_utf16(offset))
        self.setTextCursor(c)
        self.ensureCursorVisible()

    def offset_at(self, point: QPoint) -> int:
        """The code-point offset under a point of the viewport."""
        return self.u16.from_utf16(self.cursorForPosition(point).position())

    # --- zoom ---------------------------------------------------------------------------------

    @property
    def text_size(self) -> int:
        """The article's text size in points."""
        return self._text_size

    def set_text_size(self, size: int) -> None:
        """Change the article's text size (headings follow), keeping the line at the top in view."""
        top = self._top_anchor()
        self._text_size = max(8, min(40, size))
        self._fit_reading_column(self.width())  # the new column width first: the text is laid out once
        self.document().setDefaultFont(reading_font(self._text_size))
        self._scroll_to(top)

    def _top_anchor(self) -> tuple[int, int]:
        """The character at the top of the view, and how far down the view its line begins."""
        position = self.cursorForPosition(QPoint(self.viewport().width() // 2, 0)).position()
        return position, self._line_top(position)

    def _scroll_to(self, anchor: tuple[int, int]) -> None:
        # Text that grows, shrinks or re-wraps would otherwise throw the reader elsewhere in the article.
        position, y = anchor
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self._line_top(position) - y)

    def _line_top(self, position: int) -> int:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        return self.cursorRect(cursor).top()

    # --- events -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain_key = len(text) == 1 and text.isalnum()
        if (
            plain_key
            and mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
            and any(c.shortcut.lower() == text.lower() for c in self.sheet.lesson.categories)
        ):
            self.categoryKeyPressed.emit(text)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escapePressed.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
            self.enterPressed.emit()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.textCursor().hasSelection():
            self.snap_to_words()
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            hits = self.sheet.annotations_at(self.offset_at(event.position().toPoint()))
            if hits:
                self.highlightClicked.emit(hits[0].id)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            offset = self.offset_at(event.pos())  # type: ignore[attr-defined]
            hits = self.sheet.annotations_at(offset) if self.painter.show_highlights else []
            lines = [_esc(x) for x in self.tooltip_extra(offset)] if self.tooltip_extra else []
            if hits or lines:
                for a in hits:
                    cat = self.sheet.lesson.category(a.category)
                    label = cat.label if cat else a.category
                    lines.append(f"<b>{_esc(label)}</b>" + (f": {_esc(a.note)}" if a.note else ""))
                    if self.sheet.status(a.id) is Status.FUZZY:
                        lines.append(_esc(self.tr("⚠ The article changed here: check this highlight and confirm it.")))
                QToolTip.showText(event.globalPos(), "<br>".join(lines), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
