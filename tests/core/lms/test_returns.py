"""Grades and reports going back to the LMS: each student's cell, the students it cannot place, and the report zip."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from annotator.core.lms import CANVAS, MOODLE, LmsIdentity, lms_identity
from annotator.core.lms.csv_cells import read_table
from annotator.core.lms.returns import Graded, feedback_zip, fill, fresh

GRADEBOOK = ('Student,ID,SIS User ID,SIS Login ID,Section,Who is talking? (4711)\n'
             '    Points Possible,,,,,10.00\n'
             '"Pérez, Ana",1001,S1001,aperez,P2,\n'
             '"Baker, Ben",1002,S1002,bbaker,P2,=A1*2\n'
             '"Roe, Cy",1003,S1003,croe,P2,\n')


def _graded(name: str, download: str = "", score: float = 3, comment: str = "") -> Graded:
    return Graded(name, lms_identity(download) if download else None, score, 4, comment, file=f"{name}.yaml")


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_a_score_is_put_on_the_assignments_scale_to_two_decimals() -> None:
    """Canvas shows two decimals: 2 of 3 as 6.666666 of 10 would be typed into the gradebook wrong by hand."""
    assert Graded("Ana", None, 2, 3).scaled(10) == 6.67
    assert Graded("Ana", None, 2, 3).scaled(None) == 2  # no scale given: the lesson's own
    assert Graded("Ana", None, 2, 0).scaled(10) == 2  # a lesson with no points is never divided by


def test_filling_places_students_by_id_then_by_name_and_keeps_formulas(tmp_path: Path) -> None:
    """A grade in the wrong row, or a teacher's formula overwritten, is a wrong grade the LMS then publishes."""
    path = tmp_path / "gradebook.csv"
    path.write_text(GRADEBOOK, encoding="utf-8")
    graded = [_graded("Ana P.", "perezana_1001_9001_ana.yaml"), _graded("Ben Baker", score=4),
              _graded("Cy Roe"), _graded("Dee")]
    made = fill(CANVAS, read_table(path), graded, assignment="Who is talking?", points=None)
    rows = _rows(made.data)
    assert [r[5] for r in rows[2:]] == ["7.5", "=A1*2", "7.5"]  # 3 of 4 on the file's 10 points
    assert made.rows == 2
    said = [str(p) for p in made.notes]
    assert said[0] == f"{path}:4: the cell for 'Ben Baker' holds a formula (=A1*2); it is kept as it was, not filled"
    assert said[1] == (f"{path}: 'Dee' (Dee.yaml) is not in this gradebook: graded in the grades CSV, not filled "
                       "in here")


def test_a_fresh_moodle_worksheet_leaves_out_work_it_cannot_place_and_says_so() -> None:
    """Moodle matches rows by participant id: a row without one would be imported against nobody, or someone else."""
    graded = [_graded("Ana", "Ana Pérez_301_assignsubmission_file/ana.yaml", comment="Good."), _graded("Ben")]
    made = fresh(MOODLE, graded, assignment="Who", points=10, graded_at="today", name="grades.csv")
    rows = _rows(made.data)
    assert made.rows == 1 and len(rows) == 2
    assert rows[1][:2] == ["Participant 301", "Ana Pérez"] and "7.5" in rows[1] and rows[1][-1] == "Good."
    assert [p.message for p in made.notes] == [
        "'Ben' (Ben.yaml) is left out: no Moodle participant id (the file is not from a Moodle download); --fill the "
        "grading worksheet Moodle gives instead"]


def test_a_spanish_worksheet_is_filled_in_its_own_words(tmp_path: Path) -> None:
    """Its maximum "10,00" scales, grades are written "7,5" as Moodle in Spanish does; a row with no number is said."""
    path = tmp_path / "hoja.csv"
    path.write_text("Identificador,Nombre completo,Calificación,Calificación máxima,Comentarios de retroalimentación\n"
                    'Participante301,Ana Pérez,,"10,00",\n'
                    'Participante,Ben Baker,,"10,00",\n', encoding="utf-8")
    graded = [_graded("Ana", "Ana Pérez_301_assignsubmission_file/ana.yaml", comment="Bien."),
              _graded("Ben Baker")]
    made = fill(MOODLE, read_table(path), graded, assignment="", points=None)
    rows = _rows(made.data)
    assert rows[0][2] == "Calificación" and rows[1][2:] == ["7,5", "10,00", "Bien."] and rows[2][2] == "7,5"
    assert [str(p) for p in made.notes] == [
        f"{path}:3: note: the Identifier 'Participante' has no participant number, so Moodle will not import this row"]


