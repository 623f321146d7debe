"""The category palette: one button per category with its swatch, label, key and help."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from annotator.core.lesson import Category
from annotator.ui.common.looks import UNDERLINES, style_words, tint

_SPARE = 6  # pixels of a button's size hint that its label does not need


def swatch(category: Category, size: int = 22) -> QIcon:
    """A small picture of how the category's highlight looks: tint plus its underline style."""
    pix = QPixmap(size, size)
    pix.fill(tint(category.color, 0.45))
    painter = QPainter(pix)
    pen = QPen(QColor(category.color))
    pen.setWidth(3)
    dashes = {
        "dashed": Qt.PenStyle.DashLine,
        "dotted": Qt.PenStyle.DotLine,
        "dash-dot": Qt.PenStyle.DashDotLine,
        "dash-dot-dot": Qt.PenStyle.DashDotDotLine,
    }
    pen.setStyle(dashes.get(category.style, Qt.PenStyle.SolidLine))
    painter.setPen(pen)
    y = size - 3
    if category.style in ("wavy", "wavy-boxed"):
        for x in range(0, size, 4):
            painter.drawLine(x, y - (x // 4 % 2) * 3, x + 4, y - ((x // 4 + 1) % 2) * 3)
    else:
        painter.drawLine(0, y, size, y)
    if category.style in ("boxed", "wavy-boxed"):
        painter.drawLine(0, 2, size, 2)
    painter.end()
    _ = UNDERLINES  # the swatch mirrors the styles the article uses
    return QIcon(pix)


class CategoryPalette(QWidget):
    """Buttons that put the selected passage in a category."""

    categoryChosen = Signal(str)  # category id

    def __init__(self, categories: tuple[Category, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Categories"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        for i, cat in enumerate(categories):
            button = QPushButton(swatch(cat), f"{cat.shortcut}  {cat.label}")
            button.setIconSize(QSize(22, 22))
            button.setToolTip(self.tr("<b>{label}</b> (key {key}, {style})<br>{help}").format(
                label=_escaped(cat.label), key=cat.shortcut, style=style_words(cat.style), help=_escaped(cat.help)))
            button.setAccessibleName(self.tr("{label}, key {key}").format(label=cat.label, key=cat.shortcut))
            button.setAccessibleDescription(cat.help)
            button.setStyleSheet("text-align: left; padding: 4px 6px;")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, cid=cat.id: self.categoryChosen.emit(cid))
            grid.addWidget(button, i // 2, i % 2)
            self.buttons[cat.id] = button
        self._grid, self._columns = grid, 2

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.arrange()

    def widest_button(self) -> int:
        """The width the widest button asks for: one column is never narrower."""
        return max((b.sizeHint().width() for b in self.buttons.values()), default=0)

    def two_columns_width(self) -> int:
        """The width the buttons need to stand in two columns."""
        return 2 * self.widest_button() + self._grid.spacing()

    def set_button_font(self, font: QFont) -> None:
        """Buttons take the application's button font rather than their parent's: the side panel's
        bigger text is set on them here, and the columns arranged for it."""
        for button in self.buttons.values():
            button.setFont(font)
        self.arrange()

    def arrange(self) -> None:
        """Two columns of buttons while their labels fit side by side; with big text, one."""
        if not self.buttons:
            return
        # The style's size hint keeps some pixels to spare around a label: allow a few of them.
        columns = 2 if self.width() + 2 * _SPARE >= 2 * self.widest_button() + self._grid.spacing() else 1
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.buttons.values():
            self._grid.removeWidget(button)
        for i, button in enumerate(self.buttons.values()):
            self._grid.addWidget(button, i // columns, i % columns)


def _escaped(text: str) -> str:
    """Text shown as itself in a rich-text tooltip (the html module costs every start 2 ms to import)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
