"""The review window's Feedback tab: comments and score overrides the teacher writes for one student."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from annotator.core.feedback import Feedback, PromptFeedback, number
from annotator.core.lesson import Prompt
from annotator.core.scoring import StudentScore
from annotator.core.text import shorten

_NO_OVERRIDE = -1.0  # the spin boxes' "automatic" value


class FeedbackPanel(QWidget):
    """Edits the ``Feedback`` it is shown in place, and says when the teacher changed it."""

    feedbackEdited = Signal()  # the shown Feedback object was changed by the teacher

    def __init__(self, prompts: Sequence[Prompt], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feedback: Feedback | None = None
        self.chosen_annotation: str | None = None
        # Filling the widgets from a Feedback must not be taken for the teacher's edits.
        self._filling = False
        form = QVBoxLayout(self)
        self.comment_on = QLabel(self.tr("Comment on the chosen highlight:"))
        self.comment_on.setWordWrap(True)
        self.comment_on.setTextFormat(Qt.TextFormat.PlainText)
        form.addWidget(self.comment_on)
        self.annotation_comment = QPlainTextEdit()
        self.annotation_comment.setAccessibleName(self.tr("Comment on the chosen highlight"))
        self.annotation_comment.setPlaceholderText(self.tr("Choose a highlight in the Key tab or the article"))
        self.annotation_comment.setMaximumHeight(80)
        self.annotation_comment.setEnabled(False)
        self.annotation_comment.textChanged.connect(self._annotation_comment_changed)
        form.addWidget(self.annotation_comment)
        grid = QFormLayout()
        grid.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when the tab is narrow
        self.prompt_scores: dict[str, QDoubleSpinBox] = {}
        self.prompt_comments: dict[str, QPlainTextEdit] = {}
        for n, prompt in enumerate(prompts, 1):
            spin = QDoubleSpinBox()
            spin.setRange(_NO_OVERRIDE, 1000)
            spin.setDecimals(1)
            spin.setSpecialValueText(self.tr("automatic"))
            if prompt.points:
                spin.setRange(_NO_OVERRIDE, float(prompt.points))
                spin.setSuffix(f" / {prompt.points}")
            spin.setAccessibleName(self.tr("Score for prompt {n}").format(n=n))
            spin.valueChanged.connect(lambda _v, pid=prompt.id: self._override_changed(pid))
            comment = QPlainTextEdit()
            comment.setAccessibleName(self.tr("Comment on prompt {n}").format(n=n))
            comment.setMaximumHeight(54)
            comment.setPlaceholderText(self.tr("Comment on prompt {n}").format(n=n))
            comment.textChanged.connect(lambda pid=prompt.id: self._prompt_comment_changed(pid))
            label = QLabel(f"{n}. {shorten(prompt.text, 34)}")
            label.setToolTip(prompt.text)
            grid.addRow(label, spin)
            grid.addRow(comment)
            self.prompt_scores[prompt.id] = spin
            self.prompt_comments[prompt.id] = comment
        self.total_spin = QDoubleSpinBox()
        self.total_spin.setRange(_NO_OVERRIDE, 10000)
        self.total_spin.setDecimals(1)
        self.total_spin.setSpecialValueText(self.tr("sum of the prompts"))
        self.total_spin.setAccessibleName(self.tr("Teacher's total"))
        self.total_spin.valueChanged.connect(self._total_changed)
        grid.addRow(self.tr("Total:"), self.total_spin)
        form.addLayout(grid)
        form.addWidget(QLabel(self.tr("Overall comment:")))
        self.overall = QPlainTextEdit()
        self.overall.setAccessibleName(self.tr("Overall comment"))
        self.overall.textChanged.connect(self._overall_changed)
        form.addWidget(self.overall, 1)

    def show_feedback(self, feedback: Feedback, score: StudentScore | None) -> None:
        """Show one student's feedback, to be edited in place; ``score`` gives the automatic scores as hints."""
        self.feedback = feedback
        self._filling = True
        for pid, spin in self.prompt_scores.items():
            pf = feedback.prompts.get(pid, PromptFeedback())
            spin.setValue(_NO_OVERRIDE if pf.score is None else pf.score)
            auto = score.prompts[pid] if score and pid in score.prompts else None
            spin.setSpecialValueText(
                self.tr("automatic ({auto})").format(auto=number(auto.auto)) if auto else self.tr("automatic")
            )
            spin.updateGeometry()  # Qt forgets its width for the new words but does not tell the layout ("omatic (3)")
            spin.setToolTip(
                self.tr("Automatic: {auto} of {max}").format(auto=number(auto.auto), max=number(auto.max))
                if auto
                else ""
            )
            self.prompt_comments[pid].setPlainText(pf.comment)
        if score is not None:  # the total is checked against what the prompts can give
            self.total_spin.setRange(_NO_OVERRIDE, max(score.max_total, feedback.total or 0))
            self.total_spin.setSuffix(f" / {number(score.max_total)}")
            self.total_spin.setSpecialValueText(self.tr("sum of the prompts ({total})").format(
                total=number(score.total if feedback.total is None else score.auto_total)))
            self.total_spin.updateGeometry()
        self.total_spin.setValue(_NO_OVERRIDE if feedback.total is None else feedback.total)
        self.overall.setPlainText(feedback.overall)
        self._filling = False
        self.choose_annotation(None)

    def choose_annotation(self, annotation_id: str | None, quote: str = "") -> None:
        """Point the highlight comment box at one highlight's comment, or at none."""
        self.chosen_annotation = annotation_id
        shown = shorten(quote, 80)
        self.comment_on.setText(self.tr("Comment on “{quote}”:").format(quote=shown) if annotation_id and quote
                                else self.tr("Comment on the chosen highlight:"))
        self._filling = True
        fb = self.feedback
        self.annotation_comment.setEnabled(annotation_id is not None)
        self.annotation_comment.setPlainText(fb.annotations.get(annotation_id, "") if fb and annotation_id else "")
        self._filling = False

    def _editable(self) -> Feedback | None:
        """The feedback a widget's change belongs to, or None while the widgets are being filled."""
        return None if self._filling else self.feedback

    def _override_changed(self, prompt_id: str) -> None:
        if (fb := self._editable()) is None:
            return
        value = self.prompt_scores[prompt_id].value()
        fb.prompts.setdefault(prompt_id, PromptFeedback()).score = None if value <= _NO_OVERRIDE else value
        self.feedbackEdited.emit()

    def _prompt_comment_changed(self, prompt_id: str) -> None:
        if (fb := self._editable()) is None:
            return
        fb.prompts.setdefault(prompt_id, PromptFeedback()).comment = self.prompt_comments[prompt_id].toPlainText()
        self.feedbackEdited.emit()

    @Slot()
    def _total_changed(self) -> None:
        if (fb := self._editable()) is None:
            return
        value = self.total_spin.value()
        fb.total = None if value <= _NO_OVERRIDE else value
        self.feedbackEdited.emit()

    @Slot()
    def _overall_changed(self) -> None:
        if (fb := self._editable()) is None:
            return
        fb.overall = self.overall.toPlainText()
        self.feedbackEdited.emit()

    @Slot()
    def _annotation_comment_changed(self) -> None:
        if (fb := self._editable()) is None or self.chosen_annotation is None:
            return
        text = self.annotation_comment.toPlainText()
        if text:
            fb.annotations[self.chosen_annotation] = text
        else:
            fb.annotations.pop(self.chosen_annotation, None)
        self.feedbackEdited.emit()
