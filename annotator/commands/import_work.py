"""``annotator import``: other programs' annotations (brat, Hypothesis, W3C) as one Annotator file per annotator.

Prints, per file written, where its highlights landed on the lesson's article (exact, moved,
fuzzy, orphaned), as ``check`` does, and a summary line. Every problem is one line on stderr
(``FILE:LINE: what``); a bad file, line or annotation never stops the others from being imported.
Exit status: 0 all imported, 1 something could not be imported (the rest was), 2 a usage mistake.
"""

from __future__ import annotations

from collections import Counter
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
from annotator.core.anchoring import Status
from annotator.core.errors import InvalidFile
from annotator.core.formats.foreign import CategoryMap, parse_map, read_map_file
from annotator.core.formats.importing import FORMATS, build_all, read_foreign, write_imported
from annotator.core.pack import Pack
from annotator.core.yamlfile import decode_utf8, read_bytes


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


def _out_problem(out: Path, pack: Pack, inputs: list[Path]) -> str:
    """Why writing into ``out`` could damage the lesson or the inputs, or "" when it is safe."""
    if out.exists() and not out.is_dir():
        return "is a file, not a folder"
    real = out.resolve()
    if pack.path.is_dir() and real.is_relative_to(pack.path.resolve()):
        return "is inside the lesson pack; import into a folder of its own"
    if any(given.is_file() and real == given.resolve().parent and given.suffix.lower() in (".yaml", ".yml")
           for given in inputs):
        return "holds the files being imported"
    return ""


def run_import(fmt: str, inputs: list[Path], *, lesson: Path, out_dir: Path, out: TextIO, err: TextIO,
               maps: list[str] | None = None, map_file: Path | None = None, student: str = "") -> int:
    """Import annotations of format ``fmt`` from ``inputs`` into ``out_dir``; return the exit status."""
    if fmt not in FORMATS:
        print(f"unknown import format {fmt!r} (choose one of: {', '.join(FORMATS)})", file=err)
        return EXIT_USAGE
    pack = load_pack_and_key(lesson, err, need_key=False)
    if pack is None:
        return EXIT_PROBLEMS
    mapping = _mapping(pack, list(maps or []), map_file, err)
    if mapping is None:
        return EXIT_USAGE
    why = _out_problem(out_dir, pack, inputs)
    if why:
        print(f"{out_dir}: not written: {why}", file=err)
        return EXIT_PROBLEMS
    reading = read_foreign(fmt, inputs, pack, student=student.strip())
    print_problems(reading.problems, err)
    print_problems(reading.notes, err)
    built = build_all(reading, pack, mapping)
    unmapped: Counter[str] = Counter()
    for b in built:
        unmapped.update(b.unmapped)
    for kind, n in sorted(unmapped.items()):
        print(f"type or tag '{kind}' ({n} highlight{'s' if n > 1 else ''}) is no category of lesson "
              f"'{pack.lesson.id}'; not imported: add --map '{kind}=CATEGORY'", file=err)
    keep = [b for b in built if b.work.annotations or not b.unmapped]
    try:
        written = write_imported(keep, out_dir)
    except OSError as exc:
        print(write_failure(exc, out_dir), file=err)
        return EXIT_PROBLEMS
    totals = dict.fromkeys(Status, 0)
    for b, path in zip(keep, written, strict=True):
        counts = ", ".join(f"{n} {s.value}" for s, n in b.counts.items())
        print(f"{path}: {b.work.student.name or 'unnamed'} ({b.source}): {len(b.work.annotations)} "
              f"annotations: {counts}", file=out)
        for s, n in b.counts.items():
            totals[s] += n
    summary = ", ".join(f"{n} {s.value}" for s, n in totals.items())
    print(f"imported {sum(totals.values())} highlights by {len(written)} annotator(s) into {out_dir}: {summary}",
          file=out)
    bad = reading.problems or unmapped or not written
    return EXIT_PROBLEMS if bad else EXIT_OK
