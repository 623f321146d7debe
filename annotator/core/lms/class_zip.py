"""A class's handed-in files read straight from a zip (an LMS's download, or any zip), never unpacked.

Each entry is named ``CLASS.zip!/path/in/zip`` in messages and in the grades; that is also where the
teacher's feedback on it is kept (``CLASS.zip!/…/NAME.feedback.yaml``, a folder beside the zip), since a
downloaded zip is never written into.

A zip comes from outside, so it is read by :mod:`annotator.core.zip_reading`, as a lesson pack and a
brat corpus are, within :data:`LIMITS`: no entry named outside the zip, no links, no zip bombs, no entry
over the size of a student's file. Each bad entry is one line and is skipped; the rest of the class is
read. Hidden entries, ``__MACOSX/`` (a Mac's zip), backups and feedback files are skipped silently.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from annotator.core.errors import InvalidFile, Problem
from annotator.core.feedback import is_feedback_file
from annotator.core.i18n import Words
from annotator.core.lms import LmsIdentity, lms_identity
from annotator.core.yamlfile import MAX_YAML_BYTES
from annotator.core.zip_reading import ZipEntry, ZipLimits, ZipReader

LIMITS = ZipLimits(files=5000, total=512 * 1024 * 1024, entry=MAX_YAML_BYTES, read=256 * 1024 * 1024)
"""A class's zip: thousands of files, 512 MB as the zip declares them, 256 MB of students' YAML read."""
_SKIPPED = (".bak", ".tmp")


class ClassZip(Words):
    """The words about a zip of handed-in files."""


@dataclass(frozen=True)
class Source:
    """One candidate file of a class: on disk, or an entry of a zip (with its bytes), and what the LMS says."""

    path: Path
    why: str = ""  # why it cannot be read, "" if it may be
    data: bytes | None = None  # an entry's bytes; None for a file on disk
    mtime: float | None = None  # an entry's time in the zip; None: ask the disk
    lms: LmsIdentity | None = None


def entry_root(zip_path: Path) -> Path:
    """The path a zip's entries are named under (and their feedback is kept in): ``CLASS.zip!``."""
    return zip_path.with_name(zip_path.name + "!")


def is_zip_name(path: Path) -> bool:
    """Whether a path is named as a zip."""
    return path.suffix.lower() == ".zip"


def holds_lesson(path: Path) -> bool | None:
    """Whether a zip is a lesson pack (it has a lesson.yaml) rather than a class's files; None if unreadable."""
    try:
        with ZipReader(path, LIMITS) as archive:
            return any(PurePosixPath(n).name == "lesson.yaml" for n in archive.names)
    except InvalidFile:
        return None


def zip_sources(path: Path, problems: list[Problem], notes: list[Problem]) -> Iterator[Source]:
    """Every candidate file in a class's zip, in the zip's order, with its bytes or why it cannot be read."""
    try:
        archive = ZipReader(path, LIMITS)
    except InvalidFile as exc:
        problems.extend(exc.problems)
        return
    with archive:
        root = entry_root(path)
        named = {n: (lms_identity(n) if _is_yaml(n) else None) for n in archive.names if not _hidden(n)}
        # Whether the zip is an LMS's download: some of its YAML files named by Canvas's or Moodle's convention.
        from_lms = any(named.values())
        if not from_lms and any(_is_yaml(n) for n in named):
            notes.append(Problem(str(path), ClassZip.tr(
                "note: its file names follow neither Canvas's nor Moodle's convention; read as a plain zip, each "
                "student named as they typed")))
        for entry in archive.entries(wanted=lambda n: n in named and _is_yaml(n) and not _skipped(root / n)):
            if entry.name not in named:
                continue  # hidden: a Mac's resource forks, a dot-file
            source = _source(entry, root, named[entry.name])
            if source is None:
                continue
            if source.data is not None and from_lms and source.lms is None:
                notes.append(Problem(str(source.path), ClassZip.tr(
                    "note: its name follows no LMS convention, unlike the rest of the zip; the student is named "
                    "as they typed")))
            yield source


def _source(entry: ZipEntry, root: Path, who: LmsIdentity | None) -> Source | None:
    if not entry.inside:
        return Source(root / (PurePosixPath(entry.shown).name or "?"), entry.why)
    path = root / entry.name
    if _skipped(path):
        return None
    if not _is_yaml(entry.name):
        suffix = PurePosixPath(entry.name).suffix or ClassZip.tr("no extension")
        return Source(path, ClassZip.tr("not a YAML file ({suffix}); only handed-in .yaml files are graded").format(
            suffix=suffix))
    if entry.why or entry.data is None:
        return Source(path, entry.why)
    return Source(path, "", entry.data, entry.mtime, who)


def _skipped(path: Path) -> bool:
    """Backups and the teacher's feedback files: not a student's work, and not worth a line."""
    return path.name.lower().endswith(_SKIPPED) or is_feedback_file(path)


def _is_yaml(name: str) -> bool:
    return PurePosixPath(name).suffix.lower() in (".yaml", ".yml")


def _hidden(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return bool(parts) and (parts[0] == "__MACOSX" or any(p.startswith(".") and p not in (".", "..") for p in parts))
