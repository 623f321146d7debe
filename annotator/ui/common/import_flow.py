"""File ▸ Import annotations…: another program's annotations as Annotator files in a class folder, from a window.

The same import as ``annotator import FORMAT INPUT… --lesson PACK --out FOLDER``, built on the same
core (:mod:`annotator.core.formats.importing`), with its questions asked through
:class:`~annotator.ui.common.dialogs.Dialogs`:

1. the format and the files or folder (:meth:`Dialogs.choose_import`);
2. if some brat types or Hypothesis tags are no category of the lesson, the category each becomes
   (:meth:`Dialogs.map_types`); nothing is guessed, and a type left out is said in the message;
3. one Annotator file per annotator is written into the folder, never over a file already there
   (the folder is usually the class being reviewed, and a student's own file must never be lost:
   the imported file takes a new name instead);
4. one message says where the highlights landed (exact, moved, fuzzy, orphaned) and every problem,
   one line each; a bad file never stops the others from being imported.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.formats.foreign import NO_KIND, CategoryMap
from annotator.core.formats.importing import (
    build_all,
    folder_problem,
    landed,
    left_out,
    read_foreign,
    to_write,
    unmapped_kinds,
    write_imported,
)
from annotator.core.inspection import status_summary
from annotator.core.pack import Pack
from annotator.ui.common.application import QtWords
from annotator.ui.common.dialogs import Dialogs


class Importing(QtWords):
    """The words of importing annotations."""


def import_annotations(dialogs: Dialogs, pack: Pack, out: Path) -> list[Path] | None:
    """Ask what to import, import it into ``out`` and say how it went; the files written, or None if nothing was."""
    title = Importing.tr("Import annotations")
    why = folder_problem(out, pack)
    if why:
        dialogs.warn(Importing.tr("Not imported"), f"{out}: {why}")
        return None
    chosen = dialogs.choose_import(title)
    if chosen is None:
        return None
    fmt, inputs = chosen
    reading = read_foreign(fmt, inputs, pack)
    mapping = CategoryMap()
    unmapped = unmapped_kinds(reading, pack, mapping)
    if unmapped:
        answer = dialogs.map_types(Importing.tr("Categories for the imported highlights"), dict(unmapped),
                                   [(c.id, c.label) for c in pack.lesson.categories])
        if answer is None:
            return None
        mapping = CategoryMap({k: v for k, v in answer.items() if k in unmapped})
    built = build_all(reading, pack, mapping)
    keep = to_write(built)
    lines = [str(p) for p in reading.problems] + list(reading.notes)
    for kind, n in sorted(left_out(built).items()):
        shown = Importing.tr("(no type or tag)") if kind == NO_KIND else kind
        lines.append(Importing.tr("“{kind}”: %n highlight(s) left out: no category was chosen.", "", n).format(
            kind=shown))
    try:
        written = write_imported(keep, out, keep_existing=True)
    except OSError as exc:
        dialogs.warn(Importing.tr("Not imported"), f"{exc.filename or out}: {exc.strerror or exc}")
        return None
    if written:
        summary = Importing.tr("%n annotator(s) imported into {folder}.", "", len(written)).format(folder=out)
        summary += "\n" + Importing.tr("Where the highlights landed: {counts}.").format(
            counts=status_summary(landed(keep)))
    else:
        summary = Importing.tr("Nothing was imported.")
    if lines:
        dialogs.show_problems(title, summary + "\n" + Importing.tr("%n problem(s):", "", len(lines)), lines)
    else:
        dialogs.inform(title, summary)
    return written or None
