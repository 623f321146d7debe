"""Writes that never leave half a file, keep the version before, and clean up after a killed save."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.core import safe_write
from annotator.core.safe_write import LEFTOVER_AFTER, atomic_write, backup_path


def test_atomic_write_keeps_the_previous_version_as_bak(tmp_path: Path) -> None:
    """A student whose last save went wrong could not get the version before it back."""
    path = tmp_path / "work.yaml"
    atomic_write(path, "first\n")
    assert not backup_path(path).exists()
    atomic_write(path, "second\n")
    assert path.read_text() == "second\n"
    assert backup_path(path).read_text() == "first\n"
    atomic_write(path, "third\n")
    assert backup_path(path).read_text() == "second\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work.yaml", "work.yaml.bak"]


def _fail(*args: object, **kwargs: object) -> None:
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("where", ["replace", "fsync", "write"])
def test_a_failed_write_leaves_the_old_file_whole(where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full USB stick or a crash mid-save would leave a student with half a file and no work."""
    path = tmp_path / "work.yaml"
    atomic_write(path, "the student's work\n")
    if where == "replace":
        monkeypatch.setattr(safe_write.os, "replace", _fail)
    elif where == "fsync":
        monkeypatch.setattr(safe_write.os, "fsync", _fail)
    else:
        real_fdopen = os.fdopen

        class HalfWriter:
            def __init__(self, fd: int, mode: str) -> None:
                self.handle = real_fdopen(fd, mode)

            def __enter__(self) -> HalfWriter:
                return self

            def __exit__(self, *exc: object) -> None:
                self.handle.close()

            def write(self, data: bytes) -> int:
                self.handle.write(data[: len(data) // 2])
                raise OSError(28, "No space left on device")

        monkeypatch.setattr(safe_write.os, "fdopen", HalfWriter)
    with pytest.raises(OSError):
        atomic_write(path, "the new version, which never arrives\n" * 1000)
    assert path.read_text() == "the student's work\n"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name not in ("work.yaml", "work.yaml.bak")]
    assert leftovers == []

_KILLED_MID_SAVE = """
import os, signal, sys
from pathlib import Path
from annotator.core import safe_write
# The plug is pulled once the new version is on the disk but before it replaces the old one.
safe_write.os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)
safe_write.atomic_write(Path(sys.argv[1]), "the new version\\n")
"""


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_save_killed_midway_leaves_a_temporary_file_the_next_save_removes(tmp_path: Path) -> None:
    """`kill -9` during a save left `.NAME.yaml.*.tmp` files in the student's folder that nothing ever removed."""
    path = tmp_path / "work.yaml"
    atomic_write(path, "the student's work\n")
    done = subprocess.run([sys.executable, "-c", _KILLED_MID_SAVE, str(path)], capture_output=True, text=True,
                          timeout=60, env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)))
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    [left] = tmp_path.glob(".work.yaml.*.tmp")
    assert path.read_text() == "the student's work\n"
    atomic_write(path, "saved again at once\n")
    assert left.exists()  # a minute-fresh temporary file may be another app's save in progress
    _age(left, LEFTOVER_AFTER + 5)
    atomic_write(path, "saved a while later\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work.yaml", "work.yaml.bak"]


def test_only_this_files_old_temporary_files_are_removed(tmp_path: Path) -> None:
    """Cleaning up after one file must never remove another file's save in progress or other files."""
    path = tmp_path / "ana.yaml"
    names = {
        ".ana.yaml.abc_1234.tmp": True,  # a killed save of this file: removed
        ".ana.yaml.feedback.yaml.k2j4h5g6.tmp": False,  # another file's (its feedback)
        ".ana.yaml.notes.tmp": False,  # not a name a save makes
        "ana.yaml.tmp": False,
        ".ben.yaml.abc_1234.tmp": False,
    }
    for name in names:
        (tmp_path / name).write_text("x")
        _age(tmp_path / name, LEFTOVER_AFTER * 10)
    (tmp_path / ".ana.yaml.fresh123.tmp").write_text("being written by another app")
    atomic_write(path, "work\n")
    kept = {p.name for p in tmp_path.iterdir()}
    assert kept == {"ana.yaml", ".ana.yaml.fresh123.tmp"} | {n for n, gone in names.items() if not gone}


def test_a_leftover_that_cannot_be_removed_does_not_stop_the_save(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Cleaning up is a courtesy: a leftover that cannot be removed must not cost the student a save."""
    path = tmp_path / "work.yaml"
    left = tmp_path / ".work.yaml.zzzzzzzz.tmp"
    left.write_text("x")
    _age(left, LEFTOVER_AFTER * 10)
    real_unlink = os.unlink

    def refuse(target: str, *args: object, **kwargs: object) -> None:
        if target == str(left):
            raise PermissionError(13, "Permission denied", target)
        real_unlink(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(safe_write.os, "unlink", refuse)
    atomic_write(path, "work\n")
    assert path.read_text() == "work\n" and left.exists()
