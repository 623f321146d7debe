"""``annotator grade`` and ``annotator export``: a class's handed-in files, scored and written out.

Reading a class never stops at a bad file. Each file that cannot be graded is reported on one
line per problem (``FILE:LINE:COL: where: what``) and left out: a file that is not YAML, empty,
not UTF-8, invalid against the schema, made for another lesson, naming categories or prompts
the lesson does not have, or with offsets past the end of the very article it claims; and the
older file of a student who handed in twice. Files made for a changed article are placed again
(anchoring) and say so in a note line.

Decisions not spelled out in the design:

- Folders are read with their subfolders (an LMS download often has one folder per student);
  hidden files, backups (``*.bak``), feedback files (``*.feedback.yaml``) and the command's own
  outputs are skipped silently; any other non-YAML file is reported.
- A student is the same student when the ids match, or, for files with no id, when the names
  match ignoring case, accents' composition and spacing and the work was begun at the same time
  (``created:``): two students of one name are both graded, with a note. A file with neither
  name nor id is never a duplicate. The file kept is the one with the latest ``modified:`` time written in it,
  then the latest file time, then the later path.
- Students are listed by name, then id, then file.
- A feedback file that cannot be read, or is about another lesson or student, is reported and
  not applied; the student is still graded.
- Problems and notes go to stderr; stdout gets one summary line.
"""

from __future__ import annotations

import argparse
import gc
import sys
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from annotator.core.annotations import Student, Work
from annotator.core.errors import InvalidFile, Problem
from annotator.core.exports import class_reports, write_csv, write_report
from annotator.core.feedback import Feedback, feedback_path, is_feedback_file, load_feedback, number
from annotator.core.key import load_key
from annotator.core.pack import Pack, load_pack
from annotator.core.scoring import StudentScore, apply_feedback, score_work
from annotator.core.storage import kind_of
from annotator.core.workfile import load_work, problems_against
from annotator.core.worksheet import Worksheet

EXIT_OK, EXIT_PROBLEMS = 0, 1
_SKIP_SUFFIXES = (".bak", ".tmp")


@dataclass
class Submission:
    """One student's handed-in file, read and placed on the lesson's article."""

    path: Path
    work: Work
    sheet: Worksheet
    feedback: Feedback | None = None

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

    def report(self, err: TextIO) -> None:
        """Print every problem and note, one line each, grouped by file."""
        for line in sorted([*self.problems, *self.notes], key=lambda p: p.file):
            print(line, file=err)


def _files(inputs: Iterable[Path], exclude: Collection[Path], problems: list[Problem]) -> Iterator[tuple[Path, bool]]:
    """Every candidate file under the inputs, once, in order, and whether it was found in a folder."""
    excluded = [p.resolve() for p in exclude]
    seen: set[Path] = set()
    for given in inputs:
        if given.is_dir():
            found = sorted(p for p in given.rglob("*") if p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(given).parts))
            for p in found:
                if p.name.endswith(_SKIP_SUFFIXES) or is_feedback_file(p):
                    continue
                real = p.resolve()
                if real in seen or any(real == x or real.is_relative_to(x) for x in excluded):
                    continue
                seen.add(real)
                yield p, True
        elif given.is_file():
            if is_feedback_file(given):
                problems.append(Problem(str(given), "a teacher's feedback file, not a student's work; not graded"))
            elif given.resolve() not in seen:
                seen.add(given.resolve())
                yield given, False
        else:
            problems.append(Problem(str(given), "no such file or folder"))


