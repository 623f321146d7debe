"""The teacher's lesson library: the lessons that come with Annotator and their own, to open or share.

Sharing is a .zip: "for students" leaves the answer key out, "for teachers" keeps it. Importing a
.zip adds a copy to the teacher's own lessons (``USER/lessons``); the core checks it first, so a
broken or hostile zip is refused with one clear line and leaves the library as it was
(see :mod:`annotator.core.library`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.core.library import LessonEntry, export_pack, import_pack, library_dir, list_lessons
from annotator.core.pack import load_pack
from annotator.ui.common.application import QtWords
from annotator.ui.common.dialogs import Dialogs
from annotator.ui.common.import_flow import import_annotations

_ENTRY = Qt.ItemDataRole.UserRole


def _one_line(exc: AnnotatorError) -> str:
    first = " ".join(str(exc.problems[0]).split()) if exc.problems else str(exc)
    more = len(exc.problems) - 1
    return first + (Library.tr(" (and %n more)", "", more) if more > 0 else "")


class Library(QtWords):
    """The words of the lesson library outside its dialog's own methods."""


def zip_filter() -> str:
    """The file dialog's filter for lesson packs, in the language spoken."""
    return Library.tr("Lesson packs (*.zip)")


class LibraryDialog(QDialog):
    """Lists the bundled lessons and the teacher's own; opens one, imports and exports .zip packs."""

    def __init__(
        self, user_dir: Path, dialogs: Dialogs, parent: QWidget | None = None, *, bundled_dir: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.user_dir = Path(user_dir)
        self.dialogs = dialogs
        self.bundled_dir = bundled_dir
        self.entries: list[LessonEntry] = []
        self._chosen: Path | None = None
        self.setWindowTitle(self.tr("Lesson library"))
        self.setMinimumSize(820, 500)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Lessons"))
        self.tree.setHeaderLabels([self.tr("Lesson"), self.tr("Answer key"), self.tr("Id")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._update)
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree, 1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)

        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import .zip…"))
        self.import_button.setAccessibleName(self.tr("Import a lesson pack from a .zip file"))
        self.import_button.setToolTip(self.tr("Adds a copy of a shared lesson pack to your lessons."))
        self.export_students_button = QPushButton(self.tr("Export for &students…"))
        self.export_students_button.setAccessibleName(self.tr("Export for students, without the answer key"))
        self.export_students_button.setToolTip(self.tr("A .zip of the lesson without the answer key, to hand out."))
        self.export_teachers_button = QPushButton(self.tr("Export for &teachers…"))
        self.export_teachers_button.setAccessibleName(self.tr("Export for teachers, with the answer key"))
        self.export_teachers_button.setToolTip(self.tr("A .zip of the lesson with its answer key, for colleagues."))
        self.import_button.clicked.connect(self.import_zip)
        self.import_work_button = QPushButton(self.tr("Import a&nnotations…"))
        self.import_work_button.setAccessibleName(self.tr("Import annotations made in brat, Hypothesis or W3C "
                                                          "format on the chosen lesson"))
        self.import_work_button.setToolTip(self.tr("Writes one Annotator file per annotator into a class folder "
                                                   "you choose, ready to review and grade."))
        self.import_work_button.clicked.connect(self.import_work)
        share = QLabel(self.tr("Share the chosen lesson:"))
        self.export_students_button.clicked.connect(self.export_for_students)
        self.export_teachers_button.clicked.connect(self.export_for_teachers)
        row.addWidget(self.import_button)
        row.addWidget(self.import_work_button)
        row.addStretch(1)
        row.addWidget(share)
        row.addWidget(self.export_students_button)
        row.addWidget(self.export_teachers_button)
        layout.addLayout(row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Close)
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setAccessibleName(self.tr("Open the chosen lesson"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.refresh()
        self.tree.setFocus()

    def refresh(self, select: Path | None = None) -> None:
        """List the library again, keeping (or moving to) a selected lesson."""
        current = self.current_entry()
        wanted = select or (current.path if current else None)
        self.entries = list_lessons(self.user_dir, bundled_dir=self.bundled_dir)
        self.tree.clear()
        bundled = QTreeWidgetItem([self.tr("Lessons that come with Annotator")])
        own = QTreeWidgetItem([self.tr("Your lessons")])
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for group in (bundled, own):
            font = QFont(group.font(0))
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a lesson to choose
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
        select_item: QTreeWidgetItem | None = None
        for entry in self.entries:
            title = entry.title if entry.ok else self.tr("{title} (cannot be opened)").format(title=entry.title)
            item = QTreeWidgetItem([title, self.tr("yes") if entry.has_key else self.tr("no"), entry.id])
            item.setData(0, _ENTRY, entry)
            if entry.ok:
                item.setToolTip(0, f"{entry.title}\n{entry.path}")
            else:
                for column in (0, 1, 2):
                    item.setForeground(column, grey)
                    item.setToolTip(column, entry.problem)
            (bundled if entry.bundled else own).addChild(item)
            if wanted is not None and entry.path == wanted:
                select_item = item
        if own.childCount() == 0:
            empty = QTreeWidgetItem([self.tr("None yet: make a new lesson or import a .zip")])
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            empty.setForeground(0, grey)
            own.addChild(empty)
            empty.setFirstColumnSpanned(True)
        self.tree.expandAll()
        first = select_item or next((self._item(e) for e in self.entries if e.ok), None)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update()

    def _item(self, entry: LessonEntry) -> QTreeWidgetItem | None:
        for group in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(group)
            if top is None:  # only for an index out of range
                continue
            for i in range(top.childCount()):
                item = top.child(i)
                if item is not None and item.data(0, _ENTRY) == entry:
                    return item
        return None

    def current_entry(self) -> LessonEntry | None:
        """The lesson selected in the list, or None."""
        item = self.tree.currentItem()
        entry = item.data(0, _ENTRY) if item is not None else None
        return entry if isinstance(entry, LessonEntry) else None

    @Slot()
    def _update(self) -> None:
        entry = self.current_entry()
        usable = entry is not None and entry.ok
        for button in (self.open_button, self.export_students_button, self.export_teachers_button,
                       self.import_work_button):
            button.setEnabled(usable)
        if entry is None:
            self.details.setText(self.tr("Choose a lesson in the list."))
        elif not entry.ok:
            self.details.setText(self.tr("This lesson cannot be opened: {problem}").format(problem=entry.problem))
        else:
            if entry.bundled:
                self.details.setText(self.tr("“{title}” comes with Annotator.").format(title=entry.title))
            else:
                self.details.setText(
                    self.tr("“{title}” is kept in {folder}").format(title=entry.title, folder=entry.path)
                )

    @Slot(QTreeWidgetItem, int)
    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if isinstance(item.data(0, _ENTRY), LessonEntry):
            self.accept()

    def accept(self) -> None:
        """Close with the selected lesson, if it can be opened."""
        entry = self.current_entry()
        if entry is not None and entry.ok:
            self._chosen = entry.path
            super().accept()

    def chosen_path(self) -> Path | None:
        """The folder of the lesson the teacher chose to open, or None."""
        return self._chosen

    @Slot()
    def import_zip(self) -> None:
        """Ask for a lesson pack .zip and add a copy of it to the teacher's lessons."""
        path = self.dialogs.choose_file(self.tr("Import a lesson pack"), zip_filter())
        if path is None:
            return
        try:
            folder = import_pack(path, self.user_dir)
        except AnnotatorError as exc:
            self.dialogs.warn(
                self.tr("Lesson not imported"),
                self.tr("“{name}” cannot be imported, and your lessons are unchanged.\n\n{why}").format(
                    name=Path(path).name, why=_one_line(exc)
                ),
            )
            return
        except OSError as exc:
            self.dialogs.warn(
                self.tr("Lesson not imported"),
                self.tr("Annotator could not write to {folder}: {why}").format(
                    folder=library_dir(self.user_dir), why=exc.strerror or exc
                ),
            )
            return
        self.refresh(select=folder)
        entry = self.current_entry()
        if entry is not None:
            self.details.setText(self.tr("Imported “{title}” into your lessons.").format(title=entry.title))

    @Slot()
    def import_work(self) -> None:
        """Import annotations on the chosen lesson (brat, Hypothesis, W3C) into a class folder the teacher picks."""
        entry = self.current_entry()
        if entry is None or not entry.ok:
            return
        try:
            pack = load_pack(entry.path)
        except AnnotatorError as exc:
            self.dialogs.warn(self.tr("Not imported"), _one_line(exc))
            return
        folder = self.dialogs.choose_folder(self.tr("Import annotations: choose the class folder to write into"))
        if folder is None:
            return
        written = import_annotations(self.dialogs, pack, folder)
        if written:
            self.details.setText(self.tr("Imported %n annotator(s) on “{title}” into {folder}.", "", len(written))
                                 .format(title=entry.title, folder=folder))

    @Slot()
    def export_for_students(self) -> None:
        """Save the selected lesson as a .zip without its answer key."""
        self._export(include_key=False)

    @Slot()
    def export_for_teachers(self) -> None:
        """Save the selected lesson as a .zip with its answer key."""
        self._export(include_key=True)

    def _export(self, *, include_key: bool) -> None:
        entry = self.current_entry()
        if entry is None or not entry.ok:
            return
        if include_key:
            title, suggested = self.tr("Export for teachers (with the answer key)"), f"{entry.id}-teachers.zip"
        else:
            title, suggested = self.tr("Export for students (without the answer key)"), f"{entry.id}-students.zip"
        target = self.dialogs.choose_save_file(title, zip_filter(), Path.home() / suggested)
        if target is None:
            return
        target = Path(target)
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        try:
            export_pack(entry.path, target, include_key=include_key)
        except AnnotatorError as exc:
            self.dialogs.warn(self.tr("Not exported"), _one_line(exc))
            return
        except OSError as exc:
            self.dialogs.warn(self.tr("Not exported"), f"{target}: {exc.strerror or exc}")
            return
        what = self.tr("with its answer key") if include_key else self.tr("without the answer key")
        self.details.setText(
            self.tr("Saved “{title}” {what} as {zip}.").format(title=entry.title, what=what, zip=target)
        )
