"""The lesson editor's Prompts page: a prompt the teacher adds is in the lesson students get."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.pack import Pack
from tests.ui.lessons.editing import open_editor


def test_added_prompt_appears_in_the_lesson(qtbot, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """A prompt the teacher adds would be missing from the lesson students get."""
    editor = open_editor(qtbot, hanoi.lesson)
    editor.tabs.setCurrentIndex(2)
    qtbot.mouseClick(editor.add_prompt_button, Qt.MouseButton.LeftButton)
    assert not editor.ok_button.isEnabled()  # a prompt without a question cannot be saved
    qtbot.keyClicks(editor.prompt_text, "Who gains if readers believe this story?")
    editor.prompt_categories.item(0).setCheckState(Qt.CheckState.Checked)
    editor.points_spin.setValue(4)
    assert editor.ok_button.isEnabled()
    lesson = editor.result_lesson()
    assert lesson.prompts[:-1] == hanoi.lesson.prompts
    added = lesson.prompts[-1]
    assert added.id == "who-gains-if-readers"
    assert added.text == "Who gains if readers believe this story?"
    assert added.categories == (hanoi.lesson.categories[0].id,)
    assert added.points == 4
