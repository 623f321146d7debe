"""``annotator grade``: the class's handed-in files scored against the key, as a gradebook CSV and reports.

Reading the class never stops at a bad file (:mod:`annotator.core.roster`); every file left out is
reported on stderr, one line per problem, and stdout gets one summary line.

``--missed`` and ``--confusion`` (what the class missed and what they took it for,
:mod:`annotator.core.class_insight`) live here rather than on ``agreement`` because they are
about the key: ``grade`` is the command that needs one (and takes ``--key`` for another), and it
has already scored every student against it, so the figures can never disagree with the grades.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from annotator.commands.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    Commands,
    load_pack_and_key,
    print_problems,
    write_failure,
)
from annotator.core.class_insight import confusion_rows, key_insight, missed_rows
from annotator.core.exports import class_reports, write_csv, write_report
from annotator.core.gradebook import grade_rows
from annotator.core.pack import Pack
from annotator.core.roster import ClassRoster, load_class, output_problem
from annotator.core.scoring import score_with_feedback


def refuse_outputs(pack: Pack, inputs: list[Path], csv_path: Path, report_dir: Path | None, err: TextIO,
                   more: tuple[Path | None, ...] = ()) -> bool:
    """Say why an output would overwrite the class's work or the lesson, if it would; True when refused."""
    problems = [(p, output_problem(p, inputs=inputs, pack=pack)) for p in (csv_path, *more) if p is not None]
    if report_dir is not None:
        problems.append((report_dir, output_problem(report_dir, inputs=inputs, pack=pack, folder=True)))
    for path, why in problems:
        if why:
            print(Commands.tr("{path}: not written: {why}").format(path=path, why=why), file=err)
    return any(why for _, why in problems)


def summary_of_files(roster: ClassRoster) -> str:
    """"12 students from 14 files (2 not used: …)": how much of the class was read."""
    students = Commands.tr("%n student(s)", "", len(roster.submissions))
    files = Commands.tr("%n file(s)", "", roster.files)
    if roster.skipped:
        return Commands.tr("{students} from {files} (%n not used: see the messages above)", "",
                           roster.skipped).format(students=students, files=files)
    return Commands.tr("{students} from {files}").format(students=students, files=files)


def run_grade(inputs: list[Path], *, lesson: Path, csv: Path, out: TextIO, err: TextIO, key: Path | None = None,
              report: Path | None = None, missed: Path | None = None, confusion: Path | None = None) -> int:
    """Write the gradebook CSV (and, with ``report``, each student's reports; with ``missed`` and ``confusion``
    what the class made of each key passage); return the exit status."""
    pack = load_pack_and_key(lesson, err, key=key, need_key=True)
    if pack is None:
        return EXIT_PROBLEMS
    extra = (missed, confusion)
    if refuse_outputs(pack, inputs, csv, report, err, extra):
        return EXIT_PROBLEMS
    roster = load_class(inputs, pack, exclude=[p for p in (csv, report, *extra) if p is not None])
    print_problems(roster.messages(), err)
    if not roster.submissions:
        print(Commands.tr("nothing to grade: no readable work for lesson '{lesson}' in %n file(s)", "",
                          roster.files).format(lesson=pack.lesson.id), file=err)
        return EXIT_PROBLEMS
    scores = [score_with_feedback(s.sheet, pack, s.feedback) for s in roster.submissions]
    header, rows = grade_rows(roster, scores)
    insight = key_insight(scores, pack.lesson)
    target = csv
    try:
        write_csv(csv, header, rows)
        written = Commands.tr("grades in {file}").format(file=csv)
        for path, table, what in ((missed, missed_rows(insight.passages, pack.lesson), Commands.tr("key passages")),
                                  (confusion, confusion_rows(insight.table, pack.lesson),
                                   Commands.tr("confusion table"))):
            if path is not None:
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
            written += Commands.tr(", %n report(s) in {teacher} (with the key) and {students} (to hand back)", "",
                                   len(scores)).format(teacher=report / "teacher", students=report / "students")
    except OSError as exc:
        print(write_failure(exc, target), file=err)
        return EXIT_PROBLEMS
    print(Commands.tr("graded {students} against lesson '{lesson}'; {written}").format(
        students=summary_of_files(roster), lesson=pack.lesson.id, written=written), file=out)
    return EXIT_OK
