"""One student's work in the review window: its heading, and the Key tab's found, missed and extra passages."""

from __future__ import annotations

from pathlib import Path

from annotator.core.pack import Pack
from tests.ui.review.classes import window_on


def test_the_heat_map_says_how_to_read_it_instead_of_a_students_name(qtbot, class_folder: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """With the class heat map on, the name above the article suggested it was still one student's work."""
    window = window_on(qtbot, class_folder, hanoi)
    name = window.student_label.text()
    assert name in ("Ana Pérez", "Ben Ode")
    window.heat_toggle.setChecked(True)
    assert window.student_label.text() == "Class heat map: darker = more of the 2 students marked it"
    window.heat_toggle.setChecked(False)
    assert window.student_label.text() == name


def test_choosing_an_extra_highlight_in_the_key_tab_shows_it_and_opens_its_comment(qtbot, class_folder: Path,
                                                                                   hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """Clicking Ben's extra highlight in the Key tab would not select it in the article nor open its comment."""
    window = window_on(qtbot, class_folder, hanoi)
    window.table.selectRow(1)
    extra_group = next(window.key_list.topLevelItem(i) for i in range(window.key_list.topLevelItemCount())
                       if window.key_list.topLevelItem(i).text(0).startswith("+ Extra"))
    window.key_list.itemClicked.emit(extra_group.child(0), 0)
    ben = window.roster.submissions[1]
    extra = next(a for a in ben.work.annotations.values() if a.category == "opinion")
    assert window.chosen_annotation == extra.id and window.annotation_comment.isEnabled()
    cursor = window.article.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (extra.start, extra.end)
