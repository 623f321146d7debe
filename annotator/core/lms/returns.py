"""Grades and feedback going back to the LMS: the gradebook file it imports and the zip of reports it attaches.

Two ways to make the gradebook file (the formats are in :mod:`annotator.core.lms.canvas` and
:mod:`annotator.core.lms.moodle`):

- **Fresh**: a file of Annotator's own, in the LMS's import format, one row per student. The LMS
  matches its rows by its own id, which Annotator knows only for work read from the LMS's download. A
  Moodle worksheet is headed in the language asked for (the command line's), since Moodle's Upload reads
  headings only in the language of the teacher uploading.
- **Filled** (``fill``): the file the LMS exported, with the assignment's column filled in (for Moodle,
  the ``Grade`` column and, where the teacher wrote an overall comment, ``Feedback comments``, under
  their headings in the worksheet's language, a grade written with that language's decimal mark). Every other
  byte is kept (:mod:`annotator.core.lms.csv_cells`). A student is found by the LMS's id, else by a name
  made of the same letters (:func:`annotator.core.lms.same_person`) when exactly one row has it. A row
  nobody matches keeps its cell as it was: a student who handed in nothing keeps an empty cell, never a
  zero. A cell holding a formula is kept as it was and said so; nothing written is ever a formula (grades
  are numbers; a comment starting like a formula gets a ``'`` first). A student of the class whom the
  gradebook does not have is listed, and graded in Annotator's own CSV all the same.

Scores are scaled to the assignment's points: ``--points``, else the gradebook's (Canvas's
``Points Possible`` row, Moodle's ``Maximum grade``), else the lesson's own maximum; rounded to two
decimals, as Canvas shows them.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field

from annotator.core.errors import Problem
from annotator.core.exports import csv_bytes, neutralise_cell
from annotator.core.feedback import number
from annotator.core.i18n import Words
from annotator.core.lms import CANVAS, LMS_NAMES, MOODLE, LmsIdentity, canvas, moodle, same_person
from annotator.core.lms.csv_cells import Table, is_formula


class Returns(Words):
    """The words about what goes back to the LMS."""


@dataclass(frozen=True)
class Graded:
    """One graded student, as the LMS files need them."""

    name: str  # as the student typed it
    lms: LmsIdentity | None
    score: float
    max_score: float
    comment: str = ""  # the teacher's overall comment
    handed_in: str = ""  # when the work last changed, as its file says
    file: str = ""

    def scaled(self, points: float | None) -> float:
        """The score on the assignment's scale, two decimals at most."""
        if points is None or not self.max_score:
            return round(self.score, 2)
        return round(self.score / self.max_score * points, 2)

    def lms_id(self, kind: str) -> str:
        """The student's id in this LMS, "" when the work did not come from its download."""
        return self.lms.user_id if self.lms is not None and self.lms.lms == kind else ""


@dataclass
class Made:
    """A file for the LMS and what to tell the teacher about it."""

    data: bytes
    rows: int  # students written or filled in
    notes: list[Problem] = field(default_factory=list)


def _number(x: float) -> float | int:
    return int(x) if float(x).is_integer() else x


def fresh(kind: str, graded: Sequence[Graded], *, assignment: str, points: float | None, graded_at: str,
          name: str, language: str = "en") -> Made:
    """The LMS's import file made from scratch (module docstring); ``name`` names it in notes. A Moodle worksheet
    is headed in ``language`` (en, es or fr), which must be the language of the Moodle that uploads it."""
    notes: list[Problem] = []
    max_points = _number(points if points is not None else (graded[0].max_score if graded else 0))
    if kind == CANVAS:
        rows: list[tuple[str, str, float | None]] = []
        for g in graded:
            uid = g.lms_id(CANVAS)
            if not uid.isdigit():
                notes.append(Problem(name, Returns.tr(
                    "note: {student} ({file}) has no Canvas user id (the file is not from a Canvas download); Canvas "
                    "may not find the row: --fill with the gradebook Canvas exports is surer").format(
                    student=repr(g.name), file=g.file)))
                uid = ""
            rows.append((g.name, uid, _number(g.scaled(points))))
        header, body = canvas.fresh_gradebook(assignment, max_points, rows)
        return Made(csv_bytes(header, body), len(rows), notes)
    wrote: list[tuple[str, str, float | None, str, str]] = []
    for g in graded:
        uid = g.lms_id(MOODLE)
        if not uid:
            notes.append(Problem(name, Returns.tr(
                "{student} ({file}) is left out: no Moodle participant id (the file is not from a Moodle download); "
                "--fill the grading worksheet Moodle gives instead").format(student=repr(g.name), file=g.file)))
            continue
        lms_name = g.lms.name if g.lms is not None and g.lms.name else g.name
        wrote.append((uid, lms_name, _number(g.scaled(points)), g.comment, g.handed_in))
    header, body = moodle.fresh_worksheet(max_points, graded_at, wrote, language)
    return Made(csv_bytes(header, body), len(wrote), notes)


