"""``annotator new-lesson ARTICLE [--title T] [--out DIR]``: make, check and describe a lesson pack."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from annotator.commands.common import EXIT_OK, EXIT_PROBLEMS, Commands, one_line
from annotator.core.authoring import import_notes, make_lesson_pack, summary
from annotator.core.errors import AnnotatorError
from annotator.core.inspection import check_path


def run_new_lesson(article: Path, *, out: TextIO, err: TextIO, title: str | None = None,
                   folder: Path | None = None, language: str | None = None) -> int:
    """``annotator new-lesson ARTICLE [--title T] [--out DIR]``: make, check and describe a pack. Exit status."""
    try:
        made, (lesson, imported) = make_lesson_pack(article, title=title, out=folder, language=language)
        checked = check_path(made, None)  # exactly what `annotator check FOLDER` says
    except AnnotatorError as exc:
        first = one_line(exc.problems[0]) if exc.problems else str(exc)
        more = len(exc.problems) - 1
        print(first + (Commands.tr(" (and %n more)", "", more) if more > 0 else ""), file=err)
        return EXIT_PROBLEMS
    except OSError as exc:
        where = exc.filename or folder or article
        print(Commands.tr("{where}: cannot write the lesson pack ({why})").format(where=where, why=exc.strerror or exc),
              file=err)
        return EXIT_PROBLEMS
    print(Commands.tr("made lesson pack {folder} (language: {language})").format(folder=made,
                                                                                  language=lesson.language), file=out)
    print(summary(lesson, imported), file=out)
    for note in import_notes(imported):
        print(note, file=out)
    for warning in imported.warnings:
        print(Commands.tr("warning: {file}: {warning}").format(file=article, warning=warning), file=err)
    for line in checked:
        print(line, file=out)
    print(Commands.tr("next: adapt the prompts (lesson.yaml, or Edit this lesson… in the app), then: annotator check "
                      "{folder}").format(folder=made), file=out)
    return EXIT_OK
