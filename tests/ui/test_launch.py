"""Starting the student app: bad lesson packs, and work that survives a killed process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from annotator.commands.check import run_check
from annotator.resources import default_lesson
from annotator.ui.launch import run_student_app
from tests.ui.conftest import FakeDialogs


def test_a_broken_pack_opens_nothing_and_shows_the_check_messages(qtbot, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """A student given a broken lesson sees the same messages `annotator check` prints, not a crash."""
    pack = tmp_path / "broken"
    pack.mkdir()
    (pack / "lesson.yaml").write_text("schema: annotator/lesson@1\nid: x\ntitle: no\n", encoding="utf-8")
    dialogs = FakeDialogs()
    status = run_student_app(pack=pack, work_file=None, screenshot=None, student="Ana", data_dir=tmp_path / "d",
                             dialogs=dialogs)  # type: ignore[arg-type]
    assert status == 1
    capsys.readouterr()
    run_check([pack], lesson=None, out=sys.stdout, err=sys.stderr)
    printed = capsys.readouterr().err.strip().splitlines()
    assert dialogs.problems == printed
    assert any("title" in line and "quotes" in line for line in printed)


_KILLED = """
import os, signal, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from annotator.core.annotations import Student
from annotator.core.pack import load_pack
from annotator.resources import default_lesson
from annotator.ui.common.application import application
from annotator.ui.student.opening import open_student_window
app = application()
pack = load_pack(default_lesson(), with_key=False)
window = open_student_window(pack, data_dir=Path(sys.argv[1]), student=Student("Kim Lee"))
window.show()
text = pack.article.text
start = text.index("Alexander Vershbow")
window.article.select_span(start, start + len("Alexander Vershbow"))
window.mark("named-source")
print(window.work_file, flush=True)
# Killed without any chance to save on close: only the autosave can have kept the work.
QTimer.singleShot(2600, lambda: os.kill(os.getpid(), signal.SIGKILL))
app.exec()
"""


def test_killing_the_app_after_a_highlight_loses_nothing_older_than_the_autosave(tmp_path: Path) -> None:
    """A crash or a pulled plug two seconds after a highlight still leaves it in the student's file."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", _KILLED, str(tmp_path)], capture_output=True, text=True,
                            timeout=60, env=env)
    assert result.returncode == -9, result.stderr[-2000:]
    work_file = Path(result.stdout.strip().splitlines()[-1])
    data = yaml.safe_load(work_file.read_text(encoding="utf-8"))
    assert [a["quote"] for a in data["annotations"]] == ["Alexander Vershbow"]


