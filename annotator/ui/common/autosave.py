"""Saving without asking: within about two seconds of a change, and on close."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

SAVE_DELAY_MS = 1500  # the first change starts the clock; more typing does not push it back
RETRY_MS = 5000


class Autosaver(QObject):
    """Calls ``save`` shortly after changes; on failure keeps the work in memory and retries."""

    saved = Signal(float)  # time.time() of the save
    failed = Signal(str)  # what went wrong, for the status bar

    def __init__(self, save: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
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
        """Save at once if anything changed; return False if the save failed."""
        self._timer.stop()
        if not (self.dirty and self.enabled):
            return True
        try:
            self._save()
        except OSError as exc:
            self.failed.emit(exc.strerror or str(exc))
            self._timer.start(RETRY_MS)
            return False
        self.dirty = False
        self.last_saved = time.time()
        self.saved.emit(self.last_saved)
        return True