def _read(path: Path, pack: Pack, roster: ClassRoster) -> Submission | None:
    """One file as a submission, or None after recording why it cannot be graded."""
    lesson, article = pack.lesson, pack.article
    try:
        work, doc = load_work(path)
    except InvalidFile as exc:
        roster.problems.extend(exc.problems)
        return None
    if work.lesson_id != lesson.id:
        roster.problems.append(doc.problem(("lesson", "id"), f"made for lesson '{work.lesson_id}', not "
                                                             f"'{lesson.id}'; not graded"))
        return None
    problems = problems_against(doc, lesson, article)
    if problems:
        roster.problems.extend(problems)
        return None
    sheet = Worksheet(lesson, article, work)
    if work.article_sha256 != article.sha256:
        summary = ", ".join(f"{n} {s.value}" for s, n in sheet.status_counts().items() if n)
        roster.notes.append(Problem(str(path), "note: made for a different text of the article; passages "
                                               f"found again ({summary or 'no annotations'})"))
    elif sheet.orphans():
        roster.notes.append(Problem(str(path), f"note: {len(sheet.orphans())} annotation(s) not found in the "
                                               "article (orphaned); they count as extra"))
    return Submission(path, work, sheet, _feedback_for(path, work, roster))


def _feedback_for(path: Path, work: Work, roster: ClassRoster) -> Feedback | None:
    fpath = feedback_path(path)
    if not fpath.is_file():
        return None
    try:
        fb = load_feedback(fpath)
    except InvalidFile as exc:
        roster.problems.extend(replace(p, message=p.message + " (feedback not applied)") for p in exc.problems)
        return None
    if fb.lesson_id != work.lesson_id:
        roster.problems.append(Problem(str(fpath), f"feedback is for lesson '{fb.lesson_id}'; not applied"))
        return None
    if _student_key(fb.student) != _student_key(work.student):
        roster.problems.append(Problem(str(fpath), f"feedback is about {_who(fb.student)}, but {path.name} is "
                                                   f"by {_who(work.student)}; not applied"))
        return None
    prompt_ids = {p.id for p in roster.pack.lesson.prompts}
    for pid in fb.prompts:
        if pid not in prompt_ids:
            roster.notes.append(Problem(str(fpath), f"note: no prompt '{pid}' in this lesson; its score is ignored"))
    return fb


def _student_key(s: Student) -> tuple[str, str]:
    if s.id:
        return ("id", s.id.strip())
    return ("name", " ".join(unicodedata.normalize("NFC", s.name).casefold().split()))


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
    return f"{s.name or '(no name)'}" + (f" ({s.id})" if s.id else "")


def _newness(sub: Submission) -> tuple[datetime, float, str]:
    try:
        stamp = datetime.fromisoformat(sub.work.modified or sub.work.created)
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=UTC)
    except ValueError:
        stamp = datetime.min.replace(tzinfo=UTC)
    try:
        mtime = sub.path.stat().st_mtime
    except OSError:
        mtime = 0.0
    return stamp, mtime, str(sub.path)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a class is read.

    Reading builds hundreds of thousands of small objects that stay alive; the collector would
    otherwise walk the growing heap again and again (0.8 s instead of 0.55 s for 300 hand-edited files).
    What it would find is freed when it runs again at the end.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_class(inputs: Iterable[Path], pack: Pack, *, exclude: Collection[Path] = ()) -> ClassRoster:
    """Read every handed-in file under ``inputs`` (files or folders); never stops at a bad one."""
    with _collector_paused():
        return _load_class(inputs, pack, exclude)


def _load_class(inputs: Iterable[Path], pack: Pack, exclude: Collection[Path]) -> ClassRoster:
    roster = ClassRoster(pack)
    subs: list[Submission] = []
    for path, in_folder in _files(inputs, exclude, roster.problems):
        roster.files += 1
        if in_folder and path.suffix.lower() not in (".yaml", ".yml"):
            roster.problems.append(Problem(str(path), f"not a YAML file ({path.suffix or 'no extension'}); "
                                                      "only handed-in .yaml files are graded"))
            continue
        sub = _read(path, pack, roster)
        if sub is not None:
            subs.append(sub)
    by_student: dict[tuple[str, str], list[Submission]] = {}
    for sub in subs:
        key = _student_key(sub.student)
        if key == ("name", ""):
            key = ("file", str(sub.path))
        by_student.setdefault(key, []).append(sub)
    groups: list[list[Submission]] = []
    for key, same_key in by_student.items():
        students = _namesakes_apart(same_key) if key[0] == "name" else [same_key]
        if len(students) > 1:
            newest = [max(group, key=_newness) for group in students]
            roster.problems.append(Problem(str(newest[0].path), (
                f"{len(students)} students named {newest[0].student.name!r} with no student number, whose work "
                f"began at different times: each is graded ({', '.join(str(n.path) for n in newest)})")))
        groups += students
    for group in groups:
        group.sort(key=_newness)
        newest = group[-1]
        for older in group[:-1]:
            roster.problems.append(Problem(str(older.path), f"{_who(older.student)} handed in more than once; "
                                                            f"graded the newer {newest.path}, not this file"))
        roster.submissions.append(newest)
    roster.submissions.sort(key=lambda s: (" ".join(s.student.name.casefold().split()), s.student.id, str(s.path)))
    return roster


