"""A class straight from Canvas's and Moodle's downloads, graded without unpacking, and grades filled back."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from pathlib import Path, PurePosixPath

import pytest

from annotator.cli import main
from annotator.core import i18n
from annotator.core.annotations import Student, Work
from annotator.core.pack import Pack
from annotator.core.schemas import dump_yaml
from tests.commands.test_grade import ana_annotations, ben_annotations, write_pack

FIXTURES = Path(__file__).parent.parent / "fixtures" / "lms"
EARLY, LATE = "2026-03-03T09:12:00+00:00", "2026-03-04T23:40:00+00:00"


def work_bytes(pack: Pack, name: str, which: str = "ana", modified: str = EARLY) -> bytes:
    """A student's handed-in file as Annotator writes it."""
    text = pack.article.text
    notes = ana_annotations(text) if which == "ana" else ben_annotations(text)[:3]
    work = Work("mini-summit", pack.article.sha256, Student(name), created="2026-03-03T08:00:00+00:00",
                modified=modified, annotations={a.id: a for a in notes})
    return dump_yaml(work.to_data(), "annotations").encode("utf-8")


def make_zip(path: Path, entries: dict[str, bytes]) -> Path:
    """A zip as the LMS hands it over."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(zipfile.ZipInfo(name, (2026, 3, 5, 10, 0, 0)), data)
    return path


def canvas_class(tmp_path: Path, pack: Pack) -> Path:
    """Canvas's Download Submissions: a late file, a nickname, a student with two files, one not in the gradebook."""
    return make_zip(tmp_path / "mini-summit submissions.zip", {
        "perezana_1001_9001_ana.yaml": work_bytes(pack, "Ana Pérez"),
        "bakerben_LATE_1002_9002_ben.yaml": work_bytes(pack, "Benny", "ben"),
        "chendana_1004_9004_dana.yaml": work_bytes(pack, "Dana Chen", "ben", modified=EARLY),
        "chendana_1004_9005_dana-1.yaml": work_bytes(pack, "Dana Chen", "ana", modified=LATE),
        "stoneeve_1005_9006_eve.yaml": work_bytes(pack, "Eve Stone", "ben"),
    })


def moodle_class(tmp_path: Path, pack: Pack) -> Path:
    """Moodle's Download all submissions: folders per participant (and one file named the older, flat way)."""
    return make_zip(tmp_path / "COURSE-Who is talking-42.zip", {
        "Ana Pérez_301_assignsubmission_file/ana.yaml": work_bytes(pack, "Ana Pérez"),
        "Ben Baker_302_assignsubmission_file/ben.yaml": work_bytes(pack, "Ben Baker", "ben"),
        "Dana Chen_304_assignsubmission_file/dana.yaml": work_bytes(pack, "D. Chen", "ben", modified=EARLY),
        "Dana Chen_304_assignsubmission_file/dana-v2.yaml": work_bytes(pack, "D. Chen", "ana", modified=LATE),
        "Eve Stone_305_assignsubmission_file_eve.yaml": work_bytes(pack, "Eve Stone", "ben"),
    })


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    """Run the command line; its exit status, stdout and stderr."""
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def rows_of(data: bytes) -> list[list[str]]:
    """The cells of a CSV as a spreadsheet reads them."""
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def changed_columns(before: bytes, after: bytes) -> set[int]:
    """The columns in which any cell differs, after checking rows and everything outside the cells match."""
    old, new = rows_of(before), rows_of(after)
    assert len(old) == len(new) and [len(r) for r in old] == [len(r) for r in new]
    return {c for r_old, r_new in zip(old, new, strict=True) for c, (a, b) in enumerate(zip(r_old, r_new, strict=True))
            if a != b}


@pytest.fixture
def pack(tmp_path: Path) -> Pack:
    """The small lesson pack of the grading tests."""
    return write_pack(tmp_path / "pack")


