"""Saving a student's work, handing it in, and closing the window without losing anything."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow

from annotator.core.desk import hand_in
from annotator.core.lock import FileLock
from annotator.core.school import school_settings
from annotator.core.workfile import save_work
from annotator.core.worksheet import Worksheet
from annotator.ui.common.autosave import Autosaver
from annotator.ui.common.dialogs import Dialogs


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
        self.save_state.setText(
            self.tr("Could not save ({why}). Your work is kept open here; Annotator keeps trying.").format(why=why)
        )

    @Slot()
    def hand_in_work(self) -> None:
        """Write a copy named after the lesson and the student to a folder the student picks."""
        folder = self.dialogs.choose_folder(  # the school's shared drive first, if it preset one
            self.tr("Hand in: choose a folder (a shared drive or USB stick)"),
            school_settings().hand_in_start(self.hand_in_folder),
        )
        if folder is None:
            return
        if not self.work_file.exists():
            self.autosaver.changed()  # keep this work (and when it began) for next time, even unchanged
        self.autosaver.save_now()
        try:
            written = hand_in(self.sheet.work, folder)
        except OSError as exc:
            self.dialogs.warn(
                self.tr("Could not hand in"),
                self.tr("Annotator could not write to {folder}: {why}. Try another folder.").format(
                    folder=folder, why=exc.strerror or exc
                ),
            )
            return
        self.hand_in_folder = folder
        self.handed_in = (self.changes_made, written)
        self.statusBar().showMessage(self.tr("Handed in: {file}").format(file=written))
        self.dialogs.inform(self.tr("Handed in"), self.tr("Your work was saved as\n{file}").format(file=written))

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
