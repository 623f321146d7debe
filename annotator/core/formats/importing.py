"""Importing other programs' annotations as Annotator files, one per annotator, ready for ``check`` and ``grade``.

:func:`read_foreign` reads the inputs of one format, never stopping at a bad file: every problem
is one line and the other files are still read. :func:`write_imported` writes one student's file
per annotator into the output folder, named as a handed-in file is
(``<lesson>__<student>.yaml``); names come from the inputs, so they are made safe file names and
nothing is ever written outside the folder. A file already there is replaced (its previous
version kept as ``.bak``), so importing again after adding a ``--map`` updates the class; the
windows pass ``keep_existing`` instead, since there the folder is the class being reviewed and a
file already in it may be a student's own: the imported file then takes a new name (``-2``, ...).
"""

from __future__ import annotations

import errno
import os
import stat
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from annotator.core.anchoring import Status
from annotator.core.annotations import Student
from annotator.core.desk import hand_in_name
from annotator.core.errors import InvalidFile, Problem
from annotator.core.formats.brat import read_brat
from annotator.core.formats.foreign import (
    MAX_INPUT_BYTES,
    NO_KIND,
    Built,
    CategoryMap,
    Reading,
    build_work,
    load_json,
    merge_by_student,
)
from annotator.core.formats.hypothesis import read_hypothesis
from annotator.core.formats.w3c import read_w3c
from annotator.core.i18n import Words
from annotator.core.pack import Pack
from annotator.core.roster import real_path
from annotator.core.workfile import save_work
from annotator.core.yamlfile import decode_utf8, read_bytes

FORMATS = ("brat", "hypothesis", "w3c")
_JSON_SUFFIXES = (".json", ".jsonld")


class ImportingFiles(Words):
    """The words of importing other programs' files: what was left out, and files not found."""


def _json_files(inputs: list[Path], problems: list[Problem]) -> list[Path]:
    files: list[Path] = []
    for given in inputs:
        if given.is_dir():
            found = sorted(p for p in given.rglob("*") if p.is_file() and p.suffix.lower() in _JSON_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(given).parts))
            if not found:
                problems.append(Problem(str(given), ImportingFiles.tr("no .json or .jsonld files in this folder")))
            files += found
        elif given.exists():
            files.append(given)
        else:
            problems.append(Problem(str(given), ImportingFiles.tr("no such file or folder")))
    return files


def read_foreign(fmt: str, inputs: list[Path], pack: Pack, *, student: str = "") -> Reading:
    """Every annotator's highlights in the inputs of one format (``brat``, ``hypothesis`` or ``w3c``)."""
    reading = Reading()
    if fmt == "brat":
        got = read_brat(inputs, pack.article.text, student=student)
        # One person's .ann files (or every file, with --student) are one work, as for the JSON formats.
        reading.works, reading.problems, reading.notes = merge_by_student(got.works), got.problems, got.notes
        return reading
    for path in _json_files(inputs, reading.problems):
        try:
            text = decode_utf8(read_bytes(path, limit=MAX_INPUT_BYTES, what="file"), str(path))
            data = load_json(text, str(path))
        except InvalidFile as exc:
            reading.problems.extend(exc.problems)
            continue
        if fmt == "hypothesis":
            h = read_hypothesis(data, text, str(path))
            reading.problems += h.problems
            if h.page_notes and h.replies:
                reading.notes.append(ImportingFiles.tr("{file}: note: left out {page_notes} and {replies}: they are "
                                                       "not highlights of a passage").format(
                    file=path, page_notes=ImportingFiles.tr("%n page note(s)", "", h.page_notes),
                    replies=ImportingFiles.tr("%n reply(ies)", "", h.replies)))
            elif h.page_notes or h.replies:
                skipped = (ImportingFiles.tr("%n page note(s)", "", h.page_notes) if h.page_notes
                           else ImportingFiles.tr("%n reply(ies)", "", h.replies))
                reading.notes.append(ImportingFiles.tr("{file}: note: left out {skipped}: they are not highlights "
                                                       "of a passage").format(file=path, skipped=skipped))
            works = h.works
        else:
            w = read_w3c(data, text, str(path), default_student=student or path.stem)
            reading.problems += w.problems
            if w.skipped:
                reading.notes.append(ImportingFiles.tr("{file}: note: left out %n teacher comment(s) (motivation "
                                                       "'assessing'): feedback lives in the teacher's own files", "",
                                                       w.skipped).format(file=path))
            works = w.works
        if student:
            for fw in works:
                fw.student = Student(student)
        reading.works += works
    reading.works = merge_by_student(reading.works)
    return reading


