"""A class's handed-in files read straight from a zip (an LMS's download, or any zip), never unpacked.

Each entry is named ``CLASS.zip!/path/in/zip`` in messages and in the grades; that is also where the
teacher's feedback on it is kept (``CLASS.zip!/…/NAME.feedback.yaml``, a folder beside the zip), since a
downloaded zip is never written into.

A zip comes from outside, so it is read with limits, like a lesson pack (:mod:`annotator.core.pack`):
no entry named outside the zip (absolute, ``..``, a drive letter), no links, at most
:data:`MAX_ENTRIES` entries and :data:`MAX_TOTAL` bytes unpacked, no entry over the size of a student's
file or compressed more than :data:`MAX_RATIO` times (a zip bomb), and never more read from an entry
than its header promised. Each bad entry is one line and is skipped; the rest of the class is read.
Hidden entries, ``__MACOSX/`` (a Mac's zip), backups and feedback files are skipped silently.
"""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from annotator.core.errors import Problem
from annotator.core.feedback import is_feedback_file
from annotator.core.i18n import Words
from annotator.core.lms import LmsIdentity, lms_identity
from annotator.core.pack import unsafe_path
from annotator.core.yamlfile import MAX_YAML_BYTES

MAX_ENTRIES = 5000
MAX_TOTAL = 512 * 1024 * 1024  # what the zip says it holds, every entry counted
MAX_READ = 256 * 1024 * 1024  # what is read (the students' YAML files only)
MAX_RATIO = 200  # YAML compresses 5-20 times; hundreds of times is a zip bomb
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
        with zipfile.ZipFile(path) as archive:
            return any(PurePosixPath(n).name == "lesson.yaml" for n in archive.namelist())
    except Exception:  # a damaged or hostile zip fails in many ways
        return None


def zip_sources(path: Path, problems: list[Problem], notes: list[Problem]) -> Iterator[Source]:
    """Every candidate file in a class's zip, in the zip's order, with its bytes or why it cannot be read."""
    try:
        archive = zipfile.ZipFile(path)
    except Exception as exc:  # a damaged or hostile zip fails in many ways; each means "unreadable"
        problems.append(Problem(str(path), ClassZip.tr("not a readable .zip ({why})").format(why=_one_line(exc))))
        return
    with archive:
        infos = [i for i in archive.infolist() if not i.filename.endswith("/") and not _hidden(i.filename)]
        total = sum(i.file_size for i in infos)
        if len(infos) > MAX_ENTRIES or total > MAX_TOTAL:
            problems.append(Problem(str(path), ClassZip.tr(
                "the zip holds {files} files, {size} bytes unpacked: over the limit of {max_files} files and "
                "{max_size} bytes for a class; nothing in it was read").format(
                files=len(infos), size=f"{total:,}", max_files=MAX_ENTRIES, max_size=f"{MAX_TOTAL:,}")))
            return
        named = {i.filename: (lms_identity(i.filename) if _is_yaml(i.filename) else None) for i in infos}
        yaml_entries = [n for n in named if _is_yaml(n)]
        if yaml_entries and not any(named.values()):
            notes.append(Problem(str(path), ClassZip.tr(
                "note: its file names follow neither Canvas's nor Moodle's convention; read as a plain zip, each "
                "student named as they typed")))
        budget = MAX_READ
        for info in infos:
            source = _entry(archive, info, entry_root(path), named[info.filename], budget)
            if source is None:
                continue
            if source.data is not None:
                budget -= len(source.data)
                if yaml_entries and any(named.values()) and source.lms is None:
                    notes.append(Problem(str(source.path), ClassZip.tr(
                        "note: its name follows no LMS convention, unlike the rest of the zip; the student is named "
                        "as they typed")))
            yield source


def _entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, root: Path, who: LmsIdentity | None,
           budget: int) -> Source | None:
    name = info.filename
    shown = name if name.isprintable() else repr(name)[1:-1]
    if unsafe_path(name):
        return Source(root / (PurePosixPath(shown.replace("\\", "/")).name or "?"), ClassZip.tr(
            "the zip names this file {name} outside itself (an absolute path or '..'); not read").format(
            name=repr(shown)))
    entry = root / name
    if name.lower().endswith(_SKIPPED) or is_feedback_file(entry):
        return None
    if not _is_yaml(name):
        suffix = PurePosixPath(name).suffix or ClassZip.tr("no extension")
        return Source(entry, ClassZip.tr("not a YAML file ({suffix}); only handed-in .yaml files are graded").format(
            suffix=suffix))
    if stat.S_ISLNK(info.external_attr >> 16):
        return Source(entry, ClassZip.tr("is a link inside the zip; links are not followed"))
    if info.flag_bits & 0x1:
        return Source(entry, ClassZip.tr("is encrypted in the zip; zip it again without a password"))
    if info.file_size > MAX_YAML_BYTES or info.file_size > budget:
        return Source(entry, ClassZip.tr("is {size} bytes unpacked, over the limit of {limit}").format(
            size=f"{info.file_size:,}", limit=f"{min(MAX_YAML_BYTES, budget):,}"))
    if info.file_size > 1024 and info.file_size > MAX_RATIO * max(1, info.compress_size):
        return Source(entry, ClassZip.tr("compressed suspiciously well (a zip bomb?); not read"))
    try:
        with archive.open(info) as handle:
            data = handle.read(info.file_size + 1)  # a lying header cannot make us expand more
    except Exception as exc:  # bad CRC, unknown compression, cut short: all "unreadable"
        return Source(entry, ClassZip.tr("cannot be read from the zip ({why})").format(why=_one_line(exc)))
    if len(data) > info.file_size:
        return Source(entry, ClassZip.tr("expands past the size the zip declares for it; not read"))
    try:
        mtime = datetime(*info.date_time).timestamp()
    except (ValueError, OverflowError):
        mtime = 0.0
    return Source(entry, "", data, mtime, who)


def _is_yaml(name: str) -> bool:
    return PurePosixPath(name).suffix.lower() in (".yaml", ".yml")


def _hidden(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return bool(parts) and (parts[0] == "__MACOSX" or any(p.startswith(".") and p not in (".", "..") for p in parts))


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
