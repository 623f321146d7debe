"""A class's grades and reports, written as files: CSV and HTML from the core, PDF printed by Qt."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

from annotator.core.agreement import Coder
from annotator.core.class_insight import KeyInsight
from annotator.core.consensus import render_debrief
from annotator.core.exports import class_reports, write_csv, write_report
from annotator.core.feedback import Feedback
from annotator.core.gradebook import grade_rows
from annotator.core.pack import Pack
from annotator.core.roster import ClassRoster
from annotator.core.scoring import StudentScore


def write_grades(target: Path, roster: ClassRoster, scores: Mapping[int, StudentScore]) -> None:
    """Write the gradebook CSV, with the teacher's scores applied (scores by submission index)."""
    header, rows = grade_rows(roster, [scores[i] for i in range(len(roster.submissions))])
    write_csv(target, header, rows)


def write_reports(
    folder: Path, roster: ClassRoster, scores: Mapping[int, StudentScore], feedback: Mapping[int, Feedback],
    insight: KeyInsight | None = None,
) -> None:
    """Write each student's report as HTML and PDF: in ``folder/teacher`` with the key, ``folder/students`` without.

    The students' copies leave the key out, so handing them back does not give the key to the class;
    ``insight`` (the class against the key) goes into the teacher's copies.
    """
    entries = ((sub.student, sub.sheet, scores[i], feedback[i], sub.path.name)
               for i, sub in enumerate(roster.submissions))
    for rel, page in class_reports(roster.pack, entries, insight):
        write_report(folder / rel, page)
        write_pdf(folder / rel.with_suffix(".pdf"), page)


def write_debrief(folder: Path, pack: Pack, coders: Sequence[Coder]) -> list[Path]:
    """Write the anonymous consensus handout as ``debrief.html`` and ``debrief.pdf``; return the two paths.

    The same page as ``annotator debrief`` writes; the PDF is printed here because it needs Qt.
    """
    page = render_debrief(pack.lesson, pack.article, coders)
    html_path, pdf_path = folder / "debrief.html", folder / "debrief.pdf"
    write_report(html_path, page)
    write_pdf(pdf_path, page)
    return [html_path, pdf_path]


def write_pdf(path: Path, html_page: str) -> None:
    """Print an HTML report to PDF with Qt's own text engine (no browser needed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(path.stem)
    doc = QTextDocument()
    doc.setHtml(html_page)
    doc.print_(writer)
    del writer  # the file is complete when the writer is gone
    if not path.exists():
        raise OSError(f"could not write {path}")
