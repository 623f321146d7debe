"""The Lesson library's Import annotations…: brat or Hypothesis work on a lesson into a class folder of one's choice."""

from __future__ import annotations

from pathlib import Path

from annotator.core.pack import Pack
from annotator.core.roster import load_class
from annotator.ui.lessons.library_dialog import LibraryDialog
from tests.ui.common.test_import_flow import brat_folder, hypothesis_json
from tests.ui.conftest import FakeDialogs


def _library(qtbot, tmp_path: Path, dialogs: FakeDialogs) -> LibraryDialog:  # type: ignore[no-untyped-def]
    dialog = LibraryDialog(tmp_path / "user", dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_library_imports_brat_and_hypothesis_into_the_chosen_folder(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                       hanoi: Pack) -> None:
    """A teacher with last year's Hypothesis class must get gradeable files from the library, and nothing elsewhere."""
    corpus = brat_folder(tmp_path / "corpus", hanoi, "maria", [("framing", "Hanoi"), ("Person", "Kim Jong Un")])
    h = hypothesis_json(tmp_path / "h.json", hanoi, "bob", [("Hanoi", ["framing"])])
    out = tmp_path / "last-year"
    before = {p for p in tmp_path.rglob("*") if p.is_file()}
    dialogs = FakeDialogs(folder=out)
    dialogs.mapping = {"Person": "named-source"}
    dialog = _library(qtbot, tmp_path, dialogs)
    assert dialog.current_entry() is not None and dialog.current_entry().id == hanoi.lesson.id  # type: ignore[union-attr]
    for fmt, inputs in (("brat", [corpus]), ("hypothesis", [h])):
        dialogs.to_import = (fmt, inputs)
        dialog.import_work_button.click()
    assert dialogs.asked_types == [{"Person": 1}]
    assert "Imported 1 annotator on" in dialog.details.text()
    new = {p for p in tmp_path.rglob("*") if p.is_file()} - before
    assert {p.parent for p in new} == {out}
    roster = load_class([out], hanoi)
    assert [s.student.name for s in roster.submissions] == ["bob", "maria"] and not roster.problems
    assert [m[1].splitlines()[1] for m in dialogs.messages] == [
        "Where the highlights landed: 2 exact, 0 moved, 0 fuzzy, 0 orphaned.",
        "Where the highlights landed: 0 exact, 1 moved, 0 fuzzy, 0 orphaned."]


def test_the_library_will_not_import_into_the_lesson_pack(qtbot, tmp_path: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """Students' files inside a lesson pack would break the lesson for every class that uses it."""
    dialogs = FakeDialogs(folder=hanoi.path / "class")
    dialogs.to_import = ("hypothesis", [hypothesis_json(tmp_path / "h.json", hanoi, "bob", [("Hanoi", ["framing"])])])
    dialog = _library(qtbot, tmp_path, dialogs)
    dialog.import_work_button.click()
    assert "inside the lesson pack" in dialogs.messages[-1][1]
    assert not (hanoi.path / "class").exists()
