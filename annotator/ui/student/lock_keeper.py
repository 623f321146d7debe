"""Keeping a student window's lock on its work for as long as the window is open.

The lock says "this window writes this file". It is refreshed on a timer, so an idle window is
never taken for a crashed one, and it is checked before every save, so a window whose lock was
taken by another (after a laptop slept for an hour, say) stops writing instead of overwriting
the other's work. A lock that could not be taken when the window opened (a read-only folder, a
full disk) is tried again until it can be.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from annotator.core.desk import set_aside
from annotator.core.lock import REFRESH_EVERY, FileLock, Holder
from annotator.ui.common.autosave import RETRY_MS
from annotator.ui.student.window import StudentWindow


class LockKeeper(QObject):
    """Holds ``lock`` for ``window``: refreshes it, checks it before each save, and stops saving if it is lost.

    ``set_aside_first``: an unreadable saved file that could not be renamed aside when the window
    opened; it is renamed before the first save, so it is never overwritten.
    """

    def __init__(self, window: StudentWindow, lock: FileLock, *, set_aside_first: Path | None = None) -> None:
        super().__init__(window)  # lives and dies with the window
        self.window = window
        self.lock = lock
        self.set_aside_first = set_aside_first
        self.banner: QLabel | None = None  # the read-only notice, once the lock is lost
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        # Until the lock is held, try again as often as a failed save is; then refresh it well
        # within the time after which another computer would take it for abandoned.
        self.timer.start(REFRESH_EVERY * 1000 if lock.held else RETRY_MS)
        window.autosaver.guard = self.ready_to_save

    def ready_to_save(self) -> bool:
        """Before a save: True if this window may write its file now.

        Raises OSError when the lock cannot be taken yet (the save is retried); returns False
        when another window has the work (this window then stops saving and says why).
        """
        taken = self.lock.ensure()
        if taken is not None:
            self._lost(taken)
            return False
        if self.set_aside_first is not None and self.set_aside_first.exists():
            set_aside(self.set_aside_first)
        self.set_aside_first = None
        return True

    def tick(self) -> None:
        """Refresh a held lock; take one that could not be taken before, then save what waits."""
        if self.lock.held:
            taken = self.lock.refresh()
        else:
            try:
                taken = self.lock.ensure()
            except OSError:
                return  # still not writable: the red status bar stays, and the next tick tries again
            if taken is None:
                self.timer.setInterval(REFRESH_EVERY * 1000)
                self.window.autosaver.changed()  # save now that it can, which turns the status bar green
        if taken is not None:
            self._lost(taken)

    def _lost(self, holder: Holder) -> None:
        """Another window has the work: stop writing, and tell the student in plain words."""
        self.timer.stop()
        window = self.window
        window.autosaver.enabled = False
        last = window.autosaver.last_saved
        since = (self.tr("Changes made here after {time} are not saved.").format(
            time=time.strftime("%H:%M", time.localtime(last))) if last is not None
            else self.tr("Changes made here are not saved."))
        reason = self.tr("this work is now open in {holder}, which saves it. {since} To keep them, hand them in "
                         "(File ▸ Hand in…).").format(holder=holder.describe(), since=since)
        window.sheet.set_read_only(reason)  # the worksheet refuses every edit from now on
        window.palette_box.setEnabled(False)
        window.note_panel.set_read_only(True)
        window.prompts.set_read_only(True)
        # The whole sentence where the student reads (the side panel, as a window opened read-only has
        # it); the status bar, too narrow for it, keeps the short form in view.
        banner = QLabel(self.tr("Read only — {why}").format(why=reason))
        banner.setWordWrap(True)
        banner.setStyleSheet("background: #ffd7d7; color: #000; padding: 6px; border: 1px solid #b00000;")
        banner.setAccessibleDescription(self.tr("Read-only notice"))
        window.side_column.insertWidget(2, banner)
        banner.show()  # now, not at the next turn of the event loop
        window.statusBar().setStyleSheet("background: #ffd7d7; color: #000;")
        window.save_state.setText(self.tr("Not saving: open in another window"))
        window.save_state.setToolTip(reason)
        window.statusBar().showMessage(self.tr("Read only: this work is now open in {holder}.").format(
            holder=holder.describe()))
        self.banner = banner
