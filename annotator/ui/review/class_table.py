"""The review window's left column: every student who handed in, their scores, and the files that could not be used."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QPlainTextEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from annotator.core.annotations import readable_time
from annotator.core.feedback import number
from annotator.core.roster import ClassRoster
from annotator.core.scoring import StudentScore

ID_ROLE = Qt.ItemDataRole.UserRole


class ClassTable(QWidget):
    """One row per student: name, when handed in, highlights, automatic score, the score that counts, ✔ ✖ +."""

    studentChosen = Signal(int)  # the index of the submission whose row the teacher selected

    def __init__(self, roster: ClassRoster, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roster = roster
        self.setMinimumWidth(340)
        col = QVBoxLayout(self)
        heading = QLabel(self.tr("Class: %n student(s)", "", len(roster.submissions)))
        heading.setStyleSheet("font-weight: 700; font-size: 13pt;")
        col.addWidget(heading)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Student"), self.tr("Handed in"), self.tr("Marks"),
                                              self.tr("Auto"), self.tr("Yours"), self.tr("✔ ✖ +")])
        for column, tip in enumerate((self.tr("The student's name and number"), self.tr("When the file was last saved"),
                                      self.tr("How many passages the student highlighted"),
                                      self.tr("Automatic score against the key, out of the most possible"),
                                      self.tr("The score that counts: yours where you changed it (✎)"),
                                      self.tr("Key passages found, missed, and extra highlights"))):
            column_item = self.table.horizontalHeaderItem(column)
            if column_item is not None:  # always, after setHorizontalHeaderLabels
                column_item.setToolTip(tip)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setAccessibleName(self.tr("Class table"))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._row_chosen)
        col.addWidget(self.table, 1)
        problems = [str(p) for p in roster.problems]
        if problems:
            label = QLabel(self.tr("%n file(s) could not be used:", "", len(problems)))
            label.setStyleSheet("color: #8a0000; font-weight: 600;")
            col.addWidget(label)
            box = QPlainTextEdit("\n".join(problems))
            box.setReadOnly(True)
            box.setAccessibleName(self.tr("Files that could not be used"))
            box.setMaximumHeight(120)
            col.addWidget(box)

    def fill(self, scores: Mapping[int, StudentScore]) -> None:
        """One row per submission, with its score (``scores`` by submission index; none without a key)."""
        subs = self.roster.submissions
        self.table.setRowCount(len(subs))
        for row, sub in enumerate(subs):
            when = readable_time(sub.work.modified, self.tr("%d %b %H:%M"))  # es, fr: numbers, not month names
            self._set(row, 0, sub.student.name + (f" ({sub.student.id})" if sub.student.id else ""))
            self._set(row, 1, when)
            self._set(row, 2, str(len(sub.work.annotations)))
            self.show_score(row, scores.get(row))

    def show_score(self, row: int, score: StudentScore | None) -> None:
        """Put a student's scores in their row: automatic of the most possible, the one that counts, ✔ ✖ +."""
        if score is None:
            for col in (3, 4, 5):
                self._set(row, col, "—")
            return
        self._set(row, 3, f"{number(score.auto_total)} / {number(score.max_total)}")
        self._set(row, 4, f"{number(score.total)}" + (" ✎" if score.overridden else ""))
        self._set(row, 5, f"✔{score.found} ✖{score.missed} +{score.extra}")

    def _set(self, row: int, col: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setData(ID_ROLE, row)
        self.table.setItem(row, col, item)

    def _row_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.studentChosen.emit(rows[0].row())
