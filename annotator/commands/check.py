"""``annotator check``: lesson packs, annotation files and answer keys, one line per problem.

Exit status: 0 all good (orphaned highlights are reported, not errors), 1 something is invalid.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from annotator.commands.common import EXIT_OK, EXIT_PROBLEMS, load_pack_and_key, one_line, print_problems
from annotator.core.errors import InvalidFile, Problem
from annotator.core.inspection import Inspection, check_path, folder_entries
from annotator.core.lms.class_zip import Source, holds_lesson, is_zip_name, zip_sources
from annotator.core.pack import Pack
from annotator.core.yamlfile import YamlFile


def run_check(paths: list[Path], *, lesson: Path | None, out: TextIO, err: TextIO) -> int:
    """Check each path; print a summary per good file and one line per problem. Return the exit status."""
    pack: Pack | None = None
    bad = False
    if lesson is not None:
        pack = load_pack_and_key(lesson, err, need_key=False)  # student files are checked against the article
        if pack is None:
            return EXIT_PROBLEMS
    for item in _expand(paths):
        try:
            if isinstance(item, Problem):
                raise InvalidFile(item)
            if isinstance(item, str):  # a note on a zip: worth knowing, not wrong
                print(one_line(item), file=out)
                continue
            if isinstance(item, Source):
                if item.why:
                    raise InvalidFile(Problem(str(item.path), item.why))
                lines = check_path(item.path, pack, data=item.data)
            else:
                lines = check_path(item, pack)
            for line in lines:
                print(line, file=out)
        except InvalidFile as exc:
            print_problems(exc.problems, err)
            bad = True
    return EXIT_PROBLEMS if bad else EXIT_OK


def _expand(paths: list[Path]) -> list[Path | Problem | Source | str]:
    """The paths to check: a folder that is not a lesson pack stands for the YAML files in it (a class), and
    a zip without a lesson.yaml for the files in it (a class's download, read without unpacking it).

    A folder among those files (``x.yaml/``) is a problem of its own; a folder with nothing to check is one too.
    """
    out: list[Path | Problem | Source | str] = []
    for path in paths:
        if path.is_file() and is_zip_name(path) and holds_lesson(path) is False:
            problems: list[Problem] = []
            notes: list[Problem] = []
            sources = list(zip_sources(path, problems, notes))
            if not sources and not problems:  # empty, or only a Mac's resource forks: never a silent "all good"
                problems.append(Problem(str(path), Inspection.tr(
                    "not a lesson pack: it has no lesson.yaml, and no .yaml files to check")))
            out.extend(problems)
            out.extend(str(n) for n in notes)
            out.extend(sources)
            continue
        if path.is_dir() and not (path / "lesson.yaml").exists():
            try:
                entries = folder_entries(path)
            except InvalidFile as exc:
                out.extend(exc.problems)
                continue
            out.extend(Problem(str(p), YamlFile.tr("is a folder, not a file")) if p.is_dir() else p for p in entries)
        else:
            out.append(path)
    return out
