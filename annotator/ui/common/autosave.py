"""Saving without asking: within about two seconds of a change, and on close."""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

SAVE_DELAY_MS = 1500  # the first change starts the clock; more typing does not push it back
RETRY_MS = 5000


class Autosaver(QObject):
    """Calls ``save`` shortly after changes; on failure keeps the work in memory and retries.

    ``guard``, when set, runs before every save: it raises OSError when the save cannot happen
    yet (retried like a failed save), or returns False when this window must not write at all
    (it has then told the student why); the work stays unsaved either way.
    """

    saved = Signal(float)  # time.time() of the save
    failed = Signal(str)  # what went wrong, for the status bar

    def __init__(self, save: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.guard: Callable[[], bool] | None = None
        self.dirty = False
        self.enabled = True
        self.last_saved: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save_now)

    def changed(self) -> None:
        """Note a change; a save follows within :data:`SAVE_DELAY_MS`."""
        self.dirty = True
        if self.enabled and not self._timer.isActive():
            self._timer.start(SAVE_DELAY_MS)

    def save_now(self) -> bool:
        """Save at once if anything changed; return False if the save failed or was refused."""
        self._timer.stop()
        if not (self.dirty and self.enabled):
            return True
        try:
            if self.guard is not None and not self.guard():
                return False
            self._save()
        except OSError as exc:
            self.failed.emit(why_not_saved(exc))
            self._timer.start(RETRY_MS)
            return False
        self.dirty = False
        self.last_saved = time.time()
        self.saved.emit(self.last_saved)
        return True


def why_not_saved(exc: OSError) -> str:
    """Why a save failed, in words a student and the school's IT person both understand."""
    named = isinstance(exc.filename, (str, os.PathLike))
    where = str(Path(exc.filename).parent) if named else ""

    def tr(text: str) -> str:
        return text.format(folder=where, file=exc.filename, why=exc.strerror or exc)

    # Spelt out at each call, so that lupdate finds every sentence under this context.
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return tr(QCoreApplication.translate("Autosaver", "the disk is full: {folder}") if where
                  else QCoreApplication.translate("Autosaver", "the disk is full"))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) and where:
        return tr(QCoreApplication.translate("Autosaver", "Annotator is not allowed to write in {folder}"))
    if exc.errno == errno.ENOENT and where:
        return tr(QCoreApplication.translate("Autosaver", "the folder {folder} cannot be reached"))
    return tr(QCoreApplication.translate("Autosaver", "{why}: {file}") if where
              else QCoreApplication.translate("Autosaver", "{why}"))
