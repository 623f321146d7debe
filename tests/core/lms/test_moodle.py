"""Moodle's download names, the feedback files it hands back, and its grading worksheet in English, Spanish, French."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.errors import InvalidFile
from annotator.core.lms import MOODLE, lms_identity, moodle
from annotator.core.lms.csv_cells import read_table


def test_moodle_names_as_moodle_writes_them() -> None:
    """Moodle's folders (4.1 and before) and flat names give the participant id and the student's file name."""
    for rel in ("Ana Pérez_301_assignsubmission_file/ana.yaml", "Ana Pérez_301_assignsubmission_file_/ana.yaml",
                "Ana Pérez_301_assignsubmission_file_ana.yaml"):
        who = lms_identity(rel)
        assert who is not None and (who.lms, who.user_id, who.name, who.file_name) == (MOODLE, "301", "Ana Pérez",
                                                                                       "ana.yaml"), rel
    blind = lms_identity("Participant_1234567_assignsubmission_file/sub/ana.yaml")
    assert blind is not None and (blind.user_id, blind.file_name) == ("1234567", "sub/ana.yaml")
    assert moodle.feedback_name(blind, "x") == "Participant_1234567_assignfeedback_file/x.html"
    assert lms_identity("Ana Pérez_301_somethingelse_file/ana.yaml") is None


def _sheet(tmp_path: Path, header: str, rows: str = "") -> moodle.Worksheet:
    path = tmp_path / "worksheet.csv"
    path.write_text(header + "\n" + rows, encoding="utf-8")
    return moodle.find_columns(read_table(path))


def test_each_language_is_read_by_moodles_own_headings(tmp_path: Path) -> None:
    """Moodle heads the worksheet in the teacher's language; Identifier, Full name and Grade are found in each."""
    spanish = _sheet(tmp_path, "Identificador,Nombre completo,Estado,Calificación,Calificación máxima,"
                               "Última modificación (calificación),Comentarios de retroalimentación")
    assert (spanish.language.code, spanish.identifier, spanish.full_name, spanish.grade, spanish.max_grade,
            spanish.comments) == ("es", 0, 1, 3, 4, 6)
    french = _sheet(tmp_path, "Nom complet,Identifiant,Note")  # in another order, without the optional columns
    assert (french.language.code, french.identifier, french.full_name, french.grade, french.max_grade,
            french.comments) == ("fr", 1, 0, 2, None, None)
    for wording in ("Maximum Grade", "Maximum grade"):  # 4.1 and early 4.4; 4.4 from 2025 and 4.5
        assert _sheet(tmp_path, f"Identifier,Full name,Grade,{wording}").max_grade == 3
    assert _sheet(tmp_path, "Identifier,Full name,Grade,Grade").grade == 3  # as Moodle's Upload: the last one


def test_a_worksheet_that_mixes_languages_is_one_line_naming_them(tmp_path: Path) -> None:
    """Moodle's Upload reads one language's headings, so a mixed file would be imported in part: it is refused."""
    with pytest.raises(InvalidFile) as caught:
        _sheet(tmp_path, "Identifier,Full name,Calificación,Feedback comments")
    [problem] = caught.value.problems
    assert str(problem) == (
        f"{tmp_path / 'worksheet.csv'}:1:1: its headings mix languages (English headings: 'Identifier', "
        "'Full name', 'Feedback comments'; Spanish headings: 'Calificación'); Moodle writes a grading worksheet's "
        "headings all in the teacher's language and reads them back only in that one: download the worksheet again")


def test_a_worksheet_without_its_columns_names_what_is_missing(tmp_path: Path) -> None:
    """Headings of one language with one missing name it in that language; others get the English names."""
    with pytest.raises(InvalidFile) as caught:
        _sheet(tmp_path, "Identifiant,Nom complet,Statut")
    assert caught.value.problems[0].message.startswith("not a Moodle grading worksheet: it has no 'Note' column "
                                                       "(its columns: Identifiant, Nom complet, Statut)")
    with pytest.raises(InvalidFile) as caught:
        _sheet(tmp_path, "Nombre,Nota")
    assert "it has no 'Identifier', 'Full name', 'Grade' column" in caught.value.problems[0].message
    assert "in English, Spanish or French" in caught.value.problems[0].message


