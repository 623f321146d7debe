"""Starting the review window (`annotator review FOLDER --lesson PACK`): a broken lesson explained, the class shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from annotator.core.pack import Pack
from annotator.ui.review.app import run_review_app
from annotator.ui.review.window import ReviewWindow
from tests.helpers import snapshot
from tests.ui.conftest import FakeDialogs


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The remembered language is read from a folder of the test's own, never the developer's."""
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(tmp_path / "data"))


def test_a_broken_lesson_opens_no_window_and_says_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A teacher reviewing against a broken lesson.yaml got a traceback, or an empty window with no reason."""
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "lesson.yaml").write_text("schema: annotator/lesson@1\nid: [\n", encoding="utf-8")
    dialogs = FakeDialogs()
    assert run_review_app(folder=tmp_path / "class", pack=pack, dialogs=dialogs) == 1  # type: ignore[arg-type]
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"{pack / 'lesson.yaml'}:") and "not valid YAML" in line
    assert dialogs.problems == [line]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, ReviewWindow) and w.isVisible()]


def test_the_class_is_shown_and_its_unusable_files_named_without_writing_a_file(
        qtbot, class_folder: Path, hanoi: Pack, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    """`annotator review` would skip a file without a word, or a screenshot run would write feedback files."""
    before = snapshot(class_folder)
    shot = tmp_path / "review.png"
    status = run_review_app(folder=class_folder, pack=hanoi.path, screenshot=shot, dialogs=FakeDialogs())  # type: ignore[arg-type]
    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReviewWindow) and w.isVisible()]
    qtbot.addWidget(window)
    assert status == 0 and shot.read_bytes().startswith(b"\x89PNG")
    assert window.table.rowCount() == 2
    assert "notes.txt" in capsys.readouterr().err
    window.close()
    assert snapshot(class_folder) == before
