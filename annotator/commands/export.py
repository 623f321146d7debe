"""``annotator export``: every highlight of the class, one CSV row each, placed on the lesson's article."""

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
from annotator.commands.grade import refuse_outputs, summary_of_files
from annotator.core.exports import write_csv
from annotator.core.gradebook import EXPORT_COLUMNS, export_rows
from annotator.core.roster import load_class

FORMATS = ("csv",)


def run_export(inputs: list[Path], *, lesson: Path, out_file: Path, out: TextIO, err: TextIO,
               format: str = "csv") -> int:
    """Write every highlight of the class to ``out_file``; return the exit status."""
    if format not in FORMATS:
        print(Commands.tr("unknown export format {format} (choose one of: {formats})").format(
            format=repr(format), formats=", ".join(FORMATS)), file=err)
        return EXIT_PROBLEMS
    pack = load_pack_and_key(lesson, err, need_key=False)
    if pack is None:
        return EXIT_PROBLEMS
    if refuse_outputs(pack, inputs, out_file, None, err):
        return EXIT_PROBLEMS
    roster = load_class(inputs, pack, exclude=[out_file])
    print_problems(roster.messages(), err)
    if not roster.submissions:
        print(Commands.tr("nothing to export: no readable work for lesson '{lesson}' in %n file(s)", "",
                          roster.files).format(lesson=pack.lesson.id), file=err)
        return EXIT_PROBLEMS
    rows = export_rows(roster)
    try:
        write_csv(out_file, EXPORT_COLUMNS, rows)
    except OSError as exc:
        print(write_failure(exc, out_file), file=err)
        return EXIT_PROBLEMS
    print(Commands.tr("exported %n annotation(s) by {students} to {file}", "", len(rows)).format(
        students=summary_of_files(roster), file=out_file), file=out)
    return EXIT_OK
