"""Canvas's file names and gradebook CSV, as Canvas itself writes and reads them.

Followed: Canvas's own code (instructure/canvas-lms: ``lib/content_zipper.rb`` at 05e9653c,
``app/models/assignment.rb`` ``infer_comment_context_from_filename``, ``lib/gradebook_exporter.rb`` at
0140a2ef), since the Canvas Instructor Guide's pages "How do I download all student submissions for an
assignment?", "How do I upload files as comments on student submissions in bulk?" ("Re-upload
submissions") and "How do I import grades in the Gradebook?" show the names only by example.

- **Download Submissions** names each file ``<name>_[LATE_]<user id>_<file id>_<file name>``:
  ``<name>`` is the student's sortable name ("Pérez, Ana") lower-cased with everything but letters,
  digits and ``_`` removed (``perezana``); ``LATE`` marks a late submission; with anonymous grading
  the name is left out and the id is ``anon_<anonymous id>``. Only the latest submission is in the
  zip, but it may hold several files.
- **Re-upload submissions** (bulk feedback) attaches a file of a zip to a student's submission when
  the first two parts of its name made only of digits are the student's user id and the id of a file
  they handed in: so a report is named as their download was, with the report's own name last.
- **Gradebook import** takes the CSV the gradebook exports: ``Student, ID, SIS User ID, SIS Login ID,
  Section``, then one column per assignment headed ``Title (assignment id)``, a row ``Points Possible``
  first; a new column named after an assignment that does not exist yet makes one.

**Language.** Unlike Moodle's worksheet, these headings are English in every language Canvas speaks, so
Annotator reads only the English ones. ``GradebookExporter#to_csv`` (``lib/gradebook_exporter.rb`` at
0140a2ef) sets ``I18n.locale`` to the user's, but writes ``"Student"`` (or ``"LastName"``, ``"FirstName"``),
``"ID"``, ``"SIS User ID"``, ``"SIS Login ID"``, ``"Section"`` and ``"    Points Possible"`` as plain string
literals, not through ``I18n.t``; what the locale changes is the ``"(read only)"`` cells (``I18n.t``), the
numbers (``I18n.n``: ``8,5`` for a French user) and, by the user's setting, the separator (``CSVWithI18n``:
semicolons, which :mod:`annotator.core.lms.csv_cells` reads). It even keeps ``"Manual Posting"`` English
"since we look for this exact string when we upload to gradebook". So Annotator reads the export's numbers
with the decimal mark they are written with (``10,00`` points possible) and writes grades the same way:
a gradebook in the teacher's own number format is what their Canvas gave them and will take back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePosixPath

from annotator.core.errors import InvalidFile, Problem
from annotator.core.i18n import Words
from annotator.core.lms import CANVAS, LmsIdentity
from annotator.core.lms.csv_cells import Table, numeral

# Canvas ids are database ids: never zero-padded, which keeps "ana_2024_01_notes.yaml" from looking like one.
_NAME = re.compile(r"^(?:(?P<name>\w*?)_)?(?:(?P<late>LATE|late)_)?(?P<uid>[1-9][0-9]*|anon_[A-Za-z0-9]+)_"
                   r"(?P<fid>[1-9][0-9]*)_(?P<file>.+)$")
POINTS_ROW = "Points Possible"
IDENTIFYING = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
# "10,00", "1 000,5", "1.000,5": a decimal comma (Canvas writes two decimals; "1,000" is a thousand).
_COMMA_NUMBER = re.compile(r"^-?[\d\s\u00a0\u202f.]*\d,\d{1,2}$")
_SPACES = re.compile(r"[\s\u00a0\u202f]")


class Canvas(Words):
    """The words about Canvas's files."""


