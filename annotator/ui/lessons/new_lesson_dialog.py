"""The teacher's "New lesson…" dialog: a lesson from an article file or from pasted text.

The new lesson has the standard categories and placeholder prompts (see :mod:`annotator.authoring`);
the teacher adapts them afterwards with "Edit lesson…". An article that cannot be imported is
explained inside the dialog, which stays open so the teacher can pick another file or paste instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.authoring import lesson_from_file, lesson_from_text
from annotator.core.errors import AnnotatorError
from annotator.core.lesson import Lesson
from annotator.ui.common.dialogs import Dialogs

ARTICLE_FILTER = "Articles (*.txt *.md *.html *.htm)"
_ERROR_STYLE = "background: #fdecea; color: #000; border: 1px solid #D55E00; border-radius: 3px; padding: 6px;"


def _first_problem(exc: AnnotatorError) -> str:
    """The first problem of an error on one line, without the file's full path (the dialog shows the file)."""
    if not exc.problems:
        return str(exc)
    problem = exc.problems[0]
    return " ".join(problem.message.split()) if problem.message else " ".join(str(problem).split())


class NewLessonDialog(QDialog):
    """Make a new lesson from an article file or pasted text; :meth:`result` gives the lesson and its article."""

    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None, *, start: Path | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.start = start
        self.article_path: Path | None = None
        self.warnings: tuple[str, ...] = ()
        self._result: tuple[Lesson, str] | None = None
        self.setWindowTitle(self.tr("New lesson"))
        self.setMinimumSize(640, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Make a lesson from a news article. It starts with the standard categories and four sample "
                "prompts; change them afterwards with Edit this lesson…"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        layout.addSpacing(6)
        self.source_group = QButtonGroup(self)
        self.from_file = QRadioButton(self.tr("From an article &file (.txt, .md, or a web page saved as .html)"))
        self.from_file.setAccessibleName(self.tr("Make the lesson from an article file"))
        self.from_text = QRadioButton(self.tr("From text I &paste here"))
        self.from_text.setAccessibleName(self.tr("Make the lesson from pasted text"))
        self.source_group.addButton(self.from_file)
        self.source_group.addButton(self.from_text)
        layout.addWidget(self.from_file)
        file_row = QHBoxLayout()
        file_row.setContentsMargins(24, 0, 0, 0)
        self.choose_button = QPushButton(self.tr("&Choose an article file…"))
        self.choose_button.setAccessibleName(self.tr("Choose an article file"))
        self.choose_button.setToolTip(self.tr("A .txt or .md file, or a news page saved from a web browser."))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)
        layout.addLayout(file_row)

        layout.addWidget(self.from_text)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Article text to paste"))
        self.text_edit.setPlaceholderText(
            self.tr(
                "Paste the article here. Leave a blank line between paragraphs; a short first line "
                "without a full stop becomes the headline."
            )
        )
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.textChanged.connect(self._text_changed)
        text_row = QHBoxLayout()
        text_row.setContentsMargins(24, 0, 0, 0)
        text_row.addWidget(self.text_edit)
        layout.addLayout(text_row, 1)
        layout.addSpacing(6)

        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Lesson title (optional)"))
        self.title_edit.setPlaceholderText(self.tr("Optional: leave empty to use the article's headline"))
        self.title_edit.setToolTip(self.tr("The name of the lesson in the library and on students' screens."))
        form.addRow(self.tr("Lesson &title:"), self.title_edit)
        layout.addLayout(form)

        self.error_label = QLabel()
        self.error_label.setAccessibleName(self.tr("Why the lesson could not be made"))
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Make lesson"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.source_group.buttonToggled.connect(self._update)
        self.from_text.setChecked(True)
        self._update()

    @Slot()
    def choose_file(self) -> None:
        """Ask for an article file; choosing one makes it the lesson's source."""
        path = self.dialogs.choose_file(self.tr("Choose an article"), ARTICLE_FILTER, self.start)
        if path is None:
            return
        self.article_path = Path(path)
        self.file_label.setText(self.article_path.name)
        self.file_label.setToolTip(str(self.article_path))
        self.from_file.setChecked(True)
        self._show_error("")
        self._update()

    @Slot()
    def _text_changed(self) -> None:
        if self.text_edit.toPlainText().strip():
            self.from_text.setChecked(True)
        self._update()

    @Slot()
    def _update(self) -> None:
        if self.from_file.isChecked():
            ready = self.article_path is not None
        else:
            ready = bool(self.text_edit.toPlainText().strip())
        self.ok_button.setEnabled(ready)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setAccessibleDescription(message)
        self.error_label.setVisible(bool(message))

    def accept(self) -> None:
        """Make the lesson; if the article cannot be used, say why and stay open."""
        title = " ".join(self.title_edit.text().split())
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a saved web page takes a moment
        try:
            if self.from_file.isChecked() and self.article_path is not None:
                lesson, imported = lesson_from_file(self.article_path, title=title or None)
                self._result, self.warnings = (lesson, imported.markdown), imported.warnings
            else:
                self._result, self.warnings = lesson_from_text(self.text_edit.toPlainText(), title), ()
        except AnnotatorError as exc:
            self._show_error(self._why_not(exc))
            self._result = None
            return
        except OSError as exc:  # the import explains the usual ones; this is the rest
            self._show_error(self.tr("The file cannot be read: {why}").format(why=exc.strerror or exc))
            self._result = None
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show_error("")
        super().accept()

    def _why_not(self, exc: AnnotatorError) -> str:
        why = _first_problem(exc).rstrip(".")
        if self.from_file.isChecked() and self.article_path is not None:
            return self.tr("“{name}” cannot be made into a lesson: {why}.").format(name=self.article_path.name, why=why)
        return self.tr("The pasted text cannot be made into a lesson: {why}.").format(why=why)

    def result(self) -> tuple[Lesson, str] | None:  # type: ignore[override]
        """The new lesson and the text of its ``article.md``; None until one was made."""
        return self._result
