"""Moodle's file names and grading worksheet, as Moodle itself writes and reads them.

Followed: Moodle's assignment module, ``mod/assign/locallib.php`` (``download_submissions``),
``mod/assign/feedback/file/importziplib.php`` (at 0203d8f2) and
``mod/assign/feedback/offline/importgradeslib.php`` (at 452e36fc), Moodle 4.1–4.5: the code behind what
MoodleDocs 4.1 "Assignment settings" calls "Download all submissions", "Upload multiple feedback files in
a zip" and the "Offline grading worksheet", which it shows only by example.

- **Download all submissions** puts each student's files in a folder
  ``<Full Name>_<participant id>_assignsubmission_file`` (``…_file_`` before Moodle 4.1), or, without
  folders, names each file ``<Full Name>_<participant id>_assignsubmission_file_<file name>``. Moodle
  turns ``_`` in a name into a space first, so the name never holds one; with blind marking the name is
  "Participant". The participant id is the one the grading worksheet shows as "Participant 1234567".
- **Upload multiple feedback files in a zip** gives a file to the student whose participant id is the
  second ``_``-separated part of a folder (or file) name of the form ``name_id_plugintype_plugin``, so a
  report goes in ``<Full Name>_<participant id>_assignfeedback_file/``.
- **The grading worksheet** (Download grading worksheet / Upload grading worksheet) is read by its
  headings, which Moodle writes in the teacher's language (below). Its Upload reads the Identifier
  ("Participant 1234567"), Grade, Last modified (grade) and Feedback comments columns; the worksheet also has
  Full name, Email address, Status, Maximum grade, Grade can be changed and Last modified (submission).

**The worksheet's languages.** ``mod/assign/gradingtable.php`` heads each column with a language string:
``get_string('recordid', 'assign')``, ``('fullname')``, the identity fields' names (``('email')``),
``('status', 'assign')``, ``('gradenoun')`` (worded as the older ``('grade')``), ``('maxgrade', 'assign')``,
``('gradecanbechanged', 'assign')``, ``('lastmodifiedsubmission', 'assign')``, ``('lastmodifiedgrade',
'assign')`` and, for feedback comments, the comments plugin's ``get_editor_fields()``: ``('pluginname',
'assignfeedback_comments')``. An Identifier cell is ``get_string('hiddenuser', 'assign')`` followed by the
number. The Upload (``importgradeslib.php``) finds its columns by those same strings, exactly, in the
language of the teacher uploading, and takes the number as what follows ``hiddenuser``'s length. So
Annotator takes the headings of any of the three languages in :data:`LANGUAGES`, but all from one
(a file that mixes them is one Moodle would not read as a whole), and writes back in the file's own.

The values are Moodle's official language packs, as AMOS builds them for download.moodle.org/langpack/,
read in the mirror projectestac/moodle-langpacks, branches ``upstream_41`` (at e6384420),
``upstream_44`` (9e8e8e5b) and ``upstream_45`` (9f605206): ``es/`` and ``fr/`` ``assign.php``,
``moodle.php``, ``assignfeedback_comments.php`` and ``langconfig.php`` (``decsep``, the decimal mark
``format_float`` writes and ``unformat_float`` reads back), each the same in every 4.1–4.5 pack; English
from moodle/moodle ``mod/assign/lang/en/assign.php`` and ``lang/en/moodle.php``, whose ``maxgrade`` changed
within 4.4 from "Maximum Grade" (4.1 and the 4.4 pack of 2024-11) to "Maximum grade" (4.4 from 2025-03, and
4.5): both are read. ``hiddenuser`` is "Participant "
in English, with its space; the packs, which AMOS trims, have "Participante" and "Participant", so a
Spanish or French cell is "Participante1234567": the number is read at the end of the cell, whatever
comes before it. Only these few strings are quoted, as data (Moodle's strings are GPL).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from annotator.core.errors import InvalidFile, Problem
from annotator.core.feedback import number
from annotator.core.i18n import Words
from annotator.core.lms import MOODLE, LmsIdentity
from annotator.core.lms.csv_cells import Table, numeral

PLUGIN_TYPES = ("assignsubmission", "assignfeedback")
# Moodle's ids are ASCII digits; ``\d`` and ``str.isdigit`` would take "٣٠١" or "³⁰¹", which ``int`` reads as
# 301 or refuses. An id is kept as text (leading zeros dropped): ``int`` refuses more than 4,300 digits.
_DIGITS = "0123456789"
_ID = re.compile(r"[0-9]+")
_SPACES = re.compile(r"[\s\u00a0\u202f]+")


@dataclass(frozen=True)
class Language:
    """A grading worksheet's words in one of Moodle's languages (the module docstring says where each is from)."""

    code: str  # as Annotator names its languages
    identifier: str  # recordid
    full_name: str  # fullname
    email: str  # email
    status: str  # status
    grade: str  # gradenoun
    max_grade: tuple[str, ...]  # maxgrade: each wording of 4.1–4.5, the newest last
    can_change: str  # gradecanbechanged
    modified_submission: str  # lastmodifiedsubmission
    modified_grade: str  # lastmodifiedgrade
    comments: str  # assignfeedback_comments pluginname
    participant: str  # hiddenuser, which an Identifier cell starts with
    yes: str  # yes, what "Grade can be changed" says
    decimal: str  # langconfig decsep

    @property
    def headings(self) -> tuple[str, ...]:
        """Every heading of the worksheet in this language, in Moodle's order (each max-grade wording)."""
        return (self.identifier, self.full_name, self.email, self.status, self.grade, *self.max_grade,
                self.can_change, self.modified_submission, self.modified_grade, self.comments)

    def number(self, value: float | int) -> str:
        """A number as Moodle writes it in this language (``8,5`` in French); its Upload reads it back."""
        return number(value).replace(".", self.decimal)

    def read_number(self, text: str) -> float | None:
        """A number the worksheet holds, read as Moodle's ``unformat_float`` does (no spaces, its decimal mark)."""
        return numeral(_SPACES.sub("", text).replace(self.decimal, "."))