def unmapped_kinds(reading: Reading, pack: Pack, mapping: CategoryMap) -> Counter[str]:
    """Each type or tag of a highlight that maps to no category, with how many highlights have it."""
    found: Counter[str] = Counter()
    for fw in reading.works:
        for h in fw.highlights:
            if mapping.category_for(h.kinds, pack.lesson) is None:
                found.update(h.kinds or (NO_KIND,))
    return found


def build_all(reading: Reading, pack: Pack, mapping: CategoryMap) -> list[Built]:
    """Each annotator's highlights placed on the lesson's article, in order of name."""
    built = [build_work(fw, pack.lesson, pack.article, mapping) for fw in reading.works]
    built.sort(key=lambda b: (b.work.student.name.casefold(), b.work.student.id))
    return built


def to_write(built: list[Built]) -> list[Built]:
    """The works worth a file: all but those whose every highlight was left out for want of a category."""
    return [b for b in built if b.work.annotations or not b.unmapped]


def left_out(built: Iterable[Built]) -> Counter[str]:
    """Each type or tag that mapped to no category, with how many highlights were left out for it."""
    found: Counter[str] = Counter()
    for b in built:
        found.update(b.unmapped)
    return found


def landed(built: Iterable[Built]) -> dict[Status, int]:
    """How many highlights of the works landed each way on the article (exact, moved, fuzzy, orphaned)."""
    totals = dict.fromkeys(Status, 0)
    for b in built:
        for status, n in b.counts.items():
            totals[status] += n
    return totals


def folder_problem(out: Path, pack: Pack, inputs: Iterable[Path] = ()) -> str:
    """Why importing into ``out`` could harm the lesson or the inputs, or "" when it is safe.

    The command and the windows both ask this before anything is read or written; each says the answer
    its own way (``FOLDER: not written: WHY`` on stderr, a message box). ``inputs``: the files being
    imported, which must not be in ``out`` when a file already there is replaced (the command's way);
    the windows ask before the inputs are chosen and never replace a file (``keep_existing``).
    """
    try:
        info = out.stat()
    except OSError as exc:  # Path.exists raises some of these before Python 3.14, and says "no" to the others
        why = _unusable(out, exc)
        if why:
            return why
    else:
        if not stat.S_ISDIR(info.st_mode):
            return ImportingFiles.tr("is a file, not a folder")
    real = real_path(out)  # never raises on a link loop, as Path.resolve does before Python 3.13
    if pack.path.is_dir() and real.is_relative_to(real_path(pack.path)):
        return ImportingFiles.tr("is inside the lesson pack; import into a folder of its own")
    if any(given.suffix.lower() in (".yaml", ".yml") and real == real_path(given).parent and _is_file(given)
           for given in inputs):
        return ImportingFiles.tr("holds the files being imported")
    return ""


def _unusable(out: Path, exc: OSError) -> str:
    """Why a folder that cannot be looked at cannot be imported into, or "" when it is only still to be made."""
    if exc.errno == errno.ELOOP:
        return ImportingFiles.tr("is, or is inside, a link that leads back to itself (a link loop)")
    if exc.errno == errno.ENOENT:
        if out.is_symlink():
            return ImportingFiles.tr("is a link to {target}, which does not exist").format(target=os.readlink(out))
        return ""  # made when the first file is written
    if exc.errno == errno.ENOTDIR:
        in_the_way = next((p for p in out.parents if _is_file(p)), None)
        if in_the_way is not None:
            return ImportingFiles.tr("{other} is a file, not a folder").format(other=in_the_way)
    # a name too long, a device taken out (Input/output error), a folder not allowed
    return ImportingFiles.tr("cannot be used: {why}").format(why=exc.strerror or type(exc).__name__)


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def write_imported(built: list[Built], out: Path, *, keep_existing: bool = False) -> list[Path]:
    """Write each annotator's work into ``out``; return the files written, in order.

    ``keep_existing``: never replace a file already in ``out``; give the imported one a new name.
    """
    written: list[Path] = []
    taken: set[str] = set()
    for b in built:
        student = b.work.student
        first = hand_in_name(b.work.lesson_id, student.name, student.id)
        name, n = first, 2
        # Two annotators whose names make the same file name ("Ana Pérez", "Ana Perez"), or a file kept.
        while name in taken or (keep_existing and os.path.lexists(out / name)):
            name, n = first.replace(".yaml", f"-{n}.yaml"), n + 1
        taken.add(name)
        target = out / name
        save_work(target, b.work)
        written.append(target)
    return written