def identity(rel: str) -> LmsIdentity | None:
    """Who Canvas says handed in the file at ``rel`` (its name in the download), or None."""
    found = _NAME.match(PurePosixPath(rel).name)
    if found is None:
        return None
    name, late = found["name"] or "", bool(found["late"])
    if name.upper() == "LATE" and not late and found["uid"].startswith("anon_"):
        name, late = "", True  # anonymous and late: "LATE_anon_…"
    return LmsIdentity(CANVAS, found["uid"], name, found["file"], late=late, file_id=found["fid"])


def feedback_name(who: LmsIdentity, stem: str) -> str | None:
    """The name under which Canvas's bulk upload attaches ``stem.html`` to the student's submission, or None
    when it cannot (an anonymous download: Canvas reads the user id from the name)."""
    if not who.user_id.isdigit() or not who.file_id:
        return None
    parts = [who.name] if who.name else []
    return "_".join([*parts, *(["LATE"] if who.late else []), who.user_id, who.file_id, f"{stem}.html"])


def fresh_gradebook(assignment: str, points: float,
                    rows: Sequence[tuple[str, str, float | None]]) -> tuple[list[str], list[list[object]]]:
    """Header and rows of an import file: (name, Canvas user id, score) per student, the Points Possible row first."""
    header = [*IDENTIFYING, assignment]
    body: list[list[object]] = [["    " + POINTS_ROW, "", "", "", "", points]]
    body += [[name, uid, "", "", "", "" if score is None else score] for name, uid, score in rows]
    return header, body


def find_columns(table: Table, assignment: str) -> tuple[int, int | None, tuple[int, ...]]:
    """(assignment column, ID column, name columns) of a Canvas gradebook export; raise :class:`InvalidFile`."""
    header = [c.value.strip() for c in table.rows[0]]
    names = tuple(header.index(h) for h in ("Student",) if h in header) or tuple(
        header.index(h) for h in ("LastName", "FirstName") if h in header)
    id_col = header.index("ID") if "ID" in header else None
    if not names and id_col is None:
        raise InvalidFile(Problem(table.name, Canvas.tr(
            "not a Canvas gradebook export: it has no 'Student' or 'ID' column (its columns: {columns})").format(
            columns=", ".join(header)), line=1, col=1))
    wanted = " ".join(assignment.split()).casefold()
    exact = [i for i, h in enumerate(header) if " ".join(h.split()).casefold() == wanted]
    with_id = [i for i, h in enumerate(header)
               if re.fullmatch(re.escape(wanted) + r" \(\d+\)", " ".join(h.split()).casefold())]
    found = exact or with_id
    if not found:
        raise InvalidFile(Problem(table.name, Canvas.tr(
            "no column for the assignment '{assignment}' (its columns: {columns}); give the assignment's name as "
            "the gradebook heads its column").format(assignment=assignment, columns=", ".join(header)), line=1))
    if len(found) > 1:
        raise InvalidFile(Problem(table.name, Canvas.tr(
            "%n columns could be the assignment '{assignment}' ({columns}); give the whole heading, with its "
            "number", "", len(found)).format(assignment=assignment, columns=", ".join(header[i] for i in found)),
            line=1))
    return found[0], id_col, names


def points_row(table: Table) -> int | None:
    """The index of the Points Possible row, if the export has one."""
    return next((i for i, row in enumerate(table.rows[1:], 1) if row and row[0].value.strip() == POINTS_ROW), None)


def decimal_mark(cells: Sequence[str]) -> str:
    """The decimal mark an export writes its numbers with: "," if a number reads "10,00" (Canvas in French,
    Spanish and other languages that write so), else "."."""
    return "," if any(_COMMA_NUMBER.match(c.strip()) for c in cells) else "."


def read_number(text: str, mark: str) -> float | None:
    """A number as the export writes it with ``mark`` (spaces, and the other mark, group thousands)."""
    digits = _SPACES.sub("", text)
    digits = digits.replace(".", "").replace(",", ".") if mark == "," else digits.replace(",", "")
    return numeral(digits)
