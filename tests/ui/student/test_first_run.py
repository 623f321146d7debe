"""The first minutes of a lesson: the name, a screenshot with no one to ask, and the keyboard in the article."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from annotator.core.pack import Pack
from annotator.ui.student.opening import name_needed, open_student_window
from tests.ui.common.test_dialogs import when_shown
from tests.ui.conftest import FakeDialogs


class Hesitant(FakeDialogs):
    """Cancels the name question ``cancels`` times, then gives a name; answers each "why a name" with ``again``."""

    def __init__(self, cancels: int, again: bool) -> None:
        super().__init__()
        self.cancels, self.again, self.asked = cancels, again, 0

    def ask_student(self, lesson_title: str) -> tuple[str, str] | None:
        self.asked += 1
        return None if self.asked <= self.cancels else ("Ana Lee", "")

    def confirm(self, title: str, message: str, *, yes: str, no: str) -> bool:
        self.messages.append((title, message))
        self.buttons = (yes, no)
        return not self.again  # "yes" is Quit Annotator


def test_cancelling_the_name_says_why_it_is_needed_and_asks_again(qtbot, hanoi: Pack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Esc in the first name dialog made the app vanish with no word."""
    dialogs = Hesitant(cancels=2, again=True)
    window = open_student_window(hanoi, data_dir=tmp_path, dialogs=dialogs)  # type: ignore[arg-type]
    assert window is not None
    qtbot.addWidget(window)
    assert dialogs.asked == 3 and window.sheet.work.student.name == "Ana Lee"
    assert [m for _, m in dialogs.messages].count(
        name_needed() + " Type your name to start, or quit Annotator.") == 2


def test_esc_or_enter_in_why_a_name_asks_again_and_quitting_must_be_chosen(qtbot, hanoi: Pack,  # type: ignore[no-untyped-def]
                                                                        tmp_path: Path) -> None:
    """Esc twice (or Esc then Enter) quit the app: the careful answer, the default one, is to type the name."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from annotator.ui.common.dialogs import Dialogs

    class EscapeEverything(Dialogs):
        asked = 0

        def ask_student(self, lesson_title: str) -> tuple[str, str] | None:
            self.asked += 1
            return None if self.asked == 1 else ("Ana Lee", "")

    seen: list[tuple[str, str]] = []

    def press_escape(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append((box.defaultButton().text(), box.escapeButton().text()))  # type: ignore[union-attr]
        box.reject()

    when_shown(press_escape)
    dialogs = EscapeEverything()
    window = open_student_window(hanoi, data_dir=tmp_path, dialogs=dialogs)
    assert window is not None
    qtbot.addWidget(window)
    assert seen == [("Type my name", "Type my name")] and dialogs.asked == 2


def test_quitting_instead_of_giving_a_name_says_why_once_more(hanoi: Pack, tmp_path: Path) -> None:
    """A student who chose Quit saw the app disappear without knowing a name was all it needed."""
    dialogs = Hesitant(cancels=1, again=False)
    assert open_student_window(hanoi, data_dir=tmp_path, dialogs=dialogs) is None  # type: ignore[arg-type]
    assert dialogs.asked == 1 and "so your teacher knows whose work this is" in dialogs.messages[0][1]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    code = ("import sys; from pathlib import Path; from tests.ui.student.test_first_run import Hesitant;"
            "from annotator.ui.launch import run_student_app;"
            "sys.exit(run_student_app(pack=None, work_file=None, screenshot=None, student=None,"
            " data_dir=Path(sys.argv[1]), dialogs=Hesitant(1, False)))")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "d")], capture_output=True, text=True,
                          env=env, timeout=60, cwd=Path(__file__).parents[3])
    assert done.returncode == 0 and name_needed() in done.stderr


def test_a_screenshot_with_no_remembered_name_still_writes_the_picture(tmp_path: Path) -> None:
    """`annotator --screenshot OUT.png` on a fresh account exited 0 without writing anything."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = tmp_path / "shot.png"
    done = subprocess.run([sys.executable, "-m", "annotator", "--data-dir", str(tmp_path / "fresh"),
                           "--screenshot", str(out)], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0 and out.exists() and out.stat().st_size > 10_000, done.stderr


def test_the_keyboard_starts_in_the_article_after_the_name(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """After the name dialog the category keys and Ctrl+F did nothing until the student clicked the article."""
    from annotator.ui.launch import start_student_app

    started = start_student_app(pack=None, work_file=None, student=None, data_dir=tmp_path,
                                dialogs=FakeDialogs())  # type: ignore[arg-type]
    assert not isinstance(started, int)
    _, window = started
    qtbot.addWidget(window)
    assert window.focusWidget() is window.article and window.article.selection() == (0, 0)


def test_the_keyboard_goes_back_to_the_article_after_a_dialog_and_a_switch(qtbot, open_window, hanoi: Pack,  # type: ignore[no-untyped-def]
                                                                           tmp_path: Path) -> None:
    """After a message box or Switch student the keyboard was left in the note box, or in no window at all."""
    from annotator.ui.common.dialogs import Dialogs
    from annotator.ui.lessons.teacher_menu import TeacherTools

    window = open_window()
    qtbot.waitExposed(window)
    i = hanoi.article.text.index("Ron Johnson")
    window.article.select_span(i, i + 11)
    window.mark("named-source")
    assert window.focusWidget() is window.note_panel.note
    when_shown(lambda box: box.accept())  # type: ignore[attr-defined]
    Dialogs(window).inform("Annotator", "Handed in.")
    assert window.focusWidget() is window.article
    tools = TeacherTools(tmp_path / "data", FakeDialogs(student=("Ben Ode", "")), window.sheet.work.student)  # type: ignore[arg-type]
    tools.attach(window, hanoi)
    tools.switch_student()
    ben = tools.window
    assert ben is not None and ben is not window
    qtbot.addWidget(ben)
    assert ben.focusWidget() is ben.article and ben.article.selection() == (0, 0)  # type: ignore[attr-defined]
