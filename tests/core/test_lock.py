"""The lock that lets one running app at a time write a student's file."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from annotator.core.lock import FileLock


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
