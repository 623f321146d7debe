"""``annotator check``: lesson packs, annotation files and answer keys, one line per problem.

Exit status: 0 all good (orphaned highlights are reported, not errors), 1 something is invalid.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from annotator.commands.common import EXIT_OK, EXIT_PROBLEMS, print_problems
from annotator.core.errors import InvalidFile
from annotator.core.inspection import check_path
from annotator.core.pack import Pack, load_pack


def run_check(paths: list[Path], *, lesson: Path | None, out: TextIO, err: TextIO) -> int:
    """Check each path; print a summary per good file and one line per problem. Return the exit status."""
    pack: Pack | None = None
    bad = False
    if lesson is not None:
        try:
            pack = load_pack(lesson, with_key=False)  # student files are checked against the article
        except InvalidFile as exc:
            print_problems(exc.problems, err)
            return EXIT_PROBLEMS
    for path in _expand(paths):
        try:
            for line in check_path(path, pack):
                print(line, file=out)
        except InvalidFile as exc:
            print_problems(exc.problems, err)
            bad = True
    return EXIT_PROBLEMS if bad else EXIT_OK


def _expand(paths: list[Path]) -> list[Path]:
    """The paths to check: a folder that is not a lesson pack stands for the YAML files in it (a class)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir() and not (path / "lesson.yaml").exists():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in (".yaml", ".yml")
                           and not p.name.startswith("."))
            out.extend(found or [path])  # an empty folder is reported as "no lesson.yaml" by load_pack
        else:
            out.append(path)
    return out
