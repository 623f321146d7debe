"""The teacher's "Edit lesson…" dialog: the lesson's details, its categories and its prompts.

The dialog edits drafts and builds a new :class:`Lesson` only in :meth:`LessonEditor.result_lesson`.
What it does not show (the lesson id, the article file, standards, rubric, category examples) is kept
as it was. Answer keys and students' work refer to categories and prompts by id, so an existing
category or prompt keeps its id when its label or text changes; a new category's id follows its label
until the teacher edits the id, and a new prompt's id is made from its first words. Category ids
that the answer key uses (``in_use``) cannot be removed or renamed here: the key would no longer fit.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QRegularExpression, QSize, Qt, Slot
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPen,
    QPixmap,
    QRegularExpressionValidator,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.defaults import COLOR_NAMES, OKABE_ITO, UNDERLINE_STYLES, category_warnings
from annotator.core.lesson import ArticleInfo, Category, Expectation, Lesson, Prompt
from annotator.core.library import slug_for
from annotator.ui.looks import STYLE_WORDS, highlight_format, reading_font
from annotator.ui.palette import swatch

W = TypeVar("W", bound=QWidget)

_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]+)*")
_SHORTCUT = re.compile(r"[0-9A-Za-z]")
_WARNING_STYLE = "background: #fff4e0; color: #000; border: 1px solid #E69F00; border-radius: 3px; padding: 6px;"
PROMPT_ID_WORDS = 4


def _named(widget: W, name: str, tip: str = "") -> W:
    """Give a control the name a screen reader says and, for one that needs it, a tooltip."""
    widget.setAccessibleName(name)
    if tip:
        widget.setToolTip(tip)
    return widget


def _unique(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever is not taken."""
    n, candidate = 2, base
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _slug(text: str, fallback: str) -> str:
    # slug_for names lessons and falls back to "lesson" for text with no ascii letter or digit.
    slug = slug_for(text)
    return fallback if slug == "lesson" and "lesson" not in text.casefold() else slug


def parse_grades(text: str) -> tuple[tuple[int, ...], str]:
    """Grade levels typed as ``9, 10, 11`` or ``9–12``, and what is wrong with them ("" if nothing)."""
    grades: list[int] = []
    for part in re.split(r"[,;\s]+", re.sub(r"\s*[-–]\s*", "-", text.strip())):
        if not part:
            continue
        match = re.fullmatch(r"(\d{1,2})(?:-(\d{1,2}))?", part)
        low, high = (int(match[1]), int(match[2] or match[1])) if match else (0, 0)
        if not match or not 1 <= low <= high <= 13:
            return (), f"grade levels: “{part}” is not a grade from 1 to 13 (write e.g. 9, 10 or 9–12)"
        grades += [g for g in range(low, high + 1) if g not in grades]
    return tuple(grades), ""


@dataclass(eq=False)
class _CategoryDraft:
    """A category being edited; prompts point at drafts, so renaming an id renames it everywhere."""

    label: str
    id: str
    color: str
    style: str
    shortcut: str
    help: str
    examples: tuple[str, ...] = ()
    id_follows_label: bool = False

    @classmethod
    def of(cls, c: Category) -> _CategoryDraft:
        return cls(c.label, c.id, c.color, c.style, c.shortcut, c.help, c.examples)

    def category(self) -> Category:
        return Category(
            self.id.strip(), self.label.strip(), self.color, self.style, self.shortcut, self.help, self.examples
        )


@dataclass(eq=False)
class _PromptDraft:
    """A prompt being edited; ``id`` is "" for a new prompt until the lesson is built."""

    id: str
    text: str
    categories: list[_CategoryDraft] = field(default_factory=list)
    highlights: int = 0
    notes: bool = False
    answer: bool = False
    points: int = 0


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


