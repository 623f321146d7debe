"""The rows a teacher takes away: one per student for the gradebook, one per highlight for analysis.

A gradebook row is ``student_name, student_id``, one column per prompt, then ``total, max_total,
found, missed, extra, file``; scores already carry the teacher's overrides from feedback files. When
the class came from an LMS's download, ``lms, lms_id, lms_name, late`` follow the student's own name
and id: who the LMS says handed the file in, and whether it marked it late.
An export row is one highlight where it sits on the lesson's article now (after anchoring).
"""

from __future__ import annotations

from annotator.core.feedback import number
from annotator.core.roster import ClassRoster
from annotator.core.scoring import StudentScore

GRADE_COLUMNS_AFTER = ("total", "max_total", "found", "missed", "extra", "file")
LMS_COLUMNS = ("lms", "lms_id", "lms_name", "late")


def grade_rows(roster: ClassRoster, scores: list[StudentScore]) -> tuple[list[str], list[list[object]]]:
    """The gradebook header and one row per student."""
    prompts = [p.id for p in roster.pack.lesson.prompts]
    from_lms = any(sub.lms is not None for sub in roster.submissions)
    header = ["student_name", "student_id", *(LMS_COLUMNS if from_lms else ()), *prompts, *GRADE_COLUMNS_AFTER]
    rows: list[list[object]] = []
    for sub, score in zip(roster.submissions, scores, strict=True):
        who = sub.lms
        lms = ([who.system, who.user_id, who.name, "LATE" if who.late else ""] if who else ["", "", "", ""])
        rows.append([sub.student.name, sub.student.id, *(lms if from_lms else ()),
                     *(number(score.prompts[p].score) for p in prompts),
                     number(score.total), number(score.max_total), score.found, score.missed, score.extra,
                     str(sub.path)])
    return header, rows


EXPORT_COLUMNS = ("student_name", "student_id", "category", "prompt", "quote", "note", "start", "end", "status",
                  "file")


def export_rows(roster: ClassRoster) -> list[list[object]]:
    """One row per annotation, students in roster order, annotations in reading order, orphans last.

    ``start``/``end`` are where the annotation sits on the lesson's article now (after anchoring);
    they are empty for an orphan, whose ``status`` says so.
    """
    rows: list[list[object]] = []
    for sub in roster.submissions:
        sheet = sub.sheet
        placed = []
        for a in sub.work.annotations.values():
            span = sheet.shown_span(a.id)
            placed.append((span is None, span or (0, 0), a.id, a, span))
        placed.sort(key=lambda t: t[:3])
        for _, _, _, a, span in placed:
            start, end = span if span is not None else ("", "")
            rows.append([sub.student.name, sub.student.id, a.category, a.prompt, a.quote, a.note, start, end,
                         sheet.status(a.id).value, str(sub.path)])
    return rows
