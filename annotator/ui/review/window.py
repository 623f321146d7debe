"""The teacher's window: the class at a glance, one student's work against the key, feedback and grades.

What the teacher sees is built in rooms of its own: the class table (:mod:`.class_table`), the
chosen student's work and the Key tab (:mod:`.student_view`), the Feedback tab (:mod:`.feedback`)
and the Class tab (:mod:`.class_tab`). This window puts them together, keeps the scores, saves
the feedback and exports grades and reports.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QScrollArea, QSplitter, QTabWidget

from annotator.core.agreement import Coder, agreement_in_steps, coders_of
from annotator.core.class_insight import KeyInsight, activity, key_insight
from annotator.core.consensus import ConsensusPassage, consensus_passages
from annotator.core.feedback import Feedback, PromptFeedback, feedback_path, save_feedback
from annotator.core.roster import ClassRoster, load_class
from annotator.core.scoring import StudentScore, score_with_feedback
from annotator.ui.common.autosave import Autosaver
from annotator.ui.common.dialogs import Dialogs
from annotator.ui.common.import_flow import import_annotations
from annotator.ui.common.window_size import fit_to_screen
from annotator.ui.review.class_tab import ClassTab
from annotator.ui.review.class_table import ClassTable
from annotator.ui.review.consensus_view import ConsensusView
from annotator.ui.review.export import write_debrief, write_grades, write_reports
from annotator.ui.review.feedback import FeedbackPanel
from annotator.ui.review.student_view import KeyList, StudentView

Promote = Callable[[list[ConsensusPassage]], None]


class ReviewWindow(QMainWindow):
    """Reviews one class's handed-in work for one lesson.

    ``promote`` opens the answer key with consensus passages added as drafts; the review window
    cannot open the answer-key mode itself (the lesson tools are a room beside it), so whoever
    starts it passes this in. Without it, the Class tab has no Send-to-the-key button.
    ``folder``: the class folder being reviewed, where File ▸ Import annotations… writes (asked if None).
    """

    def __init__(self, roster: ClassRoster, *, dialogs: Dialogs | None = None, promote: Promote | None = None,
                 folder: Path | None = None) -> None:
        super().__init__()
        self.promote = promote
        self.insight: KeyInsight | None = None
        self.consensus_view: ConsensusView | None = None
        self.roster = roster
        self.pack = roster.pack
        self.dialogs = dialogs or Dialogs(self)
        self.has_key = self.pack.key is not None
        self.current: int | None = None
        self.folder = folder
        self.feedback: dict[int, Feedback] = {}
        self.scores: dict[int, StudentScore] = {}
        self.coders: list[Coder] = []
        self.setWindowTitle(self.tr("Review: {title} — Annotator").format(title=self.pack.lesson.title))
        self.autosaver = Autosaver(self._write_feedback, self)
        self.autosaver.saved.connect(lambda when: self.statusBar().showMessage(
            self.tr("Feedback saved at {time}").format(time=time.strftime("%H:%M:%S", time.localtime(when)))))
        self.autosaver.failed.connect(lambda why: self.statusBar().showMessage(
            self.tr("Could not save feedback ({why}); Annotator keeps trying.").format(why=why)))
        self._show_class(roster)
        self._build_menus()

    def _show_class(self, roster: ClassRoster) -> None:
        # Built anew when the class is read again (after an import): every part holds the class's files.
        if self.consensus_view is not None:
            self.consensus_view.deleteLater()
        self.roster, self.current, self.scores, self.consensus_view = roster, None, {}, None
        self.feedback = {i: s.feedback or Feedback.for_work(s.work, s.path) for i, s in enumerate(roster.submissions)}
        self._build()
        for i in range(len(roster.submissions)):
            self._score(i)
        self.class_table.fill(self.scores)
        self._fill_class_tab()
        if roster.submissions:
            self.table.selectRow(0)
        self.statusBar().showMessage(self._summary())

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.class_table = ClassTable(self.roster)
        self.class_table.studentChosen.connect(self.choose)
        self.student_view = StudentView(self.pack, [sub.sheet for sub in self.roster.submissions])
        self.student_view.article.highlightClicked.connect(self._highlight_clicked)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Key, feedback and class"))
        self.tabs.tabBar().setAccessibleName(self.tr("Key, feedback and class tabs"))
        self.key_list = KeyList()
        self.key_list.passageChosen.connect(self._jump)
        self.tabs.addTab(self.key_list, self.tr("Key"))
        panel = self.feedback_panel = FeedbackPanel(self.pack.lesson.prompts)
        panel.feedbackEdited.connect(self._edited)
        feedback_scroll = QScrollArea()  # the form is tall: on a small laptop screen it scrolls
        feedback_scroll.setWidgetResizable(True)
        feedback_scroll.setWidget(panel)
        self.tabs.addTab(feedback_scroll, self.tr("Feedback"))
        self.class_tab = ClassTab()
        self.class_tab.passageChosen.connect(self._show_span)
        self.class_tab.promoteRequested.connect(self._promote)
        self.class_tab.promote_button.setVisible(self.promote is not None)
        self.tabs.addTab(self.class_tab, self.tr("Class"))
        self.tabs.currentChanged.connect(self._tab_changed)

        # The widgets under the names they had when the whole window was built here (tests and
        # the teacher's keyboard shortcuts reach them through the window).
        self.table = self.class_table.table
        view = self.student_view
        self.article, self.layer, self.student_label = view.article, view.layer, view.student_label
        self.key_toggle, self.heat_toggle, self.heat_category = view.key_toggle, view.heat_toggle, view.heat_category
        self.annotation_comment, self.overall = panel.annotation_comment, panel.overall
        self.total_spin, self.prompt_scores = panel.total_spin, panel.prompt_scores
        self.prompt_comments = panel.prompt_comments

        split = QSplitter()
        split.addWidget(self.class_table)
        split.addWidget(self.student_view)
        split.addWidget(self.tabs)
        self.setCentralWidget(split)
        fit_to_screen(self, QSize(1280, 720))  # the launcher asks again, for the size the teacher chose last
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 4)
        split.setStretchFactor(2, 2)
        split.setSizes([440, 510, 330])  # the class table's last column must show at 1280 pixels

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for text, slot, keys in ((self.tr("&Import annotations (brat, Hypothesis, W3C)…"), self.import_work,
                                  "Ctrl+I"),
                                 (self.tr("Export &grades (CSV)…"), self.export_grades, "Ctrl+E"),
                                 (self.tr("Export &reports (HTML and PDF)…"), self.export_reports, "Ctrl+R"),
                                 (self.tr("Export &debrief for the class (HTML and PDF)…"), self.export_debrief,
                                  "Ctrl+D"),
                                 (self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            file_menu.addAction(action)
        view = self.menuBar().addMenu(self.tr("&View"))
        for text, box, keys in ((self.tr("Compare with the &key"), "key_toggle", "Ctrl+K"),
                                (self.tr("Class &heat map"), "heat_toggle", "Ctrl+M")):
            action = QAction(text, self)
            action.setShortcut(keys)
            # By name: the boxes are made anew when the class is read again.
            action.triggered.connect(lambda _=False, name=box: getattr(self, name).toggle())
            view.addAction(action)
        consensus = QAction(self.tr("&Consensus for the class (full screen)"), self)
        consensus.setShortcut(Qt.Key.Key_F11)
        consensus.triggered.connect(self.show_consensus)
        view.addAction(consensus)

    # --- scores -------------------------------------------------------------------------------

    def _score(self, index: int) -> StudentScore | None:
        if not self.has_key:
            return None
        sub = self.roster.submissions[index]
        score = score_with_feedback(sub.sheet, self.pack, self.feedback[index])
        self.scores[index] = score
        return score

    def _summary(self) -> str:
        parts = [self.tr("%n student(s)", "", len(self.roster.submissions))]
        if self.roster.problems:
            parts.append(self.tr("%n problem(s) with files", "", len(self.roster.problems)))
        if not self.has_key:
            parts.append(self.tr("this pack has no answer key, so nothing is scored"))
        return "; ".join(parts)

    def _fill_class_tab(self) -> None:
        subs = self.roster.submissions
        lesson, text = self.pack.lesson, self.pack.article.text
        coders = self.coders = coders_of(subs)  # also for agreement, when the Class tab is opened, and the debrief
        self.insight = key_insight([self.scores[i] for i in range(len(subs))], lesson) if self.has_key else None
        self.class_tab.fill(lesson, self.insight, consensus_passages(coders, lesson, text),
                            [(c.name, activity(sub.sheet, lesson)) for c, sub in zip(coders, subs, strict=True)])
        self.class_tab.agreement.setPlainText(self.tr("Measured when the Class tab is first opened."))
        self._agreement_shown = False

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.class_tab:
            self.show_agreement()

    def show_agreement(self) -> None:
        """Measure the class's agreement once, when the Class tab is first opened, a step at a time.

        Not when the window opens: the intervals take a few hundredths of a second for 24 students,
        but some tenths for a year group, and most reviews never look. In steps between turns of the
        event loop, so the window answers while the page says how far it has got.
        """
        if self._agreement_shown:
            return
        self._agreement_shown = True
        if not self.coders:
            self.class_tab.show_agreement(None)
            return
        self.class_tab.measure_agreement(agreement_in_steps(self.coders, self.pack.lesson, len(self.pack.article.text),
                                                            key=self.pack.key))

    # --- the class ----------------------------------------------------------------------------

    @Slot()
    def show_consensus(self) -> None:
        """Show the class's consensus full screen, for a projector: the shading, no names."""
        if self.consensus_view is None:
            self.consensus_view = ConsensusView(self.pack, [sub.sheet for sub in self.roster.submissions], self)
        self.consensus_view.showFullScreen()
        self.consensus_view.activateWindow()

    def _show_span(self, start: int, end: int) -> None:
        self.student_view.article.select_span(start, end)

    def _promote(self, passages: list[ConsensusPassage]) -> None:
        if self.promote is not None and passages:
            self.promote(passages)
            self.statusBar().showMessage(self.tr("%n passage(s) sent to the answer key as drafts", "", len(passages)))

    # --- one student --------------------------------------------------------------------------

    @Slot(int)
    def choose(self, index: int) -> None:
        """Show one student's work, their key comparison and the feedback written so far."""
        self.autosaver.save_now()
        self.current = index
        sub = self.roster.submissions[index]
        score = self.scores.get(index)
        self.student_view.show_student(sub.sheet, sub.student.name, str(sub.path), score)
        labels = {c.id: c.label for c in self.pack.lesson.categories}
        self.key_list.fill(score, sub.sheet, labels)
        self.feedback_panel.show_feedback(self.feedback[index], score)
        self._choose_annotation(None)
        self.student_view.redraw()

    def _jump(self, start: int | None, end: int | None, annotation_id: str) -> None:
        if start is not None and end is not None:
            self.article.select_span(start, end)
        self._choose_annotation(annotation_id or None)

    @property
    def chosen_annotation(self) -> str | None:
        """The highlight whose comment the Feedback tab edits."""
        return self.feedback_panel.chosen_annotation

    @chosen_annotation.setter
    def chosen_annotation(self, annotation_id: str | None) -> None:
        self.feedback_panel.chosen_annotation = annotation_id

    def _highlight_clicked(self, annotation_id: str) -> None:
        # Clicking a student's highlight is the quickest way to comment on it.
        self._choose_annotation(annotation_id)
        self.tabs.setCurrentIndex(1)

    def _choose_annotation(self, annotation_id: str | None) -> None:
        self.article.set_current(annotation_id)
        a = self.article.sheet.work.annotations.get(annotation_id) if annotation_id else None
        self.feedback_panel.choose_annotation(annotation_id, a.quote if a else "")

    # --- feedback -----------------------------------------------------------------------------

    @Slot()
    def _edited(self) -> None:
        if self.current is None:
            return
        score = self._score(self.current)
        self.class_table.show_score(self.current, score)
        self.student_view.score = score
        self.autosaver.changed()

    def _write_feedback(self) -> None:
        # Every student whose feedback changed; each file sits beside its submission, never in it.
        for i, sub in enumerate(self.roster.submissions):
            fb = self.feedback[i]
            path = feedback_path(sub.path)
            changed = sub.feedback is None or fb != sub.feedback or not path.exists()
            if (not fb.is_empty() or path.exists()) and changed:
                save_feedback(path, fb)
                sub.feedback = _copy(fb)

    # --- export -------------------------------------------------------------------------------

    @Slot()
    def export_grades(self) -> None:
        """Write the gradebook CSV, with the teacher's scores applied."""
        if not self.has_key:
            self.dialogs.warn(self.tr("No answer key"), self.tr("This lesson pack has no key, so there are no scores."))
            return
        target = self.dialogs.choose_save_file(self.tr("Export grades"), "CSV (*.csv)",
                                               self.roster.submissions[0].path.parent / "grades.csv"
                                               if self.roster.submissions else None)
        if target is None:
            return
        self.autosaver.save_now()
        try:
            write_grades(target, self.roster, self.scores)
        except OSError as exc:
            self.dialogs.warn(self.tr("Not exported"), f"{target}: {exc.strerror or exc}")
            return
        self.statusBar().showMessage(self.tr("Grades written to {file}").format(file=target))

    @Slot()
    def export_reports(self) -> None:
        """Write one readable report per student, as HTML and as PDF."""
        if not self.has_key:
            self.dialogs.warn(self.tr("No answer key"), self.tr("This lesson pack has no key, so there are no scores."))
            return
        folder = self.dialogs.choose_folder(self.tr("Export reports: choose a folder"))
        if folder is None:
            return
        self.autosaver.save_now()
        try:
            write_reports(folder, self.roster, self.scores, self.feedback, self.insight)
        except OSError as exc:
            self.dialogs.warn(self.tr("Not exported"), f"{folder}: {exc.strerror or exc}")
            return
        self.statusBar().showMessage(self.tr("{n} reports written to {folder}: 'teacher' with the key, "
                                             "'students' without it, to hand back").format(
            n=len(self.roster.submissions), folder=folder))

    @Slot()
    def export_debrief(self) -> None:
        """Write the anonymous consensus handout, as HTML and PDF (no key needed, no names in it)."""
        folder = self.dialogs.choose_folder(self.tr("Export the debrief: choose a folder"))
        if folder is None:
            return
        try:
            written = write_debrief(folder, self.pack, self.coders)
        except OSError as exc:
            self.dialogs.warn(self.tr("Not exported"), f"{folder}: {exc.strerror or exc}")
            return
        note = "" if len(self.roster.submissions) >= 3 else self.tr(
            " With fewer than three students it is not anonymous.")
        self.statusBar().showMessage(self.tr("Debrief written to {files}.").format(
            files=", ".join(str(p) for p in written)) + note)

    @Slot()
    def import_work(self) -> None:
        """Import another program's annotations into the class folder, then read the class again."""
        folder = self.folder or self.dialogs.choose_folder(self.tr("Import annotations: choose the class folder"))
        if folder is None:
            return
        self.autosaver.save_now()  # the window is built anew: no typed feedback may be lost
        if import_annotations(self.dialogs, self.pack, folder):
            self.folder = folder
            self._show_class(load_class([folder], self.pack))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.autosaver.save_now():
            self.dialogs.warn(self.tr("Feedback not saved"), self.tr("Annotator could not save the feedback files."))
        event.accept()


def _copy(fb: Feedback) -> Feedback:
    return Feedback(fb.lesson_id, fb.article_sha256, fb.student, fb.submission, fb.modified, fb.overall,
                    dict(fb.annotations), {k: PromptFeedback(v.comment, v.score) for k, v in fb.prompts.items()},
                    fb.total)
