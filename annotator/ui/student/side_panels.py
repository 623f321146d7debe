"""The panels beside the article: the note on the current highlight, and the lesson's prompts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.anchoring import Status
from annotator.core.feedback import Feedback, number
from annotator.core.text import shorten
from annotator.core.worksheet import Worksheet
from annotator.ui.common.escape import EscapeHandoff
from annotator.ui.common.focus_ring import ring_when_focused
from annotator.ui.common.palette import swatch

_TEACHER_STYLE = "background: #eef4ff; color: #000; border-left: 4px solid #0072B2; padding: 6px;"


class NotePanel(QFrame):
    """The current highlight: its words, category, note, and buttons to confirm or delete it."""

    noteEdited = Signal(str, str)  # annotation id, note
    categoryPicked = Signal(str, str)  # annotation id, category id
    deleteRequested = Signal(str)
    confirmRequested = Signal(str)
    escapePressed = Signal()

    def __init__(self, sheet: Worksheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.annotation_id: str | None = None
        self.read_only = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)
        row = QHBoxLayout()
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category of this highlight"))
        for cat in sheet.lesson.categories:
            self.category.addItem(swatch(cat, 14), f"{cat.shortcut} · {cat.label}", cat.id)
        self.category.activated.connect(self._category_changed)
        row.addWidget(self.category, 1)
        self.confirm = QPushButton(self.tr("Yes, this is the right place"))
        self.confirm.setAccessibleName(self.tr("Confirm where this highlight was placed"))
        self.confirm.clicked.connect(lambda: self.annotation_id and self.confirmRequested.emit(self.annotation_id))
        row.addWidget(self.confirm)
        self.delete = QPushButton(self.tr("Delete"))
        self.delete.setAccessibleName(self.tr("Delete this highlight"))
        self.delete.clicked.connect(lambda: self.annotation_id and self.deleteRequested.emit(self.annotation_id))
        row.addWidget(self.delete)
        layout.addLayout(row)
        self.note = QPlainTextEdit()
        ring_when_focused(self.note)
        self.note.setAccessibleName(self.tr("Note: why did you mark this passage?"))
        self.note.setPlaceholderText(self.tr("Why did you mark this? (Esc goes back to the article)"))
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self._note_changed)
        EscapeHandoff(self.note).escapePressed.connect(self.escapePressed)
        self.note.setMinimumHeight(90)
        self.note.setMaximumHeight(130)  # a sentence or two; the prompts below need the room more
        layout.addWidget(self.note, 1)
        # The teacher's comment on this highlight, when a returned file has feedback beside it.
        self.teacher_comments: dict[str, str] = {}
        self.teacher = QLabel()
        self.teacher.setWordWrap(True)
        self.teacher.setTextFormat(Qt.TextFormat.PlainText)
        self.teacher.setStyleSheet(_TEACHER_STYLE)
        self.teacher.setAccessibleDescription(self.tr("Your teacher's comment on this highlight"))
        self.teacher.hide()
        layout.addWidget(self.teacher)
        self.show_annotation(None)

    def show_annotation(self, annotation_id: str | None) -> None:
        """Show one highlight for editing, or the hint to make one."""
        self.annotation_id = None  # no edits while the widgets are filled in
        a = self.sheet.work.annotations.get(annotation_id) if annotation_id else None
        for w in (self.category, self.delete):
            w.setEnabled(a is not None and not self.read_only)
        self.note.setEnabled(a is not None)  # a read-only note can still be read, selected and copied
        # Two lines kept for the words, so the panels below do not jump as highlights are chosen.
        self.heading.setMinimumHeight(2 * self.heading.fontMetrics().lineSpacing())
        self.confirm.setVisible(False)
        comment = self.teacher_comments.get(annotation_id or "", "")
        self.teacher.setText(self.tr("Teacher: {comment}").format(comment=comment))
        self.teacher.setVisible(bool(comment))
        if a is None:
            self.note.setAccessibleDescription("")
            hint = self.tr("Select a passage in the article, then press a category's key (1–8) "
                           "or click a category. Then write why.")
            if self.heading.text() != hint:  # setting the same text again still lays the panel out
                self.heading.setText(hint)
            if self.category.currentIndex() != -1:
                self.category.setCurrentIndex(-1)  # no highlight, no category (not the last one's)
            if self.note.toPlainText():
                self.note.setPlainText("")
            return
        status = self.sheet.status(a.id)
        quote = shorten(a.quote, 110)
        extra = ""
        if status is Status.FUZZY:
            extra = "\n" + self.tr("The article changed here. Check the highlighted place and confirm it.")
            self.confirm.setVisible(not self.read_only)
        elif status is Status.ORPHANED:
            extra = "\n" + self.tr("These words are no longer in the article. Your note is kept.")
        self.heading.setText(f"“{quote}”{extra}")
        # Arriving in the note (as a new highlight sends the keyboard there), a screen reader says which
        # highlight it is for: every screen reader reads a description on focus, even one that does not
        # speak Qt's announcements (Orca before version 46).
        category = self.sheet.lesson.category(a.category)
        self.note.setAccessibleDescription(self.tr("{category} highlight: {quote}").format(
            category=category.label if category is not None else a.category, quote=quote))
        self.category.setCurrentIndex(max(0, self.category.findData(a.category)))
        if self.note.toPlainText() != a.note:
            self.note.setPlainText(a.note)
        self.annotation_id = a.id

    def set_read_only(self, on: bool) -> None:
        """Show notes without letting them change (a returned file, work open in another window)."""
        self.read_only = on
        self.note.setReadOnly(on)
        # Drawn on the window's colour, not as a white box inviting typing: it can be read, not changed.
        self.note.setStyleSheet("QPlainTextEdit { background: palette(window); }" if on else "")
        self.note.setPlaceholderText("" if on else self.tr("Why did you mark this? (Esc goes back to the article)"))
        self.show_annotation(self.annotation_id)

    def _note_changed(self) -> None:
        if self.annotation_id and not self.read_only:
            self.noteEdited.emit(self.annotation_id, self.note.toPlainText())

    def _category_changed(self, index: int) -> None:
        if self.annotation_id:
            self.categoryPicked.emit(self.annotation_id, self.category.itemData(index))


class PromptsPanel(QWidget):
    """The lesson's objectives and prompts, with progress and written answers."""

    answerEdited = Signal(str, str)  # prompt id, text

    def __init__(self, sheet: Worksheet, parent: QWidget | None = None, *, feedback: Feedback | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        layout = QVBoxLayout(self)
        lesson = sheet.lesson
        if feedback is not None and not feedback.is_empty():
            lines = [self.tr("Feedback from your teacher")]
            if feedback.total is not None:
                lines.append(self.tr("Total: {total}").format(total=number(feedback.total)))
            if feedback.overall:
                lines.append(feedback.overall)
            overall = QLabel("\n".join(lines))
            overall.setWordWrap(True)
            overall.setTextFormat(Qt.TextFormat.PlainText)
            overall.setStyleSheet(_TEACHER_STYLE)
            overall.setAccessibleDescription(self.tr("Feedback from your teacher"))
            layout.addWidget(overall)
        if lesson.objectives:
            goals = QLabel(self.tr("In this lesson you will:") + "\n" + "\n".join(f"• {o}" for o in lesson.objectives))
            goals.setWordWrap(True)
            goals.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(goals)
        self.progress_labels: dict[str, QLabel] = {}
        self.answer_boxes: dict[str, QPlainTextEdit] = {}
        for n, prompt in enumerate(lesson.prompts, 1):
            text = QLabel(f"{n}. {prompt.text}")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setStyleSheet("font-weight: 600; margin-top: 8px;")
            layout.addWidget(text)
            progress = QLabel()
            progress.setWordWrap(True)  # with big text a long line would make the panel scroll sideways
            # Labels are read by their visible text ("2 of 10 marked"); what they are is their description.
            progress.setAccessibleDescription(self.tr("Progress on prompt {n}").format(n=n))
            layout.addWidget(progress)
            self.progress_labels[prompt.id] = progress
            pf = feedback.prompts.get(prompt.id) if feedback is not None else None
            if pf is not None and (pf.comment or pf.score is not None):
                said = pf.comment + (f" (score: {number(pf.score)})" if pf.score is not None else "")
                note = QLabel(self.tr("Teacher: {said}").format(said=said.strip()))
                note.setWordWrap(True)
                note.setTextFormat(Qt.TextFormat.PlainText)
                note.setStyleSheet(_TEACHER_STYLE)
                note.setAccessibleDescription(self.tr("Your teacher's comment on prompt {n}").format(n=n))
                layout.addWidget(note)
            if prompt.expects.answer:
                box = QPlainTextEdit(sheet.work.answers.get(prompt.id, ""))
                ring_when_focused(box)
                # Named by its question, so a screen reader says what to answer on arriving in the box.
                box.setAccessibleName(f"{n}. {prompt.text}")
                box.setAccessibleDescription(self.tr("Your answer to prompt {n}").format(n=n))
                text.setBuddy(box)
                box.setPlaceholderText(self.tr("Write your answer here"))
                box.setTabChangesFocus(True)
                box.setMinimumHeight(70)
                box.textChanged.connect(lambda pid=prompt.id, b=box: self.answerEdited.emit(pid, b.toPlainText()))
                layout.addWidget(box)
                self.answer_boxes[prompt.id] = box
        layout.addStretch(1)
        self.refresh()

    def set_read_only(self, on: bool) -> None:
        """Show the written answers without letting them change."""
        for box in self.answer_boxes.values():
            box.setReadOnly(on)
            box.setStyleSheet("QPlainTextEdit { background: palette(window); }" if on else "")
            box.setPlaceholderText(self.tr("(no answer)") if on else self.tr("Write your answer here"))

    def refresh(self) -> None:
        """Update the progress lines ("2 of 3 unnamed sources marked")."""
        for prompt in self.sheet.lesson.prompts:
            done, wanted = self.sheet.progress(prompt)
            names = [c.label.lower() for cid in prompt.categories if (c := self.sheet.lesson.category(cid))]
            what = " / ".join(names) if names else self.tr("passages")
            if wanted:
                tick = "✔ " if done >= wanted else ""
                line = self.tr("{tick}{done} of {wanted} marked ({what})").format(
                    tick=tick, done=min(done, wanted) if done < wanted else done, wanted=wanted, what=what
                )
            else:
                line = self.tr("{done} marked ({what})").format(done=done, what=what)
            label = self.progress_labels[prompt.id]
            if label.text() != line:  # unchanged lines cost no relayout
                label.setText(line)

    def show_answer(self, prompt_id: str) -> None:
        """Put the core's answer text in a box after undo or redo."""
        box = self.answer_boxes.get(prompt_id)
        text = self.sheet.work.answers.get(prompt_id, "")
        if box is not None and box.toPlainText() != text:
            box.blockSignals(True)
            box.setPlainText(text)
            box.blockSignals(False)
