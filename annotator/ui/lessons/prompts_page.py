"""The lesson editor's "Prompts" page: the questions students answer, and what a complete answer has.

An existing prompt keeps its id when its text changes, because answer keys and students' work refer to
it by id; a new prompt gets its id when the lesson is built.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.common.palette import swatch
from annotator.ui.lessons.drafts import CategoryDraft, PromptDraft, named


class PromptsPage(QWidget):
    """The list of prompts and the selected one's question, categories, expected work and points.

    It edits ``drafts`` in place and reads ``categories``, the category drafts the other page edits;
    the dialog holds the same lists, to check them and build the lesson from them.
    """

    edited = Signal()  # something the dialog's checks look at changed

    def __init__(
        self, drafts: list[PromptDraft], categories: list[CategoryDraft], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.drafts = drafts
        self._categories = categories
        self._loading = False
        row = QHBoxLayout(self)
        left = QVBoxLayout()
        self.prompt_list = named(
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
        self.add_prompt_button = named(QPushButton(self.tr("&Add")), self.tr("Add a prompt"))
        self.remove_prompt_button = named(QPushButton(self.tr("&Remove")), self.tr("Remove this prompt"))
        self.prompt_up_button = named(QPushButton(self.tr("Move &up")), self.tr("Move this prompt up"))
        self.prompt_down_button = named(QPushButton(self.tr("Move do&wn")), self.tr("Move this prompt down"))
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
        self.prompt_text = named(QPlainTextEdit(), self.tr("Prompt question"))
        self.prompt_text.setPlaceholderText(self.tr("The question or task students see"))
        self.prompt_text.setTabChangesFocus(True)
        self.prompt_text.textChanged.connect(self._prompt_text_edited)
        self.prompt_categories = named(
            QListWidget(),
            self.tr("Categories this prompt is about"),
            self.tr("Tick the categories whose highlights answer this prompt (Space ticks)."),
        )
        self.prompt_categories.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.prompt_categories.itemChanged.connect(self._prompt_category_toggled)
        self.prompt_categories.setIconSize(QSize(18, 18))
        self.highlights_spin = named(
            QSpinBox(),
            self.tr("Highlights expected"),
            self.tr("How many highlights a complete answer has; 0 for none."),
        )
        self.highlights_spin.setRange(0, 99)
        self.notes_check = named(
            QCheckBox(self.tr("A &note on each highlight")), self.tr("Expect a note on each highlight")
        )
        self.answer_check = named(QCheckBox(self.tr("A written answ&er")), self.tr("Expect a written answer"))
        self.points_spin = named(
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

    def _prompt_title(self, p: PromptDraft) -> str:
        words = " ".join(p.text.split())
        return words if words else self.tr("(new prompt: type its question)")

    def fill(self, select: int) -> None:
        """List the prompts afresh and select the one in row ``select``."""
        self._loading = True
        self.prompt_list.clear()
        for i, p in enumerate(self.drafts, 1):
            item = QListWidgetItem(f"{i}. {self._prompt_title(p)}")
            item.setToolTip(p.text)
            self.prompt_list.addItem(item)
        self._loading = False
        self.prompt_list.setCurrentRow(min(max(select, 0), len(self.drafts) - 1))
        self._show_prompt(self.prompt_list.currentRow())

    def _current_prompt(self) -> PromptDraft | None:
        row = self.prompt_list.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    @Slot(int)
    def _show_prompt(self, row: int) -> None:
        if self._loading:
            return
        p = self._current_prompt()
        self.prompt_box.setEnabled(p is not None)
        self.remove_prompt_button.setEnabled(p is not None)
        self.prompt_up_button.setEnabled(row > 0)
        self.prompt_down_button.setEnabled(0 <= row < len(self.drafts) - 1)
        self._loading = True
        self.prompt_text.setPlainText(p.text if p else "")
        self.prompt_categories.clear()
        for d in self._categories:
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

    def refresh(self) -> None:
        """Show the selected prompt again, with the categories as they are now."""
        self._show_prompt(self.prompt_list.currentRow())

    @Slot()
    def _prompt_text_edited(self) -> None:
        p = self._current_prompt()
        if p is None or self._loading:
            return
        p.text = self.prompt_text.toPlainText()
        item = self.prompt_list.currentItem()
        item.setText(f"{self.prompt_list.currentRow() + 1}. {self._prompt_title(p)}")
        item.setToolTip(p.text)
        self.edited.emit()

    @Slot(QListWidgetItem)
    def _prompt_category_toggled(self, item: QListWidgetItem) -> None:
        p = self._current_prompt()
        if p is None or self._loading:
            return
        d = self._categories[self.prompt_categories.row(item)]
        kept = [c for c in p.categories if c is not d]
        # A newly ticked category goes last, so the order of untouched prompts never changes.
        p.categories = [*kept, d] if item.checkState() == Qt.CheckState.Checked else kept
        self.edited.emit()

    @Slot()
    def _prompt_numbers_edited(self) -> None:
        p = self._current_prompt()
        if p is None or self._loading:
            return
        p.highlights, p.points = self.highlights_spin.value(), self.points_spin.value()
        p.notes, p.answer = self.notes_check.isChecked(), self.answer_check.isChecked()
        self.edited.emit()

    @Slot()
    def add_prompt(self) -> None:
        """Add an empty prompt at the end and put the cursor in its question."""
        self.drafts.append(PromptDraft("", "", highlights=1, notes=True))
        self.fill(len(self.drafts) - 1)
        self.edited.emit()
        self.prompt_text.setFocus()

    @Slot()
    def _remove_prompt(self) -> None:
        p = self._current_prompt()
        if p is not None:
            row = self.drafts.index(p)
            self.drafts.remove(p)
            self.fill(row)
            self.edited.emit()

    def _move_prompt(self, step: int) -> None:
        row = self.prompt_list.currentRow()
        if 0 <= row < len(self.drafts) and 0 <= row + step < len(self.drafts):
            self.drafts[row], self.drafts[row + step] = self.drafts[row + step], self.drafts[row]
            self.fill(row + step)
            self.prompt_list.setFocus()
