"""Where a student's work lives on this computer, and the copy they hand in.

Autosaved work goes to a per-user data folder, one file per lesson and student:
``DATA/work/<lesson-id>/<student>.yaml``. Handing in writes ``<lesson-id>__<student>.yaml``
to a folder the student picks. Preferences (name, text size) sit in ``DATA/preferences.json``.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from annotator.core.annotations import Work
from annotator.core.storage import atomic_write, dump_yaml


def slug(name: str) -> str:
    """A file-name-safe form of a name that stays readable: ``Ana Pérez`` → ``ana-perez``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return s[:60] or "student"


def work_path(data_dir: Path, lesson_id: str, student_name: str, student_id: str = "") -> Path:
    """Where a student's autosaved work for a lesson is kept."""
    who = slug(f"{student_name} {student_id}".strip())
    return data_dir / "work" / lesson_id / f"{who}.yaml"


def hand_in_name(lesson_id: str, student_name: str) -> str:
    """The file name a handed-in copy gets: ``<lesson-id>__<student>.yaml``."""
    return f"{lesson_id}__{slug(student_name)}.yaml"


def hand_in(work: Work, folder: Path) -> Path:
    """Write a copy of the work into a folder the student chose; return the file written."""
    target = folder / hand_in_name(work.lesson_id, work.student.name)
    atomic_write(target, dump_yaml(work.to_data(), "annotations"), backup=False)
    return target


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

    @classmethod
    def load(cls, data_dir: Path) -> Preferences:
        """Read preferences; anything unreadable falls back to the defaults."""
        try:
            raw = json.loads((data_dir / "preferences.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        prefs = cls()
        for f in fields(cls):
            value = raw.get(f.name)
            if isinstance(value, type(getattr(prefs, f.name))):
                setattr(prefs, f.name, value)
        return prefs

    def save(self, data_dir: Path) -> None:
        """Write preferences atomically."""
        atomic_write(data_dir / "preferences.json", json.dumps(asdict(self), indent=2), backup=False)