class LessonEditor(QDialog):
    """Edit a lesson's details, categories and prompts; :meth:`result_lesson` builds the edited lesson."""

    def __init__(self, lesson: Lesson, parent: QWidget | None = None, *, in_use: Collection[str] = ()) -> None:
        super().__init__(parent)
        self._lesson = lesson
        self._in_use = frozenset(in_use)
        self._cats = [_CategoryDraft.of(c) for c in lesson.categories]
        by_id = {d.id: d for d in self._cats}
        self._prompts = [
            _PromptDraft(
                p.id,
                p.text,
                [by_id[c] for c in p.categories if c in by_id],
                p.expects.highlights,
                p.expects.notes,
                p.expects.answer,
                p.points,
            )
            for p in lesson.prompts
        ]
        self._loading = False
        self.setWindowTitle(self.tr("Edit lesson: {title}").format(title=lesson.title))
        self.setMinimumSize(900, 640)
        layout = QVBoxLayout(self)
        self.tabs = _named(QTabWidget(), self.tr("Parts of the lesson"))
        self.tabs.addTab(self._details_page(), self.tr("&Lesson and article"))
        self.tabs.addTab(self._categories_page(), self.tr("&Categories"))
        self.tabs.addTab(self._prompts_page(), self.tr("&Prompts"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self.warnings = _named(QLabel(), self.tr("Problems with the lesson"))
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setStyleSheet(_WARNING_STYLE)
        layout.addWidget(self.warnings)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName(self.tr("OK: keep these changes"))
        layout.addWidget(self.buttons)
        self._fill_category_list(0)
        self._fill_prompt_list(0)
        self._check()

    # --- the lesson and its article ---------------------------------------------------------

    def _details_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        lesson, article = self._lesson, self._lesson.article
        self.title_edit = _named(
            QLineEdit(lesson.title),
            self.tr("Lesson title"),
            self.tr("What students and the lesson library see as the lesson's name."),
        )
        self.grades_edit = _named(
            QLineEdit(", ".join(map(str, lesson.grade_levels))),
            self.tr("Grade levels"),
            self.tr("School grades the lesson is for, e.g. 9, 10 or 9–12. May stay empty."),
        )
        self.grades_edit.setPlaceholderText(self.tr("e.g. 9, 10 or 9–12"))
        self.minutes_spin = _named(
            QSpinBox(),
            self.tr("Minutes the lesson takes"),
            self.tr("How long the lesson takes in class; 0 leaves it unsaid."),
        )
        self.minutes_spin.setRange(0, 600)
        self.minutes_spin.setSpecialValueText(self.tr("not set"))
        self.minutes_spin.setSuffix(self.tr(" minutes"))
        self.minutes_spin.setValue(lesson.minutes or 0)
        self.minutes_spin.setMaximumWidth(160)
        self.grades_edit.setMaximumWidth(240)
        self.language_edit = _named(
            QLineEdit(lesson.language),
            self.tr("Language code"),
            self.tr("The article's language as a code: en, es, fr, de, pt-BR…"),
        )
        self.language_edit.setMaximumWidth(120)
        self.objectives_edit = _named(
            QTextEdit(),
            self.tr("Learning objectives, one per line"),
            self.tr("Each objective is one bullet; Enter starts the next one."),
        )
        self.objectives_edit.setAcceptRichText(False)
        self.objectives_edit.setTabChangesFocus(True)
        self.objectives_edit.setPlaceholderText(self.tr("What students will be able to do, one objective per line"))
        self.objectives_edit.setPlainText("\n".join(lesson.objectives))
        self.objectives_edit.textChanged.connect(self._bullet_objectives)
        self._bullet_objectives()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Grade levels:"), self.grades_edit)
        form.addRow(self.tr("&Minutes:"), self.minutes_spin)
        form.addRow(self.tr("Lang&uage:"), self.language_edit)
        form.addRow(self.tr("&Objectives:"), self.objectives_edit)
        outer.addLayout(form, 1)
        box = QGroupBox(self.tr("The article, as its source gives it"))
        box_layout = QVBoxLayout(box)
        hint = QLabel(self.tr("Leave a field empty when the source does not say: students should not see a guess."))
        hint.setWordWrap(True)
        box_layout.addWidget(hint)
        article_form = QFormLayout()
        self.article_edits: dict[str, QLineEdit] = {}
        for key, label, name in (
            ("title", self.tr("Headl&ine:"), self.tr("Article headline")),
            ("source", self.tr("&Source:"), self.tr("Publication or website")),
            ("author", self.tr("&Author:"), self.tr("Article author")),
            ("published", self.tr("Pu&blished:"), self.tr("Date published")),
            ("url", self.tr("Add&ress:"), self.tr("Web address of the article")),
        ):
            edit = _named(QLineEdit(getattr(article, key)), name)
            edit.setPlaceholderText(self.tr("not stated"))
            article_form.addRow(label, edit)
            self.article_edits[key] = edit
        self.article_edits["published"].setToolTip(self.tr("Best as a date like 2019-02-28."))
        box_layout.addLayout(article_form)
        outer.addWidget(box)
        for edit in (self.title_edit, self.grades_edit, self.language_edit):
            edit.textChanged.connect(self._check)
        return page

    @Slot()
    def _bullet_objectives(self) -> None:
        # A bullet per objective shows where one ends when a long one wraps; toPlainText() leaves bullets out.
        doc = self.objectives_edit.document()
        if doc.isEmpty() or all(doc.findBlockByNumber(i).textList() for i in range(doc.blockCount())):
            return
        cursor = QTextCursor(doc)
        cursor.select(QTextCursor.SelectionType.Document)
        bullets = QTextListFormat()
        bullets.setStyle(QTextListFormat.Style.ListDisc)
        cursor.createList(bullets)

    # --- categories ---------------------------------------------------------------------------

    def _categories_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        left = QVBoxLayout()
        self.category_list = _named(
            QListWidget(), self.tr("Categories"), self.tr("The categories students use, in the order they see them.")
        )
        self.category_list.setIconSize(QSize(22, 22))
        self.category_list.currentRowChanged.connect(self._show_category)
        left.addWidget(self.category_list, 1)
        buttons = QHBoxLayout()
        self.add_category_button = _named(QPushButton(self.tr("&Add")), self.tr("Add a category"))
        self.remove_category_button = _named(
            QPushButton(self.tr("&Remove")),
            self.tr("Remove this category"),
            self.tr("Prompts stop asking for it; a lesson keeps at least one."),
        )
        self.category_up_button = _named(QPushButton(self.tr("Move &up")), self.tr("Move this category up"))
        self.category_down_button = _named(QPushButton(self.tr("Move do&wn")), self.tr("Move this category down"))
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
        self.label_edit = _named(
            QLineEdit(), self.tr("Category label"), self.tr("The name students see on the category's button.")
        )
        self.label_edit.textEdited.connect(self._label_edited)
        self.id_edit = _named(
            QLineEdit(),
            self.tr("Category id"),
            self.tr(
                "The name saved in files: lower-case letters, digits and dashes. Answer keys and students' "
                "work use it, so change it only before the lesson is handed out."
            ),
        )
        self.id_edit.setValidator(QRegularExpressionValidator(QRegularExpression(_ID.pattern), self.id_edit))
        self.id_edit.textEdited.connect(self._id_edited)
        colours = QHBoxLayout()
        colours.setSpacing(4)
        self.color_group = QButtonGroup(self)
        self.color_buttons: list[QToolButton] = []
        for i, color in enumerate(OKABE_ITO):
            name = COLOR_NAMES[color]
            button = _named(QToolButton(), self.tr("Colour: {name}").format(name=name), f"{name} ({color})")
            button.setIcon(_color_icon(color))
            button.setIconSize(QSize(26, 26))
            button.setCheckable(True)
            button.setAccessibleDescription(self.tr("Arrow keys move between the colours; Space chooses one."))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.color_group.addButton(button, i)
            self.color_buttons.append(button)
            colours.addWidget(button)
        self.color_group.idClicked.connect(self._color_chosen)
        self.color_name = QLabel()
        self.color_name.setMinimumWidth(150)
        colours.addWidget(self.color_name)
        colours.addStretch(1)
        self.style_combo = _named(
            QComboBox(),
            self.tr("Underline style"),
            self.tr("How highlights are underlined, so that colour is never the only cue."),
        )
        self.style_combo.setIconSize(QSize(22, 22))
        for style in UNDERLINE_STYLES:
            self.style_combo.addItem(STYLE_WORDS.get(style, style), style)
        self.style_combo.currentIndexChanged.connect(self._style_chosen)
        self.key_edit = _named(
            QLineEdit(),
            self.tr("Key"),
            self.tr(
                "The key students press to put a passage in this category: one letter or "
                "digit, different for each category."
            ),
        )
        self.key_edit.setMaxLength(1)
        self.key_edit.setMaximumWidth(48)
        self.key_edit.setValidator(QRegularExpressionValidator(QRegularExpression(_SHORTCUT.pattern), self.key_edit))
        self.key_edit.textEdited.connect(self._key_edited)
        self.help_edit = _named(
            QPlainTextEdit(),
            self.tr("Help for students"),
            self.tr("One or two sentences a 13-year-old understands, ideally with an example."),
        )
        self.help_edit.setTabChangesFocus(True)
        self.help_edit.textChanged.connect(self._help_edited)
        self.preview = _named(
            QTextEdit(),
            self.tr("How the categories look in the article"),
            self.tr("Every category as students will see it highlighted in the article."),
        )
        self.preview.setReadOnly(True)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setFont(reading_font(self.font().pointSize() + 2))
        self.preview.setFixedHeight(self.preview.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("La&bel:"), self.label_edit)
        form.addRow(self.tr("&Id:"), self.id_edit)
        form.addRow(self.tr("Colour:"), colours)
        form.addRow(self.tr("U&nderline:"), self.style_combo)
        form.addRow(self.tr("&Key:"), self.key_edit)
        form.addRow(self.tr("&Help:"), self.help_edit)
        form.addRow(self.tr("In the article:"), self.preview)
        row.addWidget(self.category_box, 3)
        return page

    def _category_text(self, d: _CategoryDraft) -> str:
        text = f"{d.shortcut or '?'}   {d.label or self.tr('(no label)')}"
        clash = [
            c.label for c in self._cats if c is not d and c.shortcut and c.shortcut.casefold() == d.shortcut.casefold()
        ]
        return text + ("   ⚠ " + self.tr("same key as {other}").format(other=clash[0]) if clash else "")

    def _fill_category_list(self, select: int) -> None:
        self._loading = True
        self.category_list.clear()
        for d in self._cats:
            self.category_list.addItem(QListWidgetItem(swatch(d.category()), self._category_text(d)))
        self._loading = False
        self._show_preview()
        self.category_list.setCurrentRow(min(max(select, 0), len(self._cats) - 1))
        self._show_category(self.category_list.currentRow())

    def _current_category(self) -> _CategoryDraft | None:
        row = self.category_list.currentRow()
        return self._cats[row] if 0 <= row < len(self._cats) else None

    @Slot(int)
    def _show_category(self, row: int) -> None:
        if self._loading:
            return
        d = self._current_category()
        self.category_box.setEnabled(d is not None)
        self.remove_category_button.setEnabled(d is not None and len(self._cats) > 1)
        self.category_up_button.setEnabled(row > 0)
        self.category_down_button.setEnabled(0 <= row < len(self._cats) - 1)
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

    def _show_color(self, d: _CategoryDraft) -> None:
        upper = d.color.upper()
        index = OKABE_ITO.index(upper) if upper in OKABE_ITO else -1
        self.color_group.setExclusive(False)  # so that a colour from outside the palette can show none checked
        for i, button in enumerate(self.color_buttons):
            button.setChecked(i == index)
        self.color_group.setExclusive(True)
        name = COLOR_NAMES.get(upper, self.tr("a colour from outside the palette"))
        self.color_name.setText(f"{name} ({upper})")
        for i, style in enumerate(UNDERLINE_STYLES):
            self.style_combo.setItemIcon(i, swatch(Category("", "", d.color, style, "", "")))

    def _category_changed(self, d: _CategoryDraft) -> None:
        for row, c in enumerate(self._cats):  # a key change can start or end a clash with any other row
            self.category_list.item(row).setText(self._category_text(c))
        self.category_list.item(self._cats.index(d)).setIcon(swatch(d.category()))
        self._show_preview()
        self._check()

    def _show_preview(self) -> None:
        """Every category's label highlighted as in the article, side by side, to compare them."""
        self.preview.clear()
        cursor = self.preview.textCursor()
        for i, d in enumerate(self._cats):
            if i:
                cursor.insertText("   ", QTextCharFormat())
            # No-break spaces keep each label on one line, as one highlight.
            cursor.insertText((d.label.strip() or "?").replace(" ", "\u00a0"), highlight_format(d.category()))
        self.preview.moveCursor(QTextCursor.MoveOperation.Start)

    @Slot(str)
    def _label_edited(self, text: str) -> None:
        d = self._current_category()
        if d is None:
            return
        d.label = text
        if d.id_follows_label:
            d.id = _unique(_slug(text, "category"), {c.id for c in self._cats if c is not d})
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
        used_colors = {d.color.upper() for d in self._cats}
        used_styles = {d.style for d in self._cats}
        used_keys = {d.shortcut.casefold() for d in self._cats}
        label = _unique(self.tr("New category"), {d.label for d in self._cats})
        d = _CategoryDraft(
            label=label,
            id=_unique(_slug(label, "category"), {c.id for c in self._cats}),
            color=next((c for c in OKABE_ITO if c not in used_colors), OKABE_ITO[len(self._cats) % len(OKABE_ITO)]),
            style=next((s for s in UNDERLINE_STYLES if s not in used_styles), UNDERLINE_STYLES[0]),
            shortcut=next((k for k in "123456789abcdefghijklmnopqrstuvwxyz0" if k not in used_keys), ""),
            help="",
            id_follows_label=True,
        )
        self._cats.append(d)
        self._fill_category_list(len(self._cats) - 1)
        self._check()
        self.label_edit.setFocus()
        self.label_edit.selectAll()

    @Slot()
    def _remove_category(self) -> None:
        d = self._current_category()
        if d is None or len(self._cats) < 2:
            return
        row = self._cats.index(d)
        self._cats.remove(d)
        for p in self._prompts:
            p.categories = [c for c in p.categories if c is not d]
        self._fill_category_list(row)
        self._check()

    def _move_category(self, step: int) -> None:
        row = self.category_list.currentRow()
        if 0 <= row < len(self._cats) and 0 <= row + step < len(self._cats):
            self._cats[row], self._cats[row + step] = self._cats[row + step], self._cats[row]
            self._fill_category_list(row + step)
            self.category_list.setFocus()

    # --- prompts ------------------------------------------------------------------------------

    def _prompts_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        left = QVBoxLayout()
        self.prompt_list = _named(
            QListWidget(), self.tr("Prompts"), self.tr("The questions students answer, in the order they see them.")
        )
        self.prompt_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        # One line per prompt, cut with "…" (the whole question is in the tooltip and on the right).
        self.prompt_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.prompt_list.setUniformItemSizes(True)
        self.prompt_list.setSpacing(2)
        self.prompt_list.currentRowChanged.connect(self._show_prompt)
        left.addWidget(self.prompt_list, 1)
        buttons = QHBoxLayout()
        self.add_prompt_button = _named(QPushButton(self.tr("&Add")), self.tr("Add a prompt"))
        self.remove_prompt_button = _named(QPushButton(self.tr("&Remove")), self.tr("Remove this prompt"))
        self.prompt_up_button = _named(QPushButton(self.tr("Move &up")), self.tr("Move this prompt up"))
        self.prompt_down_button = _named(QPushButton(self.tr("Move do&wn")), self.tr("Move this prompt down"))
        self.add_prompt_button.clicked.connect(self.add_prompt)
        self.remove_prompt_button.clicked.connect(self._remove_prompt)
        self.prompt_up_button.clicked.connect(lambda: self._move_prompt(-1))
        self.prompt_down_button.clicked.connect(lambda: self._move_prompt(1))
        for b in (self.add_prompt_button, self.remove_prompt_button, self.prompt_up_button, self.prompt_down_button):
            buttons.addWidget(b)
        left.addLayout(buttons)
        row.addLayout(left, 2)

        self.prompt_box = QGroupBox(self.tr("Selected prompt"))
        form = QFormLayout(self.prompt_box)
        self.prompt_text = _named(QPlainTextEdit(), self.tr("Prompt question"))
        self.prompt_text.setPlaceholderText(self.tr("The question or task students see"))
        self.prompt_text.setTabChangesFocus(True)
        self.prompt_text.textChanged.connect(self._prompt_text_edited)
        self.prompt_categories = _named(
            QListWidget(),
            self.tr("Categories this prompt is about"),
            self.tr("Tick the categories whose highlights answer this prompt (Space ticks)."),
        )
        self.prompt_categories.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.prompt_categories.itemChanged.connect(self._prompt_category_toggled)
        self.prompt_categories.setIconSize(QSize(18, 18))
        self.highlights_spin = _named(
            QSpinBox(),
            self.tr("Highlights expected"),
            self.tr("How many highlights a complete answer has; 0 for none."),
        )
        self.highlights_spin.setRange(0, 99)
        self.notes_check = _named(
            QCheckBox(self.tr("A &note on each highlight")), self.tr("Expect a note on each highlight")
        )
        self.answer_check = _named(QCheckBox(self.tr("A written answ&er")), self.tr("Expect a written answer"))
        self.points_spin = _named(
            QSpinBox(), self.tr("Points"), self.tr("The most points the automatic score gives this prompt.")
        )
        self.points_spin.setRange(0, 999)
        for spin in (self.highlights_spin, self.points_spin):
            spin.setMaximumWidth(120)
            spin.valueChanged.connect(self._prompt_numbers_edited)
        for check in (self.notes_check, self.answer_check):
            check.toggled.connect(self._prompt_numbers_edited)
        form.addRow(self.tr("&Question:"), self.prompt_text)
        form.addRow(self.tr("Abou&t the\ncategories:"), self.prompt_categories)
        form.addRow(self.tr("&Highlights expected:"), self.highlights_spin)
        form.addRow(self.tr("Expects:"), self.notes_check)
        form.addRow("", self.answer_check)
        form.addRow(self.tr("P&oints:"), self.points_spin)
        row.addWidget(self.prompt_box, 3)
        return page

    def _prompt_title(self, p: _PromptDraft) -> str:
        words = " ".join(p.text.split())
        return words if words else self.tr("(new prompt: type its question)")

    def _fill_prompt_list(self, select: int) -> None:
        self._loading = True
        self.prompt_list.clear()
        for i, p in enumerate(self._prompts, 1):
            item = QListWidgetItem(f"{i}. {self._prompt_title(p)}")
            item.setToolTip(p.text)
            self.prompt_list.addItem(item)
        self._loading = False
        self.prompt_list.setCurrentRow(min(max(select, 0), len(self._prompts) - 1))
        self._show_prompt(self.prompt_list.currentRow())

    def _current_prompt(self) -> _PromptDraft | None:
        row = self.prompt_list.currentRow()
        return self._prompts[row] if 0 <= row < len(self._prompts) else None

    @Slot(int)
    def _show_prompt(self, row: int) -> None:
        if self._loading:
            return
        p = self._current_prompt()
        self.prompt_box.setEnabled(p is not None)
        self.remove_prompt_button.setEnabled(p is not None)
        self.prompt_up_button.setEnabled(row > 0)
        self.prompt_down_button.setEnabled(0 <= row < len(self._prompts) - 1)
        self._loading = True
        self.prompt_text.setPlainText(p.text if p else "")
        self.prompt_categories.clear()
        for d in self._cats:
            item = QListWidgetItem(swatch(d.category()), d.label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = p is not None and any(c is d for c in p.categories)
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.prompt_categories.addItem(item)
        rows = max(self.prompt_categories.count(), 4)
        self.prompt_categories.setMinimumHeight(min(rows, 10) * max(self.prompt_categories.sizeHintForRow(0), 20) + 6)
        self.highlights_spin.setValue(p.highlights if p else 0)
        self.notes_check.setChecked(bool(p and p.notes))
        self.answer_check.setChecked(bool(p and p.answer))
        self.points_spin.setValue(p.points if p else 0)
        self._loading = False

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.prompt_box.parentWidget():
            self._show_prompt(self.prompt_list.currentRow())  # categories may have changed meanwhile

    @Slot()
    def _prompt_text_edited(self) -> None:
        p = self._current_prompt()
        if p is None or self._loading:
            return
        p.text = self.prompt_text.toPlainText()
        item = self.prompt_list.currentItem()
        item.setText(f"{self.prompt_list.currentRow() + 1}. {self._prompt_title(p)}")
        item.setToolTip(p.text)
        self._check()

    @Slot(QListWidgetItem)
    def _prompt_category_toggled(self, item: QListWidgetItem) -> None:
        p = self._current_prompt()
        if p is None or self._loading:
            return
        d = self._cats[self.prompt_categories.row(item)]
        kept = [c for c in p.categories if c is not d]
        # A newly ticked category goes last, so the order of untouched prompts never changes.
        p.categories = [*kept, d] if item.checkState() == Qt.CheckState.Checked else kept
        self._check()

    @Slot()
    def _prompt_numbers_edited(self) -> None:
        p = self._current_prompt()
        if p is None or self._loading:
            return
        p.highlights, p.points = self.highlights_spin.value(), self.points_spin.value()
        p.notes, p.answer = self.notes_check.isChecked(), self.answer_check.isChecked()
        self._check()

    @Slot()
    def add_prompt(self) -> None:
        """Add an empty prompt at the end and put the cursor in its question."""
        self._prompts.append(_PromptDraft("", "", highlights=1, notes=True))
        self._fill_prompt_list(len(self._prompts) - 1)
        self._check()
        self.prompt_text.setFocus()

    @Slot()
    def _remove_prompt(self) -> None:
        p = self._current_prompt()
        if p is not None:
            row = self._prompts.index(p)
            self._prompts.remove(p)
            self._fill_prompt_list(row)
            self._check()

    def _move_prompt(self, step: int) -> None:
        row = self.prompt_list.currentRow()
        if 0 <= row < len(self._prompts) and 0 <= row + step < len(self._prompts):
            self._prompts[row], self._prompts[row + step] = self._prompts[row + step], self._prompts[row]
            self._fill_prompt_list(row + step)
            self.prompt_list.setFocus()

    # --- checking and the result --------------------------------------------------------------

    def problems(self) -> tuple[list[str], bool]:
        """What the teacher should know about the lesson as edited, and whether OK must wait for a fix."""
        blocking: list[str] = []
        if not self.title_edit.text().strip():
            blocking.append(self.tr("The lesson needs a title."))
        grades_problem = parse_grades(self.grades_edit.text())[1]
        if grades_problem:
            blocking.append(grades_problem[0].upper() + grades_problem[1:] + ".")
        if not _LANGUAGE.fullmatch(self.language_edit.text().strip()):
            blocking.append(self.tr("The language must be a code such as en, es or pt-BR."))
        for n, d in enumerate(self._cats, 1):
            name = d.label.strip() or self.tr("Category {n}").format(n=n)
            if not d.label.strip():
                blocking.append(self.tr("Category {n} needs a label.").format(n=n))
            if not _ID.fullmatch(d.id.strip()):
                blocking.append(self.tr("“{name}” needs an id (lower-case letters, digits, dashes).").format(name=name))
            if not _SHORTCUT.fullmatch(d.shortcut):
                blocking.append(self.tr("“{name}” needs a key (one letter or digit).").format(name=name))
        keys = [d.shortcut.casefold() for d in self._cats if d.shortcut]
        ids = [d.id.strip() for d in self._cats]
        shared = len(set(keys)) < len(keys) or len(set(ids)) < len(ids)
        for cid in sorted(self._in_use - set(ids)):
            old = self._lesson.category(cid)
            blocking.append(
                self.tr("The answer key uses the category “{label}” (id {id}); keep it, with that id.").format(
                    label=old.label if old else cid, id=cid
                )
            )
        hints: list[str] = []
        for n, p in enumerate(self._prompts, 1):
            if not p.text.strip():
                blocking.append(self.tr("Prompt {n} has no question yet.").format(n=n))
            if p.highlights and not any(c in self._cats for c in p.categories):
                hints.append(self.tr("Prompt {n} expects highlights but ticks no category.").format(n=n))
        warnings = [w[0].upper() + w[1:] + "." for w in category_warnings([d.category() for d in self._cats])]
        warnings += hints
        return blocking + warnings, bool(blocking) or shared

    @Slot()
    def _check(self) -> None:
        lines, blocked = self.problems()
        if lines:
            head = self.tr("Fix these to save the lesson:") if blocked else self.tr("Worth a look:")
            self.warnings.setText("\n".join([head, *(f"•  {line}" for line in lines)]))
        self.warnings.setVisible(bool(lines))
        self.warnings.setAccessibleDescription(self.warnings.text() if lines else "")
        self.ok_button.setEnabled(not blocked)
        self.ok_button.setToolTip(self.tr("Fix the problems listed above first.") if blocked else "")

    def accept(self) -> None:
        """Close with the edits, unless something would make the lesson unusable."""
        if not self.problems()[1]:
            super().accept()

    def result_lesson(self) -> Lesson:
        """The lesson as edited; what the dialog does not show is kept from the lesson it was given."""
        lesson = self._lesson
        minutes = self.minutes_spin.value()
        prompts: list[Prompt] = []
        taken = {p.id for p in self._prompts if p.id}
        for p in self._prompts:
            pid = p.id
            if not pid:
                pid = _unique(_slug(" ".join(p.text.split()[:PROMPT_ID_WORDS]), "prompt"), taken)
                taken.add(pid)
            cats = tuple(c.id.strip() for c in p.categories if any(c is d for d in self._cats))
            prompts.append(Prompt(pid, p.text, cats, Expectation(p.highlights, p.notes, p.answer), p.points))
        article = ArticleInfo(
            lesson.article.file,
            *(self.article_edits[k].text().strip() for k in ("title", "source", "author", "published", "url")),
        )
        return Lesson(
            id=lesson.id,
            title=self.title_edit.text().strip(),
            article=article,
            categories=tuple(d.category() for d in self._cats),
            prompts=tuple(prompts),
            grade_levels=parse_grades(self.grades_edit.text())[0],
            minutes=minutes or None,
            language=self.language_edit.text().strip(),
            objectives=tuple(s.strip() for s in self.objectives_edit.toPlainText().splitlines() if s.strip()),
            standards=lesson.standards,
            rubric=lesson.rubric,
        )
