"""Saving a student's work and handing it in: the folder the teacher named, a named copy there, the work kept
when a USB stick goes, and nothing lost on close."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest
import yaml

from annotator.core.desk import Preferences
from annotator.core.pack import Pack
from tests.ui.conftest import FakeDialogs
from tests.ui.driving import mark_quotes, saved_quotes


class Recording(FakeDialogs):
    """Remembers where each folder question opened and what it said."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder=folder)
        self.asked: list[tuple[str, Path | None]] = []

    def choose_folder(self, title: str, start: Path | None = None) -> Path | None:
        self.asked.append((title, start))
        return self.folder


def highlighted(window, hanoi: Pack):  # type: ignore[no-untyped-def]
    """The window with one highlight made, as a student's would have."""
    i = hanoi.article.text.index("Ron Johnson")
    window.article.select_span(i, i + 11)
    window.mark("named-source")
    return window


def test_hand_in_asks_for_the_teachers_folder_and_opens_where_it_was_last_time(  # type: ignore[no-untyped-def]
        qtbot, open_window, hanoi: Pack, tmp_path: Path) -> None:
    """Each hand-in opened in the home folder with a technical title, so students lost the class's folder."""
    stick = tmp_path / "stick"
    stick.mkdir()
    dialogs = Recording(stick)
    window = open_window()
    window.dialogs = dialogs
    highlighted(window, hanoi).hand_in_work()
    window.close()
    again = open_window()  # the next lesson, another day
    again.dialogs = dialogs
    again.hand_in_work()
    assert dialogs.asked == [("Choose the folder your teacher told you to use", None),
                             ("Choose the folder your teacher told you to use", stick)]
    assert Preferences.load(tmp_path / "data").hand_in_folder == str(stick)


def test_the_confirmation_names_the_file_and_shows_the_folder(qtbot, open_window, dialogs, hanoi: Pack,  # type: ignore[no-untyped-def]
                                                               monkeypatch) -> None:
    """"Your work was saved as" with a long path left a student unsure it was handed in, and where."""
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialogs.answer = True  # the student chooses Show the folder
    window = highlighted(open_window(), hanoi)
    window.hand_in_work()
    title, message = dialogs.messages[-1]
    assert title == "Handed in" and message.startswith("Handed in.")
    assert "hanoi-summit-2019__ana-perez-s-0412.yaml" in message.replace("\u2060", "")
    assert "ana-\u2060perez" in message  # the name is not broken across two lines at a hyphen
    assert opened == [str(dialogs.folder)]


def test_a_usb_stick_taken_out_before_the_copy_is_written_is_said_and_nothing_lands_elsewhere(  # type: ignore[no-untyped-def]
        qtbot, open_window, dialogs, hanoi: Pack) -> None:
    """A stick pulled out left its folder's name behind; the copy was made there, on the computer's own disk."""
    window = highlighted(open_window(), hanoi)
    shutil.rmtree(dialogs.folder)
    window.hand_in_work()
    title, message = dialogs.messages[-1]
    assert title == "Could not hand in" and "USB stick taken out" in message and "Nothing is lost" in message
    assert not dialogs.folder.exists()  # not made again on this computer's disk
    assert window.handed_in is None
    assert window.work_file.exists() and "Ron Johnson" in window.work_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("code", [errno.EIO, errno.ENODEV, errno.ENOENT])
def test_a_usb_stick_taken_out_while_writing_is_said_and_the_work_kept(qtbot, open_window, dialogs, hanoi: Pack,  # type: ignore[no-untyped-def]
                                                                      monkeypatch, code: int) -> None:
    """A stick pulled out mid-write gave "Input/output error" and no word that the work was safe."""
    import annotator.core.desk as desk

    real = desk.atomic_write

    def pulled_out(path: Path, content: str | bytes, *, backup: bool = True) -> None:
        if path.parent == dialogs.folder:
            raise OSError(code, "Input/output error")
        real(path, content, backup=backup)

    monkeypatch.setattr(desk, "atomic_write", pulled_out)
    window = highlighted(open_window(), hanoi)
    window.hand_in_work()
    assert "USB stick taken out" in dialogs.messages[-1][1]
    assert window.statusBar().currentMessage() == "Not handed in."
    assert window.work_file.exists() and "Ron Johnson" in window.work_file.read_text(encoding="utf-8")


