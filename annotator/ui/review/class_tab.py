"""The review window's Class tab: how far students agree, what they missed, the consensus and each student's work.

Agreement is shown with or without an answer key (it compares students with each other): per
category the per-character alpha with three decimals, the unitizing alphas with their 95 %
intervals, the sentence a teacher reads and the warnings. With a key: how many students found
each key passage and what the others took it for, and the confusions between categories. The
consensus passages (half the class or more) can be ticked and sent to the answer key as drafts.
The figures come from the core (:mod:`annotator.core.agreement`, :mod:`annotator.core.class_insight`,
:mod:`annotator.core.consensus`); this widget only lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.agreement import FIGURES, ClassAgreement, Row
from annotator.core.class_insight import NOT_MARKED, Activity, KeyInsight, format_minutes
from annotator.core.consensus import ConsensusPassage
from annotator.core.lesson import Lesson
from annotator.core.text import shorten

SPAN_ROLE = Qt.ItemDataRole.UserRole  # (start, end) of a passage to show in the article
PASSAGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the consensus passage a checkable row stands for


class ClassTab(QWidget):
    """The class at a glance; choosing a passage shows it in the article."""

    passageChosen = Signal(int, int)
    promoteRequested = Signal(list)  # the ticked consensus passages

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        tree = self.tree = QTreeWidget()
        tree.setColumnCount(2)
        tree.setHeaderLabels([self.tr("The class"), self.tr("Figure")])
        tree.setAccessibleName(self.tr("How far the class agrees, what it missed, and each student's work"))
        tree.setWordWrap(True)  # the sentences are the point: they wrap rather than disappear behind "…"
        tree.setUniformRowHeights(False)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree.itemClicked.connect(self._chosen)
        tree.itemActivated.connect(self._chosen)
        tree.itemChanged.connect(lambda *_: self._update_button())
        layout.addWidget(tree, 1)
        self.consensus_rows: list[QTreeWidgetItem] = []  # the checkable rows, one per consensus passage
        self.promote_button = QPushButton(self.tr("Send the ticked passages to the answer key…"))
        self.promote_button.setAccessibleName(self.tr("Send the ticked consensus passages to the answer key as drafts"))
        self.promote_button.setToolTip(self.tr("Opens the answer key with each ticked passage as a draft key passage; "
                                               "its rationale says how much of the class marked it."))
        self.promote_button.clicked.connect(lambda: self.promoteRequested.emit(self.ticked()))
        layout.addWidget(self.promote_button)
        self._update_button()

    # --- filling ------------------------------------------------------------------------------

    def fill(self, lesson: Lesson, agreement: ClassAgreement | None, insight: KeyInsight | None,
             consensus: Sequence[ConsensusPassage], students: Sequence[tuple[str, Activity]]) -> None:
        """Show the class: agreement, the key's passages (when there is a key), consensus and each student."""
        tree = self.tree
        tree.blockSignals(True)
        tree.clear()
        self.consensus_rows = []
        labels = {c.id: c.label for c in lesson.categories}
        if agreement is not None:
            self._agreement(agreement)
        if insight is not None and insight.passages:
            self._missed(insight, labels)
            self._confusions(insight, labels)
        self._consensus(consensus, labels)
        self._students(students)
        tree.blockSignals(False)
        self._update_button()

    def _group(self, text: str, expanded: bool = True) -> QTreeWidgetItem:
        group = QTreeWidgetItem([text, ""])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        self.tree.addTopLevelItem(group)
        group.setExpanded(expanded)
        return group

    def _line(self, parent: QTreeWidgetItem, text: str, tip: str = "") -> QTreeWidgetItem:
        """A row whose text spans both columns and wraps (a sentence or a warning)."""
        row = QTreeWidgetItem(parent, [text])
        row.setFirstColumnSpanned(True)
        row.setToolTip(0, tip or text)
        return row

    def _agreement(self, result: ClassAgreement) -> None:
        group = self._group(self.tr("How far students agree (1 student)") if result.students == 1 else
                            self.tr("How far students agree ({n} students)").format(n=result.students))
        group.setToolTip(0, self.tr("Krippendorff's alphas: 1 is full agreement, 0 no better than chance; "
                                    "0.800 and above can be relied on, 0.667 to 0.800 is tentative."))
        for row in result.rows:
            self._category(group, row)
        for warning in result.warnings:
            self._line(group, "⚠ " + warning)
        for finding in result.findings:
            self._line(group, "• " + finding)

    def _category(self, group: QTreeWidgetItem, row: Row) -> None:
        char = row.figures["char_alpha"]
        item = QTreeWidgetItem(group, [row.label, "—" if char.value is None else f"{char.value:.3f}"])
        item.setToolTip(0, row.sentence)
        item.setToolTip(1, self.tr("Per-character alpha"))
        self._line(item, row.sentence)
        for key, name in FIGURES:
            QTreeWidgetItem(item, [name, row.figures[key].text()])
        counts = self.tr("{h} highlights, {c} characters").format(h=row.highlights, c=row.characters)
        self._line(item, counts)
        for warning in row.warnings:
            self._line(item, "⚠ " + warning)

    def _missed(self, insight: KeyInsight, labels: dict[str, str]) -> None:
        group = self._group(self.tr("Key passages: found by, and taken for"))
        for o in insight.passages:
            item = QTreeWidgetItem(group, [f"“{shorten(o.item.quote, 60)}”", f"{o.found} of {o.students}"])
            item.setData(0, SPAN_ROLE, (o.item.start, o.item.end))
            item.setToolTip(0, "\n".join([*o.sentences(labels, width=200), o.item.rationale]))
            for cat, n in o.taken_as:
                QTreeWidgetItem(item, [self.tr("marked as {label}").format(label=labels.get(cat, cat)), str(n)])
            if o.unmarked:
                QTreeWidgetItem(item, [self.tr("not marked"), str(o.unmarked)])

    def _confusions(self, insight: KeyInsight, labels: dict[str, str]) -> None:
        table = insight.table
        cells = sorted(((n, r, c) for (r, c), n in table.counts.items() if c not in (r, NOT_MARKED) and n),
                       key=lambda x: (-x[0], x[1], x[2]))
        group = self._group(self.tr("Confusions over the key's passages"))
        group.setToolTip(0, self.tr("The key expects the first category; students gave the second. Each passage "
                                    "counts once per student."))
        if not cells:
            self._line(group, self.tr("No confusions: every key passage a student marked was given the key's "
                                      "category."))
        for n, expected, given in cells:
            QTreeWidgetItem(group, [f"{labels.get(expected, expected)} → {labels.get(given, given)}", str(n)])
        for expected in table.rows:
            missed = table.count(expected, NOT_MARKED)
            if missed:
                QTreeWidgetItem(group, [self.tr("{label} → not marked").format(label=labels.get(expected, expected)),
                                        str(missed)])

    def _consensus(self, passages: Sequence[ConsensusPassage], labels: dict[str, str]) -> None:
        group = self._group(self.tr("Consensus: passages half the class marked"))
        group.setToolTip(0, self.tr("Tick passages and send them to the answer key as drafts."))
        if not passages:
            self._line(group, self.tr("No passage was marked by half the class (and at least two students)."))
        for p in passages:
            item = QTreeWidgetItem(group, [f"“{shorten(p.quote, 50)}” — {labels.get(p.category, p.category)}",
                                           f"{p.students} of {p.of}"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setData(0, SPAN_ROLE, (p.start, p.end))
            item.setData(0, PASSAGE_ROLE, p)
            item.setToolTip(0, p.quote)
            self.consensus_rows.append(item)

    def _students(self, students: Sequence[tuple[str, Activity]]) -> None:
        group = self._group(self.tr("Each student's work"), expanded=False)
        group.setToolTip(0, self.tr("Highlights, share of the article covered, and time from start to last change"))
        for name, a in students:
            share = "—" if a.share is None else f"{100 * a.share:.0f} %"
            figure = f"{a.highlights} · {share} · {format_minutes(a.minutes)}"
            item = QTreeWidgetItem(group, [name, figure])
            item.setToolTip(0, a.summary())
            item.setToolTip(1, a.summary())

    # --- choosing -----------------------------------------------------------------------------

    def ticked(self) -> list[ConsensusPassage]:
        """The consensus passages the teacher ticked, in reading order."""
        return [row.data(0, PASSAGE_ROLE) for row in self.consensus_rows
                if row.checkState(0) == Qt.CheckState.Checked]

    def _update_button(self) -> None:
        n = len(self.ticked())
        self.promote_button.setEnabled(n > 0)
        self.promote_button.setText(self.tr("Send {n} ticked passage(s) to the answer key…").format(n=n) if n
                                    else self.tr("Tick consensus passages to send them to the answer key"))

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        span = item.data(0, SPAN_ROLE)
        if span:
            self.passageChosen.emit(*span)