LANGUAGES: dict[str, Language] = {lang.code: lang for lang in (
    Language("en", "Identifier", "Full name", "Email address", "Status", "Grade", ("Maximum Grade", "Maximum grade"),
             "Grade can be changed", "Last modified (submission)", "Last modified (grade)", "Feedback comments",
             "Participant ", "Yes", "."),
    Language("es", "Identificador", "Nombre completo", "Dirección de correo", "Estado", "Calificación",
             ("Calificación máxima",), "La calificación puede ser cambiada", "Última modificación (entrega)",
             "Última modificación (calificación)", "Comentarios de retroalimentación", "Participante", "Sí", ","),
    Language("fr", "Identifiant", "Nom complet", "Adresse de courriel", "Statut", "Note", ("Note maximale",),
             "La note peut être modifiée", "Dernière modification (travail remis)", "Dernière modification (note)",
             "Feedback par commentaires", "Participant", "Oui", ","),
)}
"""Moodle's worksheet in the languages Annotator reads, by Annotator's language code."""


class Moodle(Words):
    """The words about Moodle's files."""


@dataclass(frozen=True)
class Worksheet:
    """Where a grading worksheet has what Annotator reads and fills, and the language of its headings."""

    language: Language
    identifier: int
    full_name: int
    grade: int
    max_grade: int | None
    comments: int | None


def identity(rel: str) -> LmsIdentity | None:
    """Who Moodle says handed in the file at ``rel`` (its path in the download), or None.

    Each part of the path is tried as Moodle's upload does: ``name_id_plugintype_plugin[_rest]``.
    """
    parts = PurePosixPath(rel).parts
    for i, part in enumerate(parts):
        info = part.split("_", 4)
        if len(info) < 4 or not _ID.fullmatch(info[1]) or info[2] not in PLUGIN_TYPES or not info[3]:
            continue
        rest = "/".join(p for p in (info[4] if len(info) == 5 else "", *parts[i + 1 :]) if p)
        return LmsIdentity(MOODLE, _number_id(info[1]), info[0].strip(), rest or part)
    return None


