"""One running app at a time may write a given file.

The lock is a small file beside the work (``NAME.lock``) naming the host, the process (its id,
when it started and the boot it runs in) and the time the lock was taken. It is created
atomically. A lock is taken over when its owner is surely gone:

- on this computer: the process is no longer running, the computer was restarted since, or the
  process id now belongs to another program (ids are reused, above all after a restart);
- on another computer sharing the folder: the lock was not refreshed for :data:`STALE_AFTER`
  seconds. A running app refreshes it every :data:`REFRESH_EVERY` seconds, and checks before
  each save that the lock is still its own, so two windows never write one file.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from annotator.core.i18n import Words

STALE_AFTER = 10 * 60  # seconds without a refresh after which a lock from another computer is abandoned
REFRESH_EVERY = 60  # seconds between refreshes of a held lock: well within STALE_AFTER
JUST_MADE = 5  # seconds in which an empty lock file is still being written by its owner


@dataclass(frozen=True)
class Holder:
    """Who holds a lock, as written in the lock file."""

    host: str
    pid: int
    since: float
    boot: str = ""  # this boot of the computer (Linux), so a restart frees every lock at once
    started: str = ""  # when the process started, in the system's own count (Linux): ids get reused

    def describe(self) -> str:
        """A sentence a student understands."""
        when = time.strftime("%H:%M", time.localtime(self.since))
        return LockWords.tr("another Annotator window (on {host}, opened at {time})").format(host=self.host, time=when)


class LockWords(Words):
    """The words that say who holds a lock (a student reads them in their window)."""


class FileLock:
    """A lock on one file, held while the app has it open for writing."""

    def __init__(self, target: Path) -> None:
        self.path = target.with_name(target.name + ".lock")
        self.held = False
        self._mine: Holder | None = None

    def acquire(self) -> Holder | None:
        """Take the lock; return None on success, or who holds it.

        Raises OSError when the lock cannot be written at all (a read-only folder, a full disk):
        then nobody holds it, and the caller may try again later.
        """
        for _ in range(2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = self.holder()
                if holder is None and _age(self.path) < JUST_MADE:
                    # Another app has just created it and not yet written its name: it is alive.
                    return _unknown_holder()
                if holder is not None and not _is_stale(holder, self.path):
                    return holder
                self.path.unlink(missing_ok=True)  # stale: its owner is gone
                continue
            mine = Holder(this_computer(), os.getpid(), time.time(), _boot_id() or "", _start_ticks(os.getpid()) or "")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(asdict(mine), handle)
            except OSError as exc:
                # A full disk: an empty lock file would look like a starting app and block the next try.
                self.path.unlink(missing_ok=True)
                raise OSError(exc.errno, exc.strerror, str(self.path)) from exc
            self.held, self._mine = True, mine
            return None
        return self.holder() or _unknown_holder()

    def holder(self) -> Holder | None:
        """Who holds the lock now, or None when the lock file is missing or unreadable."""
        try:
            return _parse(self.path.read_text(encoding="utf-8"))
        except OSError:
            return None

    def ensure(self) -> Holder | None:
        """Make sure the lock is ours before writing: None if it is, else who took it.

        A lock not yet held is taken now. A held lock whose file is gone is taken again; one whose
        file now names someone else (a window that thought ours abandoned) is given up.
        Raises OSError when the lock file cannot be read or written (the folder is unreachable).
        """
        if not self.held:
            return self.acquire()
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self.held = False
            return self.acquire()
        holder = _parse(text)
        if holder is not None and holder == self._mine:
            return None
        self.held = False  # someone else's now: never remove their lock
        return holder or _unknown_holder()

    def refresh(self) -> Holder | None:
        """Show that the holder is still alive; return who took the lock if it is no longer ours.

        The lock's age is its file's modification time. A folder that cannot be reached just now
        is not a lost lock: the next save or refresh tries again.
        """
        if not self.held:
            return None
        try:
            taken = self.ensure()
            if taken is None:
                os.utime(self.path)
            return taken
        except OSError:
            return None

    def release(self) -> None:
        """Give the lock up (only if its file still names us)."""
        if self.held:
            self.held = False
            if self.holder() == self._mine:
                with contextlib.suppress(OSError):
                    self.path.unlink(missing_ok=True)


def _unknown_holder() -> Holder:
    """Someone whose name the lock file does not (yet) hold."""
    return Holder(LockWords.tr("another computer or window"), 0, time.time())


def this_computer() -> str:
    """This computer's network name, as ``socket.gethostname()`` gives it."""
    if hasattr(os, "uname"):
        return os.uname().nodename  # the same name, without importing socket (2 ms of every start)
    import socket

    return socket.gethostname()


def _parse(text: str) -> Holder | None:
    try:
        data = json.loads(text)
        return Holder(str(data["host"]), int(data["pid"]), float(data["since"]), str(data.get("boot", "")),
                      str(data.get("started", "")))
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError):
        return None


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return float("inf")


def _is_stale(holder: Holder, path: Path) -> bool:
    if holder.host != this_computer():
        return _age(path) > STALE_AFTER
    boot = _boot_id()
    if holder.boot and boot and holder.boot != boot:
        return True  # written before this computer last started
    if not _process_alive(holder.pid):
        return True
    started = _start_ticks(holder.pid)
    if holder.started and started is not None:
        return started != holder.started  # the id now belongs to another process
    # No way to tell the process apart (another system, or a lock from an older Annotator): a lock
    # not refreshed for long is abandoned if its process may have started after it was written.
    if _age(path) <= STALE_AFTER:
        return False
    began = _began_at(holder.pid)
    return began is None or began > holder.since


def _boot_id() -> str | None:
    """This boot of the computer (Linux), or None where it cannot be known."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip() or None
    except OSError:
        return None


def _start_ticks(pid: int) -> str | None:
    """When a process started, in clock ticks since boot (Linux), or None where it cannot be known."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8", errors="replace")
        # The name in parentheses may hold spaces and ")": the fields after the last ")" are fixed.
        return stat[stat.rindex(")") + 2:].split()[19]
    except (OSError, ValueError, IndexError):
        return None


def _began_at(pid: int) -> float | None:
    """When a process started, as a time.time() value (Linux), or None."""
    ticks = _start_ticks(pid)
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            boot = next(float(line.split()[1]) for line in stat if line.startswith("btime "))
        return boot + int(ticks or "x") / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, StopIteration, AttributeError):
        return None


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
