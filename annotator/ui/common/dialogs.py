"""Every question the app asks a person, behind one narrow seam so tests never block on a modal."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

from PySide6 import QtWidgets
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import Problem
from annotator.ui.common.application import QtWords

P = ParamSpec("P")
R = TypeVar("R")

# The dialog classes are looked up on the module when a dialog opens (QtWidgets.QMessageBox, ...):
# PySide6 builds each class and its enums on first use, which would cost every start-up 2 ms.


def _then_back_to_work(ask: Callable[P, R]) -> Callable[P, R]:
    """A dialog that, once closed, gives the keyboard back to the window's article (:meth:`Dialogs.back_to_work`)."""

    @functools.wraps(ask)
    def asked(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return ask(*args, **kwargs)
        finally:
            dialogs = args[0]
            assert isinstance(dialogs, Dialogs)
            dialogs.back_to_work()

    return asked


class Dialogs(QtWords):
    """The real dialogs; tests pass a fake with the same methods."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def back_to_work(self) -> None:
        """After a dialog closes, the keyboard goes back to the window's article (where the category keys,
        Ctrl+F and the tooltips work), not to whatever control happened to have it, or nowhere."""
        window = self.parent.window() if self.parent is not None else None
        if window is None or not window.isVisible():
            return
        window.activateWindow()
        focus_article = getattr(window, "focus_article", None)
        if callable(focus_article):
            focus_article()

    @_then_back_to_work
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

    @_then_back_to_work
    def choose_folder(self, title: str, start: Path | None = None) -> Path | None:
        """A folder the person picks, or None."""
        folder = QtWidgets.QFileDialog.getExistingDirectory(self.parent, title, str(start or Path.home()))
        return Path(folder) if folder else None

    @_then_back_to_work
    def choose_file(self, title: str, filters: str, start: Path | None = None) -> Path | None:
        """A file the person picks to open, or None."""
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self.parent, title, str(start or Path.home()), filters)
        return Path(path) if path else None

    @_then_back_to_work
    def choose_save_file(self, title: str, filters: str, start: Path | None = None) -> Path | None:
        """A file name the person picks to save to, or None."""
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self.parent, title, str(start or Path.home()), filters)
        return Path(path) if path else None

    @_then_back_to_work
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

    @_then_back_to_work
    def inform(self, title: str, message: str) -> None:
        """A short message with an OK button."""
        QtWidgets.QMessageBox.information(self.parent, title, message)

    @_then_back_to_work
    def offer(self, title: str, message: str, *, action: str) -> bool:
        """A message with OK and one more thing to do (named by ``action``); True if the person chose it.
        OK is the default and Esc: the message alone is the usual answer."""
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Information, title, message,
                                    QtWidgets.QMessageBox.StandardButton.Ok, self.parent)
        act = box.addButton(action, QtWidgets.QMessageBox.ButtonRole.ActionRole)
        ok = box.button(QtWidgets.QMessageBox.StandardButton.Ok)
        box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Ok)
        box.setEscapeButton(ok)
        box.exec()
        return box.clickedButton() is act

    @_then_back_to_work
    def warn(self, title: str, message: str) -> None:
        """A warning with an OK button."""
        QtWidgets.QMessageBox.warning(self.parent, title, message)

    @_then_back_to_work
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

    someone_answers = False  # a question asked again would get no answer again

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

    def offer(self, title: str, message: str, *, action: str) -> bool:
        """Print the message; no one to choose the action."""
        print(f"{title}: {message}", file=sys.stderr)
        return False

    def warn(self, title: str, message: str) -> None:
        """Print the warning."""
        print(f"{title}: {message}", file=sys.stderr)

    def confirm(self, title: str, message: str, *, yes: str, no: str) -> bool:
        """No one to answer: the careful answer, ``no``."""
        print(f"{title}: {message}", file=sys.stderr)
        return False


def refuse_problems(problems: list[Problem], intro: str, dialogs: Dialogs, *, quiet: bool) -> int:
    """Print the problems as ``annotator check`` does and, unless ``quiet``, show them in a dialog; return 1."""
    lines = [str(p) for p in problems]
    print("\n".join(lines), file=sys.stderr)
    if not quiet:
        dialogs.show_problems("Annotator", intro, lines)
    return 1
