"""Every question the app asks a person, behind one narrow seam so tests never block on a modal."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6 import QtWidgets
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.common.application import QtWords

# The dialog classes are looked up on the module when a dialog opens (QtWidgets.QMessageBox, ...):
# PySide6 builds each class and its enums on first use, which would cost every start-up 2 ms.


class Dialogs(QtWords):
    """The real dialogs; tests pass a fake with the same methods."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def ask_student(self, lesson_title: str) -> tuple[str, str] | None:
        """Ask the student's name (and optional id) once; None if they cancel."""
        dialog = QtWidgets.QDialog(self.parent)
        dialog.setWindowTitle(Dialogs.tr("Welcome to Annotator"))
        layout = QVBoxLayout(dialog)
        intro = QLabel(
            Dialogs.tr(
                "Lesson: {title}\n\nType your name so your teacher knows whose work this is. Annotator remembers it."
            ).format(title=lesson_title)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QtWidgets.QFormLayout()
        name = QLineEdit()
        name.setAccessibleName(Dialogs.tr("Your name"))
        sid = QLineEdit()
        sid.setAccessibleName(Dialogs.tr("Student number (optional)"))
        form.addRow(Dialogs.tr("Your name:"), name)
        form.addRow(Dialogs.tr("Student number (optional):"), sid)
        layout.addLayout(form)
        button = QtWidgets.QDialogButtonBox.StandardButton
        buttons = QtWidgets.QDialogButtonBox(button.Ok | button.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        ok = buttons.button(button.Ok)
        ok.setEnabled(False)
        name.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return None
        return name.text().strip(), sid.text().strip()

    def choose_folder(self, title: str, start: Path | None = None) -> Path | None:
        """A folder the person picks, or None."""
        folder = QtWidgets.QFileDialog.getExistingDirectory(self.parent, title, str(start or Path.home()))
        return Path(folder) if folder else None

    def choose_file(self, title: str, filters: str, start: Path | None = None) -> Path | None:
        """A file the person picks to open, or None."""
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self.parent, title, str(start or Path.home()), filters)
        return Path(path) if path else None

    def choose_save_file(self, title: str, filters: str, start: Path | None = None) -> Path | None:
        """A file name the person picks to save to, or None."""
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self.parent, title, str(start or Path.home()), filters)
        return Path(path) if path else None

    def show_problems(self, title: str, intro: str, lines: list[str]) -> None:
        """A readable list of problems (the same lines ``annotator check`` prints)."""
        dialog = QtWidgets.QDialog(self.parent)
        dialog.setWindowTitle(title)
        layout = QVBoxLayout(dialog)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        text = QPlainTextEdit("\n".join(lines))
        text.setReadOnly(True)
        text.setAccessibleName(Dialogs.tr("Problems found"))
        text.setMinimumSize(640, 200)
        layout.addWidget(text)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.exec()

    def choose_import(self, title: str) -> tuple[str, list[Path]] | None:
        """The format (``brat``, ``hypothesis``, ``w3c``) and the files or folder to import, or None."""
        from annotator.ui.common.import_dialogs import SourceDialog  # its widgets load only when asked

        dialog = SourceDialog(title, self.parent)
        return dialog.choice() if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted else None

    def map_types(self, title: str, unmapped: dict[str, int],
                  categories: list[tuple[str, str]]) -> dict[str, str] | None:
        """The category (id) the person gives each type or tag (``unmapped``: how many highlights have it); those
        left out are missing; None if they cancel. ``categories``: (id, label) in the lesson's order."""
        from annotator.ui.common.import_dialogs import MappingDialog

        dialog = MappingDialog(title, unmapped, categories, self.parent)
        return dialog.mapping() if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted else None

    def inform(self, title: str, message: str) -> None:
        """A short message with an OK button."""
        QtWidgets.QMessageBox.information(self.parent, title, message)

    def warn(self, title: str, message: str) -> None:
        """A warning with an OK button."""
        QtWidgets.QMessageBox.warning(self.parent, title, message)

    def confirm(self, title: str, message: str, *, yes: str, no: str) -> bool:
        """A question with two buttons named for what they do; True for ``yes``. ``no`` is the default,
        and Esc means ``no``: a careless key must never choose the answer that loses work."""
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, title, message,
                                    QtWidgets.QMessageBox.StandardButton.NoButton, self.parent)
        yes_button = box.addButton(yes, QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
        no_button = box.addButton(no, QtWidgets.QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no_button)
        box.setEscapeButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button


class PrintedDialogs(Dialogs):
    """For runs with no one at the screen (``--screenshot``): messages go to stderr, questions get no answer.

    A real message box there would wait for a click that never comes.
    """

    def ask_student(self, lesson_title: str) -> tuple[str, str] | None:
        """No one to answer: the run goes on without a name, as if cancelled."""
        return None

    def choose_folder(self, title: str, start: Path | None = None) -> Path | None:
        """No one to choose."""
        return None

    def choose_file(self, title: str, filters: str, start: Path | None = None) -> Path | None:
        """No one to choose."""
        return None

    def choose_save_file(self, title: str, filters: str, start: Path | None = None) -> Path | None:
        """No one to choose."""
        return None

    def choose_import(self, title: str) -> tuple[str, list[Path]] | None:
        """No one to choose."""
        return None

    def map_types(self, title: str, unmapped: dict[str, int],
                  categories: list[tuple[str, str]]) -> dict[str, str] | None:
        """No one to answer: nothing is imported."""
        return None

    def show_problems(self, title: str, intro: str, lines: list[str]) -> None:
        """Print the problems, one per line, after their introduction."""
        print("\n".join([intro, *lines]), file=sys.stderr)

    def inform(self, title: str, message: str) -> None:
        """Print the message."""
        print(f"{title}: {message}", file=sys.stderr)

    def warn(self, title: str, message: str) -> None:
        """Print the warning."""
        print(f"{title}: {message}", file=sys.stderr)

    def confirm(self, title: str, message: str, *, yes: str, no: str) -> bool:
        """No one to answer: the careful answer, ``no``."""
        print(f"{title}: {message}", file=sys.stderr)
        return False
