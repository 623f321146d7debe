"""One running app at a time may write a given file.

The lock is a small file beside the work (``NAME.lock``) naming the host, process and time.
It is created atomically; a lock left by a process that is no longer running on this host,
or one not refreshed for :data:`STALE_AFTER` seconds (a crash on another computer sharing the
folder), is taken over, so a crash never blocks a student for good.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

STALE_AFTER = 10 * 60  # seconds; a live app refreshes its lock every time it saves
JUST_MADE = 5  # seconds in which an empty lock file is still being written by its owner


@dataclass(frozen=True)
class Holder:
    """Who holds a lock, as written in the lock file."""

    host: str
    pid: int
    since: float

    def describe(self) -> str:
        """A sentence a student understands."""
        when = time.strftime("%H:%M", time.localtime(self.since))
        return f"another Annotator window (on {self.host}, opened at {when})"


class FileLock:
    """A lock on one file, held while the app has it open for writing."""

    def __init__(self, target: Path) -> None:
        self.path = target.with_name(target.name + ".lock")
        self.held = False

    def acquire(self) -> Holder | None:
        """Take the lock; return None on success, or who holds it."""
        for _ in range(2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = self.holder()
                if holder is None and _age(self.path) < JUST_MADE:
                    # Another app has just created it and not yet written its name: it is alive.
                    return Holder("another computer or window", 0, time.time())
                if holder is not None and not _is_stale(holder, self.path):
                    return holder
                self.path.unlink(missing_ok=True)  # stale: its owner is gone
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"host": this_computer(), "pid": os.getpid(), "since": time.time()}, handle)
            self.held = True
            return None
        return self.holder() or Holder("unknown", 0, time.time())

    def holder(self) -> Holder | None:
        """Who holds the lock now, or None when the lock file is missing or unreadable."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return Holder(str(data["host"]), int(data["pid"]), float(data["since"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def refresh(self) -> None:
        """Show that the holder is still alive (the lock's age is its file's modification time)."""
        if self.held:
            with contextlib.suppress(OSError):
                os.utime(self.path)

    def release(self) -> None:
        """Give the lock up."""
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False


def this_computer() -> str:
    """This computer's network name, as ``socket.gethostname()`` gives it."""
    if hasattr(os, "uname"):
        return os.uname().nodename  # the same name, without importing socket (2 ms of every start)
    import socket

    return socket.gethostname()


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return float("inf")


def _is_stale(holder: Holder, path: Path) -> bool:
    if holder.host == this_computer():
        return not _process_alive(holder.pid)
    return _age(path) > STALE_AFTER


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - exercised on Windows classrooms
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
            return True
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