def test_canvas_zip_is_graded_without_unpacking(tmp_path: Path, pack: Pack,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A Canvas download is graded as it came: ids and LATE kept, nickname and resubmission said, nothing unpacked."""
    zipped = canvas_class(tmp_path, pack)
    digest = hashlib.sha256(zipped.read_bytes()).hexdigest()
    code, out, err = run(capsys, "grade", zipped, "--lesson", pack.path, "--csv", tmp_path / "grades.csv")
    assert code == 0, err
    assert "4 students from 5 files" in out
    assert re.search(r"bakerben_LATE_1002_9002_ben\.yaml: note: Canvas says 'bakerben' \(id 1002\) handed this in; "
                     r"the file says 'Benny'", err), err
    assert re.search(r"chendana_1004_9004_dana\.yaml: .*handed in more than once; graded the newer .*dana-1\.yaml",
                     err)
    assert "perezana" not in err  # "Ana Pérez" is the same letters as Canvas's "perezana": no note
    rows = rows_of((tmp_path / "grades.csv").read_bytes())
    assert rows[0][:6] == ["student_name", "student_id", "lms", "lms_id", "lms_name", "late"]
    assert ["Benny", "", "Canvas", "1002", "bakerben", "LATE"] in [r[:6] for r in rows]
    assert hashlib.sha256(zipped.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["grades.csv", zipped.name, "pack"]


def test_canvas_fill_changes_only_the_assignment_column(tmp_path: Path, pack: Pack,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """The filled Canvas gradebook differs from the given one only in the assignment's column, byte for byte."""
    given = tmp_path / "gradebook.csv"
    given.write_bytes((FIXTURES / "canvas-gradebook.csv").read_bytes())
    before = given.read_bytes()
    code, out, err = run(capsys, "grade", canvas_class(tmp_path, pack), "--lesson", pack.path, "--csv",
                         tmp_path / "grades.csv", "--gradebook", "canvas", "--assignment", "Who is talking?",
                         "--fill", given)
    assert code == 0, err
    assert given.read_bytes() == before  # the teacher's file is never changed
    after = (tmp_path / "gradebook-annotator.csv").read_bytes()
    assert changed_columns(before, after) == {6}
    rows = rows_of(after)
    assert rows[2][6] == "6.15"  # Ana: 4 of 6.5 on 10 points possible
    assert rows[4][0] == '="=Robert"' and rows[4][6] == ""  # nothing handed in: an empty cell, never a zero
    assert rows[5][6] == "=SUM(4+4)"  # a formula is kept as it was
    assert "holds a formula (=SUM(4+4)); it is kept as it was" in err
    assert "'Eve Stone' (" in err and "is not in this gradebook: graded in the grades CSV" in err
    assert [r[0] for r in rows_of((tmp_path / "grades.csv").read_bytes()) if r[0] == "Eve Stone"] == ["Eve Stone"]
    # Outside the filled cells, every byte is the given file's (quoting, CR LF, the byte-order mark).
    old_lines, new_lines = before.split(b"\r\n"), after.split(b"\r\n")
    assert [a == b for a, b in zip(old_lines, new_lines, strict=True)] == [True, True, False, False, True, True, True,
                                                                          True]
    assert "Canvas gradebook in" in out


def test_moodle_zip_and_worksheet(tmp_path: Path, pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    """A Moodle download is graded from its folders, and its worksheet filled only in Grade (and Feedback comments)."""
    given = tmp_path / "worksheet.csv"
    given.write_bytes((FIXTURES / "moodle-worksheet.csv").read_bytes())
    before = given.read_bytes()
    code, _, err = run(capsys, "grade", moodle_class(tmp_path, pack), "--lesson", pack.path, "--csv",
                         tmp_path / "grades.csv", "--gradebook", "moodle", "--fill", given,
                         "--gradebook-out", tmp_path / "filled.csv")
    assert code == 0, err
    after = (tmp_path / "filled.csv").read_bytes()
    assert changed_columns(before, after) <= {4, 9} and 4 in changed_columns(before, after)
    rows = rows_of(after)
    assert rows[1][4] == "6.15" and rows[3][4] == "" and rows[4][4] == "=2*2"
    assert "says 'Dana Chen' (id 304) handed this in; the file says 'D. Chen'" in err
    assert "dana.yaml" in err and "handed in more than once" in err
    assert "'Eve Stone'" in err and "not in this gradebook" in err
    assert given.read_bytes() == before


def test_fresh_gradebooks_follow_the_import_formats(tmp_path: Path, pack: Pack,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Without --fill, Canvas gets its import columns and Points Possible row, Moodle its worksheet by participant."""
    code, _, err = run(capsys, "grade", canvas_class(tmp_path, pack), "--lesson", pack.path, "--csv",
                       tmp_path / "grades.csv", "--gradebook", "canvas", "--assignment", "Who is talking?",
                       "--points", "20")
    assert code == 0, err
    rows = rows_of((tmp_path / "grades-canvas.csv").read_bytes())
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Who is talking?"]
    assert rows[1] == ["    Points Possible", "", "", "", "", "20"]
    assert ["Ana Pérez", "1001", "", "", "", "12.31"] in rows
    code, _, err = run(capsys, "grade", moodle_class(tmp_path, pack), "--lesson", pack.path, "--csv",
                       tmp_path / "m.csv", "--gradebook", "moodle")
    assert code == 0, err
    rows = rows_of((tmp_path / "m-moodle.csv").read_bytes())
    assert rows[0][:5] == ["Identifier", "Full name", "Email address", "Status", "Grade"]
    assert rows[1][:2] == ["Participant 301", "Ana Pérez"] and rows[1][4:6] == ["4", "6.5"]


def _moodle_upload(data: bytes, hiddenuser: str, grade: str, recordid: str, decsep: str) -> dict[str, float]:
    """What Moodle's Upload grading worksheet imports from a file, by ``importgradeslib.php``: the columns headed
    exactly by the uploading teacher's strings, the id after ``hiddenuser``'s length, the grade by
    ``unformat_float`` (spaces out, the language's decimal mark made a point)."""
    rows = rows_of(data)
    id_col, grade_col = rows[0].index(recordid), rows[0].index(grade)
    return {r[id_col][len(hiddenuser):]: float(r[grade_col].replace(" ", "").replace(decsep, "."))
            for r in rows[1:] if r[grade_col]}


def test_a_french_worksheet_goes_back_in_french(tmp_path: Path, pack: Pack,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Filled and written back, a French worksheet keeps the headings Moodle in French reads; --lang es: Spanish."""
    given = tmp_path / "feuille.csv"
    given.write_bytes((FIXTURES / "moodle-worksheet-fr.csv").read_bytes())
    code, _, err = run(capsys, "grade", moodle_class(tmp_path, pack), "--lesson", pack.path, "--csv",
                       tmp_path / "grades.csv", "--gradebook", "moodle", "--fill", given)
    assert code == 0, err
    before, after = given.read_bytes(), (tmp_path / "feuille-annotator.csv").read_bytes()
    assert after.split(b"\n")[0] == before.split(b"\n")[0] and changed_columns(before, after) == {4}
    assert rows_of(after)[1][4] == "12,31"
    imported = _moodle_upload(after, "Participant", "Note", "Identifiant", ",")
    assert sorted(imported) == ["301", "302", "304"] and imported["301"] == 12.31
    with i18n.speaking("en"):  # the command line sets the language for the rest of the process
        code, _, err = run(capsys, "grade", "--lang", "es", moodle_class(tmp_path, pack), "--lesson", pack.path,
                           "--csv", tmp_path / "m.csv", "--gradebook", "moodle")
    assert code == 0, err
    fresh = (tmp_path / "m-moodle.csv").read_bytes()
    assert rows_of(fresh)[0][:2] == ["Identificador", "Nombre completo"]
    assert _moodle_upload(fresh, "Participante", "Calificación", "Identificador", ",")["301"] == 4


def _canvas_reupload_ids(name: str) -> list[str]:
    """What Canvas's re-upload reads from a name: the first two parts made only of digits (user id, file id)."""
    return [p for p in PurePosixPath(name).name.split("_") if re.fullmatch(r"\d+", p)][:2]


def _moodle_upload_participant(name: str) -> str:
    """What Moodle's feedback zip import reads: the id of the first path part shaped name_id_type_plugin."""
    for part in name.split("/"):
        info = part.split("_", 4)
        if len(info) >= 4 and info[1].isdigit() and info[2] == "assignfeedback" and info[3] == "file":
            return info[1]
    return ""


def test_feedback_zips_name_each_report_for_its_student(tmp_path: Path, pack: Pack,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Each student's report lands in a zip under the name the LMS's bulk feedback upload gives to that student."""
    code, out, err = run(capsys, "grade", canvas_class(tmp_path, pack), "--lesson", pack.path, "--csv",
                         tmp_path / "grades.csv", "--report", tmp_path / "reports", "--gradebook", "canvas",
                         "--assignment", "Who is talking?")
    assert code == 0, err
    assert "4 report" in out and "for Canvas's bulk feedback upload in" in out
    with zipfile.ZipFile(tmp_path / "reports" / "canvas-feedback.zip") as z:
        ids = sorted(_canvas_reupload_ids(n) for n in z.namelist())
        assert "why k1" not in z.read(z.namelist()[0]).decode()  # the students' copy: no rationale from the key
    assert ids == [["1001", "9001"], ["1002", "9002"], ["1004", "9005"], ["1005", "9006"]]
    code, _, err = run(capsys, "grade", moodle_class(tmp_path, pack), "--lesson", pack.path, "--csv",
                         tmp_path / "m.csv", "--report", tmp_path / "m-reports", "--gradebook", "moodle")
    assert code == 0, err
    with zipfile.ZipFile(tmp_path / "m-reports" / "moodle-feedback.zip") as z:
        assert sorted(_moodle_upload_participant(n) for n in z.namelist()) == ["301", "302", "304", "305"]
        assert all(n.endswith(".html") for n in z.namelist())


@pytest.mark.parametrize(("fixture", "args", "phrase"), [
    ("canvas-gradebook.csv", ["--gradebook", "canvas", "--assignment", "Quiz 9"],
     "no column for the assignment 'Quiz 9'"),
    ("moodle-worksheet.csv", ["--gradebook", "canvas", "--assignment", "Grade"], "not a Canvas gradebook export"),
    ("canvas-gradebook.csv", ["--gradebook", "moodle"], "not a Moodle grading worksheet: it has no 'Identifier'"),
])
def test_a_gradebook_of_another_shape_gets_one_line_and_nothing_is_written(
        tmp_path: Path, pack: Pack, capsys: pytest.CaptureFixture[str], fixture: str, args: list[str],
        phrase: str) -> None:
    """A gradebook with unexpected columns is one clear line, exit 1, and neither it nor anything else is written."""
    given = tmp_path / "given.csv"
    given.write_bytes((FIXTURES / fixture).read_bytes())
    code, _, err = run(capsys, "grade", canvas_class(tmp_path, pack), "--lesson", pack.path, "--csv",
                         tmp_path / "grades.csv", "--fill", given, *args)
    assert code == 1
    assert [line for line in err.splitlines() if phrase in line] and "Traceback" not in err
    assert given.read_bytes() == (FIXTURES / fixture).read_bytes()
    assert not (tmp_path / "grades.csv").exists() and not (tmp_path / "given-annotator.csv").exists()


def test_the_given_gradebook_is_never_the_output(tmp_path: Path, pack: Pack,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """--gradebook-out naming the gradebook given is refused, so the teacher's export is never replaced."""
    given = tmp_path / "given.csv"
    given.write_bytes((FIXTURES / "canvas-gradebook.csv").read_bytes())
    code, _, err = run(capsys, "grade", canvas_class(tmp_path, pack), "--lesson", pack.path, "--csv",
                       tmp_path / "grades.csv", "--gradebook", "canvas", "--assignment", "Who is talking?",
                       "--fill", given, "--gradebook-out", given)
    assert code == 1 and "never replaced" in err
    assert given.read_bytes() == (FIXTURES / "canvas-gradebook.csv").read_bytes()


def test_lms_options_without_gradebook_are_a_usage_mistake(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--fill without --gradebook (or Canvas without --assignment) stops with exit 2 before reading anything."""
    assert run(capsys, "grade", tmp_path, "--lesson", tmp_path, "--csv", tmp_path / "g.csv", "--fill",
               tmp_path / "x.csv")[0] == 2
    assert run(capsys, "grade", tmp_path, "--lesson", tmp_path, "--csv", tmp_path / "g.csv", "--gradebook",
               "canvas")[0] == 2


def test_other_commands_read_the_zip_too(tmp_path: Path, pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    """check, export and agreement take the downloaded zip as grade does."""
    zipped = canvas_class(tmp_path, pack)
    code, out, err = run(capsys, "check", zipped, "--lesson", pack.path)
    assert code == 0, err
    assert f"{zipped}!/perezana_1001_9001_ana.yaml: Ana Pérez: 5 annotations" in out
    code, out, err = run(capsys, "export", zipped, "--lesson", pack.path, "--out", tmp_path / "h.csv")
    assert code == 0 and "4 students from 5 files" in out, err
    code, out, err = run(capsys, "agreement", zipped, "--lesson", pack.path)
    assert code == 0, err


def test_a_plain_zip_and_a_zip_of_another_lms_get_one_line(tmp_path: Path, pack: Pack,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Names following no convention are one note for the whole zip, and the students are graded as they typed."""
    zipped = make_zip(tmp_path / "classroom.zip", {"Ana Pérez - ana.yaml": work_bytes(pack, "Ana Pérez"),
                                                    "folder/ben.yaml": work_bytes(pack, "Ben", "ben"),
                                                    "Ana Pérez - notes.docx": b"PK..."})
    code, _, err = run(capsys, "grade", zipped, "--lesson", pack.path, "--csv", tmp_path / "g.csv")
    assert code == 0, err
    notes = [line for line in err.splitlines() if "follow neither Canvas's nor Moodle's convention" in line]
    assert notes == [f"{zipped}: note: its file names follow neither Canvas's nor Moodle's convention; read as a "
                     "plain zip, each student named as they typed"]
    assert f"{zipped}!/Ana Pérez - notes.docx: not a YAML file (.docx)" in err
    assert rows_of((tmp_path / "g.csv").read_bytes())[0][:3] == ["student_name", "student_id", "who-speaks"]
