"""Answer-key mode: the teacher marks key passages with the same tools a student uses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
)

from annotator.core.annotations import Change
from annotator.core.desk import Preferences
from annotator.core.key_sheet import KeyDraft, KeySheet, SetKeyDetails
from annotator.core.lock import FileLock
from annotator.core.pack import Pack
from annotator.core.safe_write import atomic_write
from annotator.core.schemas import dump_yaml
from annotator.core.text import shorten
from annotator.ui.common.dialogs import Dialogs
from annotator.ui.student.window import StudentWindow


class KeyWindow(StudentWindow):
    """Edits a pack's ``key.yaml``: each highlight is a key passage; its note is the rationale."""

    size_name = "answer-key"

    def __init__(self, pack: Pack, pack_dir: Path, draft: KeyDraft, *, data_dir: Path, prefs: Preferences,
                 dialogs: Dialogs | None = None, lock: FileLock | None = None, read_only_reason: str = "") -> None:
        self.draft = draft
        self.pack = pack
        self._filling = False  # the details' boxes are being filled in, not changed by the teacher
        # A key sheet: Ctrl+Z undoes passages and their details alike, in the order they were made.
        self.key_sheet = KeySheet(pack.lesson, pack.article, draft)
        super().__init__(self.key_sheet, pack_dir / "key.yaml", data_dir=data_dir, prefs=prefs, dialogs=dialogs,
                         lock=lock, read_only_reason=read_only_reason)
        self.setWindowTitle(self.tr("Answer key: {title} — Annotator").format(title=pack.lesson.title))
        self.hand_in_action.setVisible(False)
        self.quit_action.setText(self.tr("&Close the answer key"))  # Annotator itself goes on running
        self.note_panel.note.setPlaceholderText(self.tr("Rationale: why an expert marks this passage (one sentence)"))
        self.note_panel.note.setAccessibleName(self.tr("Rationale for this key passage"))
        self.who_label.setText(self.tr("Editing the answer key: mark each passage an expert would mark"))
        self.tabs.setTabText(1, self.tr("Key passages"))
        self._build_key_panel()
        self.statusBar().showMessage(self.tr("Answer key mode: mark each passage an expert would mark. "
                                             "Saved automatically to {file}").format(file=self.work_file))
        self._show_details(None)

    def _build_key_panel(self) -> None:
        box = QGroupBox(self.tr("This key passage"))
        form = QFormLayout(box)
        self.accepted = QListWidget()
        self.accepted.setAccessibleName(self.tr("Categories also accepted for this passage"))
        self.accepted.setToolTip(self.tr("A student's highlight in any ticked category counts as found."))
        self.accepted.setMaximumHeight(110)
        for cat in self.sheet.lesson.categories:
            item = QListWidgetItem(cat.label)
            item.setData(Qt.ItemDataRole.UserRole, cat.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.accepted.addItem(item)
        self.accepted.itemChanged.connect(self._accepted_changed)
        form.addRow(self.tr("Also accept:"), self.accepted)
        self.prompt_choice = QComboBox()
        self.prompt_choice.setAccessibleName(self.tr("Prompt this passage scores for"))
        self.prompt_choice.setToolTip(self.tr("Finding this passage adds its points to this prompt's score "
                                              "(up to the prompt's maximum)."))
        self.prompt_choice.addItem(self.tr("(no prompt)"), "")
        for n, prompt in enumerate(self.sheet.lesson.prompts, 1):
            self.prompt_choice.addItem(f"{n}. {shorten(prompt.text, 50)}", prompt.id)
        self.prompt_choice.activated.connect(self._prompt_chosen)
        form.addRow(self.tr("Counts for:"), self.prompt_choice)
        self.prompt_points = QLabel()
        form.addRow(self.prompt_points)
        self.required = QCheckBox(self.tr("Required"))
        self.required.setAccessibleName(self.tr("Required passage"))
        self.required.toggled.connect(lambda on: self._detail(required=on))
        form.addRow(self.required)
        self.points = QDoubleSpinBox()
        self.points.setRange(0, 100)
        self.points.setDecimals(1)
        self.points.setAccessibleName(self.tr("Points for finding this passage"))
        self.points.valueChanged.connect(lambda v: self._detail(points=v))
        form.addRow(self.tr("Points:"), self.points)
        self.key_box = box
        self.side_column.insertWidget(self.side_column.indexOf(self.note_panel) + 1, box)

    def choose(self, annotation_id: str | None, *, focus_note: bool = False) -> None:
        """Show a key passage and its details."""
        super().choose(annotation_id, focus_note=focus_note)
        if hasattr(self, "key_box"):  # choose() also runs while the base window is being built
            self._show_details(annotation_id)

    def _show_details(self, annotation_id: str | None) -> None:
        self._filling = True
        a = self.sheet.work.annotations.get(annotation_id) if annotation_id else None
        self.key_box.setEnabled(a is not None and not self.sheet.read_only)
        d = self.draft.details_of(a.id) if a is not None else None
        for i in range(self.accepted.count()):
            item = self.accepted.item(i)
            cid = item.data(Qt.ItemDataRole.UserRole)
            expected = a is not None and cid == a.category
            enabled = item.flags() | Qt.ItemFlag.ItemIsEnabled
            item.setFlags(enabled & ~Qt.ItemFlag.ItemIsEnabled if expected else enabled)  # the expected one stays
            on = expected or (d is not None and cid in d.also_accepted)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.required.setChecked(bool(d and d.required))
        self.points.setValue(d.points if d else 1)
        self.prompt_choice.setCurrentIndex(max(0, self.prompt_choice.findData(a.prompt if a else "")))
        self._show_prompt_points(a.prompt if a else "")
        self._filling = False

    def _show_prompt_points(self, prompt_id: str) -> None:
        prompt = self.sheet.lesson.prompt(prompt_id)
        if prompt is None:
            self.prompt_points.setText("")
            return
        used = self.draft.points_for(prompt_id)
        self.prompt_points.setText(self.tr("Key passages of this prompt: {used:g} points; its maximum: {max}").format(
            used=used, max=prompt.points or "none"))

    def _prompt_chosen(self, index: int) -> None:
        if self._filling or not self.current_id:
            return
        prompt_id = self.prompt_choice.itemData(index)
        current = self.current_id
        if self.sheet.work.annotations[current].prompt != prompt_id:
            self._edit(lambda: self.sheet.set_prompt(current, prompt_id))
        self._show_prompt_points(prompt_id)

    def _accepted_changed(self, _item: QListWidgetItem) -> None:
        if self._filling or not self.current_id:
            return
        a = self.sheet.work.annotations[self.current_id]
        ticked = tuple(self.accepted.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.accepted.count())
                       if self.accepted.item(i).checkState() == Qt.CheckState.Checked)
        self._detail(also_accepted=tuple(c for c in ticked if c != a.category))

    def _detail(self, **changes: object) -> None:
        if self._filling or not self.current_id:
            return
        current = self.current_id
        self._edit(lambda: self.key_sheet.set_details(current, **changes))

    def _on_change(self, change: Change) -> None:
        """Besides what a student's window redraws: a passage's details, and the points of its prompt."""
        super()._on_change(change)
        aid = change.annotation_id
        if not isinstance(change.edit, SetKeyDetails) or aid is None:
            return
        if self._stepping:  # undo or redo took a passage's details back or forward: show it and them
            self.choose(aid)
        elif aid == self.current_id:
            self._show_prompt_points(self.sheet.work.annotations[aid].prompt)

    def _write(self) -> None:
        key = self.draft.to_key(self.sheet.lesson, self.sheet.article)
        atomic_write(self.work_file, dump_yaml(key.to_data(), "key"))
        if self.lock is not None:
            self.lock.refresh()
