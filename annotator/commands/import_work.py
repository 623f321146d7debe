"""``annotator import``: other programs' annotations (brat, Hypothesis, W3C) as one Annotator file per annotator.

Prints, per file written, where its highlights landed on the lesson's article (exact, moved,
fuzzy, orphaned), as ``check`` does, and a summary line. Every problem is one line on stderr
(``FILE:LINE: what``); a bad file, line or annotation never stops the others from being imported.
Exit status: 0 all imported, 1 something could not be imported (the rest was), 2 a usage mistake.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from annotator.commands.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    load_pack_and_key,
    print_problems,
    write_failure,
)
from annotator.core.errors import InvalidFile
from annotator.core.formats.foreign import CategoryMap, parse_map, read_map_file
from annotator.core.formats.importing import (
    FORMATS,
    build_all,
    folder_problem,
    landed,
    left_out,
    read_foreign,
    to_write,
    write_imported,
)
from annotator.core.i18n import Words
from annotator.core.inspection import status_summary
from annotator.core.pack import Pack
from annotator.core.yamlfile import decode_utf8, read_bytes


class ImportCommand(Words):
    """The words ``annotator import`` prints for a teacher."""


def _mapping(pack: Pack, entries: list[str], map_file: Path | None, err: TextIO) -> CategoryMap | None:
    try:
        if map_file is not None:
            entries = read_map_file(decode_utf8(read_bytes(map_file, limit=1024 * 1024, what="mapping file"),
                                                str(map_file))) + entries
        return parse_map(entries, pack.lesson)
    except InvalidFile as exc:
        print_problems(exc.problems, err)
    except ValueError as exc:
        print(exc, file=err)
    return None


def run_import(fmt: str, inputs: list[Path], *, lesson: Path, out_dir: Path, out: TextIO, err: TextIO,
               maps: list[str] | None = None, map_file: Path | None = None, student: str = "") -> int:
    """Import annotations of format ``fmt`` from ``inputs`` into ``out_dir``; return the exit status."""
    if fmt not in FORMATS:
        print(ImportCommand.tr("unknown import format {format} (choose one of: {formats})").format(
            format=repr(fmt), formats=", ".join(FORMATS)), file=err)
        return EXIT_USAGE
    pack = load_pack_and_key(lesson, err, need_key=False)
    if pack is None:
        return EXIT_PROBLEMS
    mapping = _mapping(pack, list(maps or []), map_file, err)
    if mapping is None:
        return EXIT_USAGE
    why = folder_problem(out_dir, pack, inputs)
    if why:
        print(ImportCommand.tr("{folder}: not written: {why}").format(folder=out_dir, why=why), file=err)
        return EXIT_PROBLEMS
    reading = read_foreign(fmt, inputs, pack, student=student.strip())
    print_problems(reading.problems, err)
    print_problems(reading.notes, err)
    built = build_all(reading, pack, mapping)
    unmapped = left_out(built)
    for kind, n in sorted(unmapped.items()):
        print(ImportCommand.tr("type or tag '{kind}' (%n highlight(s)) is no category of lesson '{lesson}'; not "
                               "imported: add --map '{kind}=CATEGORY'", "", n).format(kind=kind, lesson=pack.lesson.id),
              file=err)
    keep = to_write(built)
    try:
        written = write_imported(keep, out_dir)
    except OSError as exc:
        print(write_failure(exc, out_dir), file=err)
        return EXIT_PROBLEMS
    for b, path in zip(keep, written, strict=True):
        counts = status_summary(b.counts)
        print(ImportCommand.tr("{path}: {student} ({source}): %n annotations: {counts}", "",
                               len(b.work.annotations)).format(
            path=path, student=b.work.student.name or ImportCommand.tr("unnamed"), source=b.source, counts=counts),
              file=out)
    totals = landed(keep)
    summary = status_summary(totals)
    highlights = ImportCommand.tr("%n highlight(s)", "", sum(totals.values()))
    print(ImportCommand.tr("imported {highlights} by %n annotator(s) into {folder}: {summary}", "",
                           len(written)).format(highlights=highlights, folder=out_dir, summary=summary), file=out)
    bad = reading.problems or unmapped or not written
    return EXIT_PROBLEMS if bad else EXIT_OK