def _load_pack_and_key(args: argparse.Namespace, *, need_key: bool) -> Pack | None:
    """The lesson pack (with ``--key`` put in its place when given), or None after printing why not."""
    key_path: Path | None = getattr(args, "key", None)
    try:
        pack = load_pack(args.lesson, with_key=need_key and key_path is None)
        if need_key and key_path is not None:
            pack = replace(pack, key=load_key(key_path, pack.lesson, pack.article))
    except InvalidFile as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return None
    if need_key and pack.key is None:
        print(f"{pack.name}: lesson '{pack.lesson.id}' has no answer key (key.yaml); give one with --key KEY",
              file=sys.stderr)
        return None
    return pack


def output_problem(out: Path, *, inputs: Iterable[Path], pack: Pack, folder: bool = False) -> str:
    """Why writing grades or reports to ``out`` could destroy someone's work, or "" if it is safe.

    A mistyped ``--csv`` must never replace a student's file, the answer key or a lesson.
    """
    real = out.resolve()
    if pack.path.is_dir() and real.is_relative_to(pack.path.resolve()):
        return "is inside the lesson pack; write grades and reports somewhere else"
    for given in inputs:
        given_real = given.resolve()
        if given.is_file() and real == given_real:
            return "is one of the class's files; choose a new file name"
        if given.is_dir() and not folder and real.is_relative_to(given_real) and real.suffix.lower() != ".csv":
            return "is inside the class folder and is not a .csv file; choose a name ending in .csv"
        if folder and (real == given_real or given_real.is_relative_to(real)):
            return "is the class folder itself (or holds it); choose a separate folder for reports"
    if folder:
        return "" if not out.exists() or out.is_dir() else "is a file, not a folder"
    if out.is_dir():
        return "is a folder; give a file name ending in .csv"
    if out.exists():
        try:
            head = out.read_text(encoding="utf-8-sig", errors="replace")[:4096]
        except OSError:
            head = ""
        if kind_of(head) is not None or out.suffix.lower() in (".yaml", ".yml", ".md", ".zip"):
            return "already holds an Annotator file; choose a new file name ending in .csv"
    return ""


def _refuse_outputs(pack: Pack, inputs: list[Path], csv_path: Path, report_dir: Path | None) -> bool:
    problems = [(csv_path, output_problem(csv_path, inputs=inputs, pack=pack))]
    if report_dir is not None:
        problems.append((report_dir, output_problem(report_dir, inputs=inputs, pack=pack, folder=True)))
    for path, why in problems:
        if why:
            print(f"{path}: not written: {why}", file=sys.stderr)
    return any(why for _, why in problems)


def _summary_files(roster: ClassRoster) -> str:
    skipped = f" ({roster.skipped} not used: see the messages above)" if roster.skipped else ""
    students = "1 student" if len(roster.submissions) == 1 else f"{len(roster.submissions)} students"
    files = "1 file" if roster.files == 1 else f"{roster.files} files"
    return f"{students} from {files}{skipped}"


GRADE_COLUMNS_AFTER = ("total", "max_total", "found", "missed", "extra", "file")


