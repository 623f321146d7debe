"""The teacher's lesson dialogs: editing a lesson, making a new one, and the lesson library."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QDialog, QTabBar, QWidget

from annotator.core.defaults import default_categories
from annotator.core.library import export_pack, library_dir
from annotator.core.pack import Pack
from annotator.core.text import Article, BlockKind
from annotator.resources import default_lesson
from annotator.ui.lessons.categories_page import CategoriesPage
from annotator.ui.lessons.editor import LessonEditor, parse_grades
from annotator.ui.lessons.library_dialog import LibraryDialog
from annotator.ui.lessons.new_lesson_dialog import NewLessonDialog
from tests.helpers import snapshot
from tests.ui.conftest import FakeDialogs

PASTED = [
    "The town council voted on Tuesday to close the Elm Street library, saying it costs too much.",
    "“We had no choice,” said Mayor Ana Ruiz. Critics called the decision short-sighted.",
    "Residents who use the library were not asked, according to a neighbourhood group.",
]


def _editor(qtbot, lesson) -> LessonEditor:  # type: ignore[no-untyped-def]
    editor = LessonEditor(lesson)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Replace a field's text as a person would: select all, then type."""
    widget.setFocus()
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)




# --- the lesson editor ----------------------------------------------------------------------------


def test_editor_round_trips_the_lesson_unchanged(qtbot, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """Opening "Edit lesson…" and pressing OK without changes would alter the teacher's lesson."""
    editor = _editor(qtbot, hanoi.lesson)
    for tab in range(editor.tabs.count()):  # visiting every row must not change anything
        editor.tabs.setCurrentIndex(tab)
    for row in range(editor.category_list.count()):
        editor.category_list.setCurrentRow(row)
    for row in range(editor.prompt_list.count()):
        editor.prompt_list.setCurrentRow(row)
    assert editor.ok_button.isEnabled()
    assert editor.result_lesson() == hanoi.lesson
    assert editor.result_lesson().to_data() == hanoi.lesson.to_data()


def test_added_prompt_appears_in_the_lesson(qtbot, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """A prompt the teacher adds would be missing from the lesson students get."""
    editor = _editor(qtbot, hanoi.lesson)
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


def test_a_shared_key_warns_and_disables_ok(qtbot, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """Two categories on one key would let students' key presses land in the wrong category."""
    editor = _editor(qtbot, hanoi.lesson)
    editor.tabs.setCurrentIndex(1)
    editor.category_list.setCurrentRow(2)
    _type_into(qtbot, editor.key_edit, "1")
    assert editor.warnings.isVisible()
    assert "both use the key 1" in editor.warnings.text()
    assert "same key as" in editor.category_list.item(2).text()
    assert not editor.ok_button.isEnabled()
    _type_into(qtbot, editor.key_edit, "9")
    assert editor.warnings.isHidden()
    assert editor.ok_button.isEnabled()
    assert editor.result_lesson().categories[2].shortcut == "9"


def test_a_new_category_gets_its_id_from_its_label(qtbot, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """A new category would be saved with a meaningless id, or an old one's id would change under the key."""
    editor = _editor(qtbot, hanoi.lesson)
    editor.tabs.setCurrentIndex(1)
    qtbot.mouseClick(editor.add_category_button, Qt.MouseButton.LeftButton)
    _type_into(qtbot, editor.label_edit, "Statistic")
    assert editor.id_edit.text() == "statistic"
    editor.category_list.setCurrentRow(0)
    _type_into(qtbot, editor.label_edit, "Source with a name")
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


def test_grade_levels_are_read_as_a_teacher_writes_them() -> None:
    """Typing "9–12" as grade levels would be refused or saved wrongly."""
    assert parse_grades("9–12") == ((9, 10, 11, 12), "")
    assert parse_grades("7, 8") == ((7, 8), "")
    assert parse_grades("") == ((), "")
    assert parse_grades("year 9")[1]


# --- a new lesson ---------------------------------------------------------------------------------


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


# --- the library ----------------------------------------------------------------------------------


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
    assert "leaves the lesson pack" in message and "unchanged" in message
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


# --- every dialog ---------------------------------------------------------------------------------


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("which", ["editor", "new", "library"])
def test_every_focusable_control_has_a_name(qtbot, tmp_path: Path, hanoi: Pack, which: str) -> None:  # type: ignore[no-untyped-def]
    """A screen reader user would hear "button" or "edit" with no idea what it does."""
    if which == "editor":
        dialog: QDialog = LessonEditor(hanoi.lesson)
    elif which == "new":
        dialog = NewLessonDialog(FakeDialogs())  # type: ignore[arg-type]
    else:
        dialog = LibraryDialog(tmp_path / "user", FakeDialogs())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    unnamed = []
    for widget in dialog.findChildren(QWidget):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or _inside(widget, (QAbstractSpinBox, QComboBox)):
            continue  # the parts inside a spin box or a combo box are named by it
        if isinstance(widget, QTabBar):
            named = all(widget.tabText(i) for i in range(widget.count()))
        else:
            named = bool(widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text()))
        if not named:
            unnamed.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    assert unnamed == []


def test_the_colour_row_is_one_tab_stop_and_arrows_choose_colours(qtbot, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """A keyboard user would have to press Tab eight times to get past the colours, or could not change one."""
    editor = _editor(qtbot, hanoi.lesson)
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
