"""``annotator grade``: the class's handed-in files scored against the key, as a gradebook CSV and reports.

Reading the class never stops at a bad file (:mod:`annotator.core.roster`); every file left out is
reported on stderr, one line per problem, and stdout gets one summary line.

``--missed`` and ``--confusion`` (what the class missed and what they took it for,
:mod:`annotator.core.class_insight`) live here rather than on ``agreement`` because they are
about the key: ``grade`` is the command that needs one (and takes ``--key`` for another), and it
has already scored every student against it, so the figures can never disagree with the grades.

``--gradebook canvas|moodle`` also writes the LMS's own import file (fresh, or ``--fill`` the one it
exported; a fresh Moodle worksheet is headed in the language of ``--lang``) and, with ``--report``, a zip
of the students' reports named for the LMS's bulk feedback upload (:mod:`annotator.core.lms.returns`).
The gradebook given is only read, never written.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TextIO

from annotator.commands.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    Commands,
    load_pack_and_key,
    print_problems,
    refuse_outputs,
    summary_of_files,
    write_failure,
)
from annotator.core.class_insight import confusion_rows, key_insight, missed_rows
from annotator.core.errors import InvalidFile
from annotator.core.exports import class_reports, write_csv, write_report
from annotator.core.gradebook import grade_rows
from annotator.core.i18n import current_language
from annotator.core.lms import LMS_NAMES
from annotator.core.lms.csv_cells import read_table
from annotator.core.lms.returns import Graded, Made, feedback_zip, fill, fresh
from annotator.core.roster import ClassRoster, load_class, real_path
from annotator.core.safe_write import atomic_write
from annotator.core.scoring import StudentScore, score_with_feedback


class LmsReturn:
    """What ``--gradebook`` asks for: which LMS, the assignment, its points, the gradebook to fill, the output."""

    def __init__(self, kind: str, assignment: str = "", points: float | None = None, fill: Path | None = None,
                 out: Path | None = None) -> None:
        self.kind, self.assignment, self.points, self.fill = kind, assignment, points, fill
        self.out = out

    def target(self, csv: Path) -> Path:
        """Where the LMS's file goes: as asked, else beside the gradebook given or the grades CSV."""
        if self.out is not None:
            return self.out
        if self.fill is not None:
            return self.fill.with_name(f"{self.fill.stem}-annotator.csv")
        return csv.with_name(f"{csv.stem}-{self.kind}.csv")


def _graded(roster: ClassRoster, scores: list[StudentScore]) -> list[Graded]:
    return [Graded(s.student.name, s.lms, sc.total, sc.max_total, s.feedback.overall if s.feedback else "",
                   s.work.modified, str(s.path)) for s, sc in zip(roster.submissions, scores, strict=True)]


def _make_lms(lms: LmsReturn, csv: Path, graded: list[Graded]) -> Made:
    """The LMS's gradebook, made before anything is written; raise ``InvalidFile`` for a gradebook that is not one."""
    if lms.fill is not None:
        return fill(lms.kind, read_table(lms.fill), graded, assignment=lms.assignment, points=lms.points)
    return fresh(lms.kind, graded, assignment=lms.assignment, points=lms.points, name=str(lms.target(csv)),
                 graded_at=datetime.now().strftime("%Y-%m-%d %H:%M"), language=current_language())


def _write_lms(lms: LmsReturn, made: Made, csv: Path, graded: list[Graded], pages: list[str], report: Path | None,
               err: TextIO) -> str:
    """Write the LMS's gradebook (and feedback zip); what was written, for the summary line."""
    system, target = LMS_NAMES[lms.kind], lms.target(csv)
    print_problems(made.notes, err)
    atomic_write(target, made.data, backup=False)
    written = Commands.tr(", {lms} gradebook in {file} (%n student(s))", "", made.rows).format(lms=system, file=target)
    if report is not None:
        zip_path = report / f"{lms.kind}-feedback.zip"
        stems = [Path(p).stem for p in pages]
        bundle = feedback_zip(lms.kind, [(g, stem, (report / "students" / f"{stem}.html").read_text(encoding="utf-8"))
                                         for g, stem in zip(graded, stems, strict=True)], str(zip_path))
        print_problems(bundle.notes, err)
        atomic_write(zip_path, bundle.data, backup=False)
        written += Commands.tr(", %n report(s) for {lms}'s bulk feedback upload in {file}", "", bundle.rows).format(
            lms=system, file=zip_path)
    return written


