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
  headings: ``Identifier`` ("Participant 1234567"), ``Grade``, ``Last modified (grade)`` and
  ``Feedback comments`` are what Moodle imports; it also has ``Full name``, ``Email address``, ``Status``,
  ``Maximum Grade``, ``Grade can be changed`` and ``Last modified (submission)``. Moodle writes the headings
  in the teacher's language; Annotator reads the English ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePosixPath

from annotator.core.errors import InvalidFile, Problem
from annotator.core.i18n import Words
from annotator.core.lms import MOODLE, LmsIdentity
from annotator.core.lms.csv_cells import Table

PLUGIN_TYPES = ("assignsubmission", "assignfeedback")
WORKSHEET = ("Identifier", "Full name", "Email address", "Status", "Grade", "Maximum Grade", "Grade can be changed",
             "Last modified (submission)", "Last modified (grade)", "Feedback comments")
_PARTICIPANT = re.compile(r"(\d+)\s*$")


class Moodle(Words):
    """The words about Moodle's files."""


def identity(rel: str) -> LmsIdentity | None:
    """Who Moodle says handed in the file at ``rel`` (its path in the download), or None.

    Each part of the path is tried as Moodle's upload does: ``name_id_plugintype_plugin[_rest]``.
    """
    parts = PurePosixPath(rel).parts
    for i, part in enumerate(parts):
        info = part.split("_", 4)
        if len(info) < 4 or not info[1].isdigit() or info[2] not in PLUGIN_TYPES or not info[3]:
            continue
        rest = "/".join(p for p in (info[4] if len(info) == 5 else "", *parts[i + 1 :]) if p)
        return LmsIdentity(MOODLE, str(int(info[1])), info[0].strip(), rest or part)
    return None


def feedback_name(who: LmsIdentity, stem: str) -> str:
    """Where a report goes in the zip Moodle's "Upload multiple feedback files in a zip" takes."""
    name = who.name.replace("_", " ").replace("/", " ") or "Participant"
    return f"{name}_{who.user_id}_assignfeedback_file/{stem}.html"


def fresh_worksheet(points: float, graded_at: str,
                    rows: Sequence[tuple[str, str, float | None, str, str]]) -> tuple[list[str], list[list[object]]]:
    """Header and rows of a grading worksheet: (participant id, full name, score, comment, handed in) per student."""
    body: list[list[object]] = []
    for uid, name, score, comment, handed_in in rows:
        body.append([f"Participant {uid}", name, "", "", "" if score is None else score, points, "Yes", handed_in,
                     graded_at if score is not None else "", comment])
    return list(WORKSHEET), body


def participant(cell: str) -> str:
    """The participant id in an Identifier cell ("Participant 1234567", in any language), or ""."""
    found = _PARTICIPANT.search(cell)
    return str(int(found[1])) if found else ""


def find_columns(table: Table) -> tuple[int, int, int, int | None, int | None]:
    """(Identifier, Full name, Grade, Maximum Grade, Feedback comments) columns; raise :class:`InvalidFile`."""
    header = [c.value.strip() for c in table.rows[0]]
    missing = [h for h in ("Identifier", "Full name", "Grade") if h not in header]
    if missing:
        raise InvalidFile(Problem(table.name, Moodle.tr(
            "not a Moodle grading worksheet: it has no {missing} column (its columns: {columns}); download it "
            "with Moodle's language set to English").format(
            missing=", ".join(f"'{m}'" for m in missing), columns=", ".join(header)), line=1, col=1))

    def col(name: str) -> int | None:
        return header.index(name) if name in header else None

    return header.index("Identifier"), header.index("Full name"), header.index("Grade"), col("Maximum Grade"), \
        col("Feedback comments")
