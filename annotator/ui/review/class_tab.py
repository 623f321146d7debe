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

import html
from collections.abc import Generator, Sequence

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QTextBrowser,
    QToolBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.agreement import FIGURES, ClassAgreement
from annotator.core.class_insight import NOT_MARKED, Activity, KeyInsight
from annotator.core.consensus import ConsensusPassage
from annotator.core.lesson import Lesson
from annotator.core.text import shorten

SPAN_ROLE = Qt.ItemDataRole.UserRole  # (start, end) of a passage to show in the article
PASSAGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the consensus passage a checkable row stands for


def _tree(headers: list[str], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setColumnCount(2)
    tree.setHeaderLabels(headers)
    tree.setAccessibleName(name)
    tree.setIndentation(12)  # the panel is narrow on a small screen: room for the quotes
    tree.header().setStretchLastSection(False)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    return tree


class ClassTab(QToolBox):
    """The class, a page at a time (agreement, the key, consensus, students); a chosen passage shows in the article.

    A tool box rather than one long tree: its pages' titles stay in view on a small screen, and
    agreement is a page of wrapped text, because its sentences are the point and a tree cuts them off.
    """

    passageChosen = Signal(int, int)
    promoteRequested = Signal(list)  # the ticked consensus passages

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agreement = QTextBrowser()
        self.agreement.setAccessibleName(self.tr("How far students agree, per category"))
        self.addItem(self.agreement, self.tr("Agreement"))
        self.missed = QTextBrowser()
        self.missed.setAccessibleName(self.tr("How many students found each key passage, and what the others "
                                              "took it for"))
        self.missed.setOpenLinks(False)  # a link shows its passage in the article
        self.missed.anchorClicked.connect(self._link)
        self.addItem(self.missed, self.tr("What the class missed"))
        consensus = QWidget()
        column = QVBoxLayout(consensus)
        column.setContentsMargins(0, 0, 0, 0)
        self.consensus = _tree([self.tr("Passage"), self.tr("Marked by")],
                               self.tr("Passages half the class marked; tick them to send them to the answer key"))
        column.addWidget(self.consensus, 1)
        self.promote_button = QPushButton()
        self.promote_button.setAccessibleName(self.tr("Send the ticked consensus passages to the answer key as drafts"))
        self.promote_button.setToolTip(self.tr("Opens the answer key with each ticked passage as a draft key passage; "
                                               "its rationale says how much of the class marked it."))
        self.promote_button.clicked.connect(lambda: self.promoteRequested.emit(self.ticked()))
        column.addWidget(self.promote_button)
        self.addItem(consensus, self.tr("Consensus (half the class)"))
        self.students = QTextBrowser()
        self.students.setAccessibleName(self.tr("Each student's highlights, share of the article and time on task"))
        self.addItem(self.students, self.tr("Each student's work"))
        self.consensus.itemClicked.connect(self._chosen)
        self.consensus.itemActivated.connect(self._chosen)
        self.consensus.itemChanged.connect(lambda *_: self._update_button())
        self.consensus_rows: list[QTreeWidgetItem] = []  # the checkable rows, one per consensus passage
        self._update_button()
        self._steps: Generator[float, None, ClassAgreement] | None = None
        self._step_timer = QTimer(self)  # a step of agreement per turn of the event loop
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._step)

    # --- filling ------------------------------------------------------------------------------

    def show_agreement(self, agreement: ClassAgreement | None) -> None:
        """Show how far the class agrees (None: nobody handed in)."""
        self._step_timer.stop()
        self._steps = None
        self.agreement.setHtml(self._agreement_html(agreement))

    def measure_agreement(self, steps: Generator[float, None, ClassAgreement]) -> None:
        """Work agreement out a step per turn of the event loop, saying how far it has got, then show it.

        ``steps``: :func:`annotator.core.agreement.agreement_in_steps`. For a whole year group the
        figures take a moment; meanwhile the window answers and the page says they are on their way.
        """
        self._steps = steps
        self._progress(0.0)
        self._step_timer.start()

    @property
    def measuring(self) -> bool:
        """Whether agreement is still being worked out."""
        return self._steps is not None

    def finish_agreement(self) -> None:
        """Work out the rest of agreement now, and show it (as the steps would have)."""
        while self._steps is not None:
            self._step()

    def _step(self) -> None:
        if self._steps is None:
            return
        try:
            done = next(self._steps)
        except StopIteration as end:
            self.show_agreement(end.value)
            return
        self._progress(done)

    def _progress(self, done: float) -> None:
        self.agreement.setHtml("<p>" + html.escape(self.tr("Working out how far the students agree… {percent} %")
                                                   .format(percent=round(100 * done))) + "</p>")

    def fill(self, lesson: Lesson, insight: KeyInsight | None, consensus: Sequence[ConsensusPassage],
             students: Sequence[tuple[str, Activity]]) -> None:
        """Show the key's passages (when there is a key), consensus and each student; agreement comes apart."""
        labels = {c.id: c.label for c in lesson.categories}
        self.missed.setHtml(self._missed_html(insight, labels))
        self.consensus.blockSignals(True)
        self.consensus.clear()
        self.consensus_rows = []
        self._consensus(consensus, lesson)
        self.consensus.blockSignals(False)
        self.students.setHtml(self._students_html(students))
        self._update_button()

    def _group(self, tree: QTreeWidget, text: str, expanded: bool = True) -> QTreeWidgetItem:
        group = QTreeWidgetItem([text, ""])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setToolTip(0, text)
        tree.addTopLevelItem(group)
        group.setFirstColumnSpanned(True)  # only once it is in the tree: before, Qt ignores it
        group.setExpanded(expanded)
        return group

    def _agreement_html(self, result: ClassAgreement | None) -> str:
        """Per category: the per-character alpha, the sentence, every figure with its interval, the warnings."""
        if result is None:
            return "<p>" + html.escape(self.tr("Nobody handed in work, so there is no agreement to measure.")) + "</p>"
        e = html.escape
        head = (self.tr("How far the 1 student agrees") if result.students == 1
                else self.tr("How far the {n} students agree").format(n=result.students))
        scale = self.tr("Krippendorff's alphas: 1 is full agreement, 0 no better than chance, below 0 systematic "
                        "disagreement; 0.800 and above can be relied on, 0.667 to 0.800 is tentative. "
                        "Intervals are 95 %.")
        parts = [f"<p><b>{e(head)}</b><br><small>{e(scale)}</small></p>"]
        for warning in result.warnings:
            parts.append(f"<p>⚠ {e(warning)}</p>")
        for finding in result.findings:
            parts.append(f"<p>• {e(finding)}</p>")
        for row in sorted(result.rows, key=lambda r: r.category != ""):  # all categories first: the overview
            char = row.figures["char_alpha"]
            value = "—" if char.value is None else f"{char.value:.3f}"
            figures = "<br>".join(f"{e(name)} {e(row.figures[key].text())}" for key, name in FIGURES)
            counts = ", ".join((self.tr("%n highlight(s)", "", row.highlights),
                                self.tr("%n character(s)", "", row.characters)))
            warnings = "".join(f"<br>⚠ {e(w)}" for w in row.warnings)
            heading = self.tr("{category}: α {value}").format(category=row.label, value=value)
            parts.append(f"<p><b>{e(heading)}</b><br>{e(row.sentence)}<br>"
                         f"<small>{figures}<br>{e(counts)}{warnings}</small></p>")
        return "".join(parts)

    def _missed_html(self, insight: KeyInsight | None, labels: dict[str, str]) -> str:
        """The confusions, then each key passage, most missed first, as links that show it in the article."""
        e = html.escape
        if insight is None or not insight.passages:
            return "<p>" + e(self.tr("This lesson has no answer key, so there is nothing to miss.")) + "</p>"
        table = insight.table
        cells = sorted(((n, r, c) for (r, c), n in table.counts.items() if c not in (r, NOT_MARKED) and n),
                       key=lambda x: (-x[0], x[1], x[2]))
        unmarked = [(table.count(r, NOT_MARKED), r) for r in table.rows if table.count(r, NOT_MARKED)]
        parts = [f"<p><b>{e(self.tr('Confusions over the key passages'))}</b><br><small>"
                 + e(self.tr("The key expects the first category; students gave the second. Each passage counts "
                             "once per student.")) + "</small></p><p>"]
        lines = [e(self.tr("{expected} → {given}: {n}").format(expected=labels.get(r, r), given=labels.get(c, c), n=n))
                 for n, r, c in cells]
        parts.append("<br>".join(lines) or e(self.tr("None: every key passage marked was given the key's category.")))
        if unmarked:  # after the swaps: those are the confusions worth a lesson
            left = " · ".join(f"{e(labels.get(r, r))} {n}" for n, r in sorted(unmarked, key=lambda x: -x[0]))
            parts.append(f"<br><br>{e(self.tr('Not marked at all:'))} {left}")
        parts.append(f"</p><p><b>{e(self.tr('Key passages, most missed first'))}</b></p>")
        for o in sorted(insight.passages, key=lambda o: o.found):
            expected = labels.get(o.item.categories[0], o.item.categories[0])
            found = self.tr("found by {k} of {n}").format(k=o.found, n=o.students)
            taken = [self.tr("{k} as {label}").format(k=n, label=labels.get(c, c)) for c, n in o.taken_as]
            if o.unmarked:
                taken.append(self.tr("{k} did not mark it").format(k=o.unmarked))
            parts.append(f'<p><a href="#{o.item.start}-{o.item.end}">“{e(o.item.quote)}”</a> ({e(expected)})<br>'
                         f"<b>{e(found)}</b>{''.join(' · ' + e(t) for t in taken)}</p>")
        return "".join(parts)

    def _consensus(self, passages: Sequence[ConsensusPassage], lesson: Lesson) -> None:
        if not passages:
            self._group(self.consensus, self.tr("No passage was marked by half the class (and at least two students)."))
        for cat in lesson.categories:
            mine = [p for p in passages if p.category == cat.id]
            if not mine:
                continue
            group = self._group(self.consensus, cat.label)
            for p in mine:
                share = self.tr("{k} of {n}").format(k=p.students, n=p.of)
                item = QTreeWidgetItem(group, [f"“{shorten(p.quote, 60)}”", share])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                item.setData(0, SPAN_ROLE, (p.start, p.end))
                item.setData(0, PASSAGE_ROLE, p)
                item.setToolTip(0, self.tr("{category}: “{quote}”").format(category=cat.label, quote=p.quote))
                self.consensus_rows.append(item)

    def _students_html(self, students: Sequence[tuple[str, Activity]]) -> str:
        """One paragraph per student: their name, then what their file says they did."""
        e = html.escape
        intro = self.tr("Time on task runs from when the work began to its last change, breaks included.")
        return f"<p><small>{e(intro)}</small></p>" + "".join(
            f"<p><b>{e(name)}</b><br>{e(a.summary())}</p>" for name, a in students)

    # --- choosing -----------------------------------------------------------------------------

    def ticked(self) -> list[ConsensusPassage]:
        """The consensus passages the teacher ticked, in reading order."""
        return [row.data(0, PASSAGE_ROLE) for row in self.consensus_rows
                if row.checkState(0) == Qt.CheckState.Checked]

    def _update_button(self) -> None:
        n = len(self.ticked())
        self.promote_button.setEnabled(n > 0)
        # Short: a long label would widen the whole panel on a small screen.
        self.promote_button.setText(self.tr("Send {n} to the answer key…").format(n=n) if n
                                    else self.tr("Tick passages for the key"))

    def _link(self, url: QUrl) -> None:
        start, _, end = url.fragment().partition("-")
        if start.isdigit() and end.isdigit():
            self.passageChosen.emit(int(start), int(end))

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        span = item.data(0, SPAN_ROLE)
        if span:
            self.passageChosen.emit(*span)