def test_each_report_is_named_for_its_student_and_an_anonymous_one_is_said() -> None:
    """A report Canvas cannot attach would vanish in its upload; one under another's name reaches the wrong child."""
    anonymous = Graded("Cy", LmsIdentity(CANVAS, "anon_Ab12C", "", "cy.yaml", file_id="9003"), 1, 4, file="cy.yaml")
    pages = [(_graded("Ana", "perezana_1001_9001_ana.yaml"), "ana-report", "<p>Ana</p>"),
             (anonymous, "cy", "<p>Cy</p>")]
    made = feedback_zip(CANVAS, pages, "reports.zip")
    with zipfile.ZipFile(io.BytesIO(made.data)) as archive:
        assert archive.namelist() == ["perezana_1001_9001_ana-report.html"]
        assert archive.read("perezana_1001_9001_ana-report.html") == b"<p>Ana</p>"
    assert made.rows == 1 and [p.message for p in made.notes] == [
        "the report on 'Cy' (cy.yaml) is not in it: Canvas cannot tell whose it is without the student's id from "
        "its download"]


def test_a_french_canvas_export_is_read_and_filled_with_its_decimal_comma(tmp_path: Path) -> None:
    """Canvas writes "10,00" for a French teacher: read as 10 points (not the lesson's 4), graded back as "7,5"."""
    path = tmp_path / "gradebook.csv"
    path.write_text('Student;ID;SIS User ID;SIS Login ID;Section;Qui parle ? (4711)\n'
                    '    Points Possible;;;;;10,00\n'
                    '"Pérez, Ana";1001;S1001;aperez;P2;\n', encoding="utf-8")
    made = fill(CANVAS, read_table(path), [_graded("Ana P.", "perezana_1001_9001_ana.yaml")],
                assignment="Qui parle ?", points=None)
    rows = list(csv.reader(io.StringIO(made.data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[2][5] == "7,5" and rows[1][5] == "10,00"


def test_an_english_export_keeps_its_decimal_point_and_thousands_are_not_decimals() -> None:
    """"1,000" in an English export is a thousand points, and grades stay "7.5"."""
    from annotator.core.lms.canvas import decimal_mark, read_number

    assert decimal_mark(["    Points Possible", "10.00", ""]) == "."
    assert decimal_mark(["10,00"]) == "," and decimal_mark(["1 000,5"]) == ","
    assert decimal_mark(["1,000"]) == "."  # three digits after the comma: thousands, Canvas writes two decimals
    assert read_number("1,000.00", ".") == 1000 and read_number("1 000,50", ",") == 1000.5
    assert read_number("", ".") is None and read_number("x", ",") is None


def test_a_worksheet_whose_maximum_is_infinite_gets_grades_on_the_lessons_own_scale(tmp_path: Path) -> None:
    """A damaged 'Maximum grade' (inf, 1e400) is no scale: the grade written is a number, never "inf"."""
    path = tmp_path / "worksheet.csv"
    path.write_text("Identifier,Full name,Grade,Maximum grade\nParticipant 301,Ana Pérez,,inf\n"
                    "Participant 302,Ben Baker,,1e400\n", encoding="utf-8")
    graded = [_graded("Ana", "Ana Pérez_301_assignsubmission_file/ana.yaml"),
              _graded("Ben", "Ben Baker_302_assignsubmission_file/ben.yaml")]
    rows = _rows(fill(MOODLE, read_table(path), graded, assignment="", points=None).data)
    assert [r[2] for r in rows[1:]] == ["3", "3"]
