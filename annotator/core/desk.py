"""Where a student's work lives on this computer, and the copy they hand in.

Autosaved work goes to a per-user data folder, one file per lesson and student:
``DATA/work/<lesson-id>/<student>.yaml``. Handing in writes ``<lesson-id>__<student>.yaml``
to a folder the student picks. Preferences (name, text size, language, window sizes, the last hand-in
folder) sit in ``DATA/preferences.json``.
"""

from __future__ import annotations

import errno
import json
import os
import time
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from annotator.core.annotations import Work
from annotator.core.names import student_digest, student_stem
from annotator.core.safe_write import atomic_write
from annotator.core.schemas import dump_yaml


def work_path(data_dir: Path, lesson_id: str, student_name: str, student_id: str = "") -> Path:
    """Where a student's autosaved work for a lesson is kept: one file per exact name and id."""
    # The digest keeps "Ana Pérez" and "Ana Perez" apart on a shared computer.
    digest = student_digest(student_name, student_id)
    return data_dir / "work" / lesson_id / f"{student_stem(student_name, student_id)}-{digest}.yaml"


def hand_in_name(lesson_id: str, student_name: str, student_id: str = "") -> str:
    """The file name a handed-in copy gets: ``<lesson-id>__<student>.yaml``."""
    return f"{lesson_id}__{student_stem(student_name, student_id)}.yaml"


def hand_in(work: Work, folder: Path, *, make_folder: bool = True) -> Path:
    """Write a copy of the work into a folder the student chose; return the file written.

    Handing in again replaces the student's own earlier copy; a file of the same name that
    belongs to someone else (or cannot be read) is never touched: the copy gets ``-2``, ``-3``….
    Two students of the same name (and no student number) are told apart by when their work began.
    ``make_folder=False`` (a folder the student chose): a folder that is no longer there (a USB stick
    taken out) raises FileNotFoundError and is not made.
    """
    if not make_folder and not folder.is_dir():
        # Never made again: a USB stick taken out leaves its mount point's name, and a folder made there
        # would be on this computer's own disk, where the teacher never looks.
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(folder))
    first = folder / hand_in_name(work.lesson_id, work.student.name, work.student.id)
    target, n = first, 2
    while target.exists() and not _belongs_to(target, work):
        target, n = first.with_name(f"{first.stem}-{n}{first.suffix}"), n + 1
    atomic_write(target, dump_yaml(work.to_data(), "annotations", leaves_this_computer=True), backup=False)
    return target


def _belongs_to(path: Path, work: Work) -> bool:
    from annotator.core.errors import AnnotatorError
    from annotator.core.workfile import load_work

    try:
        theirs, _ = load_work(path)
    except AnnotatorError:
        return False
    same_work = theirs.created == work.created or not (theirs.created and work.created)
    return theirs.student == work.student and theirs.lesson_id == work.lesson_id and same_work


def set_aside(path: Path) -> Path:
    """Rename an unreadable file out of the way (never delete it) and return its new name."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.unreadable-{stamp}{path.suffix}")
    path.rename(target)
    return target


DEFAULT_TEXT_SIZE = 13  # points: comfortable for long reading on a classroom screen


@dataclass
class Preferences:
    """What Annotator remembers for the person using this computer account."""

    student_name: str = ""
    student_id: str = ""
    text_size: int = DEFAULT_TEXT_SIZE
    high_contrast: bool = False
    contrast_chosen: bool = False  # high contrast was turned on or off in the View menu (else: as the system asks)
    group_by: str = "category"  # how My highlights is grouped: "category" or "prompt"
    language: str = ""  # the interface language chosen in View ▸ Language or with --lang; "" follows the system
    # The size a person gave each kind of window ("student", "review", ...), as [width, height]; a window
    # that was never resized is not listed and opens at a size fitted to the screen.
    window_sizes: dict[str, list[int]] = field(default_factory=dict)
    hand_in_folder: str = ""  # the folder the student handed in to last time: Hand in opens there again

    def window_size(self, name: str) -> tuple[int, int] | None:
        """The size a person chose for a kind of window, if it was remembered and makes sense."""
        size = self.window_sizes.get(name)
        if isinstance(size, list) and len(size) == 2 and all(type(v) is int and 100 <= v <= 20000 for v in size):
            return size[0], size[1]
        return None

    @classmethod
    def load(cls, data_dir: Path) -> Preferences:
        """Read preferences; anything unreadable falls back to the defaults."""
        return cls._read(data_dir) or cls()

    @classmethod
    def _read(cls, data_dir: Path) -> Preferences | None:
        """The saved preferences, or None when there are none or they cannot be read."""
        try:
            raw = json.loads((data_dir / "preferences.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(raw, dict):
            return None
        prefs = cls()
        for f in fields(cls):
            value = raw.get(f.name)
            if isinstance(value, type(getattr(prefs, f.name))):
                setattr(prefs, f.name, value)
        return prefs

    @classmethod
    def update(cls, data_dir: Path, fallback: Preferences | None = None, **changes: object) -> Preferences:
        """Change some preferences in the file, keeping the rest as saved (another window may have saved);
        if the file cannot be read, the rest comes from ``fallback`` (a window's own), not the defaults."""
        prefs = cls._read(data_dir) or (replace(fallback) if fallback is not None else cls())
        for name, value in changes.items():
            if name not in {f.name for f in fields(cls)}:
                raise AttributeError(f"no preference {name!r}")
            setattr(prefs, name, value)
        prefs.save(data_dir)
        return prefs

    def save(self, data_dir: Path) -> None:
        """Write preferences atomically."""
        atomic_write(data_dir / "preferences.json", json.dumps(asdict(self), indent=2), backup=False)
