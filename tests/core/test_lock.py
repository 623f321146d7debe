"""The lock that lets one running app at a time write a student's file."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotator.core import lock as lock_module
from annotator.core.lock import REFRESH_EVERY, STALE_AFTER, FileLock, Holder, _start_ticks, this_computer


def test_a_second_app_is_told_who_holds_the_file(tmp_path: Path) -> None:
    """Two windows on the same work: the second learns it cannot write, and why."""
    first, second = FileLock(tmp_path / "w.yaml"), FileLock(tmp_path / "w.yaml")
    assert first.acquire() is None
    holder = second.acquire()
    assert holder is not None and holder.pid == os.getpid()
    first.release()
    assert second.acquire() is None


def test_a_lock_left_by_a_crashed_app_is_taken_over(tmp_path: Path) -> None:
    """After a crash, reopening the lesson works instead of staying read-only forever."""
    lock = FileLock(tmp_path / "w.yaml")
    import socket

    lock.path.write_text(json.dumps({"host": socket.gethostname(), "pid": 999_999_999, "since": 0}))
    assert lock.acquire() is None


def test_a_lock_being_written_right_now_is_respected(tmp_path: Path) -> None:
    """An empty lock file a moment old belongs to an app that is starting: no second writer."""
    lock = FileLock(tmp_path / "w.yaml")
    lock.path.write_text("")
    assert lock.acquire() is not None
    old = time.time() - 60
    os.utime(lock.path, (old, old))
    assert lock.acquire() is None  # an empty lock a minute old is left over from a crash


def _write_lock(lock: FileLock, record: dict[str, object], *, age: float = 0) -> None:
    """Put a lock file as another app would have left it, ``age`` seconds old."""
    lock.path.write_text(json.dumps(record), encoding="utf-8")
    then = time.time() - age
    os.utime(lock.path, (then, then))


@pytest.fixture
def other_process() -> Iterator[int]:
    """The id of a live process that is not this one (as after a restart, a pid now used by another program)."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        yield child.pid
    finally:
        child.kill()
        child.wait()


def test_a_lock_whose_pid_now_belongs_to_another_program_is_taken_over(tmp_path: Path, other_process: int) -> None:
    """After a restart the old lock's pid belonged to some other program, and the work stayed read-only for good."""
    lock = FileLock(tmp_path / "w.yaml")
    hours_ago = time.time() - 3 * 3600
    _write_lock(lock, {"host": this_computer(), "pid": other_process, "since": hours_ago}, age=3 * 3600)
    assert lock.acquire() is None
    assert lock.holder() is not None and lock.holder().pid == os.getpid()  # type: ignore[union-attr]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="process start times are read from /proc")
def test_a_fresh_lock_of_a_reused_pid_or_an_earlier_boot_is_taken_over(tmp_path: Path, other_process: int) -> None:
    """A lock naming a live pid whose process started at another time (or before a restart) is not a live window's."""
    lock = FileLock(tmp_path / "w.yaml")
    mine = {"host": this_computer(), "pid": other_process, "since": time.time()}
    _write_lock(lock, {**mine, "started": "1"})
    assert lock.acquire() is None
    lock.release()
    _write_lock(lock, {**mine, "started": _start_ticks(other_process), "boot": "an-earlier-boot"})
    assert lock.acquire() is None


def test_an_idle_window_on_this_computer_keeps_its_lock(tmp_path: Path) -> None:
    """A window left open over lunch is alive: its lock, however old, must not be taken from it."""
    first, second = FileLock(tmp_path / "w.yaml"), FileLock(tmp_path / "w.yaml")
    assert first.acquire() is None
    hours_ago = time.time() - 3 * 3600
    os.utime(first.path, (hours_ago, hours_ago))
    assert second.acquire() is not None
    # The same from an older Annotator that wrote no start time: this process began before its lock.
    _write_lock(second, {"host": this_computer(), "pid": os.getpid(), "since": time.time()}, age=3 * 3600)
    assert second.acquire() is not None


def test_a_window_whose_lock_was_taken_learns_it_and_leaves_the_new_lock_alone(tmp_path: Path) -> None:
    """A window whose lock another window took kept writing: the last one to save silently won."""
    first, second = FileLock(tmp_path / "w.yaml"), FileLock(tmp_path / "w.yaml")
    assert first.acquire() is None and first.ensure() is None
    first.path.unlink()  # as a window on another computer does with a lock it takes for abandoned
    assert second.acquire() is None
    taken = first.ensure()
    assert taken is not None and taken == second.holder()
    assert first.refresh() is None and not first.held  # no longer ours: nothing to refresh
    first.release()
    assert second.holder() == taken  # the new holder's lock is still there
    assert second.refresh() is None and second.ensure() is None


def test_a_lock_whose_file_vanished_is_taken_again_before_a_save(tmp_path: Path) -> None:
    """Someone cleaning the folder removed the lock: the window takes it again rather than write unlocked."""
    lock = FileLock(tmp_path / "w.yaml")
    assert lock.acquire() is None
    lock.path.unlink()
    assert lock.ensure() is None and lock.held and lock.holder() is not None


def test_refreshing_keeps_a_held_lock_young(tmp_path: Path) -> None:
    """An idle window's lock aged until another computer took it over as abandoned."""
    lock = FileLock(tmp_path / "w.yaml")
    assert lock.acquire() is None
    old = time.time() - STALE_AFTER - 60
    os.utime(lock.path, (old, old))
    assert lock.refresh() is None
    assert time.time() - lock.path.stat().st_mtime < STALE_AFTER / 2
    assert REFRESH_EVERY * 3 < STALE_AFTER  # a refresh or two may be late (a busy computer) without losing it


@pytest.mark.parametrize("error", [PermissionError(13, "Permission denied"), OSError(30, "Read-only file system")])
def test_a_folder_that_cannot_be_written_raises_instead_of_claiming_a_lock(
    error: OSError, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a read-only folder the caller must learn nothing can be saved (not that someone holds the work)."""
    def refuse(*args: object, **kwargs: object) -> int:
        raise error

    monkeypatch.setattr(lock_module.os, "open", refuse)
    lock = FileLock(tmp_path / "w.yaml")
    with pytest.raises(OSError):
        lock.acquire()
    assert not lock.held


def test_a_full_disk_leaves_no_empty_lock_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A lock file left empty by a full disk looked like a starting app and blocked the next try."""
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock_module.json, "dump", full)
    lock = FileLock(tmp_path / "w.yaml")
    with pytest.raises(OSError) as caught:
        lock.acquire()
    assert caught.value.filename == str(lock.path)  # the message can say where the disk is full
    assert not lock.path.exists()
    monkeypatch.undo()
    assert lock.acquire() is None


@given(st.one_of(st.text(max_size=200),
                 st.dictionaries(st.sampled_from(["host", "pid", "since", "boot", "started"]),
                                 st.one_of(st.none(), st.booleans(), st.floats(), st.integers(), st.text(max_size=20),
                                           st.lists(st.integers(), max_size=2)))
                 .map(json.dumps)))
@example('{"host": "pc-12", "pid": Infinity, "since": 0}')
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_lock_file_contents_never_stop_the_start(tmp_path: Path, contents: str) -> None:
    """A damaged lock file (any text, any JSON) crashed the start instead of being judged alive or stale."""
    lock = FileLock(tmp_path / "w.yaml")
    lock.path.write_text(contents, encoding="utf-8")
    result = lock.acquire()
    assert result is None or isinstance(result, Holder)
    lock.release()
    lock.path.unlink(missing_ok=True)
