"""Saving without asking: once soon after a change, and on failure the work kept and the reason said in words."""

from __future__ import annotations

import errno

from annotator.ui.common.autosave import SAVE_DELAY_MS, Autosaver, why_not_saved


def test_changes_are_saved_once_soon_after_and_nothing_when_nothing_changed(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Each letter typed wrote the file again, or a window with nothing new wrote it on every close."""
    saves: list[int] = []
    saver = Autosaver(lambda: saves.append(1))
    for _ in range(3):
        saver.changed()
    qtbot.waitUntil(lambda: saves == [1], timeout=SAVE_DELAY_MS + 3000)
    assert not saver.dirty and saver.last_saved is not None
    assert saver.save_now() and saves == [1]


def test_a_failed_save_keeps_the_work_and_says_why_until_a_save_succeeds(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A full USB stick lost the student's change, or said only "[Errno 28]"."""
    full = True
    written: list[int] = []

    def save() -> None:
        if full:
            raise OSError(errno.ENOSPC, "No space left on device", "/media/usb/ana.yaml")
        written.append(1)

    saver = Autosaver(save)
    said: list[str] = []
    saver.failed.connect(said.append)
    saver.changed()
    assert saver.save_now() is False
    assert said == ["the disk is full: /media/usb"] and saver.dirty and written == []
    full = False
    assert saver.save_now() is True and written == [1] and not saver.dirty


def test_a_window_that_must_not_write_never_does(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A returned file, or a window whose lock was taken, was written over by its autosave."""
    written: list[int] = []
    refused = Autosaver(lambda: written.append(1))
    refused.guard = lambda: False
    refused.changed()
    assert refused.save_now() is False and refused.dirty
    off = Autosaver(lambda: written.append(1))
    off.enabled = False
    off.changed()
    assert off.save_now() is True
    assert written == []


def test_why_a_save_failed_is_said_in_words_with_the_folder() -> None:
    """A student read "[Errno 30]" and could not tell their teacher or IT what was wrong."""
    assert why_not_saved(OSError(errno.EROFS, "Read-only file system", "/mnt/share/ana.yaml")) == (
        "Annotator is not allowed to write in /mnt/share")
    assert why_not_saved(OSError(errno.ENOENT, "No such file or directory", "/mnt/gone/ana.yaml")) == (
        "the folder /mnt/gone cannot be reached")
    assert why_not_saved(OSError(errno.EIO, "Input/output error", "/mnt/usb/ana.yaml")) == (
        "Input/output error: /mnt/usb/ana.yaml")
    assert why_not_saved(OSError(errno.ENOSPC, "No space left on device")) == "the disk is full"