def run_grade(inputs: list[Path], *, lesson: Path, csv: Path, out: TextIO, err: TextIO, key: Path | None = None,
              report: Path | None = None, missed: Path | None = None, confusion: Path | None = None,
              lms: LmsReturn | None = None) -> int:
    """Write the gradebook CSV (and, with ``report``, each student's reports; with ``missed`` and ``confusion``
    what the class made of each key passage; with ``lms``, the LMS's gradebook); return the exit status."""
    pack = load_pack_and_key(lesson, err, key=key, need_key=True)
    if pack is None:
        return EXIT_PROBLEMS
    extra = (missed, confusion, lms.target(csv) if lms is not None else None)
    refused = refuse_outputs(pack, inputs, err, files=(csv, *extra), folders=(report,))
    if refused or (lms is not None and _refuse_lms(lms, csv, err)):
        return EXIT_PROBLEMS
    roster = load_class(inputs, pack, exclude=[p for p in (csv, report, *extra) if p is not None])
    print_problems(roster.messages(), err)
    if not roster.submissions:
        print(Commands.tr("nothing to grade: no readable work for lesson '{lesson}' in %n file(s)", "",
                          roster.files).format(lesson=pack.lesson.id), file=err)
        return EXIT_PROBLEMS
    scores = [score_with_feedback(s.sheet, pack, s.feedback) for s in roster.submissions]
    header, rows = grade_rows(roster, scores)
    # What the class made of each key passage, only when a table or the reports show it (a fifth of grading).
    insight = key_insight(scores, pack.lesson) if (missed, confusion, report) != (None, None, None) else None
    graded = _graded(roster, scores)
    try:
        made = _make_lms(lms, csv, graded) if lms is not None else None
    except InvalidFile as exc:  # the gradebook to fill is not one: nothing is written
        print_problems(exc.problems, err)
        return EXIT_PROBLEMS
    target = csv
    pages: list[str] = []  # the students' copies of the reports, in roster order
    try:
        write_csv(csv, header, rows)
        written = Commands.tr("grades in {file}").format(file=csv)
        tables: list[tuple[Path, tuple[list[str], list[list[object]]], str]] = []
        if insight is not None and missed is not None:
            tables.append((missed, missed_rows(insight.passages, pack.lesson), Commands.tr("key passages")))
        if insight is not None and confusion is not None:
            tables.append((confusion, confusion_rows(insight.table, pack.lesson), Commands.tr("confusion table")))
        for path, table, what in tables:
            target = path
            write_csv(path, *table)
            written += Commands.tr(", {what} in {file}").format(what=what, file=path)
        if report is not None:
            target = report
            entries = ((sub.student, sub.sheet, score, sub.feedback, sub.path.name)
                       for sub, score in zip(roster.submissions, scores, strict=True))
            for rel, page in class_reports(pack, entries, insight):
                target = report / rel
                write_report(target, page)
                if rel.parts[0] == "students":
                    pages.append(rel.name)
            written += Commands.tr(", %n report(s) in {teacher} (with the key) and {students} (to hand back)", "",
                                   len(scores)).format(teacher=report / "teacher", students=report / "students")
        if lms is not None and made is not None:
            target = lms.target(csv)
            written += _write_lms(lms, made, csv, graded, pages, report, err)
    except OSError as exc:
        print(write_failure(exc, target), file=err)
        return EXIT_PROBLEMS
    print(Commands.tr("graded {students} against lesson '{lesson}'; {written}").format(
        students=summary_of_files(roster), lesson=pack.lesson.id, written=written), file=out)
    return EXIT_OK


def _refuse_lms(lms: LmsReturn, csv: Path, err: TextIO) -> bool:
    """Refuse an LMS output that would replace the gradebook given, or the grades CSV; True when refused."""
    target = lms.target(csv)
    if any(p is not None and real_path(p) == real_path(target) for p in (lms.fill, csv)):
        print(Commands.tr("{path}: not written: it is the gradebook you gave or the grades CSV, which are never "
                          "replaced; choose another name with --gradebook-out").format(path=target), file=err)
        return True
    if lms.fill is not None and not lms.fill.is_file():
        print(Commands.tr("{path}: no such gradebook file").format(path=lms.fill), file=err)
        return True
    return False