def feedback_name(who: LmsIdentity, stem: str) -> str:
    """Where a report goes in the zip Moodle's "Upload multiple feedback files in a zip" takes."""
    name = who.name.replace("_", " ").replace("/", " ") or "Participant"
    return f"{name}_{who.user_id}_assignfeedback_file/{stem}.html"


def fresh_worksheet(points: float, graded_at: str, rows: Sequence[tuple[str, str, float | None, str, str]],
                    language: str = "en") -> tuple[list[str], list[list[object]]]:
    """Header and rows of a grading worksheet in a language of :data:`LANGUAGES` (English for any other):
    (participant id, full name, score, comment, handed in) per student. ``graded_at`` is written as
    ``YYYY-MM-DD HH:MM``, which the Upload's ``strtotime`` reads in every language."""
    words = LANGUAGES.get(language, LANGUAGES["en"])
    body: list[list[object]] = []
    for uid, name, score, comment, handed_in in rows:
        body.append([words.participant + uid, name, "", "", "" if score is None else words.number(score),
                     words.number(points), words.yes, handed_in, graded_at if score is not None else "", comment])
    header = [words.identifier, words.full_name, words.email, words.status, words.grade, words.max_grade[-1],
              words.can_change, words.modified_submission, words.modified_grade, words.comments]
    return header, body


def participant(cell: str) -> str:
    """The participant id in an Identifier cell ("Participant 1234567", "Participante1234567"), or ""."""
    text = cell.rstrip()
    start = len(text)
    while start and text[start - 1] in _DIGITS:  # not a regex search, which takes time squared on a long cell
        start -= 1
    return _number_id(text[start:]) if start < len(text) else ""


def _number_id(digits: str) -> str:
    """ASCII digits as the id Moodle means by them: "0301" is 301."""
    return digits.lstrip("0") or "0"


def find_columns(table: Table) -> Worksheet:
    """Where a grading worksheet has what Annotator needs, from its headings in one of :data:`LANGUAGES`;
    raise :class:`InvalidFile` (one line, on line 1) if it is not a worksheet, or mixes languages.

    As Moodle's Upload does, a heading must be Moodle's string exactly (spaces around it aside), and of a
    heading written twice the last is the one read.
    """
    header = [c.value.strip() for c in table.rows[0]]
    found = {code: [h for h in header if h in lang.headings] for code, lang in LANGUAGES.items()}
    spoken = [code for code, hits in found.items() if hits]
    if len(spoken) > 1:
        raise InvalidFile(Problem(table.name, Moodle.tr(
            "its headings mix languages ({headings}); Moodle writes a grading worksheet's headings all in the "
            "teacher's language and reads them back only in that one: download the worksheet again").format(
            headings="; ".join(_language_headings(code, ", ".join(f"'{h}'" for h in found[code]))
                               for code in spoken)), line=1, col=1))
    lang = LANGUAGES[spoken[0] if spoken else "en"]
    missing = [h for h in (lang.identifier, lang.full_name, lang.grade) if h not in header]
    if missing:
        raise InvalidFile(Problem(table.name, Moodle.tr(
            "not a Moodle grading worksheet: it has no {missing} column (its columns: {columns}); Annotator "
            "reads the worksheet Moodle downloads in English, Spanish or French").format(
            missing=", ".join(f"'{m}'" for m in missing), columns=", ".join(header)), line=1, col=1))

    def col(*names: str) -> int | None:
        at = [i for i, h in enumerate(header) if h in names]
        return at[-1] if at else None

    def last(name: str) -> int:
        return max(i for i, h in enumerate(header) if h == name)

    return Worksheet(lang, last(lang.identifier), last(lang.full_name), last(lang.grade), col(*lang.max_grade),
                     col(lang.comments))


def _language_headings(code: str, headings: str) -> str:
    said = {"en": Moodle.tr("English headings: {headings}"), "es": Moodle.tr("Spanish headings: {headings}"),
            "fr": Moodle.tr("French headings: {headings}")}[code]
    return said.format(headings=headings)
