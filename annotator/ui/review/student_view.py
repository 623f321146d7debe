"""What the review window shows of one student: their work on the article, and the Key tab's found, missed and extra."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.annotations import Student, Work
from annotator.core.class_stats import class_heat
from annotator.core.pack import Pack
from annotator.core.scoring import StudentScore
from annotator.core.text import shorten
from annotator.core.worksheet import Worksheet
from annotator.ui.common.article_view import ArticleView
from annotator.ui.review.marks import SpanLayer, heat_spans, missed_spans

ID_ROLE = Qt.ItemDataRole.UserRole


class StudentView(QWidget):
    """The chosen student's highlights on the article, compared with the key, or the class heat map instead.

    ``class_sheets`` are every student's worksheets, for the heat map.
    """

    def __init__(self, pack: Pack, class_sheets: Sequence[Worksheet], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.class_sheets = class_sheets
        self.name = ""  # whose work is shown ("" for nobody's yet)
        self.score: StudentScore | None = None  # theirs, when the lesson has a key
        mid = QVBoxLayout(self)
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
        self.key_toggle.setEnabled(pack.key is not None)
        self.key_toggle.toggled.connect(self.redraw)
        bar.addWidget(self.key_toggle)
        self.heat_toggle = QCheckBox(self.tr("Class heat map"))
        self.heat_toggle.setAccessibleName(self.tr("Show the class heat map"))
        self.heat_toggle.toggled.connect(self.redraw)
        bar.addWidget(self.heat_toggle)
        self.heat_category = QComboBox()
        self.heat_category.setAccessibleName(self.tr("Heat map category"))
        self.heat_category.addItem(self.tr("All categories"), "")
        for cat in pack.lesson.categories:
            self.heat_category.addItem(cat.label, cat.id)
        self.heat_category.currentIndexChanged.connect(self.redraw)
        bar.addWidget(self.heat_category)
        mid.addLayout(bar)

        blank = Worksheet(pack.lesson, pack.article, Work(pack.lesson.id, pack.article.sha256, Student("")))
        self.article = ArticleView(blank, 12)
        self.article.setAccessibleName(self.tr("The article with the chosen student's highlights"))
        self.layer = SpanLayer(pack.article, self.article.u16)
        self.article.tooltip_extra = self.layer.tooltips
        mid.addWidget(self.article, 1)

    def show_student(self, sheet: Worksheet, name: str, where: str, score: StudentScore | None) -> None:
        """Show one student's work (``where``: their file, as a tooltip on their name)."""
        self.name, self.score = name, score
        self.article.set_sheet(sheet)
        self.student_label.setToolTip(where)

    @Slot()
    def redraw(self) -> None:
        """Draw the student's highlights, with missed key passages, or the class heat map, as the toggles say."""
        painter = self.article.painter
        spans = []
        heat = self.heat_toggle.isChecked()
        score = self.score if self.key_toggle.isChecked() else None
        self._show_heading(heat)
        painter.show_highlights = not heat
        painter.verdict = None
        if score is not None:
            # Looked up for every highlighted piece of every repainted paragraph: a dict, made once.
            verdicts = {mr.mark.id: "extra" if mr.extra else "found" for mr in score.marks}
            painter.verdict = lambda annotation_id: verdicts.get(annotation_id, "")
        if heat:
            spans = heat_spans(class_heat(self.class_sheets, self.heat_category.currentData() or ""),
                               len(self.class_sheets))
        elif score is not None:
            labels = {c.id: c.label for c in self.pack.lesson.categories}
            spans = missed_spans([r.item for r in score.items if not r.found], labels)
        self.layer.set_spans(spans)
        painter.underlay = self.layer.ranges if spans else None
        self.article.redraw()

    def _show_heading(self, heat: bool) -> None:
        """Above the article: whose work it shows, or how to read the class heat map."""
        if heat:
            text = self.tr("Class heat map: darker = more of the %n student(s) marked it", "",
                           len(self.class_sheets))
        else:
            text = self.name
        if self.student_label.text() != text:
            self.student_label.setText(text)


class KeyList(QTreeWidget):
    """The Key tab: the student's found, missed and extra passages; choosing one shows it in the article."""

    # start and end of the passage (None for an orphaned highlight), and its highlight's id ("" for none)
    passageChosen = Signal(object, object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Found, missed and extra"))
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)

    def fill(self, score: StudentScore | None, sheet: Worksheet | None, labels: dict[str, str]) -> None:
        """List what the key says about one student's work: missed first, then extra, then found."""
        self.clear()
        if score is None or sheet is None:
            self.addTopLevelItem(QTreeWidgetItem([self.tr("No answer key in this lesson pack.")]))
            return
        groups = {
            "found": QTreeWidgetItem([self.tr("✔ Found ({n})").format(n=score.found)]),
            "missed": QTreeWidgetItem([self.tr("✖ Missed ({n})").format(n=score.missed)]),
            "extra": QTreeWidgetItem([self.tr("+ Extra: matches nothing in the key ({n})").format(n=score.extra)]),
        }
        for r in score.items:
            label = f"{'✔' if r.found else '✖'} “{shorten(r.item.quote, 60)}” — {labels.get(r.item.categories[0], '')}"
            child = QTreeWidgetItem([label])
            child.setToolTip(0, r.item.rationale)
            child.setData(0, ID_ROLE, (r.item.start, r.item.end, r.by[0] if r.by else ""))
            groups["found" if r.found else "missed"].addChild(child)
        for mr in score.marks:
            if mr.extra:
                a = sheet.work.annotations[mr.mark.id]
                child = QTreeWidgetItem([f"+ “{shorten(a.quote, 60)}” — {labels.get(a.category, a.category)}"])
                child.setToolTip(0, mr.caution or a.note)
                child.setData(0, ID_ROLE, (mr.mark.start, mr.mark.end, a.id))
                groups["extra"].addChild(child)
        for name in ("missed", "extra", "found"):  # what needs the teacher's eye first
            self.addTopLevelItem(groups[name])
        for group in groups.values():
            group.setExpanded(True)

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, ID_ROLE)
        if data:
            start, end, annotation_id = data
            self.passageChosen.emit(start, end, annotation_id)
