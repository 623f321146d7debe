"""Canvas's download names and the names its bulk upload reads back, as Canvas itself writes them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.lms import CANVAS, canvas, lms_identity

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


def test_a_points_cell_that_is_no_number_canvas_writes_is_not_read_as_one() -> None:
    """"inf" or "1e400" points possible scaled every grade to "inf" in the gradebook sent back to Canvas."""
    for text, mark in (("inf", "."), ("NaN", "."), ("1e400", "."), ("1_000", "."), ("Infinity", ","), ("٣,5", ",")):
        assert canvas.read_number(text, mark) is None, text
    assert canvas.read_number("1.000,5", ",") == 1000.5 and canvas.read_number("1,000.5", ".") == 1000.5
    assert lms_identity("perezana_٣٠١_٥٠٠١_ana.yaml") is None  # Canvas ids are ASCII digits
