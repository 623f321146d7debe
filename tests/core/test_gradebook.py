"""The rows a teacher takes away: one per student for the gradebook, one per highlight for analysis."""

from __future__ import annotations

from pathlib import Path

from annotator.core.annotations import Student
from annotator.core.gradebook import export_rows, grade_rows
from annotator.core.roster import ClassRoster, load_class
from annotator.core.scoring import score_work
from tests.commands.test_grade import ana_annotations, ben_annotations, write_pack, write_work


def two_students(tmp_path: Path) -> ClassRoster:
    """Ana's and Ben's hand-worked files of the grading tests, read as a class."""
    pack = write_pack(tmp_path / "pack")
    text = pack.article.text
    write_work(tmp_path / "class" / "ana.yaml", pack, Student("Ana Pérez", "s-0412"), ana_annotations(text))
    write_work(tmp_path / "class" / "ben.yaml", pack, Student("Ben Ode"), ben_annotations(text))
    return load_class([tmp_path / "class"], pack)


def test_a_gradebook_row_has_each_prompt_then_the_totals(tmp_path: Path) -> None:
    """An LMS import would put a prompt's score under another prompt, or the total where 'found' is expected."""
    roster = two_students(tmp_path)
    header, rows = grade_rows(roster, [score_work(s.sheet, roster.pack) for s in roster.submissions])
    assert header == ["student_name", "student_id", "who-speaks", "framing", "total", "max_total", "found", "missed",
                      "extra", "file"]
    assert rows == [["Ana Pérez", "s-0412", "3", "1", "4", "6.5", 3, 2, 2, str(tmp_path / "class" / "ana.yaml")],
                    ["Ben Ode", "", "0", "1.5", "2.5", "6.5", 2, 3, 2, str(tmp_path / "class" / "ben.yaml")]]


def test_an_export_lists_highlights_in_reading_order_and_orphans_last_without_a_place(tmp_path: Path) -> None:
    """A researcher would read a lost highlight's old offsets as a place in the article it no longer has."""
    roster = two_students(tmp_path)
    ben = [row for row in export_rows(roster) if row[0] == "Ben Ode"]
    assert [row[4] for row in ben] == ["Senator Jane Roe", "slammed the door on a deal",
                                       "people familiar with the talks", "words that are nowhere in it"]
    assert [row[8] for row in ben] == ["exact", "exact", "exact", "orphaned"]
    assert ben[-1][6:8] == ["", ""]
    assert [row[6] for row in ben[:-1]] == sorted(row[6] for row in ben[:-1])
