"""Writing a class's highlights in another program's format: W3C JSON-LD, brat, REFI-QDA.

The highlights are the ones :func:`annotator.core.roster.load_class` read, each where it sits on
the lesson's article now (after anchoring), as the CSV export has them. Every file is written
atomically; a brat folder gets only files named after the students and brat's own configuration.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from annotator import __version__
from annotator.core.annotations import Student
from annotator.core.exports import safe_file_stem
from annotator.core.formats import brat
from annotator.core.formats.qdpx import qdpx_bytes
from annotator.core.formats.w3c import Placed, collection
from annotator.core.roster import ClassRoster, Submission
from annotator.core.safe_write import atomic_write

ORIGIN = f"Annotator {__version__}"


@dataclass(frozen=True)
class Exported:
    """What an export wrote: how many highlights, and how many orphans had no place to be written."""

    highlights: int
    orphans_left_out: int = 0
    feedback: int = 0


def placed_of(sub: Submission) -> list[Placed]:
    """A submission's highlights in reading order (orphans last), with the teacher's comments on them."""
    comments = sub.feedback.annotations if sub.feedback is not None else {}
    out = [Placed(a, sub.sheet.shown_span(a.id), comments.get(a.id, "")) for a in sub.work.annotations.values()]
    out.sort(key=lambda p: (p.span is None, p.span or (0, 0), p.annotation.id))
    return out


def _students(roster: ClassRoster) -> list[tuple[Student, list[Placed]]]:
    return [(sub.student, placed_of(sub)) for sub in roster.submissions]


def write_w3c(path: Path, roster: ClassRoster) -> Exported:
    """One JSON-LD Annotation Collection of the class (:mod:`.w3c`)."""
    pack = roster.pack
    data = collection(pack.lesson, pack.article, _students(roster))
    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n", backup=False)
    items = data["first"]["items"]
    feedback = sum(1 for item in items if item["motivation"] == "assessing")
    return Exported(len(items) - feedback, 0, feedback)


def write_qdpx(path: Path, roster: ClassRoster) -> Exported:
    """A REFI-QDA project of the class (:mod:`.qdpx`)."""
    students = _students(roster)
    atomic_write(path, qdpx_bytes(roster.pack.lesson, roster.pack.article, students, origin=ORIGIN), backup=False)
    placed = [p for _, ps in students for p in ps]
    orphans = sum(1 for p in placed if p.span is None)
    return Exported(len(placed) - orphans, orphans)


def write_brat(folder: Path, roster: ClassRoster) -> Exported:
    """A brat folder: ``NAME.txt`` and ``NAME.ann`` per student, ``annotation.conf``, ``visual.conf``
    and ``annotators.tsv`` (:mod:`.brat`)."""
    lesson, text = roster.pack.lesson, roster.pack.article.text
    written = orphans = 0
    taken = {"annotation", "visual", "annotators"}  # brat's own files' names
    table = ["# file\tname\tstudent number"]
    for student, placed in _students(roster):
        stem = safe_file_stem(student, taken)
        spans = [(p.span[0], p.span[1], p.annotation.category, p.annotation.note) for p in placed
                 if p.span is not None]
        orphans += len(placed) - len(spans)
        written += len(spans)
        atomic_write(folder / f"{stem}.txt", text + "\n", backup=False)
        atomic_write(folder / f"{stem}.ann", brat.ann_text(text, spans), backup=False)
        table.append(f"{stem}\t{' '.join(student.name.split())}\t{' '.join(student.id.split())}")
    atomic_write(folder / "annotation.conf", brat.annotation_conf(lesson), backup=False)
    atomic_write(folder / "visual.conf", brat.visual_conf(lesson), backup=False)
    atomic_write(folder / brat.ANNOTATORS_FILE, "\n".join(table) + "\n", backup=False)
    return Exported(written, orphans)