def test_the_answer_key_is_not_in_a_students_menus(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A student could open the whole answer key from the Teacher menu of their own window."""
    from annotator.ui.launch import start_student_app

    def menus(teacher: bool) -> list[str]:
        started = start_student_app(pack=None, work_file=None, student="Ana", data_dir=tmp_path / str(teacher),
                                    dialogs=FakeDialogs(), teacher=teacher)  # type: ignore[arg-type]
        assert not isinstance(started, int)
        _, window = started
        qtbot.addWidget(window)
        titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
        items = [a.text().replace("&", "") for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()]
        window.close()
        return titles + items

    student = menus(teacher=False)
    assert "Teacher" not in student and not any("Answer key" in item for item in student)
    assert "Switch student…" in student and "Open a saved or returned file…" in student
    teacher = menus(teacher=True)
    assert "Teacher" in teacher and "Answer key for this lesson…" in teacher


def test_a_screenshot_run_prints_notices_instead_of_waiting_for_a_click(tmp_path: Path) -> None:
    """`--screenshot` with an unreadable autosave waited forever on a message box no one could close."""
    from annotator.core.desk import work_path

    data = tmp_path / "data"
    broken = work_path(data, "hanoi-summit-2019", "Kim", "")
    broken.parent.mkdir(parents=True)
    broken.write_text("schema: annotator/annotations@1\nannotations: [\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "annotator.cli", "--data-dir", str(data), "--student", "Kim",
                           "--screenshot", str(tmp_path / "shot.png")], capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 0 and (tmp_path / "shot.png").exists()
    assert "could not be read" in done.stderr and "kept as" in done.stderr
    assert len(list(broken.parent.glob("*.unreadable-*.yaml"))) == 1  # kept aside, not deleted


def test_a_screenshot_shows_the_prompts_that_a_window_adds_after_its_first_frame(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`--screenshot` could grab the window between its first frame and the prompts, showing an empty tab."""
    from annotator.ui.launch import _screenshot, start_student_app

    started = start_student_app(pack=None, work_file=None, student="Kim", data_dir=tmp_path / "d",
                                dialogs=FakeDialogs(), quiet=True)  # type: ignore[arg-type]
    assert not isinstance(started, int)
    app, window = started
    qtbot.addWidget(window)
    grabbed = []
    real_grab = window.grab
    window.grab = lambda *args: (grabbed.append(window.fully_built and window.prompts.isVisible()), real_grab(*args))[1]
    assert _screenshot(app, window, tmp_path / "shot.png") == 0
    assert grabbed == [True] and (tmp_path / "shot.png").stat().st_size > 0


def test_the_garbage_collector_runs_during_the_lesson_after_annotator_started(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`annotator` pauses the collector while it starts; left paused, a long lesson would only ever grow."""
    import gc

    from annotator.cli import main
    from annotator.ui import launch

    during: list[bool] = []
    real = launch._screenshot

    def screenshot(*args):  # type: ignore[no-untyped-def]
        during.append(gc.isenabled())  # the window is up: where the lesson's event loop would run
        return real(*args)

    monkeypatch.setattr(launch, "_screenshot", screenshot)
    try:
        status = main(["--student", "Kim", "--data-dir", str(tmp_path / "d"), "--screenshot", str(tmp_path / "s.png")])
    finally:
        gc.enable()
    assert status == 0 and during == [True]


def test_a_damaged_bundled_lesson_opens_another_lesson_of_the_library_and_says_so(
        qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A broken install (the bundled lesson deleted or damaged) left students with no window at all."""
    import shutil

    from annotator.core.library import library_dir
    from annotator.resources import default_lesson
    from annotator.ui import launch

    data = tmp_path / "data"
    own = library_dir(data) / "my-lesson"
    shutil.copytree(default_lesson(), own)
    broken = tmp_path / "install" / "hanoi-summit-2019"
    broken.mkdir(parents=True)
    (broken / "lesson.yaml").write_text("schema: annotator/lesson@1\ntitle: [\n", encoding="utf-8")
    monkeypatch.setattr(launch, "default_lesson", lambda: broken)
    dialogs = FakeDialogs()
    started = launch.start_student_app(pack=None, work_file=None, student="Ana", data_dir=data,
                                       dialogs=dialogs)  # type: ignore[arg-type]
    assert not isinstance(started, int)
    _, window = started
    qtbot.addWidget(window)
    assert window.sheet.lesson.id == "hanoi-summit-2019"
    qtbot.waitUntil(lambda: any("from the lesson library instead" in m for _, m in dialogs.messages))
    window.close()


def test_a_damaged_lesson_asked_for_by_name_is_refused_not_swapped(tmp_path: Path) -> None:
    """A teacher who named a lesson must never find students working on another one."""
    from annotator.ui.launch import start_student_app

    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "lesson.yaml").write_text("title: [\n", encoding="utf-8")
    dialogs = FakeDialogs()
    assert start_student_app(pack=broken, work_file=None, student="Ana", data_dir=tmp_path / "d",
                             dialogs=dialogs) == 1  # type: ignore[arg-type]
    assert dialogs.problems


def test_annotator_review_can_reach_the_answer_key(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`annotator review` would open a window whose Send-to-the-key button is missing, the promoter never passed."""
    import annotator.ui.review.app as review_app
    from annotator.cli import main

    seen: dict[str, object] = {}
    monkeypatch.setattr(review_app, "run_review_app", lambda **kw: seen.update(kw) or 0)
    assert main(["review", str(tmp_path), "--lesson", str(default_lesson())]) == 0
    promote = seen["promote"]
    assert getattr(promote, "__name__", "") == "promote_to_key"
