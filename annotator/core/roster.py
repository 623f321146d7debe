"""A class's handed-in files, read for grading, export and review: :func:`load_class` and its rules.

Reading a class never stops at a bad file. Each file that cannot be graded is reported on one
line per problem (``FILE:LINE:COL: where: what``) and left out: a file that is not YAML, empty,
not UTF-8, invalid against the schema, made for another lesson, naming categories or prompts
the lesson does not have, or with offsets past the end of the very article it claims; and the
older file of a student who handed in twice. Files made for a changed article are placed again
(anchoring) and say so in a note line.

Decisions beyond the rules above:

- A zip (given, or found in a folder) is read without unpacking it, as :mod:`annotator.core.lms.class_zip`
  says; from a Canvas or Moodle download, each file's LMS id and name are kept beside the name the
  student typed (:mod:`annotator.core.lms`), a mismatch is a note, and the LMS's id is what makes two
  files one student's.
- Folders are read with their subfolders (an LMS download often has one folder per student);
  hidden files, backups (``*.bak``), feedback files (``*.feedback.yaml``) and the command's own
  outputs are skipped silently; any other non-YAML file is reported, and so is anything in the
  folder that is not an ordinary file or folder: a pipe or device, a link to nothing or to itself
  (a loop), a link to a folder (not followed: it could lead anywhere, or round in a circle), a
  folder named like a YAML file.
- A student's file that says Annotator wrote it but does not end as Annotator ends its files
  is graded with a note: it may be cut short or edited by hand (:mod:`annotator.core.workfile`).
- A student is the same student when the ids match, or, for files with no id, when the names
  match ignoring case, accents' composition and spacing and the work was begun at the same time
  (``created:``): two students of one name are both graded, with a note. A file with neither
  name nor id is never a duplicate. The file kept is the one with the latest ``modified:`` time written in it,
  then the latest file time, then the later path.
- Students are listed by name, then id, then file.
- A feedback file that cannot be read, or is about another lesson or student, is reported and
  not applied; the student is still graded.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from annotator.core.annotations import Student, Work
from annotator.core.errors import InvalidFile, Problem
from annotator.core.feedback import Feedback, feedback_path, is_feedback_file, load_feedback
from annotator.core.i18n import Words
from annotator.core.inspection import status_summary
from annotator.core.lms import LmsIdentity, lms_identity, same_person
from annotator.core.lms.class_zip import Source, holds_lesson, is_zip_name, zip_sources
from annotator.core.names import name_key
from annotator.core.pack import Pack
from annotator.core.workfile import load_work, problems_against, seal_note
from annotator.core.worksheet import Worksheet
from annotator.core.yamlevents import collector_paused
from annotator.core.yamlfile import decode_utf8, kind_of_file

_SKIP_SUFFIXES = (".bak", ".tmp")


@dataclass
class Submission:
    """One student's handed-in file, read and placed on the lesson's article."""

    path: Path
    work: Work
    sheet: Worksheet
    feedback: Feedback | None = None
    lms: LmsIdentity | None = None  # who the LMS says handed it in, when its name says
    mtime: float | None = None  # an entry's time in its zip; None: the file's on disk

    @property
    def student(self) -> Student:
        """Who handed it in."""
        return self.work.student


@dataclass
class ClassRoster:
    """What could be read from a class's files: the gradeable submissions, problems and notes."""

    pack: Pack
    submissions: list[Submission] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # why a file (or a feedback file) was left out
    notes: list[Problem] = field(default_factory=list)  # worth knowing, but the file was graded
    files: int = 0  # files looked at

    @property
    def skipped(self) -> int:
        """Files looked at that are not graded."""
        return self.files - len(self.submissions)

    def messages(self) -> list[Problem]:
        """Every problem and note, grouped by file: what a teacher reads about the class's files."""
        return sorted([*self.problems, *self.notes], key=lambda p: p.file)


