"""Atomic writes with a backup: a crash leaves the old version or the new one, never half of one.

Each save writes a temporary file beside the target (``.NAME.*.tmp``), flushes it to the disk,
keeps the previous version as ``NAME.bak`` and renames the temporary file over the target.
A temporary file left by a killed save is removed by the next save of the same file.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from pathlib import Path

_RANDOM = re.compile(r"[a-z0-9_]{8}")  # the part tempfile.mkstemp adds between prefix and suffix
LEFTOVER_AFTER = 60  # seconds: a temporary file this old is a killed save's, not a live writer's


def atomic_write(path: Path, content: str | bytes, *, backup: bool = True) -> None:
    """Write a file so that a crash leaves either the old or the new version, never half of one.

    The previous version is kept as ``NAME.bak`` (one generation), so a bad save can be undone
    by hand.
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes owner-only files; a file handed in on a shared drive must stay readable.
        os.chmod(tmp, _mode_for(path))
        if backup and path.exists():
            os.replace(path, backup_path(path)) if os.name == "nt" else _link_backup(path)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def remove_leftovers(path: Path) -> list[Path]:
    """Remove the temporary files (``.NAME.*.tmp``) that killed saves of ``path`` left; return them.

    Only files older than :data:`LEFTOVER_AFTER` go: a fresh one may be another app's save in progress.
    """
    prefix, now = f".{path.name}.", time.time()
    removed: list[Path] = []
    with contextlib.suppress(OSError), os.scandir(path.parent) as entries:
        for entry in entries:
            middle = entry.name[len(prefix):-len(".tmp")]
            if not (entry.name.startswith(prefix) and entry.name.endswith(".tmp") and _RANDOM.fullmatch(middle)):
                continue  # not a temporary file of this very file (".NAME.feedback.yaml.*.tmp" is another's)
            with contextlib.suppress(OSError):  # gone already, or not ours to remove: the save goes on
                if entry.is_file(follow_symlinks=False) and now - entry.stat().st_mtime > LEFTOVER_AFTER:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777  # keep the mode of the file being replaced
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def backup_path(path: Path) -> Path:
    """Where the previous version of a file is kept."""
    return path.with_name(path.name + ".bak")


def _link_backup(path: Path) -> None:
    # A hard link keeps the old version without a moment in which the file is missing.
    bak = backup_path(path)
    bak.unlink(missing_ok=True)
    try:
        os.link(path, bak)
    except OSError:
        bak.write_bytes(path.read_bytes())


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
