"""Reading LMS file names, gradebook cells and class zips: the rules of annotator.core.lms, without Qt."""

from __future__ import annotations

import csv
import io
import stat
import zipfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.errors import Problem
from annotator.core.lms import CANVAS, MOODLE, canvas, lms_identity, moodle, same_person
from annotator.core.lms.class_zip import MAX_RATIO, zip_sources
from annotator.core.lms.csv_cells import is_formula, read_table

FIXTURES = Path(__file__).parent.parent / "fixtures" / "lms"
WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéñ", min_size=1, max_size=12)
IDS = st.integers(min_value=1, max_value=10**9).map(str)
FILE = st.from_regex(r"[A-Za-z0-9 ._()-]{1,20}\.yaml", fullmatch=True)


def test_canvas_names_as_canvas_writes_them() -> None:
    """Canvas's download names give the user id, the file id, the LATE mark and the student's own file name."""
    ana = lms_identity("perezana_1001_9001_my work.yaml")
    assert ana is not None and (ana.lms, ana.user_id, ana.file_id, ana.name, ana.file_name, ana.late) == (
        CANVAS, "1001", "9001", "perezana", "my work.yaml", False)
    late = lms_identity("bakerben_LATE_1002_9002_ben.yaml")
    assert late is not None and late.late and late.user_id == "1002"
    anon = lms_identity("LATE_anon_Ab12C_9003_x.yaml")
    assert anon is not None and (anon.user_id, anon.name, anon.late) == ("anon_Ab12C", "", True)
    assert canvas.feedback_name(anon, "x") is None  # Canvas reads a user id from the name: an anonymous one has none
    for plain in ("ana.yaml", "Ana Pérez_12_34_ana.yaml", "ana_2024_01_notes.yaml", "ana-1001-9001.yaml"):
        assert lms_identity(plain) is None, plain


@given(WORD, st.booleans(), IDS, IDS, FILE)
def test_canvas_names_round_trip(name: str, late: bool, uid: str, fid: str, file: str) -> None:
    """Any name Canvas could write is read back, and its feedback name carries the ids Canvas's re-upload reads."""
    who = canvas.identity("_".join([name, *(["LATE"] if late else []), uid, fid, file]))
    assert who is not None and (who.name, who.late, who.user_id, who.file_id, who.file_name) == (
        name, late, uid, fid, file)
    back = canvas.feedback_name(who, "ana-perez")
    assert back is not None and [p for p in back.split("_") if p.isdigit()][:2] == [uid, fid]


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


def test_a_name_matches_when_it_has_the_same_letters() -> None:
    """Canvas's "perezana" and Moodle's "Ana Pérez" are the typed "Ana  PEREZ"; a nickname is not."""
    assert same_person("Ana  PEREZ", "perezana") and same_person("ana pérez", "Pérez, Ana")
    assert not same_person("Annie", "perezana") and not same_person("Ana", "")


# No bare CR: Python's writer leaves it unquoted when rows end in LF, and a spreadsheet then reads a new row.
CELL = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\r"), max_size=8)


@given(st.lists(st.lists(CELL, min_size=3, max_size=3), min_size=2, max_size=6),
       st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]), st.sampled_from(["\r\n", "\n"]), st.booleans(),
       st.integers(min_value=0, max_value=2), st.floats(min_value=0, max_value=100))
def test_filling_one_column_changes_nothing_else(tmp_path_factory: object, rows: list[list[str]], quoting: int,
                                                 ending: str, bom: bool, col: int, grade: float) -> None:
    """Cells are read as csv reads them, and a filled file differs from the given one only in the filled cells."""
    rows[0] = ["h0", "h1", "h2"]
    out = io.StringIO()
    csv.writer(out, quoting=quoting, lineterminator=ending).writerows(rows)
    data = (b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode("utf-8")
    path = Path(str(tmp_path_factory.mktemp("csv"))) / "g.csv"  # type: ignore[attr-defined]
    path.write_bytes(data)
    table = read_table(path)
    expected = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert [[c.value for c in r] for r in table.rows] == expected
    assert table.filled({}) == data
    filled = table.filled({(r, col): f"{grade:.2f}" for r in range(1, len(expected))})
    got = list(csv.reader(io.StringIO(filled.decode("utf-8-sig"), newline="")))
    assert [[c for i, c in enumerate(r) if i != col] for r in got] == [[c for i, c in enumerate(r) if i != col]
                                                                      for r in expected]
    assert all(r[col] == f"{grade:.2f}" for r in got[1:])


def test_formulas_are_told_from_numbers() -> None:
    """A cell a spreadsheet would run is a formula; a number below zero is a number."""
    assert is_formula("=SUM(A1)") and is_formula(" @x") and is_formula("+A1") and is_formula('="=Robert"')
    assert not is_formula("-3.5") and not is_formula("+2") and not is_formula("12") and not is_formula("")


def test_the_fixtures_read_as_the_lms_wrote_them() -> None:
    """The Canvas export's assignment column is found by its title, and Moodle's worksheet by its headings."""
    table = read_table(FIXTURES / "canvas-gradebook.csv")
    assert table.bom and canvas.find_columns(table, "who is  TALKING?") == (6, 1, (0,))
    assert canvas.points_row(table) == 1 and table.value(4, 0) == '="=Robert"'
    sheet = read_table(FIXTURES / "moodle-worksheet.csv")
    assert moodle.find_columns(sheet) == (0, 1, 4, 5, 9) and moodle.participant(sheet.value(1, 0)) == "301"


def _entry(z: zipfile.ZipFile, name: str, data: bytes, mode: int | None = None) -> None:
    info = zipfile.ZipInfo(name)
    if mode is not None:
        info.external_attr = mode << 16
    z.writestr(info, data, zipfile.ZIP_DEFLATED)


def test_a_hostile_zip_gets_one_line_per_bad_entry_and_the_rest_is_read(tmp_path: Path) -> None:
    """'..' names, absolute names, links, zip bombs and hidden entries never get read; the good file still does."""
    path = tmp_path / "class.zip"
    with zipfile.ZipFile(path, "w") as z:
        _entry(z, "perezana_1001_9001_ana.yaml", b"schema: annotator/annotations@1\n")
        _entry(z, "../evil.yaml", b"x")
        _entry(z, "/etc/evil.yaml", b"x")
        _entry(z, "link.yaml", b"/etc/passwd", stat.S_IFLNK | 0o777)
        _entry(z, "bomb.yaml", b"a" * (MAX_RATIO * 4096))
        _entry(z, "__MACOSX/._ana.yaml", b"x")
        _entry(z, ".hidden.yaml", b"x")
    problems: list[Problem] = []
    sources = list(zip_sources(path, problems, problems))
    read = [s for s in sources if not s.why]
    assert [s.path.name for s in read] == ["perezana_1001_9001_ana.yaml"] and read[0].lms is not None
    whys = [s.why for s in sources if s.why]
    assert len(whys) == 4 and sum("outside itself" in w for w in whys) == 2
    assert any("link" in w for w in whys) and any("zip bomb" in w for w in whys)
    assert all(str(s.path).startswith(f"{path}!") for s in sources)


def test_a_file_that_is_not_a_zip_is_one_line(tmp_path: Path) -> None:
    """A damaged download is reported once, never a traceback."""
    path = tmp_path / "class.zip"
    path.write_bytes(b"PK\x03\x04 cut short")
    problems: list[Problem] = []
    assert list(zip_sources(path, problems, problems)) == []
    assert len(problems) == 1 and "not a readable .zip" in problems[0].message