def real_path(path: Path) -> Path:
    """The absolute path with links followed as far as they go; never fails (a link loop stays as it is)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # Python before 3.13 raises RuntimeError on a link loop
        return Path(os.path.abspath(path))


def _files(inputs: Iterable[Path], exclude: Collection[Path], problems: list[Problem],
           notes: list[Problem]) -> Iterator[Source]:
    """Every candidate file under the inputs (zips opened), once, in order, with why it cannot be read.

    A file found in a folder that is not YAML is reported here; a given file is read whatever its name.
    """
    excluded = [real_path(p) for p in exclude]
    seen: set[Path] = set()
    for given in inputs:
        if given.is_dir():
            found = sorted(p for p in given.rglob("*")
                           if not any(part.startswith(".") for part in p.relative_to(given).parts))
            for p in found:
                if p.name.endswith(_SKIP_SUFFIXES) or is_feedback_file(p):
                    continue
                real = real_path(p)
                if real in seen or any(real == x or real.is_relative_to(x) for x in excluded):
                    continue
                seen.add(real)
                if is_zip_name(p) and p.is_file() and not p.is_symlink():
                    if holds_lesson(p):
                        yield Source(p, Roster.tr("is a lesson pack, not a student's work; not graded"))
                    else:
                        yield from zip_sources(p, problems, notes)
                    continue
                why = _unreadable_in_folder(p)
                if why is None:
                    continue  # a subfolder: its files are in the list too
                yield Source(p, why, lms=lms_identity(p.relative_to(given).as_posix()))
        elif os.path.lexists(given):
            # Read whatever it is: reading says what is wrong with a pipe, a link loop or a dangling link.
            real = real_path(given)
            if is_feedback_file(given):
                problems.append(Problem(str(given), Roster.tr("a teacher's feedback file, not a student's work; "
                                                              "not graded")))
            elif real in seen:
                continue
            elif given.is_file() and is_zip_name(given):
                seen.add(real)
                yield from zip_sources(given, problems, notes)
            else:
                seen.add(real)
                yield Source(given, lms=lms_identity("/".join(given.parts[-2:])))
        else:
            problems.append(Problem(str(given), Roster.tr("no such file or folder")))


class Roster(Words):
    """The words that say why a file of the class was not graded, or what to note about it."""


def _unreadable_in_folder(p: Path) -> str | None:
    """Why an entry of a class folder is not graded, "" for a file to read, None for a subfolder to go into."""
    yaml_name = p.suffix.lower() in (".yaml", ".yml")
    if p.is_symlink() and p.is_dir():
        return Roster.tr("is a link to a folder, which is not followed; give the folder itself to grade the files "
                         "in it")
    if p.is_dir():
        return Roster.tr("is a folder, not a file; only handed-in .yaml files are graded") if yaml_name else None
    if not yaml_name:
        return Roster.tr("not a YAML file ({suffix}); only handed-in .yaml files are graded").format(
            suffix=p.suffix or Roster.tr("no extension"))
    return ""  # reading it says what is wrong with a pipe, a device, a dangling link or a loop


def _read(src: Source, pack: Pack, roster: ClassRoster) -> Submission | None:
    """One file as a submission, or None after recording why it cannot be graded."""
    lesson, article, path = pack.lesson, pack.article, src.path
    try:
        work, doc = load_work(path, text=None if src.data is None else decode_utf8(src.data, str(path)))
    except InvalidFile as exc:
        roster.problems.extend(exc.problems)
        return None
    cut_short = seal_note(doc)
    if cut_short:
        roster.notes.append(Problem(str(path), Roster.tr("note: {note}; graded as it is").format(note=cut_short)))
    if work.lesson_id != lesson.id:
        roster.problems.append(doc.problem(("lesson", "id"), Roster.tr(
            "made for lesson '{made_for}', not '{lesson}'; not graded").format(made_for=work.lesson_id,
                                                                            lesson=lesson.id)))
        return None
    problems = problems_against(doc, lesson, article)
    if problems:
        roster.problems.extend(problems)
        return None
    sheet = Worksheet(lesson, article, work)
    if work.article_sha256 != article.sha256:
        summary = status_summary({s: n for s, n in sheet.status_counts().items() if n})
        roster.notes.append(Problem(str(path), Roster.tr(
            "note: made for a different text of the article; passages found again ({summary})").format(
            summary=summary or Roster.tr("no annotations"))))
    elif sheet.orphans():
        roster.notes.append(Problem(str(path), Roster.tr(
            "note: %n annotation(s) not found in the article (orphaned); they count as extra", "",
            len(sheet.orphans()))))
    if src.lms is not None and src.lms.name and not same_person(work.student.name, src.lms.name):
        roster.notes.append(Problem(str(path), Roster.tr(
            "note: {lms} says {lms_name} (id {lms_id}) handed this in; the file says {typed}; graded as {typed}"
        ).format(
            lms=src.lms.system, lms_name=repr(src.lms.name), lms_id=src.lms.user_id,
            typed=repr(work.student.name or Roster.tr("(no name)")))))
    return Submission(path, work, sheet, _feedback_for(path, work, roster), src.lms, src.mtime)


def _feedback_for(path: Path, work: Work, roster: ClassRoster) -> Feedback | None:
    fpath = feedback_path(path)
    try:
        if not fpath.is_file():
            return None
    except OSError as exc:  # Python before 3.14 raises from is_file for a name too long or a device gone
        if exc.errno == errno.ENAMETOOLONG:
            return None  # a zip's entry may be named longer than a file here can be: no feedback is there
        # else reading it says why it cannot be read (a folder not allowed, a removed device)
    try:
        fb = load_feedback(fpath)
    except InvalidFile as exc:
        not_applied = Roster.tr(" (feedback not applied)")
        roster.problems.extend(replace(p, message=p.message + not_applied) for p in exc.problems)
        return None
    if fb.lesson_id != work.lesson_id:
        roster.problems.append(Problem(str(fpath), Roster.tr("feedback is for lesson '{lesson}'; not applied").format(
            lesson=fb.lesson_id)))
        return None
    if _student_key(fb.student) != _student_key(work.student):
        roster.problems.append(Problem(str(fpath), Roster.tr(
            "feedback is about {student}, but {file} is by {author}; not applied").format(
            student=_who(fb.student), file=path.name, author=_who(work.student))))
        return None
    prompt_ids = {p.id for p in roster.pack.lesson.prompts}
    for pid in fb.prompts:
        if pid not in prompt_ids:
            roster.notes.append(Problem(str(fpath), Roster.tr(
                "note: no prompt '{prompt}' in this lesson; its score is ignored").format(prompt=pid)))
    return fb


def _student_key(s: Student) -> tuple[str, str]:
    if s.id:
        return ("id", s.id.strip())
    return ("name", name_key(s.name))


def _namesakes_apart(files: list[Submission]) -> list[list[Submission]]:
    """Files under one name and no student number, one list per student: told apart by when their work
    began (``created:``). A file that does not say joins the one student who does, as hand-in judges it."""
    by_start: dict[str, list[Submission]] = {}
    for sub in files:
        by_start.setdefault(sub.work.created, []).append(sub)
    undated = by_start.pop("", [])
    if len(by_start) == 1:
        next(iter(by_start.values())).extend(undated)
    elif undated:
        by_start[""] = undated
    return list(by_start.values())


def _who(s: Student) -> str:
    return f"{s.name or Roster.tr('(no name)')}" + (f" ({s.id})" if s.id else "")


def _newness(sub: Submission) -> tuple[datetime, float, str]:
    try:
        stamp = datetime.fromisoformat(sub.work.modified or sub.work.created)
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=UTC)
    except ValueError:
        stamp = datetime.min.replace(tzinfo=UTC)
    try:
        mtime = sub.path.stat().st_mtime if sub.mtime is None else sub.mtime
    except OSError:
        mtime = 0.0
    return stamp, mtime, str(sub.path)


def load_class(inputs: Iterable[Path], pack: Pack, *, exclude: Collection[Path] = ()) -> ClassRoster:
    """Read every handed-in file under ``inputs`` (files or folders); never stops at a bad one."""
    # Hundreds of thousands of small objects that all stay alive: the collector would walk them
    # again and again (0.8 s instead of 0.55 s for 300 hand-edited files).
    with collector_paused():
        return _load_class(inputs, pack, exclude)


def _load_class(inputs: Iterable[Path], pack: Pack, exclude: Collection[Path]) -> ClassRoster:
    roster = ClassRoster(pack)
    subs: list[Submission] = []
    for src in _files(inputs, exclude, roster.problems, roster.notes):
        roster.files += 1
        if src.why:
            roster.problems.append(Problem(str(src.path), src.why))
            continue
        sub = _read(src, pack, roster)
        if sub is not None:
            subs.append(sub)
    by_student: dict[tuple[str, str], list[Submission]] = {}
    for sub in subs:
        key = ("lms:" + sub.lms.lms, sub.lms.user_id) if sub.lms is not None else _student_key(sub.student)
        if key == ("name", ""):
            key = ("file", str(sub.path))
        by_student.setdefault(key, []).append(sub)
    groups: list[list[Submission]] = []
    for key, same_key in by_student.items():
        students = _namesakes_apart(same_key) if key[0] == "name" else [same_key]
        if len(students) > 1:
            latest = [max(group, key=_newness) for group in students]
            roster.problems.append(Problem(str(latest[0].path), Roster.tr(
                "%n students named {name} with no student number, whose work began at different times: each is "
                "graded ({files})", "", len(students)).format(
                name=repr(latest[0].student.name), files=", ".join(str(n.path) for n in latest))))
        groups += students
    for group in groups:
        group.sort(key=_newness)
        newest = group[-1]
        for older in group[:-1]:
            roster.problems.append(Problem(str(older.path), Roster.tr(
                "{student} handed in more than once; graded the newer {newer}, not this file").format(
                student=_who(older.student), newer=newest.path)))
        roster.submissions.append(newest)
    roster.submissions.sort(key=lambda s: (name_key(s.student.name), s.student.id, str(s.path)))
    return roster


def output_problem(out: Path, *, inputs: Iterable[Path], pack: Pack, folder: bool = False,
                   suffix: str = ".csv") -> str:
    """Why writing grades or reports to ``out`` could destroy someone's work, or "" if it is safe.

    A mistyped ``--csv`` must never replace a student's file, the answer key or a lesson. ``suffix``:
    the ending the output file must have when it goes inside the class folder (an export's format).
    """
    real = real_path(out)
    if pack.path.is_dir() and real.is_relative_to(real_path(pack.path)):
        return Roster.tr("is inside the lesson pack; write grades and reports somewhere else")
    for given in inputs:
        given_real = real_path(given)
        if given.is_file() and real == given_real:
            return Roster.tr("is one of the class's files; choose a new file name")
        if given.is_dir() and not folder and real.is_relative_to(given_real) and real.suffix.lower() != suffix:
            return Roster.tr("is inside the class folder and is not a {suffix} file; choose a name ending in "
                             "{suffix}").format(suffix=suffix)
        if folder and (real == given_real or given_real.is_relative_to(real)):
            return Roster.tr("is the class folder itself (or holds it); choose a separate folder for reports")
    if os.path.lexists(out) and not out.exists():
        return Roster.tr("is a link to nothing (or to itself, a loop); choose another name")
    if folder:
        return "" if not out.exists() or out.is_dir() else Roster.tr("is a file, not a folder")
    if out.is_dir():
        return Roster.tr("is a folder; give a file name ending in {suffix}").format(suffix=suffix)
    if out.exists() and (kind_of_file(out) is not None or out.suffix.lower() in (".yaml", ".yml", ".md", ".zip")):
        return Roster.tr("already holds an Annotator file; choose a new file name ending in {suffix}").format(
            suffix=suffix)
    return ""


