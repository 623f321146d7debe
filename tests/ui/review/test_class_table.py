"""The review window's class table: every student who handed in, files that could not be used, any real date."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.annotations import Student, Work
from annotator.core.desk import hand_in
from annotator.core.pack import Pack
from annotator.core.roster import load_class
from annotator.ui.review.window import ReviewWindow
from tests.ui.conftest import FakeDialogs
from tests.ui.review.classes import window_on


@pytest.mark.parametrize("stamp", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"])
def test_a_file_dated_at_the_edge_of_the_calendar_is_listed(qtbot, tmp_path: Path, hanoi: Pack, stamp: str) -> None:  # type: ignore[no-untyped-def]
    """One file dated the year 1 at +14:00 kept `annotator review` from opening for the whole class (OverflowError)."""
    folder = tmp_path / "class"
    hand_in(Work(hanoi.lesson.id, hanoi.article.sha256, Student("Ana"), created=stamp, modified=stamp), folder)
    hand_in(Work(hanoi.lesson.id, hanoi.article.sha256, Student("Ben")), folder)
    window = ReviewWindow(load_class([folder], hanoi), dialogs=FakeDialogs())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    rows = [(window.table.item(r, 0).text(), window.table.item(r, 1).text()) for r in range(window.table.rowCount())]
    assert [name for name, _ in rows] == ["Ana", "Ben"]
    assert rows[0][1] == ("01 Jan 00:00" if stamp.startswith("0001") else "31 Dec 23:59")


def test_class_table_lists_students_and_the_broken_file(qtbot, class_folder: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """The teacher sees every student who handed in, and which file could not be used."""
    window = window_on(qtbot, class_folder, hanoi)
    names = [window.table.item(r, 0).text() for r in range(window.table.rowCount())]
    assert names == ["Ana Pérez", "Ben Ode"]
    assert any("notes.txt" in str(p) for p in window.roster.problems)