def grade_rows(roster: ClassRoster, scores: list[StudentScore]) -> tuple[list[str], list[list[object]]]:
    """The gradebook header and one row per student."""
    prompts = [p.id for p in roster.pack.lesson.prompts]
    header = ["student_name", "student_id", *prompts, *GRADE_COLUMNS_AFTER]
    rows: list[list[object]] = []
    for sub, score in zip(roster.submissions, scores, strict=True):
        rows.append([sub.student.name, sub.student.id, *(number(score.prompts[p].score) for p in prompts),
                     number(score.total), number(score.max_total), score.found, score.missed, score.extra,
                     str(sub.path)])
    return header, rows


def run_grade(args: argparse.Namespace) -> int:
    """``annotator grade``: write the gradebook CSV (and reports); return the exit status."""
    pack = _load_pack_and_key(args, need_key=True)
    if pack is None:
        return EXIT_PROBLEMS
    report_dir: Path | None = args.report
    if _refuse_outputs(pack, args.inputs, args.csv, report_dir):
        return EXIT_PROBLEMS
    roster = load_class(args.inputs, pack, exclude=[p for p in (args.csv, report_dir) if p is not None])
    roster.report(sys.stderr)
    if not roster.submissions:
        print(f"nothing to grade: no readable work for lesson '{pack.lesson.id}' in {roster.files} files",
              file=sys.stderr)
        return EXIT_PROBLEMS
    scores = [apply_feedback(score_work(s.sheet, pack), s.feedback) for s in roster.submissions]
    header, rows = grade_rows(roster, scores)
    try:
        write_csv(args.csv, header, rows)
        written = f"grades in {args.csv}"
        if report_dir is not None:
            entries = ((sub.student, sub.sheet, score, sub.feedback, sub.path.name)
                       for sub, score in zip(roster.submissions, scores, strict=True))
            for rel, page in class_reports(pack, entries):
                write_report(report_dir / rel, page)
            written += (f", {len(scores)} reports in {report_dir / 'teacher'} (with the key) and "
                        f"{report_dir / 'students'} (to hand back)")
    except OSError as exc:
        print(f"{exc.filename or args.csv}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"graded {_summary_files(roster)} against lesson '{pack.lesson.id}'; {written}")
    return EXIT_OK


EXPORT_COLUMNS = ("student_name", "student_id", "category", "prompt", "quote", "note", "start", "end", "status",
                  "file")


def export_rows(roster: ClassRoster) -> list[list[object]]:
    """One row per annotation, students in roster order, annotations in reading order, orphans last.

    ``start``/``end`` are where the annotation sits on the lesson's article now (after anchoring);
    they are empty for an orphan, whose ``status`` says so.
    """
    rows: list[list[object]] = []
    for sub in roster.submissions:
        sheet = sub.sheet
        placed = []
        for a in sub.work.annotations.values():
            span = sheet.shown_span(a.id)
            placed.append((span is None, span or (0, 0), a.id, a, span))
        placed.sort(key=lambda t: t[:3])
        for _, _, _, a, span in placed:
            start, end = span if span is not None else ("", "")
            rows.append([sub.student.name, sub.student.id, a.category, a.prompt, a.quote, a.note, start, end,
                         sheet.status(a.id).value, str(sub.path)])
    return rows


def run_export(args: argparse.Namespace) -> int:
    """``annotator export``: every annotation of the class as one CSV row; return the exit status."""
    pack = _load_pack_and_key(args, need_key=False)
    if pack is None:
        return EXIT_PROBLEMS
    if _refuse_outputs(pack, args.inputs, args.out, None):
        return EXIT_PROBLEMS
    roster = load_class(args.inputs, pack, exclude=[args.out])
    roster.report(sys.stderr)
    if not roster.submissions:
        print(f"nothing to export: no readable work for lesson '{pack.lesson.id}' in {roster.files} files",
              file=sys.stderr)
        return EXIT_PROBLEMS
    rows = export_rows(roster)
    try:
        write_csv(args.out, EXPORT_COLUMNS, rows)
    except OSError as exc:
        print(f"{exc.filename or args.out}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"exported {len(rows)} annotations by {_summary_files(roster)} to {args.out}")
    return EXIT_OK
