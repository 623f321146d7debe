"""The lesson editor's "Categories" page: the categories students highlight with, and how each one looks.

An existing category keeps its id when its label changes, because answer keys and students' work refer
to it by id; a new category's id follows its label until the teacher edits the id.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRegularExpression, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QIcon,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QRegularExpressionValidator,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.defaults import COLOR_NAMES, OKABE_ITO, UNDERLINE_STYLES
from annotator.core.lesson import Category
from annotator.ui.common.decorations import paint_decorations
from annotator.ui.common.looks import color_words, highlight_format, reading_font, style_words
from annotator.ui.common.palette import swatch
from annotator.ui.lessons.drafts import CATEGORY_ID, CATEGORY_KEY, CategoryDraft, named, slug, unique


def _color_icon(color: str, *, size: int = 26) -> QIcon:
    """A swatch of a palette colour; the checked state has a ring and a tick, so it shows without colour."""
    icon = QIcon()
    for state, chosen in ((QIcon.State.Off, False), (QIcon.State.On, True)):
        pix = QPixmap(size, size)
        pix.fill(QColor(color))
        if chosen:
            painter = QPainter(pix)
            light = QColor(color).lightness() > 140
            pen = QPen(QColor("#000000") if light else QColor("#ffffff"))
            pen.setWidth(3)
            painter.setPen(pen)
            painter.drawRect(2, 2, size - 5, size - 5)
            painter.drawLine(7, size // 2, size // 2 - 1, size - 8)
            painter.drawLine(size // 2 - 1, size - 8, size - 7, 7)
            painter.end()
        icon.addPixmap(pix, QIcon.Mode.Normal, state)
    return icon


class CategoriesPage(QWidget):
    """The list of categories and the selected one's label, id, colour, underline, key and help.

    It edits ``drafts`` in place: the dialog holds the same list, to check it and build the lesson from it.
    """

    edited = Signal()  # something the dialog's checks look at changed
    categoryRemoved = Signal(object)  # the removed CategoryDraft, so that prompts stop asking for it

    def __init__(self, drafts: list[CategoryDraft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drafts = drafts
        self._loading = False
        row = QHBoxLayout(self)
        left = QVBoxLayout()
        self.category_list = named(
            QListWidget(), self.tr("Categories"), self.tr("The categories students use, in the order they see them.")
        )
        self.category_list.setIconSize(QSize(22, 22))
        self.category_list.currentRowChanged.connect(self._show_category)
        left.addWidget(self.category_list, 1)
        buttons = QHBoxLayout()
        self.add_category_button = named(QPushButton(self.tr("&Add")), self.tr("Add a category"))
        self.remove_category_button = named(
            QPushButton(self.tr("&Remove")),
            self.tr("Remove this category"),
            self.tr("Prompts stop asking for it; a lesson keeps at least one."),
        )
        self.category_up_button = named(QPushButton(self.tr("Move &up")), self.tr("Move this category up"))
        self.category_down_button = named(QPushButton(self.tr("Move do&wn")), self.tr("Move this category down"))
        self.add_category_button.clicked.connect(self.add_category)
        self.remove_category_button.clicked.connect(self._remove_category)
        self.category_up_button.clicked.connect(lambda: self._move_category(-1))
        self.category_down_button.clicked.connect(lambda: self._move_category(1))
        for b in (
            self.add_category_button,
            self.remove_category_button,
            self.category_up_button,
            self.category_down_button,
        ):
            buttons.addWidget(b)
        left.addLayout(buttons)
        row.addLayout(left, 2)

        self.category_box = QGroupBox(self.tr("Selected category"))
        form = QFormLayout(self.category_box)
        self.label_edit = named(
            QLineEdit(), self.tr("Category label"), self.tr("The name students see on the category's button.")
        )
        self.label_edit.textEdited.connect(self._label_edited)
        self.id_edit = named(
            QLineEdit(),
            self.tr("Category id"),
            self.tr(
                "The name saved in files: lower-case letters, digits and dashes. Answer keys and students' "
                "work use it, so change it only before the lesson is handed out."
            ),
        )
        self.id_edit.setValidator(QRegularExpressionValidator(QRegularExpression(CATEGORY_ID.pattern), self.id_edit))
        self.id_edit.textEdited.connect(self._id_edited)
        colours = QHBoxLayout()
        colours.setSpacing(4)
        self.color_group = QButtonGroup(self)
        self.color_buttons: list[QToolButton] = []
        for i, color in enumerate(OKABE_ITO):
            name = color_words(COLOR_NAMES[color])
            button = named(QToolButton(), self.tr("Colour: {name}").format(name=name), f"{name} ({color})")
            button.setIcon(_color_icon(color))
            button.setIconSize(QSize(26, 26))
            button.setCheckable(True)
            button.setAccessibleDescription(self.tr("Arrow keys move between the colours; Space chooses one."))
            button.installEventFilter(self)  # arrow keys move between the colours (see eventFilter)
            self.color_group.addButton(button, i)
            self.color_buttons.append(button)
            colours.addWidget(button)
        self.color_group.idClicked.connect(self._color_chosen)
        self.color_name = QLabel()
        self.color_name.setMinimumWidth(150)
        colours.addWidget(self.color_name)
        colours.addStretch(1)
        self.style_combo = named(
            QComboBox(),
            self.tr("Underline style"),
            self.tr("How highlights are underlined, so that colour is never the only cue."),
        )
        self.style_combo.setIconSize(QSize(22, 22))
        for style in UNDERLINE_STYLES:
            self.style_combo.addItem(style_words(style), style)
        self.style_combo.currentIndexChanged.connect(self._style_chosen)
        self.key_edit = named(
            QLineEdit(),
            self.tr("Key"),
            self.tr(
                "The key students press to put a passage in this category: one letter or "
                "digit, different for each category."
            ),
        )
        self.key_edit.setMaxLength(1)
        self.key_edit.setMaximumWidth(48)
        self.key_edit.setValidator(QRegularExpressionValidator(QRegularExpression(CATEGORY_KEY.pattern), self.key_edit))
        self.key_edit.textEdited.connect(self._key_edited)
        self.help_edit = named(
            QPlainTextEdit(),
            self.tr("Help for students"),
            self.tr("One or two sentences a 13-year-old understands, ideally with an example."),
        )
        self.help_edit.setTabChangesFocus(True)
        self.help_edit.textChanged.connect(self._help_edited)
        self.preview = named(
            _Preview(),
            self.tr("How the categories look in the article"),
            self.tr("Every category as students will see it highlighted in the article."),
        )
        self.preview.setReadOnly(True)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setFont(reading_font(self.font().pointSize() + 2))
        self.preview.setFixedHeight(int(self.preview.fontMetrics().lineSpacing() * 1.65 * 3) + 16)
        form.addRow(self.tr("La&bel:"), self.label_edit)
        form.addRow(self.tr("&Id:"), self.id_edit)
        form.addRow(self.tr("Colour:"), colours)
        form.addRow(self.tr("U&nderline:"), self.style_combo)
        form.addRow(self.tr("&Key:"), self.key_edit)
        form.addRow(self.tr("&Help:"), self.help_edit)
        form.addRow(self.tr("In the article:"), self.preview)
        row.addWidget(self.category_box, 3)

    def _category_text(self, d: CategoryDraft) -> str:
        text = f"{d.shortcut or '?'}   {d.label or self.tr('(no label)')}"
        clash = [
            c.label for c in self.drafts if c is not d and c.shortcut and c.shortcut.casefold() == d.shortcut.casefold()
        ]
        return text + ("   ⚠ " + self.tr("same key as {other}").format(other=clash[0]) if clash else "")

    def fill(self, select: int) -> None:
        """List the categories afresh and select the one in row ``select``."""
        self._loading = True
        self.category_list.clear()
        for d in self.drafts:
            self.category_list.addItem(QListWidgetItem(swatch(d.category()), self._category_text(d)))
        self._loading = False
        self._show_preview()
        self.category_list.setCurrentRow(min(max(select, 0), len(self.drafts) - 1))
        self._show_category(self.category_list.currentRow())

    def _current_category(self) -> CategoryDraft | None:
        row = self.category_list.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    @Slot(int)
    def _show_category(self, row: int) -> None:
        if self._loading:
            return
        d = self._current_category()
        self.category_box.setEnabled(d is not None)
        self.remove_category_button.setEnabled(d is not None and len(self.drafts) > 1)
        self.category_up_button.setEnabled(row > 0)
        self.category_down_button.setEnabled(0 <= row < len(self.drafts) - 1)
        if d is None:
            return
        self._loading = True
        self.label_edit.setText(d.label)
        self.id_edit.setText(d.id)
        self.key_edit.setText(d.shortcut)
        self.help_edit.setPlainText(d.help)
        self.style_combo.setCurrentIndex(max(self.style_combo.findData(d.style), 0))
        self._loading = False
        self._show_color(d)

    def _show_color(self, d: CategoryDraft) -> None:
        upper = d.color.upper()
        index = OKABE_ITO.index(upper) if upper in OKABE_ITO else -1
        self.color_group.setExclusive(False)  # so that a colour from outside the palette can show none checked
        for i, button in enumerate(self.color_buttons):
            button.setChecked(i == index)
            # One Tab stop for the whole row, on the chosen colour, as for a group of radio buttons.
            stop = i == max(index, 0)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if stop else Qt.FocusPolicy.ClickFocus)
        self.color_group.setExclusive(True)
        name = color_words(COLOR_NAMES[upper]) if upper in COLOR_NAMES else self.tr("a colour from outside the palette")
        self.color_name.setText(name)  # the code in a tooltip: with it the row ran out of the dialog
        self.color_name.setToolTip(upper)
        for i, style in enumerate(UNDERLINE_STYLES):
            self.style_combo.setItemIcon(i, swatch(Category("", "", d.color, style, "", "")))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Left/Right (and Up/Down) on a colour choose the previous or next colour, as in a radio group."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and watched in self.color_buttons:
            steps: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}
            step = steps.get(event.key())  # key() is a plain int; Qt.Key is an IntEnum, so they compare equal
            if step is not None:
                index = (self.color_buttons.index(watched) + step) % len(self.color_buttons)
                self.color_buttons[index].click()
                self.color_buttons[index].setFocus()
                return True
        return super().eventFilter(watched, event)

    def _category_changed(self, d: CategoryDraft) -> None:
        for row, c in enumerate(self.drafts):  # a key change can start or end a clash with any other row
            self.category_list.item(row).setText(self._category_text(c))
        self.category_list.item(self.drafts.index(d)).setIcon(swatch(d.category()))
        self._show_preview()
        self.edited.emit()

    def _show_preview(self) -> None:
        """Every category's label highlighted as in the article, side by side, to compare them."""
        self.preview.clear()
        self.preview.spans = []
        cursor = self.preview.textCursor()
        spacing = QTextBlockFormat()  # room between lines for the lines above and below, as in the article
        spacing.setLineHeight(165, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setBlockFormat(spacing)
        for i, d in enumerate(self.drafts):
            if i:
                cursor.insertText("   ", QTextCharFormat())
            # No-break spaces keep each label on one line, as one highlight.
            start = cursor.position()
            category = d.category()
            cursor.insertText((d.label.strip() or "?").replace(" ", "\u00a0"), highlight_format(category))
            self.preview.spans.append((start, cursor.position(), category))
        self.preview.moveCursor(QTextCursor.MoveOperation.Start)
        self.preview.viewport().update()

    @Slot(str)
    def _label_edited(self, text: str) -> None:
        d = self._current_category()
        if d is None:
            return
        d.label = text
        if d.id_follows_label:
            d.id = unique(slug(text, "category"), {c.id for c in self.drafts if c is not d})
            self.id_edit.setText(d.id)
        self._category_changed(d)

    @Slot(str)
    def _id_edited(self, text: str) -> None:
        d = self._current_category()
        if d is not None:
            d.id, d.id_follows_label = text, False
            self._category_changed(d)

    @Slot(int)
    def _color_chosen(self, index: int) -> None:
        d = self._current_category()
        if d is not None:
            d.color = OKABE_ITO[index]
            self._show_color(d)
            self._category_changed(d)

    @Slot(int)
    def _style_chosen(self, index: int) -> None:
        d = self._current_category()
        if d is not None and not self._loading and index >= 0:
            d.style = self.style_combo.itemData(index)
            self._category_changed(d)

    @Slot(str)
    def _key_edited(self, text: str) -> None:
        d = self._current_category()
        if d is not None:
            d.shortcut = text
            self._category_changed(d)

    @Slot()
    def _help_edited(self) -> None:
        d = self._current_category()
        if d is not None and not self._loading:
            d.help = self.help_edit.toPlainText()

    @Slot()
    def add_category(self) -> None:
        """Add a category with an unused colour, underline and key, and put the cursor in its label."""
        used_colors = {d.color.upper() for d in self.drafts}
        used_styles = {d.style for d in self.drafts}
        used_keys = {d.shortcut.casefold() for d in self.drafts}
        label = unique(self.tr("New category"), {d.label for d in self.drafts})
        d = CategoryDraft(
            label=label,
            id=unique(slug(label, "category"), {c.id for c in self.drafts}),
            color=next((c for c in OKABE_ITO if c not in used_colors), OKABE_ITO[len(self.drafts) % len(OKABE_ITO)]),
            style=next((s for s in UNDERLINE_STYLES if s not in used_styles), UNDERLINE_STYLES[0]),
            shortcut=next((k for k in "123456789abcdefghijklmnopqrstuvwxyz0" if k not in used_keys), ""),
            help="",
            id_follows_label=True,
        )
        self.drafts.append(d)
        self.fill(len(self.drafts) - 1)
        self.edited.emit()
        self.label_edit.setFocus()
        self.label_edit.selectAll()

    @Slot()
    def _remove_category(self) -> None:
        d = self._current_category()
        if d is None or len(self.drafts) < 2:
            return
        row = self.drafts.index(d)
        self.drafts.remove(d)
        self.categoryRemoved.emit(d)
        self.fill(row)
        self.edited.emit()

    def _move_category(self, step: int) -> None:
        row = self.category_list.currentRow()
        if 0 <= row < len(self.drafts) and 0 <= row + step < len(self.drafts):
            self.drafts[row], self.drafts[row + step] = self.drafts[row + step], self.drafts[row]
            self.fill(row + step)
            self.category_list.setFocus()


class _Preview(QTextEdit):
    """The categories side by side, with their underlines drawn as the article draws them."""

    def __init__(self) -> None:
        super().__init__()
        self.spans: list[tuple[int, int, Category]] = []

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        block = self.document().firstBlock()
        paint_decorations(self, [(block, self.spans)], width=2.0)
