"""The lesson editor's Categories page: ids from labels, keys used once, colours chosen with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.pack import Pack
from annotator.ui.lessons.categories_page import CategoriesPage
from annotator.ui.lessons.editor import LessonEditor
from tests.ui.lessons.editing import open_editor, type_into


def test_a_shared_key_warns_and_disables_ok(qtbot, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """Two categories on one key would let students' key presses land in the wrong category."""
    editor = open_editor(qtbot, hanoi.lesson)
    editor.tabs.setCurrentIndex(1)
    editor.category_list.setCurrentRow(2)
    type_into(qtbot, editor.key_edit, "1")
    assert editor.warnings.isVisible()
    assert "both use the key 1" in editor.warnings.text()
    assert "same key as" in editor.category_list.item(2).text()
    assert not editor.ok_button.isEnabled()
    type_into(qtbot, editor.key_edit, "9")
    assert editor.warnings.isHidden()
    assert editor.ok_button.isEnabled()
    assert editor.result_lesson().categories[2].shortcut == "9"


def test_a_new_category_gets_its_id_from_its_label(qtbot, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """A new category would be saved with a meaningless id, or an old one's id would change under the key."""
    editor = open_editor(qtbot, hanoi.lesson)
    editor.tabs.setCurrentIndex(1)
    qtbot.mouseClick(editor.add_category_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, editor.label_edit, "Statistic")
    assert editor.id_edit.text() == "statistic"
    editor.category_list.setCurrentRow(0)
    type_into(qtbot, editor.label_edit, "Source with a name")
    lesson = editor.result_lesson()
    assert lesson.categories[0].id == "named-source" and lesson.categories[0].label == "Source with a name"
    new = lesson.categories[-1]
    assert (new.id, new.label) == ("statistic", "Statistic")
    assert new.shortcut not in {c.shortcut for c in hanoi.lesson.categories}
    assert editor.ok_button.isEnabled()


def test_a_category_the_key_uses_cannot_be_removed(qtbot, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """Removing a category the answer key marks passages with would make the lesson impossible to save."""
    assert hanoi.key is not None
    used = {c for item in hanoi.key.items for c in item.categories}
    editor = LessonEditor(hanoi.lesson, in_use=used)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentIndex(1)
    editor.category_list.setCurrentRow(0)
    qtbot.mouseClick(editor.remove_category_button, Qt.MouseButton.LeftButton)
    assert hanoi.lesson.categories[0].id not in [c.id for c in editor.result_lesson().categories]
    assert "The answer key uses the category “Named source”" in editor.warnings.text()
    assert not editor.ok_button.isEnabled()
    assert all("named-source" not in p.categories for p in editor.result_lesson().prompts)


def test_the_colour_row_is_one_tab_stop_and_arrows_choose_colours(qtbot, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """A keyboard user would have to press Tab eight times to get past the colours, or could not change one."""
    editor = open_editor(qtbot, hanoi.lesson)
    editor.tabs.setCurrentIndex(1)
    editor.category_list.setCurrentRow(0)
    page = editor.id_edit.parentWidget()
    while not isinstance(page, CategoriesPage):
        page = page.parentWidget()
    chosen = next(b for b in page.color_buttons if b.isChecked())
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.id_edit.setFocus()
    qtbot.keyClick(editor.id_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is chosen  # Tab lands on the chosen colour, not the first one
    before = editor.result_lesson().categories[0].color
    qtbot.keyClick(chosen, Qt.Key.Key_Right)
    after = editor.result_lesson().categories[0].color
    assert after != before
    now = QApplication.focusWidget()
    assert now is not chosen and now.isChecked()  # type: ignore[union-attr]
    qtbot.keyClick(now, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.style_combo  # one Tab leaves the row