def test_identifiers_and_numbers_as_each_language_writes_them() -> None:
    """"Participant 301" (English) and "Participante301" (the trimmed packs) are 301; "20,00" is 20 in French."""
    assert [moodle.participant(c) for c in ("Participant 301", "Participante301", "Participant0042", "x")] == [
        "301", "301", "42", ""]
    fr, en = moodle.LANGUAGES["fr"], moodle.LANGUAGES["en"]
    assert fr.read_number("20,00") == 20 and fr.read_number("1\u00a0000,5") == 1000.5 and fr.read_number("-") is None
    assert en.read_number("10.00") == 10 and fr.number(12.3077) == "12,31" and en.number(6.5) == "6.5"
    assert fr.number(7.0) == "7"


def test_a_fresh_worksheet_is_headed_in_the_language_asked_for() -> None:
    """Its headings, participants, "yes" and decimal mark are Moodle's own in that language, English otherwise."""
    header, body = moodle.fresh_worksheet(6.5, "2026-03-05 10:12", [("301", "Ana Pérez", 4.25, "Bien", "x")], "es")
    assert header == ["Identificador", "Nombre completo", "Dirección de correo", "Estado", "Calificación",
                      "Calificación máxima", "La calificación puede ser cambiada", "Última modificación (entrega)",
                      "Última modificación (calificación)", "Comentarios de retroalimentación"]
    assert body == [["Participante301", "Ana Pérez", "", "", "4,25", "6,5", "Sí", "x", "2026-03-05 10:12", "Bien"]]
    header, body = moodle.fresh_worksheet(10, "t", [("301", "Ana", None, "", "")], "de")
    assert header[0] == "Identifier" and header[5] == "Maximum grade" and body[0][:7] == [
        "Participant 301", "Ana", "", "", "", "10", "Yes"]


@given(st.text(max_size=60))
def test_any_download_name_or_identifier_cell_is_read_without_an_error(text: str) -> None:
    """A hostile zip or worksheet never stops grading: a name or cell is an id of ASCII digits or none at all."""
    who = lms_identity(f"Ana_{text}_assignsubmission_file/ana.yaml")
    assert who is None or (who.user_id.isascii() and who.user_id.isdigit())
    found = moodle.participant(f"Participant {text}")
    assert found == "" or (found.isascii() and found.isdigit())


def test_ids_moodle_never_writes_are_no_participant_and_a_long_one_is_kept_whole() -> None:
    """Superscript or Arabic-Indic digits are no Moodle id; 5,000 digits are one (int() refuses past 4,300)."""
    for digits in ("³⁰¹", "٣٠١"):
        assert lms_identity(f"Ana_{digits}_assignsubmission_file/ana.yaml") is None
        assert moodle.participant(f"Participant {digits}") == ""
    long_id = "9" * 5000
    who = lms_identity(f"Ana_{long_id}_assignsubmission_file/ana.yaml")
    assert who is not None and who.user_id == long_id
    assert moodle.participant(f"Participant {long_id}") == long_id


def test_a_long_identifier_cell_is_read_in_linear_time() -> None:
    """A regex search for trailing digits took 22 s on a cell of 50,000 digits and a letter (time squared)."""
    started = time.perf_counter()
    assert moodle.participant("1" * 50_000 + "x") == ""
    assert time.perf_counter() - started < 2


def test_a_maximum_grade_that_is_no_number_moodle_writes_is_not_read_as_one() -> None:
    """Python's float reads "inf", "nan", "1e400" and "1_000"; a grade scaled to them would be written "inf"."""
    for lang in moodle.LANGUAGES.values():
        for text in ("inf", "-Infinity", "nan", "1e400", "1_000", "٣"):
            assert lang.read_number(text) is None, (lang.code, text)
    assert moodle.LANGUAGES["fr"].read_number("1,5e2") == 150
