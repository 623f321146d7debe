"""The student window and the lock on its work: a folder that cannot be written, an idle window, a lock taken."""

from __future__ import annotations

import errno
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from annotator.core.lock import REFRESH_EVERY, STALE_AFTER
from annotator.ui.student.lock_keeper import LockKeeper
from annotator.ui.student.window import StudentWindow
from tests.ui.conftest import FakeDialogs

RED = "#ffd7d7"


class Unwritable:
    """Makes a folder behave as read-only (or full) for this process, as chmod cannot for root."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, folder: Path, error: int) -> None:
        self.folder, self.error, self.on = str(folder), error, True
        for name in ("open", "mkdir", "rename"):
            monkeypatch.setattr(os, name, self._refusing(getattr(os, name), opens=name == "open"))

    def _refusing(self, real: Callable[..., object], *, opens: bool) -> Callable[..., object]:
        def call(path: object, *args: object, **kwargs: object) -> object:
            flags = args[0] if args else kwargs.get("flags", 0)
            writes = not opens or bool(int(flags) & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))  # type: ignore[call-overload]
            if self.on and writes and os.fspath(path).startswith(self.folder):  # type: ignore[call-overload]
                raise OSError(self.error, os.strerror(self.error), os.fspath(path))  # type: ignore[call-overload]
            return real(path, *args, **kwargs)

        return call


def keeper_of(window: StudentWindow) -> LockKeeper:
    """The helper that keeps the window's lock."""
    keeper = window.findChild(LockKeeper)
    assert isinstance(keeper, LockKeeper)
    return keeper


def highlight(window: StudentWindow, quote: str, category: str = "named-source") -> None:
    """Highlight the first place of ``quote`` as a student would."""
    start = window.sheet.article.text.index(quote)
    window.article.select_span(start, start + len(quote))
    window.mark(category)


@pytest.mark.parametrize("error", [errno.EROFS, errno.ENOSPC])
def test_a_new_student_with_a_read_only_or_full_data_folder_can_still_work(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: int  # type: ignore[no-untyped-def]
) -> None:
    """A read-only data folder or a full disk made `annotator` exit with "unexpected error (OSError … lock)"."""
    from annotator.ui.launch import start_student_app

    data = tmp_path / "data"
    disk = Unwritable(monkeypatch, data, error)
    dialogs = FakeDialogs()
    started = start_student_app(pack=None, work_file=None, student=None, data_dir=data,
                                dialogs=dialogs)  # type: ignore[arg-type]
    assert not isinstance(started, int)
    _, window = started
    qtbot.addWidget(window)
    assert "Could not save (" in window.save_state.text() and "keeps trying" in window.save_state.text()
    assert ("the disk is full" if error == errno.ENOSPC else "not allowed to write in") in window.save_state.text()
    assert RED in window.statusBar().styleSheet() and window.palette_box.isEnabled()
    qtbot.waitUntil(lambda: any("cannot save your work" in m for _, m in dialogs.messages))
    assert any("could not remember your name" in m for _, m in dialogs.messages)  # preferences: told, not fatal

    highlight(window, "Ron Johnson")
    assert window.autosaver.save_now() is False  # kept in memory, tried again later
    assert window.autosaver.dirty and RED in window.statusBar().styleSheet()

    disk.on = False  # the teacher frees some space, or IT fixes the folder
    assert window.autosaver.save_now() is True
    assert [a["quote"] for a in yaml.safe_load(window.work_file.read_text(encoding="utf-8"))["annotations"]] == [
        "Ron Johnson"]
    assert window.save_state.text().startswith("✔ All work saved") and window.lock is not None and window.lock.held
    window.close()


