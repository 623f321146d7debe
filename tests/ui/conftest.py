"""Fixtures for driving the real student window off screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.annotations import Student
from annotator.core.pack import Pack, load_pack
from annotator.resources import default_lesson

ANA = Student("Ana Pérez", "s-0412")


class FakeDialogs:
    """Answers the app's questions without a modal; remembers what it was asked and told."""

    def __init__(self, folder: Path | None = None, student: tuple[str, str] | None = ("Ana Pérez", "s-0412")) -> None:
        self.parent = None
        self.folder = folder
        self.student = student
        self.messages: list[tuple[str, str]] = []
        self.problems: list[str] = []
        self.answer = False  # what confirm() answers
        self.to_import: tuple[str, list[Path]] | None = None  # what choose_import() answers
        self.mapping: dict[str, str] | None = {}  # what map_types() answers (None: cancel)
        self.asked_types: list[dict[str, int]] = []  # the types or tags map_types() was asked about
        self.problem_intros: list[str] = []  # what show_problems() said before its lines

    def ask_student(self, lesson_title: str) -> tuple[str, str] | None:
        return self.student

    def choose_folder(self, title: str, start: Path | None = None) -> Path | None:
        return self.folder

    def choose_file(self, title: str, filters: str, start: Path | None = None) -> Path | None:
        return self.folder

    def choose_save_file(self, title: str, filters: str, start: Path | None = None) -> Path | None:
        return self.folder

    def choose_import(self, title: str) -> tuple[str, list[Path]] | None:
        return self.to_import

    def map_types(self, title: str, unmapped: dict[str, int],
                  categories: list[tuple[str, str]]) -> dict[str, str] | None:
        self.asked_types.append(dict(unmapped))
        return self.mapping

    def show_problems(self, title: str, intro: str, lines: list[str]) -> None:
        self.problem_intros.append(intro)
        self.problems += lines

    def inform(self, title: str, message: str) -> None:
        self.messages.append((title, message))

    def offer(self, title: str, message: str, *, action: str) -> bool:
        self.messages.append((title, message))
        return self.answer

    def warn(self, title: str, message: str) -> None:
        self.messages.append((title, message))

    def confirm(self, title: str, message: str, *, yes: str, no: str) -> bool:
        self.messages.append((title, message))
        return self.answer


@pytest.fixture(autouse=True)
def english(qapp):  # type: ignore[no-untyped-def]
    """The app speaks English, with its plurals ("2 students"), as `annotator` starts it on an English system;
    a test that switched to Spanish or French leaves no trace on the next."""
    from annotator.ui.common.application import install_language

    install_language("en")
    yield
    install_language("en")


@pytest.fixture(autouse=True)
def desktop_screen():  # type: ignore[no-untyped-def]
    """Windows are laid out as on a 1920×1080 desktop (the offscreen screen is 800×600), unless a test
    asks for another screen; none is left pretending for the next test."""
    from PySide6.QtCore import QSize

    from annotator.ui.common.window_size import pretend_screen

    pretend_screen(QSize(1920, 1080))
    yield
    pretend_screen(None)


@pytest.fixture(scope="session")
def hanoi() -> Pack:
    """The bundled lesson pack, loaded once."""
    return load_pack(default_lesson())


@pytest.fixture
def dialogs(tmp_path: Path) -> FakeDialogs:
    """Dialogs that answer at once; the folder they choose is there, as a folder chosen in a real dialog is."""
    (tmp_path / "handed-in").mkdir(exist_ok=True)
    return FakeDialogs(folder=tmp_path / "handed-in")


@pytest.fixture
def open_window(qtbot, hanoi: Pack, tmp_path: Path, dialogs: FakeDialogs):  # type: ignore[no-untyped-def]
    """Open a student window on the bundled lesson with its own data folder."""
    from annotator.ui.student.opening import open_student_window

    def _open(
        data_dir: Path | None = None,
        student: Student | None = ANA,
        work_file: Path | None = None,
        pack: Pack | None = None,
    ):  # type: ignore[no-untyped-def]
        window = open_student_window(
            pack or hanoi, data_dir=data_dir or tmp_path / "data", student=student, work_file=work_file, dialogs=dialogs
        )  # type: ignore[arg-type]
        assert window is not None
        qtbot.addWidget(window)
        window.show()
        return window

    return _open
