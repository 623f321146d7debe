"""File ▸ Import annotations… in the review window: brat and Hypothesis work joins the class being reviewed."""

from __future__ import annotations

from pathlib import Path

from annotator.core.pack import Pack
from annotator.ui.review.window import ReviewWindow
from tests.ui.common.test_import_flow import brat_folder, class_of_one, review_window_on
from tests.ui.conftest import FakeDialogs


def _names(window: ReviewWindow) -> list[str]:
    return [window.table.item(r, 0).text() for r in range(window.table.rowCount())]


def test_a_brat_folder_imported_shows_its_annotators_in_the_table(qtbot, tmp_path: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """A researcher's brat corpus must become students the teacher can review, without reopening the window."""
    folder = class_of_one(tmp_path, hanoi)
    corpus = tmp_path / "corpus"
    brat_folder(corpus, hanoi, "maria", [("framing", "Hanoi"), ("opinion", "no longer thinks")])
    brat_folder(corpus, hanoi, "max", [("framing", "Kim Jong Un")])
    dialogs = FakeDialogs()
    dialogs.to_import = ("brat", [corpus])
    window = review_window_on(qtbot, folder, hanoi, dialogs)
    assert _names(window) == ["Ana Pérez"]
    window.import_work()
    assert _names(window) == ["Ana Pérez", "maria", "max"]
    assert dialogs.asked_types == []  # brat types that are category ids need no question
    _title, message = dialogs.messages[-1]
    assert message.startswith(f"2 annotators imported into {folder}.")
    assert "3 exact, 0 moved, 0 fuzzy, 0 orphaned" in message
    window.table.selectRow(1)
    assert "maria" in window.student_label.text()
