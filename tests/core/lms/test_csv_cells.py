"""Gradebook cells read as a spreadsheet reads them, and filled without touching any other byte."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.lms.csv_cells import is_formula, read_table

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
