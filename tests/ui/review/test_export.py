"""A class's grades, reports and debrief written from the review window: CSV for the LMS, HTML and PDF."""

from __future__ import annotations

import csv
from pathlib import Path

from annotator.core.pack import Pack
from tests.ui.conftest import FakeDialogs
from tests.ui.review.classes import NAMES, window_on


def test_export_grades_applies_overrides_and_is_safe(qtbot, class_folder: Path, hanoi: Pack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The exported gradebook has the teacher's score and a BOM, ready for the LMS."""
    out = tmp_path / "grades.csv"
    dialogs = FakeDialogs(folder=out)
    window = window_on(qtbot, class_folder, hanoi, dialogs=dialogs)
    window.table.selectRow(1)
    window.total_spin.setValue(9)
    window.export_grades()
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    ben = next(r for r in rows if r["student_name"] == "Ben Ode")
    assert ben["total"] == "9"


def test_reports_are_written_as_html_and_pdf(qtbot, class_folder: Path, hanoi: Pack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Each student gets a readable report, with what they typed escaped, and a PDF of it."""
    out = tmp_path / "reports"
    out.mkdir()
    window = window_on(qtbot, class_folder, hanoi, dialogs=FakeDialogs(folder=out))
    window.export_reports()
    html_files = sorted((out / "teacher").glob("*.html"))
    pdfs = sorted((out / "teacher").glob("*.pdf"))
    assert len(html_files) == 2 and len(pdfs) == 2
    assert len(list((out / "students").glob("*.pdf"))) == 2  # copies to hand back, without the key
    assert all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
    ben = next(p for p in html_files if "ben" in p.name.lower())
    assert "&lt;b&gt;not html&lt;/b&gt;" in ben.read_text(encoding="utf-8")


def test_export_debrief_writes_html_and_pdf(qtbot, big_class: Path, hanoi: Pack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """File ▸ Export debrief writes the anonymous page and its PDF, and says where."""
    out = tmp_path / "debrief"
    window = window_on(qtbot, big_class, hanoi, dialogs=FakeDialogs(out))
    window.export_debrief()
    page = (out / "debrief.html").read_text(encoding="utf-8")
    assert (out / "debrief.pdf").read_bytes().startswith(b"%PDF")
    assert "4 of 4" in page and not any(name in page for name in NAMES)
    assert "debrief.pdf" in window.statusBar().currentMessage()


def test_exported_teacher_reports_carry_the_class_section(qtbot, big_class: Path, hanoi: Pack,
                                                          tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Reports exported from the window have what the class missed in the teacher's copy, not the students'."""
    out = tmp_path / "reports"
    window = window_on(qtbot, big_class, hanoi, dialogs=FakeDialogs(out))
    window.export_reports()
    teacher = next((out / "teacher").glob("*.html")).read_text(encoding="utf-8")
    student = next((out / "students").glob("*.html")).read_text(encoding="utf-8")
    assert "The class and the key" in teacher and "The class and the key" not in student
