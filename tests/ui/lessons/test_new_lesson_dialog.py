"""The New lesson dialog: a lesson on exactly the pasted text, and a file it cannot use explained."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from annotator.core.defaults import default_categories
from annotator.core.text import Article, BlockKind
from annotator.ui.lessons.new_lesson_dialog import NewLessonDialog
from tests.ui.conftest import FakeDialogs

PASTED = [
    "The town council voted on Tuesday to close the Elm Street library, saying it costs too much.",
    "“We had no choice,” said Mayor Ana Ruiz. Critics called the decision short-sighted.",
    "Residents who use the library were not asked, according to a neighbourhood group.",
]


def _new_lesson_dialog(qtbot, dialogs: FakeDialogs) -> NewLessonDialog:  # type: ignore[no-untyped-def]
    dialog = NewLessonDialog(dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_new_lesson_from_pasted_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A teacher who pastes an article would not get a lesson on exactly that text."""
    dialog = _new_lesson_dialog(qtbot, FakeDialogs())
    assert not dialog.ok_button.isEnabled()
    dialog.text_edit.setPlainText("\n\n".join(PASTED))
    qtbot.keyClicks(dialog.title_edit, "Who decides about the library?")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert QDialog.result(dialog) == QDialog.DialogCode.Accepted.value  # Qt's own result code
    made = dialog.result()
    assert made is not None
    lesson, markdown = made
    assert lesson.title == "Who decides about the library?"
    assert lesson.categories == default_categories()
    article = Article.from_markdown(markdown)
    paragraphs = [article.text[b.start : b.end] for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert paragraphs == PASTED
    assert dialog.isHidden()


@pytest.mark.parametrize(("name", "data"), [("photo.txt", bytes(range(256)) * 8), ("empty.md", b"")])
def test_an_unusable_article_file_is_explained(qtbot, tmp_path: Path, name: str, data: bytes) -> None:  # type: ignore[no-untyped-def]
    """A binary or empty article file would crash the app or silently make an empty lesson."""
    path = tmp_path / name
    path.write_bytes(data)
    dialog = _new_lesson_dialog(qtbot, FakeDialogs(folder=path))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.from_file.isChecked() and dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible()
    assert name in dialog.error_label.text()
    assert ("binary" if name == "photo.txt" else "empty") in dialog.error_label.text()
    assert dialog.result() is None
    assert dialog.isVisible()  # still open, to choose another file or paste
