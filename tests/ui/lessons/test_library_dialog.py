"""The lesson library: the bundled lesson listed, shared zips imported safely, exports without the key."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import Qt

from annotator.core.library import export_pack, library_dir
from annotator.core.pack import Pack
from annotator.resources import default_lesson
from annotator.ui.lessons.library_dialog import LibraryDialog
from tests.helpers import snapshot
from tests.ui.conftest import FakeDialogs


def _library(qtbot, user: Path, dialogs: FakeDialogs) -> LibraryDialog:  # type: ignore[no-untyped-def]
    dialog = LibraryDialog(user, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _titles(dialog: LibraryDialog) -> list[str]:
    tree = dialog.tree
    return [
        tree.topLevelItem(g).child(i).text(0)
        for g in range(tree.topLevelItemCount())
        for i in range(tree.topLevelItem(g).childCount())
    ]


def test_library_lists_the_bundled_lesson(qtbot, tmp_path: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """A teacher would not find the lesson that comes with Annotator."""
    dialog = _library(qtbot, tmp_path / "user", FakeDialogs())
    assert [(e.id, e.bundled) for e in dialog.entries] == [("hanoi-summit-2019", True)]
    assert hanoi.lesson.title in _titles(dialog)
    assert dialog.current_entry() == dialog.entries[0]
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen_path() == dialog.entries[0].path


def test_importing_an_exported_zip_adds_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A lesson a colleague shared would not show up in the teacher's library."""
    shared = export_pack(default_lesson(), tmp_path / "shared.zip", include_key=True)
    dialogs = FakeDialogs(folder=shared)
    dialog = _library(qtbot, tmp_path / "user", dialogs)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages == []
    own = [e for e in dialog.entries if not e.bundled]
    assert [e.id for e in own] == ["hanoi-summit-2019-2"]  # the bundled lesson keeps its id
    assert own[0].ok and own[0].path.parent == library_dir(tmp_path / "user")
    assert dialog.current_entry() == own[0]
    assert "Imported" in dialog.details.text()


def test_importing_a_hostile_zip_warns_and_changes_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A zip with a ../ entry would write outside the library or leave a half-imported lesson."""
    user = tmp_path / "user"
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as archive:
        for name in ("lesson.yaml", "article.md", "key.yaml"):
            archive.writestr(f"pack/{name}", (default_lesson() / name).read_bytes())
        archive.writestr("../evil", b"gotcha")
    dialogs = FakeDialogs(folder=evil)
    dialog = _library(qtbot, user, dialogs)
    before, entries = snapshot(user), list(dialog.entries)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(dialogs.messages) == 1
    title, message = dialogs.messages[0]
    assert title == "Lesson not imported"
    assert "outside itself" in message and "unchanged" in message
    assert dialog.entries == entries
    assert snapshot(user) == before
    assert not (tmp_path / "evil").exists()


def test_export_for_students_leaves_the_key_out(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Students would get the answer key with their lesson."""
    dialogs = FakeDialogs(folder=tmp_path / "for-class")
    dialog = _library(qtbot, tmp_path / "user", dialogs)
    qtbot.mouseClick(dialog.export_students_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages == []
    with zipfile.ZipFile(tmp_path / "for-class.zip") as archive:
        names = archive.namelist()
    assert "hanoi-summit-2019/lesson.yaml" in names and "hanoi-summit-2019/article.md" in names
    assert not any(n.endswith("key.yaml") for n in names)
    dialogs.folder = tmp_path / "for-colleagues.zip"
    qtbot.mouseClick(dialog.export_teachers_button, Qt.MouseButton.LeftButton)
    with zipfile.ZipFile(tmp_path / "for-colleagues.zip") as archive:
        assert "hanoi-summit-2019/key.yaml" in archive.namelist()


def test_a_broken_lesson_is_listed_greyed_and_cannot_be_opened(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A teacher would not learn why a lesson in their library does not open."""
    broken = library_dir(tmp_path / "user") / "broken"
    broken.mkdir(parents=True)
    (broken / "lesson.yaml").write_text("schema: annotator/lesson@1\n", encoding="utf-8")
    dialog = _library(qtbot, tmp_path / "user", FakeDialogs())
    item = dialog.tree.topLevelItem(1).child(0)
    assert "cannot be opened" in item.text(0)
    assert "missing required field" in item.toolTip(0)
    dialog.tree.setCurrentItem(item)
    assert not dialog.open_button.isEnabled()
    assert "cannot be opened" in dialog.details.text()
