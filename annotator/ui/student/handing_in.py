"""Saving a student's work, handing it in, and closing the window without losing anything."""

from __future__ import annotations

import contextlib
import errno
import time
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow

from annotator.core.desk import Preferences, hand_in
from annotator.core.lock import FileLock
from annotator.core.school import school_settings
from annotator.core.workfile import save_work
from annotator.core.worksheet import Worksheet
from annotator.ui.common.announce import announce
from annotator.ui.common.autosave import Autosaver
from annotator.ui.common.dialogs import Dialogs

# What a folder that is no longer there answers: a USB stick taken out, a network drive gone.
_GONE = frozenset({errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO, errno.ESTALE, errno.ENOTDIR})


def unbroken(name: str) -> str:
    """A file name a message does not break at its hyphens ("…__lia-" / "moreno.yaml" read as two things):
    an invisible word joiner after each, which screen readers pass over."""
    return name.replace("-", "-\u2060")


class HandingIn(QMainWindow):
    """The student window's saving and hand-in (a part of :class:`annotator.ui.student.window.StudentWindow`)."""

    sheet: Worksheet
    work_file: Path
    lock: FileLock | None
    dialogs: Dialogs
    autosaver: Autosaver
    save_state: QLabel
    hand_in_folder: Path | None
    changes_made: int
    handed_in: tuple[int, Path] | None
    prefs: Preferences
    data_dir: Path

    def _write(self) -> None:
        save_work(self.work_file, self.sheet.work)
        if self.lock is not None:
            self.lock.refresh()

    def _on_saved(self, when: float) -> None:
        self.statusBar().setStyleSheet("")
        self.save_state.setText(
            self.tr("✔ All work saved at {time}").format(time=time.strftime("%H:%M:%S", time.localtime(when)))
        )

    def _on_save_failed(self, why: str) -> None:
        self.statusBar().setStyleSheet("background: #ffd7d7; color: #000;")
        message = self.tr("Could not save ({why}). Your work is kept open here; Annotator keeps trying.").format(
            why=why)
        if self.save_state.text() != message:  # said once, not at every retry
            announce(self.save_state, message, assertive=True)
        self.save_state.setText(message)

    def hand_in_start(self) -> Path | None:
        """Where the Hand in dialog opens: the folder used last time (this session, else remembered), if
        it is still there.

        A school that sets a hand-in folder (:mod:`annotator.core.school`) has it opened first, unless the
        student chose another and the school did not lock it.
        """
        last = self.hand_in_folder or (Path(self.prefs.hand_in_folder) if self.prefs.hand_in_folder else None)
        return school_settings().hand_in_start(last if last is not None and last.is_dir() else None)

    @Slot()
    def hand_in_work(self) -> None:
        """Write a copy named after the lesson and the student to the folder the student's teacher named."""
        folder = self.dialogs.choose_folder(self.tr("Choose the folder your teacher told you to use"),
                                            self.hand_in_start())
        if folder is None:
            return
        if not self.work_file.exists():
            self.autosaver.changed()  # keep this work (and when it began) for next time, even unchanged
        self.autosaver.save_now()
        try:
            written = hand_in(self.sheet.work, folder, make_folder=False)
        except OSError as exc:
            self._hand_in_failed(folder, exc)
            return
        self.hand_in_folder = folder
        self.handed_in = (self.changes_made, written)
        if self.prefs.hand_in_folder != str(folder):
            self.prefs.hand_in_folder = str(folder)
            with contextlib.suppress(OSError):  # a comfort for next time, never worth a message now
                Preferences.update(self.data_dir, self.prefs, hand_in_folder=str(folder))
        self.statusBar().showMessage(self.tr("Handed in: {file}").format(file=written))
        if self.dialogs.offer(self.tr("Handed in"),
                              self.tr("Handed in. Your work is saved as {name} in the folder {folder}.").format(
                                  name=unbroken(written.name), folder=folder),
                              action=self.tr("Show the folder")):
            from PySide6.QtCore import QUrl  # only when asked: not paid for at every start
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _hand_in_failed(self, folder: Path, exc: OSError) -> None:
        """Say why the copy could not be written; the work itself stays saved on this computer."""
        if exc.errno in _GONE or not folder.is_dir():
            message = self.tr("The folder {folder} went away while your work was being written to it (was a USB "
                              "stick taken out?). Nothing is lost: your work is still saved on this computer. Put "
                              "the stick back in and hand in again, or choose another folder.").format(folder=folder)
        else:
            message = self.tr("Annotator could not write to {folder}: {why}. Your work is still saved on this "
                              "computer. Try another folder.").format(folder=folder, why=exc.strerror or exc)
        self.statusBar().showMessage(self.tr("Not handed in."))
        self.dialogs.warn(self.tr("Could not hand in"), message)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.autosaver.save_now() and not self._may_close_unsaved():
            event.ignore()
            return
        if self.lock is not None:
            self.lock.release()
        event.accept()

    def _may_close_unsaved(self) -> bool:
        """Whether to close although the work could not be saved: without asking when every change was
        handed in; otherwise only if the student says so, after being told how to keep the work."""
        if self.handed_in is not None and self.handed_in[0] == self.changes_made:
            return True
        return self.dialogs.confirm(
            self.tr("Not saved"),
            self.tr("Annotator could not save your work to {file}. To keep it, choose Keep working, then "
                    "File ▸ Hand in… to another folder (a USB stick or a shared drive). If you close now, "
                    "the changes that were not saved are lost.").format(file=self.work_file),
            yes=self.tr("Close and lose the changes"), no=self.tr("Keep working"),
        )