def test_a_folder_that_refuses_the_copy_says_why_and_that_the_work_is_safe(qtbot, open_window, dialogs,  # type: ignore[no-untyped-def]
                                                                            hanoi: Pack, monkeypatch) -> None:
    """A full or read-only folder was reported as if the stick had been pulled out, or without a word on the work."""
    import annotator.core.desk as desk

    def full(path: Path, content: str | bytes, *, backup: bool = True) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    window = highlighted(open_window(), hanoi)
    monkeypatch.setattr(desk, "atomic_write", full)
    window.hand_in_work()
    message = dialogs.messages[-1][1]
    assert "No space left on device" in message and "still saved on this computer" in message
    assert "USB" not in message


def test_hand_in_writes_lesson_and_student_named_copy(qtbot, open_window, dialogs) -> None:  # type: ignore[no-untyped-def]
    """Hand in puts <lesson-id>__<student>.yaml, with the highlights, in the folder the student chose."""
    window = open_window()
    text = window.sheet.article.text
    start = text.index("Ron Johnson")
    window.article.select_span(start, start + len("Ron Johnson"))
    window.mark("named-source")
    window.hand_in_work()
    handed = dialogs.folder / "hanoi-summit-2019__ana-perez-s-0412.yaml"
    assert handed.exists()
    data = yaml.safe_load(handed.read_text(encoding="utf-8"))
    assert data["student"] == {"name": "Ana Pérez", "id": "s-0412"}
    assert [a["quote"] for a in data["annotations"]] == ["Ron Johnson"]
    assert any("Handed in" in title for title, _ in dialogs.messages)


def test_failed_save_warns_and_keeps_work_until_a_save_succeeds(qtbot, open_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On a full or read-only disk the status bar warns, the work stays open, and a later save succeeds."""
    window = open_window()
    real_write = window._write

    def full_disk() -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(window.autosaver, "_save", full_disk)
    text = window.sheet.article.text
    start = text.index("Victor Cha")
    window.article.select_span(start, start + len("Victor Cha"))
    window.mark("named-source")
    assert window.autosaver.save_now() is False
    assert "Could not save" in window.save_state.text()
    assert window.autosaver.dirty and len(window.sheet.work.annotations) == 1
    window.statusBar().showMessage("a menu's hint")  # passing messages do not hide the warning
    assert "Could not save" in window.save_state.text() and window.save_state.isVisible()
    monkeypatch.setattr(window.autosaver, "_save", real_write)
    assert window.autosaver.save_now() is True
    assert window.save_state.text().startswith("✔ All work saved at")
    assert saved_quotes(window.work_file) == ["Victor Cha"]


def test_a_window_that_cannot_save_can_still_be_closed_after_handing_in(qtbot, open_window, dialogs,
                                                                        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On a disk that stays read-only, a student who changed anything could never close the window."""
    window = open_window()

    def read_only_disk() -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(window.autosaver, "_save", read_only_disk)
    mark_quotes(window, ("Victor Cha", "named-source"))
    window.close()
    assert window.isVisible(), "closed with the change unsaved and nobody asked"
    assert "Keep working" in dialogs.messages[-1][1] and "Hand in" in dialogs.messages[-1][1]

    window.hand_in_work()  # to the folder the FakeDialogs choose
    window.close()
    assert not window.isVisible()
    handed = next((dialogs.folder or Path()).glob("*.yaml"))
    assert saved_quotes(handed) == ["Victor Cha"]


def test_closing_unsaved_work_that_changed_after_the_hand_in_asks_first(qtbot, open_window, dialogs,
                                                                        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A change made after handing in was lost without a word when the window closed."""
    window = open_window()
    monkeypatch.setattr(window.autosaver, "_save", lambda: (_ for _ in ()).throw(OSError(28, "No space left")))
    window.hand_in_work()
    mark_quotes(window, ("Victor Cha", "named-source"))
    window.close()
    assert window.isVisible()
    dialogs.answer = True  # "Close and lose the changes"
    window.close()
    assert not window.isVisible()
