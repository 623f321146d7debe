"""Every question the app asks a person, behind one narrow seam so tests never block on a modal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class Dialogs:
    """The real dialogs; tests pass a fake with the same methods."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def ask_student(self, lesson_title: str) -> tuple[str, str] | None:
        """Ask the student's name (and optional id) once; None if they cancel."""
        dialog = QDialog(self.parent)
        dialog.setWindowTitle(dialog.tr("Welcome to Annotator"))
        layout = QVBoxLayout(dialog)
        intro = QLabel(
            dialog.tr(
                "Lesson: {title}\n\nType your name so your teacher knows whose work this is. Annotator remembers it."
            ).format(title=lesson_title)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        name = QLineEdit()
        name.setAccessibleName(dialog.tr("Your name"))
        sid = QLineEdit()
        sid.setAccessibleName(dialog.tr("Student number (optional)"))
        form.addRow(dialog.tr("Your name:"), name)
        form.addRow(dialog.tr("Student number (optional):"), sid)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        name.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return name.text().strip(), sid.text().strip()

    def choose_folder(self, title: str, start: Path | None = None) -> Path | None:
        """A folder the person picks, or None."""
        folder = QFileDialog.getExistingDirectory(self.parent, title, str(start or Path.home()))
        return Path(folder) if folder else None

    def choose_file(self, title: str, filters: str, start: Path | None = None) -> Path | None:
        """A file the person picks to open, or None."""
        path, _ = QFileDialog.getOpenFileName(self.parent, title, str(start or Path.home()), filters)
        return Path(path) if path else None

    def choose_save_file(self, title: str, filters: str, start: Path | None = None) -> Path | None:
        """A file name the person picks to save to, or None."""
        path, _ = QFileDialog.getSaveFileName(self.parent, title, str(start or Path.home()), filters)
        return Path(path) if path else None

    def show_problems(self, title: str, intro: str, lines: list[str]) -> None:
        """A readable list of problems (the same lines ``annotator check`` prints)."""
        dialog = QDialog(self.parent)
        dialog.setWindowTitle(title)
        layout = QVBoxLayout(dialog)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        text = QPlainTextEdit("\n".join(lines))
        text.setReadOnly(True)
        text.setAccessibleName(dialog.tr("Problems found"))
        text.setMinimumSize(640, 200)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.exec()

    def inform(self, title: str, message: str) -> None:
        """A short message with an OK button."""
        QMessageBox.information(self.parent, title, message)

    def warn(self, title: str, message: str) -> None:
        """A warning with an OK button."""
        QMessageBox.warning(self.parent, title, message)
