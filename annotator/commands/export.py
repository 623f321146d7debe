"""``annotator export``: every highlight of the class, placed on the lesson's article, for other programs.

Formats: ``csv`` (one row per highlight), ``w3c`` (one W3C Web Annotation JSON-LD collection),
``brat`` (a folder: per student ``.txt`` + ``.ann``, and ``annotation.conf``) and ``qdpx`` (a
REFI-QDA project for QualCoder, NVivo, ATLAS.ti and MAXQDA). See :mod:`annotator.core.formats`.
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
    summary_of_files,
    write_failure,
)
from annotator.core.exports import write_csv
from annotator.core.formats.exporting import Exported, write_brat, write_qdpx, write_w3c
from annotator.core.gradebook import EXPORT_COLUMNS, export_rows
from annotator.core.pack import Pack
from annotator.core.roster import ClassRoster, load_class, output_problem

FORMATS = ("csv", "w3c", "brat", "qdpx")
SUFFIXES = {"csv": ".csv", "w3c": ".jsonld", "qdpx": ".qdpx"}  # brat writes a folder


def _refused(pack: Pack, inputs: list[Path], out_file: Path, format: str, err: TextIO) -> bool:
    """Say why the output would overwrite the class's work or the lesson, if it would; True when refused."""
    if format == "brat":
        why = output_problem(out_file, inputs=inputs, pack=pack, folder=True)
    else:
        why = output_problem(out_file, inputs=inputs, pack=pack, suffix=SUFFIXES[format])
    if why:
        print(Commands.tr("{path}: not written: {why}").format(path=out_file, why=why), file=err)
    return bool(why)


def _write(format: str, out_file: Path, roster: ClassRoster) -> Exported:
    if format == "w3c":
        return write_w3c(out_file, roster)
    if format == "brat":
        return write_brat(out_file, roster)
    if format == "qdpx":
        return write_qdpx(out_file, roster)
    rows = export_rows(roster)
    write_csv(out_file, EXPORT_COLUMNS, rows)
    return Exported(len(rows))


def run_export(inputs: list[Path], *, lesson: Path, out_file: Path, out: TextIO, err: TextIO,
               format: str = "csv") -> int:
    """Write every highlight of the class to ``out_file`` (a folder for brat); return the exit status."""
    if format not in FORMATS:
        print(Commands.tr("unknown export format {format} (choose one of: {formats})").format(
            format=repr(format), formats=", ".join(FORMATS)), file=err)
        return EXIT_PROBLEMS
    pack = load_pack_and_key(lesson, err, need_key=False)
    if pack is None:
        return EXIT_PROBLEMS
    if _refused(pack, inputs, out_file, format, err):
        return EXIT_PROBLEMS
    roster = load_class(inputs, pack, exclude=[out_file])
    print_problems(roster.messages(), err)
    if not roster.submissions:
        print(Commands.tr("nothing to export: no readable work for lesson '{lesson}' in %n file(s)", "",
                          roster.files).format(lesson=pack.lesson.id), file=err)
        return EXIT_PROBLEMS
    try:
        done = _write(format, out_file, roster)
    except OSError as exc:
        print(write_failure(exc, out_file), file=err)
        return EXIT_PROBLEMS
    print(Commands.tr("exported %n annotation(s) by {students} to {file}", "", done.highlights).format(
        students=summary_of_files(roster), file=out_file), file=out)
    if done.feedback:
        print(Commands.tr("with %n teacher comment(s) on highlights", "", done.feedback), file=out)
    if done.orphans_left_out:
        print(Commands.tr("%n orphaned highlight(s) left out: they have no place in the article "
                          "(see annotator check)", "", done.orphans_left_out), file=out)
    return EXIT_OK