def fill(kind: str, table: Table, graded: Sequence[Graded], *, assignment: str, points: float | None) -> Made:
    """The gradebook the LMS exported with the assignment's column filled in; raise ``InvalidFile`` for a file
    that is not this LMS's gradebook or has no column for the assignment."""
    comment_col: int | None = None
    sheet: moodle.Worksheet | None = None
    mark = "."  # Canvas's decimal mark in this export
    notes: list[Problem] = []
    if kind == CANVAS:
        grade_col, id_col, name_cols = canvas.find_columns(table, assignment)
        skip = canvas.points_row(table)
        mark = canvas.decimal_mark([table.value(r, grade_col) for r in range(1, len(table.rows))])
        file_points = _positive(canvas.read_number(table.value(skip, grade_col), mark)) if skip is not None else None
        rows = [r for r in range(1, len(table.rows)) if r != skip
                and any(table.value(r, c).strip() for c in (*name_cols, *([id_col] if id_col is not None else [])))]
        row_points = {r: file_points for r in rows}
    else:
        sheet = moodle.find_columns(table)
        id_col, name_cols, grade_col, comment_col = sheet.identifier, (sheet.full_name,), sheet.grade, sheet.comments
        rows = [r for r in range(1, len(table.rows)) if table.value(r, id_col).strip()]
        row_points = {r: _positive(sheet.language.read_number(table.value(r, sheet.max_grade)))
                      if sheet.max_grade is not None else None for r in rows}
        notes += [Problem(table.name, Returns.tr(
            "note: the Identifier {cell} has no participant number, so Moodle will not import this row").format(
            cell=repr(table.value(r, id_col).strip())), line=table.line_of(r))
            for r in rows if not moodle.participant(table.value(r, id_col))]

    def row_id(r: int) -> str:
        if id_col is None:
            return ""
        cell = table.value(r, id_col).strip()
        return moodle.participant(cell) if kind == MOODLE else cell

    def row_name(r: int) -> str:
        return " ".join(table.value(r, c) for c in name_cols)

    by_id = {row_id(r): r for r in rows if row_id(r)}
    taken: dict[int, Graded] = {}
    values: dict[tuple[int, int], str] = {}
    for g in graded:
        row = by_id.get(g.lms_id(kind)) if g.lms_id(kind) else None
        if row is None:
            named = [r for r in rows if same_person(g.name, row_name(r))
                     or (g.lms is not None and same_person(g.lms.name, row_name(r)))]
            row = named[0] if len(named) == 1 else None
        if row is None:
            notes.append(Problem(table.name, Returns.tr(
                "{student} ({file}) is not in this gradebook: graded in the grades CSV, not filled in here").format(
                student=repr(g.name), file=g.file)))
            continue
        if row in taken:
            notes.append(Problem(table.name, Returns.tr(
                "{student} and {other} both match this row; it is left as it was").format(
                student=repr(g.name), other=repr(taken[row].name)), line=table.line_of(row)))
            values.pop((row, grade_col), None)
            values.pop((row, comment_col if comment_col is not None else -1), None)
            continue
        taken[row] = g
        current = table.value(row, grade_col)
        if is_formula(current):
            notes.append(Problem(table.name, Returns.tr(
                "the cell for {student} holds a formula ({formula}); it is kept as it was, not filled").format(
                student=repr(g.name), formula=current.strip()), line=table.line_of(row)))
            continue
        scale = points if points is not None else row_points.get(row)
        score = g.scaled(scale if scale is not None else g.max_score)
        values[(row, grade_col)] = sheet.language.number(score) if sheet is not None else number(score).replace(
            ".", mark)
        if comment_col is not None and g.comment and not is_formula(table.value(row, comment_col)):
            values[(row, comment_col)] = neutralise_cell(g.comment)
    return Made(table.filled(values), len({r for r, _ in values}), notes)


def _positive(value: float | None) -> float | None:
    return value if value is not None and value > 0 else None


def feedback_zip(kind: str, pages: Sequence[tuple[Graded, str, str]], name: str) -> Made:
    """A zip of the students' reports (graded, file stem, HTML), each named so the LMS gives it to its student."""
    notes: list[Problem] = []
    buffer = io.BytesIO()
    count = 0
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for g, stem, page in pages:
            who = g.lms if g.lms is not None and g.lms.lms == kind else None
            entry = None
            if who is not None:
                entry = canvas.feedback_name(who, stem) if kind == CANVAS else moodle.feedback_name(who, stem)
            if entry is None:
                notes.append(Problem(name, Returns.tr(
                    "the report on {student} ({file}) is not in it: {lms} cannot tell whose it is without the "
                    "student's id from its download").format(student=repr(g.name), file=g.file, lms=LMS_NAMES[kind])))
                continue
            archive.writestr(entry, page.encode("utf-8"))
            count += 1
    return Made(buffer.getvalue(), count, notes)

