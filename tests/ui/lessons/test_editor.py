"""The teacher's "Edit lesson…" dialog: the lesson unchanged when nothing is, details checked before OK."""

from __future__ import annotations

from annotator.core.pack import Pack
from annotator.ui.lessons.editor import parse_grades
from tests.ui.lessons.editing import open_editor, type_into


def test_editor_round_trips_the_lesson_unchanged(qtbot, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """Opening "Edit lesson…" and pressing OK without changes would alter the teacher's lesson."""
    editor = open_editor(qtbot, hanoi.lesson)
    for tab in range(editor.tabs.count()):  # visiting every row must not change anything
        editor.tabs.setCurrentIndex(tab)
    for row in range(editor.category_list.count()):
        editor.category_list.setCurrentRow(row)
    for row in range(editor.prompt_list.count()):
        editor.prompt_list.setCurrentRow(row)
    assert editor.ok_button.isEnabled()
    assert editor.result_lesson() == hanoi.lesson
    assert editor.result_lesson().to_data() == hanoi.lesson.to_data()


def test_grade_levels_are_read_as_a_teacher_writes_them() -> None:
    """Typing "9–12" as grade levels would be refused or saved wrongly."""
    assert parse_grades("9–12") == ((9, 10, 11, 12), "")
    assert parse_grades("7, 8") == ((7, 8), "")
    assert parse_grades("") == ((), "")
    assert parse_grades("year 9")[1]


def test_a_lesson_without_a_title_or_with_an_unknown_language_code_says_why_before_ok(qtbot, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """OK on a lesson with no title, or a language typed as "English", saved a lesson that no longer loads."""
    editor = open_editor(qtbot, hanoi.lesson)
    type_into(qtbot, editor.title_edit, " ")
    type_into(qtbot, editor.language_edit, "English")
    assert not editor.ok_button.isEnabled()
    assert "The lesson needs a title." in editor.warnings.text()
    assert "The language must be a code such as en, es or pt-BR." in editor.warnings.text()
    type_into(qtbot, editor.title_edit, "Who speaks at the summit?")
    type_into(qtbot, editor.language_edit, "pt-BR")
    assert editor.ok_button.isEnabled() and editor.warnings.isHidden()
    lesson = editor.result_lesson()
    assert (lesson.title, lesson.language) == ("Who speaks at the summit?", "pt-BR")
