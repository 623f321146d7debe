"""What every command shares: exit statuses, one problem per line, the lesson pack and its key."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from annotator.core import text
from annotator.core.errors import InvalidFile, Problem
from annotator.core.i18n import Words
from annotator.core.key import load_key
from annotator.core.pack import Pack, load_pack
from annotator.core.roster import ClassRoster, output_problem

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class Commands(Words):
    """The words the commands print for a teacher, in the language of the command line (``--lang``)."""


def one_line(problem: Problem | str) -> str:
    """A problem as the single line the commands promise, even if a name or value holds a line break."""
    return " ".join(str(problem).splitlines())


def print_problems(problems: Iterable[Problem | str], err: TextIO) -> None:
    """Print each problem on a line of its own."""
    for problem in problems:
        print(one_line(problem), file=err)


def write_failure(exc: OSError, fallback: Path) -> str:
    """``FILE: cannot write: why`` for a failed write, naming the file the teacher asked for.

    A save goes through a temporary file beside the target; the teacher never typed that name,
    so it is never the one reported. A file standing where a folder of the path should be is named.
    """
    why = exc.strerror or text.one_line(str(exc))
    other = Path(os.fsdecode(exc.filename)) if isinstance(exc.filename, str | bytes | os.PathLike) else None
    if other is None or other == fallback or (other.name.startswith(".") and other.name.endswith(".tmp")):
        return Commands.tr("{file}: cannot write: {why}").format(file=fallback, why=why)
    in_the_way = next((p for p in fallback.parents if p.exists() and not p.is_dir()), None)
    if in_the_way is not None:
        return Commands.tr("{file}: cannot write: {other} is a file, not a folder").format(
            file=fallback, other=in_the_way)
    # a folder that could not be made, a backup…
    return Commands.tr("{file}: cannot write: {why} ({other})").format(file=fallback, why=why, other=other)


def load_pack_and_key(lesson: Path, err: TextIO, *, key: Path | None = None, need_key: bool) -> Pack | None:
    """The lesson pack (with ``key`` put in its place when given), or None after printing why not."""
    try:
        pack = load_pack(lesson, with_key=need_key and key is None)
        if need_key and key is not None:
            pack = replace(pack, key=load_key(key, pack.lesson, pack.article))
    except InvalidFile as exc:
        print_problems(exc.problems, err)
        return None
    if need_key and pack.key is None:
        print(Commands.tr("{pack}: lesson '{lesson}' has no answer key (key.yaml); give one with --key KEY").format(
            pack=pack.name, lesson=pack.lesson.id), file=err)
        return None
    return pack


def refuse_outputs(pack: Pack, inputs: list[Path], err: TextIO, *, files: tuple[Path | None, ...] = (),
                   folders: tuple[Path | None, ...] = ()) -> bool:
    """Say why an output file or folder would overwrite the class's work or the lesson, if one would; True then."""
    problems = [(p, output_problem(p, inputs=inputs, pack=pack)) for p in files if p is not None]
    problems += [(p, output_problem(p, inputs=inputs, pack=pack, folder=True)) for p in folders if p is not None]
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
