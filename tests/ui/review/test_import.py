"""File ▸ Import annotations… in the review window: brat and Hypothesis work joins the class being reviewed."""

from __future__ import annotations

from pathlib import Path

from annotator.core.annotations import Student, Work
from annotator.core.desk import hand_in
from annotator.core.pack import Pack
from annotator.core.roster import load_class
from annotator.core.worksheet import Worksheet
from annotator.ui.review.window import ReviewWindow
from tests.ui.common.test_import_flow import brat_folder
from tests.ui.conftest import FakeDialogs


def _names(window: ReviewWindow) -> list[str]:
    return [window.table.item(r, 0).text() for r in range(window.table.rowCount())]


def _class(tmp_path: Path, pack: Pack) -> Path:
    folder = tmp_path / "class"
    work = Work(pack.lesson.id, pack.article.sha256, Student("Ana Pérez"))
    Worksheet(pack.lesson, pack.article, work).add(0, 10, "framing")
    hand_in(work, folder)
    return folder


def _window(qtbot, folder: Path, pack: Pack, dialogs: FakeDialogs) -> ReviewWindow:  # type: ignore[no-untyped-def]
    window = ReviewWindow(load_class([folder], pack), dialogs=dialogs, folder=folder)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_brat_folder_imported_shows_its_annotators_in_the_table(qtbot, tmp_path: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """A researcher's brat corpus must become students the teacher can review, without reopening the window."""
    folder = _class(tmp_path, hanoi)
    corpus = tmp_path / "corpus"
    brat_folder(corpus, hanoi, "maria", [("framing", "Hanoi"), ("opinion", "no longer thinks")])
    brat_folder(corpus, hanoi, "max", [("framing", "Kim Jong Un")])
    dialogs = FakeDialogs()
    dialogs.to_import = ("brat", [corpus])
    window = _window(qtbot, folder, hanoi, dialogs)
    assert _names(window) == ["Ana Pérez"]
    window.import_work()
    assert _names(window) == ["Ana Pérez", "maria", "max"]
    assert dialogs.asked_types == []  # brat types that are category ids need no question
    _title, message = dialogs.messages[-1]
    assert message.startswith(f"2 annotators imported into {folder}.")
    assert "3 exact, 0 moved, 0 fuzzy, 0 orphaned" in message
    window.table.selectRow(1)
    assert "maria" in window.student_label.text()
