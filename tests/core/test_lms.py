"""What the LMS modules share: who a name is, and the real gradebooks Canvas and Moodle export."""

from __future__ import annotations

from pathlib import Path

from annotator.core.lms import canvas, moodle, same_person
from annotator.core.lms.csv_cells import read_table

FIXTURES = Path(__file__).parent.parent / "fixtures" / "lms"


def test_a_name_matches_when_it_has_the_same_letters() -> None:
    """Canvas's "perezana" and Moodle's "Ana Pérez" are the typed "Ana  PEREZ"; a nickname is not."""
    assert same_person("Ana  PEREZ", "perezana") and same_person("ana pérez", "Pérez, Ana")
    assert not same_person("Annie", "perezana") and not same_person("Ana", "")


def test_the_fixtures_read_as_the_lms_wrote_them() -> None:
    """The Canvas export's assignment column is found by its title, and Moodle's worksheet by its headings."""
    table = read_table(FIXTURES / "canvas-gradebook.csv")
    assert table.bom and canvas.find_columns(table, "who is  TALKING?") == (6, 1, (0,))
    assert canvas.points_row(table) == 1 and table.value(4, 0) == '="=Robert"'
    sheet = read_table(FIXTURES / "moodle-worksheet.csv")
    for name, language in (("moodle-worksheet.csv", "en"), ("moodle-worksheet-es.csv", "es"),
                           ("moodle-worksheet-fr.csv", "fr")):
        sheet = read_table(FIXTURES / name)
        found = moodle.find_columns(sheet)
        assert (found.language.code, found.identifier, found.full_name, found.grade, found.max_grade,
                found.comments) == (language, 0, 1, 4, 5, 9), name
        assert moodle.participant(sheet.value(1, 0)) == "301", name
