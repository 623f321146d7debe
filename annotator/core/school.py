"""The school's presets: one optional, machine-wide settings file that IT writes for every classroom computer.

Where it is looked for (the first that exists; ``ANNOTATOR_SCHOOL_SETTINGS`` names another file, or none
when set empty):

- Linux: ``Annotator/settings.yaml`` in each folder of ``$XDG_CONFIG_DIRS`` (by default ``/etc/xdg``);
- Windows: ``%ProgramData%\\Annotator\\settings.yaml``;
- macOS: ``/Library/Application Support/Annotator/settings.yaml``.

It is a YAML file of kind ``annotator/school@1`` (``resources/schemas/school.schema.json``):
``hand_in_folder`` (where Hand in starts), ``lesson_folders`` (more packs in the lesson library),
``teacher_menu`` (whether the Teacher menu shows), ``language`` (the interface language) and ``locked``
(which of the first, second and fourth a person's own choice may not override). Folders may use ``~`` and
environment variables, so one file serves every account (``/srv/hand-in/$USER``).

A missing file is the usual case and changes nothing. A file that is not YAML or breaks the schema is
ignored as a whole, and a folder it names that does not exist is ignored alone; each gives one sentence
(:attr:`SchoolSettings.problems`) that the app prints on stderr and shows once in a dialog at start.
Nothing here writes the file: the app only reads it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.core.i18n import QT_TRANSLATE_NOOP, Words, choose_language, preset_language, supported
from annotator.core.schemas import load_document
from annotator.core.text import one_line

ENV_VAR = "ANNOTATOR_SCHOOL_SETTINGS"
FILE_NAME = "settings.yaml"
LOCKABLE = ("hand_in_folder", "teacher_menu", "language")


@dataclass(frozen=True)
class SchoolSettings:
    """What the school preset; every field empty when there is no settings file."""

    hand_in_folder: Path | None = None
    lesson_folders: tuple[Path, ...] = ()
    teacher_menu: bool | None = None  # None: not preset, the --teacher flag alone decides
    language: str = ""
    locked: frozenset[str] = frozenset()
    source: Path | None = None  # the file read, if any
    # What could not be used, as (sentence, its values): put in words when asked, in the language the app
    # speaks by then (the settings are read before that language is chosen: they may choose it).
    found: tuple[tuple[str, dict[str, str]], ...] = field(default=())

    @property
    def problems(self) -> tuple[str, ...]:
        """What could not be used, one sentence each, in the language spoken now."""
        return tuple(School.tr(text).format(**values) for text, values in self.found)

    def hand_in_start(self, last_used: Path | None) -> Path | None:
        """Where the Hand in dialog opens: the folder the student last used, unless the school's is locked."""
        if self.hand_in_folder is not None and ("hand_in_folder" in self.locked or last_used is None):
            return self.hand_in_folder
        return last_used

    def teacher_menu_shown(self, asked: bool) -> bool:
        """Whether the Teacher menu appears when ``--teacher`` was (``asked``) or was not given."""
        if self.teacher_menu is None:
            return asked
        if "teacher_menu" in self.locked:
            return self.teacher_menu
        return self.teacher_menu or asked


def default_locations() -> list[Path]:
    """Where this system keeps the settings file, most important first."""
    if sys.platform.startswith("win"):
        base = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return [Path(base) / "Annotator" / FILE_NAME]
    if sys.platform == "darwin":
        return [Path("/Library/Application Support/Annotator") / FILE_NAME]
    dirs = [d for d in os.environ.get("XDG_CONFIG_DIRS", "").split(":") if d] or ["/etc/xdg"]
    return [Path(d) / "Annotator" / FILE_NAME for d in dirs]


def settings_file() -> Path | None:
    """The settings file in effect, or None when there is none."""
    named = os.environ.get(ENV_VAR)
    if named is not None:
        return Path(named) if named else None
    return next((p for p in default_locations() if p.is_file()), None)


def load_school_settings(path: Path | None) -> SchoolSettings:
    """Read a settings file; never raises: what cannot be used is left out and said in :attr:`problems`."""
    if path is None or not path.exists():
        return SchoolSettings()
    try:
        data = load_document(path, "school").data
    except AnnotatorError as exc:
        first = one_line(str(exc.problems[0])) if exc.problems else str(path)
        return SchoolSettings(source=path, found=((
            QT_TRANSLATE_NOOP("School", "The school's settings file is ignored because it could not be used: "
                                        "{problem}"), {"problem": first}),))
    problems: list[tuple[str, dict[str, str]]] = []

    def folder(text: str) -> Path | None:
        found = Path(os.path.expandvars(os.path.expanduser(text)))
        if found.is_dir():
            return found
        problems.append((QT_TRANSLATE_NOOP("School", "The folder {folder} named in the school's settings file "
                                                     "{path} does not exist; it is left out."),
                         {"folder": str(found), "path": str(path)}))
        return None

    hand_in = folder(data["hand_in_folder"]) if "hand_in_folder" in data else None
    lessons = tuple(p for p in (folder(t) for t in data.get("lesson_folders", [])) if p is not None)
    return SchoolSettings(hand_in_folder=hand_in, lesson_folders=lessons, teacher_menu=data.get("teacher_menu"),
                          language=data.get("language", ""), locked=frozenset(data.get("locked", [])), source=path,
                          found=tuple(problems))


class School(Words):
    """The words about the school's settings file."""


@cache
def school_settings() -> SchoolSettings:
    """This computer's school settings, read once per run (``school_settings.cache_clear()`` reads again)."""
    return load_school_settings(settings_file())


def fixed_language() -> str | None:
    """The language no person may change on this computer: ``ANNOTATOR_LANGUAGE``, else the school's locked one."""
    school = school_settings()
    locked = supported(school.language) if "language" in school.locked else None
    return preset_language() or locked


def language_to_speak(*, explicit: str | None = None, remembered: str | None = None,
                      system: Iterable[str] = ()) -> str:
    """The language to speak: fixed for the computer, else asked for, else remembered, else the one the school
    suggests, else the system's (the one rule for the command line and the windows)."""
    return choose_language(preset=fixed_language(), explicit=explicit, remembered=remembered,
                           system=[supported(school_settings().language) or "", *system])
