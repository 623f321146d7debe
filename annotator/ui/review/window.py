"""The teacher's window: the class at a glance, one student's work against the key, feedback and grades."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.annotations import Student, Work, readable_time
from annotator.core.class_stats import class_heat, class_stats
from annotator.core.feedback import Feedback, PromptFeedback, feedback_path, number, save_feedback
from annotator.core.roster import ClassRoster
from annotator.core.scoring import StudentScore, score_with_feedback
from annotator.core.text import shorten
from annotator.core.worksheet import Worksheet
from annotator.ui.common.article_view import ArticleView
from annotator.ui.common.autosave import Autosaver
from annotator.ui.common.dialogs import Dialogs
from annotator.ui.review.export import write_grades, write_pdf, write_reports
from annotator.ui.review.feedback import FeedbackPanel
from annotator.ui.review.marks import SpanLayer, heat_spans, missed_spans

__all__ = ["ReviewWindow", "write_pdf"]  # write_pdf lived here; it is still importable from here

ID_ROLE = Qt.ItemDataRole.UserRole


class ReviewWindow(QMainWindow):
    """Reviews one class's handed-in work for one lesson."""

    def __init__(self, roster: ClassRoster, *, dialogs: Dialogs | None = None) -> None:
        super().__init__()
        self.roster = roster
        self.pack = roster.pack
        self.dialogs = dialogs or Dialogs(self)
        self.has_key = self.pack.key is not None
        self.current: int | None = None
        self.feedback: dict[int, Feedback] = {i: s.feedback or Feedback.for_work(s.work, s.path)
                                              for i, s in enumerate(roster.submissions)}
        self.scores: dict[int, StudentScore] = {}
        self.setWindowTitle(self.tr("Review: {title} — Annotator").format(title=self.pack.lesson.title))
        self.autosaver = Autosaver(self._write_feedback, self)
        self.autosaver.saved.connect(lambda when: self.statusBar().showMessage(
            self.tr("Feedback saved at {time}").format(time=time.strftime("%H:%M:%S", time.localtime(when)))))
        self.autosaver.failed.connect(lambda why: self.statusBar().showMessage(
            self.tr("Could not save feedback ({why}); Annotator keeps trying.").format(why=why)))

        blank = Worksheet(self.pack.lesson, self.pack.article,
                          Work(self.pack.lesson.id, self.pack.article.sha256, Student("")))
        self.article = ArticleView(blank, 12)
        self.article.setAccessibleName(self.tr("The article with the chosen student's highlights"))
        self.layer = SpanLayer(self.pack.article, self.article.u16)
        self.article.tooltip_extra = self.layer.tooltips
        self.article.highlightClicked.connect(self._highlight_clicked)
        self._build()
        self._build_menus()
        for i in range(len(roster.submissions)):
            self._score(i)
        self._fill_table()
        self._fill_class_tab()
        if roster.submissions:
            self.table.selectRow(0)
        self.statusBar().showMessage(self._summary())

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        left = QWidget()
        left.setMinimumWidth(340)
        col = QVBoxLayout(left)
        heading = QLabel(self.tr("Class: {n} students").format(n=len(self.roster.submissions)))
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
            self.table.horizontalHeaderItem(column).setToolTip(tip)
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
        problems = [str(p) for p in self.roster.problems]
        if problems:
            label = QLabel(self.tr("{n} file(s) could not be used:").format(n=len(problems)))
            label.setStyleSheet("color: #8a0000; font-weight: 600;")
            col.addWidget(label)
            box = QPlainTextEdit("\n".join(problems))
            box.setReadOnly(True)
            box.setAccessibleName(self.tr("Files that could not be used"))
            box.setMaximumHeight(120)
            col.addWidget(box)

        middle = QWidget()
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(0, 0, 0, 0)
        # The student's name on a row of its own, so a long file name never widens the window.
        self.student_label = QLabel()
        self.student_label.setStyleSheet("font-weight: 700;")
        self.student_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.student_label.setWordWrap(True)
        mid.addWidget(self.student_label)
        bar = QHBoxLayout()
        self.key_toggle = QCheckBox(self.tr("Compare with the key"))
        self.key_toggle.setAccessibleName(self.tr("Compare with the key"))
        self.key_toggle.setEnabled(self.has_key)
        self.key_toggle.toggled.connect(self._redraw)
        bar.addWidget(self.key_toggle)
        self.heat_toggle = QCheckBox(self.tr("Class heat map"))
        self.heat_toggle.setAccessibleName(self.tr("Show the class heat map"))
        self.heat_toggle.toggled.connect(self._redraw)
        bar.addWidget(self.heat_toggle)
        self.heat_category = QComboBox()
        self.heat_category.setAccessibleName(self.tr("Heat map category"))
        self.heat_category.addItem(self.tr("All categories"), "")
        for cat in self.pack.lesson.categories:
            self.heat_category.addItem(cat.label, cat.id)
        self.heat_category.currentIndexChanged.connect(self._redraw)
        bar.addWidget(self.heat_category)
        mid.addLayout(bar)
        mid.addWidget(self.article, 1)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Key, feedback and class"))
        self.tabs.tabBar().setAccessibleName(self.tr("Key, feedback and class tabs"))
        self.key_list = QTreeWidget()
        self.key_list.setHeaderHidden(True)
        self.key_list.setAccessibleName(self.tr("Found, missed and extra"))
        self.key_list.itemActivated.connect(self._jump)
        self.key_list.itemClicked.connect(self._jump)
        self.tabs.addTab(self.key_list, self.tr("Key"))
        panel = self.feedback_panel = FeedbackPanel(self.pack.lesson.prompts)
        panel.feedbackEdited.connect(self._edited)
        # The panel's widgets under the names they had when the tab was built here.
        self.annotation_comment, self.overall = panel.annotation_comment, panel.overall
        self.total_spin, self.prompt_scores = panel.total_spin, panel.prompt_scores
        self.prompt_comments = panel.prompt_comments
        feedback_scroll = QScrollArea()  # the form is tall: on a small laptop screen it scrolls
        feedback_scroll.setWidgetResizable(True)
        feedback_scroll.setWidget(panel)
        self.tabs.addTab(feedback_scroll, self.tr("Feedback"))
        self.class_list = QTreeWidget()
        self.class_list.setHeaderLabels([self.tr("Key passage"), self.tr("Found by")])
        self.class_list.setAccessibleName(self.tr("How many students found each key passage"))
        self.class_list.header().setStretchLastSection(False)
        self.class_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.class_list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.class_list, self.tr("Class"))

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(middle)
        split.addWidget(self.tabs)
        self.setCentralWidget(split)
        self.resize(1280, 720)  # fits a 1366 x 768 classroom laptop
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 4)
        split.setStretchFactor(2, 2)
        split.setSizes([440, 510, 330])  # the class table's last column must show at 1280 pixels

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for text, slot, keys in ((self.tr("Export &grades (CSV)…"), self.export_grades, "Ctrl+E"),
                                 (self.tr("Export &reports (HTML and PDF)…"), self.export_reports, "Ctrl+R"),
                                 (self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            file_menu.addAction(action)
        view = self.menuBar().addMenu(self.tr("&View"))
        for text, box, keys in ((self.tr("Compare with the &key"), self.key_toggle, "Ctrl+K"),
                                (self.tr("Class &heat map"), self.heat_toggle, "Ctrl+M")):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.triggered.connect(box.toggle)
            view.addAction(action)

    # --- scores -------------------------------------------------------------------------------

    def _score(self, index: int) -> StudentScore | None:
        if not self.has_key:
            return None
        sub = self.roster.submissions[index]
        score = score_with_feedback(sub.sheet, self.pack, self.feedback[index])
        self.scores[index] = score
        return score

    def _fill_table(self) -> None:
        subs = self.roster.submissions
        self.table.setRowCount(len(subs))
        for row, sub in enumerate(subs):
            when = readable_time(sub.work.modified, "%d %b %H:%M")
            self._set(row, 0, sub.student.name + (f" ({sub.student.id})" if sub.student.id else ""))
            self._set(row, 1, when)
            self._set(row, 2, str(len(sub.work.annotations)))
            self._update_row(row)

    def _set(self, row: int, col: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setData(ID_ROLE, row)
        self.table.setItem(row, col, item)

    def _update_row(self, row: int) -> None:
        score = self.scores.get(row)
        if score is None:
            for col in (3, 4, 5):
                self._set(row, col, "—")
            return
        self._set(row, 3, f"{number(score.auto_total)} / {number(score.max_total)}")
        self._set(row, 4, f"{number(score.total)}" + (" ✎" if score.overridden else ""))
        self._set(row, 5, f"✔{score.found} ✖{score.missed} +{score.extra}")

    def _summary(self) -> str:
        skipped = f"; {len(self.roster.problems)} problem(s) with files" if self.roster.problems else ""
        key = "" if self.has_key else "; this pack has no answer key, so nothing is scored"
        return self.tr("{n} students{skipped}{key}").format(n=len(self.roster.submissions), skipped=skipped, key=key)

    # --- one student --------------------------------------------------------------------------

    def _row_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.choose(rows[0].row())

    def choose(self, index: int) -> None:
        """Show one student's work, their key comparison and the feedback written so far."""
        self.autosaver.save_now()
        self.current = index
        sub = self.roster.submissions[index]
        self.article.set_sheet(sub.sheet)
        self.student_label.setToolTip(str(sub.path))
        self._fill_key_list()
        self.feedback_panel.show_feedback(self.feedback[index], self.scores.get(index))
        self._choose_annotation(None)
        self._redraw()

    @Slot()
    def _redraw(self) -> None:
        painter = self.article.painter
        spans = []
        heat = self.heat_toggle.isChecked()
        comparing = self.key_toggle.isChecked() and self.current in self.scores
        self._show_heading(heat)
        painter.show_highlights = not heat
        painter.verdict = None
        if comparing:
            # Looked up for every highlighted piece of every repainted paragraph: a dict, made once.
            verdicts = {mr.mark.id: "extra" if mr.extra else "found" for mr in self.scores[self.current].marks}  # type: ignore[index]
            painter.verdict = lambda annotation_id: verdicts.get(annotation_id, "")
        if heat:
            spans = heat_spans(class_heat((sub.sheet for sub in self.roster.submissions),
                                       self.heat_category.currentData() or ""), len(self.roster.submissions))
        elif comparing:
            labels = {c.id: c.label for c in self.pack.lesson.categories}
            score = self.scores[self.current]  # type: ignore[index]
            spans = missed_spans([r.item for r in score.items if not r.found], labels)
        self.layer.set_spans(spans)
        painter.underlay = self.layer.ranges if spans else None
        self.article.redraw()

    def _show_heading(self, heat: bool) -> None:
        """Above the article: whose work it shows, or how to read the class heat map."""
        if heat:
            text = self.tr("Class heat map: darker = more of the {n} students marked it").format(
                n=len(self.roster.submissions))
        elif self.current is not None:
            text = self.roster.submissions[self.current].student.name
        else:
            text = ""
        if self.student_label.text() != text:
            self.student_label.setText(text)

    def _fill_key_list(self) -> None:
        self.key_list.clear()
        score = self.scores.get(self.current) if self.current is not None else None
        if score is None:
            self.key_list.addTopLevelItem(QTreeWidgetItem([self.tr("No answer key in this lesson pack.")]))
            return
        labels = {c.id: c.label for c in self.pack.lesson.categories}
        groups = {
            "found": QTreeWidgetItem([self.tr("✔ Found ({n})").format(n=score.found)]),
            "missed": QTreeWidgetItem([self.tr("✖ Missed ({n})").format(n=score.missed)]),
            "extra": QTreeWidgetItem([self.tr("+ Extra: matches nothing in the key ({n})").format(n=score.extra)]),
        }
        for r in score.items:
            label = f"{'✔' if r.found else '✖'} “{shorten(r.item.quote, 60)}” — {labels.get(r.item.categories[0], '')}"
            child = QTreeWidgetItem([label])
            child.setToolTip(0, r.item.rationale)
            child.setData(0, ID_ROLE, ("key", r.item.start, r.item.end, r.by[0] if r.by else ""))
            groups["found" if r.found else "missed"].addChild(child)
        sheet = self.roster.submissions[self.current].sheet  # type: ignore[index]
        for mr in score.marks:
            if mr.extra:
                a = sheet.work.annotations[mr.mark.id]
                child = QTreeWidgetItem([f"+ “{shorten(a.quote, 60)}” — {labels.get(a.category, a.category)}"])
                child.setToolTip(0, mr.caution or a.note)
                child.setData(0, ID_ROLE, ("annotation", mr.mark.start, mr.mark.end, a.id))
                groups["extra"].addChild(child)
        for name in ("missed", "extra", "found"):  # what needs the teacher's eye first
            self.key_list.addTopLevelItem(groups[name])
        for group in groups.values():
            group.setExpanded(True)

    def _jump(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, ID_ROLE)
        if not data:
            return
        _, start, end, annotation_id = data
        if start is not None:
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
        self._score(self.current)
        self._update_row(self.current)
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
            write_reports(folder, self.roster, self.scores, self.feedback)
        except OSError as exc:
            self.dialogs.warn(self.tr("Not exported"), f"{folder}: {exc.strerror or exc}")
            return
        self.statusBar().showMessage(self.tr("{n} reports written to {folder}: 'teacher' with the key, "
                                             "'students' without it, to hand back").format(
            n=len(self.roster.submissions), folder=folder))

    def _fill_class_tab(self) -> None:
        self.class_list.clear()
        if not self.has_key or not self.scores:
            return
        stats = class_stats([self.scores[i] for i in range(len(self.roster.submissions))], self.pack)
        n = stats.students
        for item in self.pack.key.items:  # type: ignore[union-attr]
            found = stats.found_by_item.get(item.id, 0)
            row = QTreeWidgetItem([f"“{shorten(item.quote, 60)}”", f"{found} of {n}"])
            row.setToolTip(0, item.rationale)
            self.class_list.addTopLevelItem(row)
        agreement = QTreeWidgetItem([self.tr("Agreement between students (Krippendorff's alpha)"), ""])
        for cat in self.pack.lesson.categories:
            alpha = stats.alpha.get(cat.id)
            agreement.addChild(QTreeWidgetItem([cat.label, "—" if alpha is None else f"{alpha:.2f}"]))
        self.class_list.addTopLevelItem(agreement)
        self.class_list.resizeColumnToContents(1)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.autosaver.save_now():
            self.dialogs.warn(self.tr("Feedback not saved"), self.tr("Annotator could not save the feedback files."))
        event.accept()


def _copy(fb: Feedback) -> Feedback:
    return Feedback(fb.lesson_id, fb.article_sha256, fb.student, fb.submission, fb.modified, fb.overall,
                    dict(fb.annotations), {k: PromptFeedback(v.comment, v.score) for k, v in fb.prompts.items()},
                    fb.total)