def test_a_window_opened_on_a_read_only_folder_saves_by_itself_once_it_can(
    qtbot, open_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    """With nothing changed, nothing retried: the red bar stayed and the lock was never taken once writable."""
    disk = Unwritable(monkeypatch, tmp_path / "data", errno.EACCES)
    window = open_window()
    keeper = keeper_of(window)
    assert not window.lock.held and keeper.timer.isActive()
    keeper.tick()  # still read-only: nothing happens, the bar stays red
    assert RED in window.statusBar().styleSheet()
    disk.on = False
    keeper.tick()
    assert window.lock.held and keeper.timer.interval() == REFRESH_EVERY * 1000
    qtbot.waitUntil(lambda: window.save_state.text().startswith("✔ All work saved"))
    assert window.work_file.exists()


def test_unreadable_work_in_a_read_only_folder_is_kept_aside_before_the_first_save(
    qtbot, open_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: FakeDialogs  # type: ignore[no-untyped-def]
) -> None:
    """Unreadable saved work could not be renamed aside in a read-only folder, and the start failed."""
    from annotator.core.desk import work_path
    from tests.ui.conftest import ANA

    broken = work_path(tmp_path / "data", "hanoi-summit-2019", ANA.name, ANA.id)
    broken.parent.mkdir(parents=True)
    broken.write_text("schema: annotator/annotations@1\nannotations: [\n", encoding="utf-8")
    disk = Unwritable(monkeypatch, tmp_path / "data", errno.EROFS)
    window = open_window()
    qtbot.waitUntil(lambda: any("could not be read" in m for _, m in dialogs.messages))
    highlight(window, "Ron Johnson")
    assert window.autosaver.save_now() is False
    assert broken.read_text(encoding="utf-8").endswith("[\n")  # never overwritten
    disk.on = False
    assert window.autosaver.save_now() is True
    [aside] = broken.parent.glob("*.unreadable-*.yaml")
    assert aside.read_text(encoding="utf-8").endswith("[\n")
    assert "Ron Johnson" in broken.read_text(encoding="utf-8")


def test_an_idle_window_refreshes_its_lock_on_a_timer(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """A window idle for over ten minutes lost its lock without being told, and a second window took it."""
    window = open_window()
    keeper = keeper_of(window)
    assert keeper.timer.isActive() and keeper.timer.interval() <= STALE_AFTER * 1000 / 3
    old = time.time() - STALE_AFTER - 60
    os.utime(window.lock.path, (old, old))
    keeper.timer.timeout.emit()  # what the timer does every REFRESH_EVERY seconds
    assert time.time() - window.lock.path.stat().st_mtime < STALE_AFTER / 2
    second = open_window()
    assert "open in another Annotator window" in second.read_only_reason


def test_a_window_whose_lock_was_taken_never_writes_and_says_why(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Two windows wrote one file: the one whose lock had been taken saved over the other's work."""
    window = open_window()
    highlight(window, "Ron Johnson")
    assert window.autosaver.save_now() is True
    before = window.work_file.read_bytes()
    # Another computer took the lock for abandoned (this laptop slept for an hour) and is writing.
    window.lock.path.write_text(json.dumps({"host": "pc-12", "pid": 4321, "since": time.time()}), encoding="utf-8")
    highlight(window, "Jeff Merkley")
    assert window.autosaver.save_now() is False
    assert window.work_file.read_bytes() == before
    assert "now open in another Annotator window (on pc-12" in window.read_only_reason
    assert "Hand in" in window.read_only_reason
    assert "Not saving" in window.save_state.text() and RED in window.statusBar().styleSheet()
    assert not window.palette_box.isEnabled()
    keeper = keeper_of(window)
    assert keeper.banner is not None and keeper.banner.isVisible() and "Hand in" in keeper.banner.text()
    assert window.lock.path.exists()  # the other window's lock is left alone, now and on close
    window.close()
    assert json.loads(window.lock.path.read_text(encoding="utf-8"))["host"] == "pc-12"
    assert window.work_file.read_bytes() == before


def test_an_idle_window_learns_on_its_timer_that_its_lock_was_taken(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """A window that had nothing to save kept looking editable after another window took its work."""
    window = open_window()
    window.lock.path.write_text(json.dumps({"host": "pc-12", "pid": 4321, "since": time.time()}), encoding="utf-8")
    keeper_of(window).tick()
    assert "now open in another Annotator window" in window.read_only_reason
    assert not window.autosaver.enabled and not keeper_of(window).timer.isActive()
    highlight(window, "Ron Johnson")  # the worksheet itself now refuses edits that could never be saved
    assert window.sheet.work.annotations == {} and window.note_panel.note.isReadOnly()
