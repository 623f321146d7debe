"""Answer-key mode: a teacher marks key passages with the student's tools and gets a valid key.yaml."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt

from annotator.core.authoring import lesson_from_text
from annotator.core.desk import Preferences
from annotator.core.key_sheet import draft_from_key
from annotator.core.lesson import Expectation, Prompt
from annotator.core.library import add_lesson, export_pack, import_pack
from annotator.core.pack import Pack, load_pack
from annotator.ui.lessons.key_window import KeyWindow
from tests.ui.conftest import FakeDialogs

ARTICLE = (
    "Officials said the talks collapsed.\n\n"
    "A senior official, speaking on condition of anonymity, blamed the other side for the failure.\n\n"
    "Senator Jane Roe said the deal was a disaster for everyone."
)


def _key_window(qtbot, pack_dir: Path, data_dir: Path) -> KeyWindow:  # type: ignore[no-untyped-def]
    pack = load_pack(pack_dir)
    window = KeyWindow(pack, pack_dir, draft_from_key(pack.key, pack.lesson, pack.article), data_dir=data_dir,
                       prefs=Preferences(), dialogs=FakeDialogs())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def _own_key_window(qtbot, tmp_path: Path, hanoi: Pack) -> tuple[Path, KeyWindow]:  # type: ignore[no-untyped-def]
    """The answer-key window on the teacher's own copy of the bundled lesson."""
    data = tmp_path / "data"
    pack_dir = add_lesson(data, lesson=hanoi.lesson, article_markdown=(Path(hanoi.path) / "article.md").read_text(
        encoding="utf-8"))
    return pack_dir, _key_window(qtbot, pack_dir, data)


def _mark(window: KeyWindow, quote: str, category: str) -> str:
    text = window.sheet.article.text
    start = text.index(quote)
    window.article.select_span(start, start + len(quote))
    window.mark(category)
    return window.current_id  # type: ignore[return-value]


def test_teacher_makes_a_pack_marks_two_key_passages_and_shares_it_without_the_key(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """From pasted text to a key, a students' zip without the key, and a pack that re-imports and opens."""
    data = tmp_path / "data"
    lesson, markdown = lesson_from_text(ARTICLE, "Talks collapse")
    extra = Prompt("anonymity", "Why might the official stay anonymous?", ("unnamed-source",),
                   Expectation(1, True, True), 3)
    lesson = replace(lesson, prompts=(*lesson.prompts, extra))
    pack_dir = add_lesson(data, lesson=lesson, article_markdown=markdown)

    window = _key_window(qtbot, pack_dir, data)
    first = _mark(window, "A senior official", "unnamed-source")
    qtbot.keyClicks(window.note_panel.note, "No name and no reason for anonymity.")
    item = next(window.accepted.item(i) for i in range(window.accepted.count())
                if window.accepted.item(i).data(Qt.ItemDataRole.UserRole) == "named-source")
    item.setCheckState(Qt.CheckState.Checked)
    window.required.setChecked(True)
    window.points.setValue(2)
    second = _mark(window, "a disaster", "loaded-language")
    window.sheet.set_note(second, "A loaded word.")
    assert window.autosaver.save_now()
    window.close()

    key = load_pack(pack_dir).key
    assert key is not None
    items = {it.id: it for it in key.items}
    assert items[first].categories == ("unnamed-source", "named-source")
    assert items[first].required and items[first].points == 2
    assert items[first].rationale == "No name and no reason for anonymity."
    assert items[second].quote == "a disaster" and items[second].categories == ("loaded-language",)

    students_zip = export_pack(pack_dir, tmp_path / "for-students.zip", include_key=False)
    with zipfile.ZipFile(students_zip) as z:
        assert not any(name.endswith("key.yaml") for name in z.namelist())
    imported = import_pack(students_zip, tmp_path / "other-teacher")
    reopened = load_pack(imported)
    assert reopened.key is None and [p.id for p in reopened.lesson.prompts][-1] == "anonymity"


def test_reopening_the_key_shows_its_passages(qtbot, tmp_path: Path, hanoi) -> None:  # type: ignore[no-untyped-def]
    """The bundled key opens in answer-key mode with every passage listed."""
    data = tmp_path / "data"
    pack_dir = add_lesson(data, lesson=hanoi.lesson, article_markdown=(Path(hanoi.path) / "article.md").read_text(
        encoding="utf-8"), key=hanoi.key)
    window = _key_window(qtbot, pack_dir, data)
    assert len(window.sheet.work.annotations) == len(hanoi.key.items)
    window.choose("k01")
    assert window.key_box.isEnabled()


def test_a_key_passage_can_be_counted_for_another_prompt(qtbot, tmp_path: Path, hanoi) -> None:  # type: ignore[no-untyped-def]
    """The teacher chooses which prompt a key passage scores for, and key.yaml says so."""
    pack_dir, window = _own_key_window(qtbot, tmp_path, hanoi)
    aid = _mark(window, "a senior State Department official", "unnamed-source")
    assert window.sheet.work.annotations[aid].prompt == "who-speaks"
    index = window.prompt_choice.findData("certainty")
    window.prompt_choice.setCurrentIndex(index)
    window.prompt_choice.activated.emit(index)
    assert "maximum" in window.prompt_points.text()
    assert window.autosaver.save_now()
    key = load_pack(pack_dir).key
    assert key is not None and [it.prompt for it in key.items] == ["certainty"]


def test_key_passages_grouped_by_prompt_sit_under_the_prompt_they_score_for(qtbot, tmp_path: Path, hanoi) -> None:  # type: ignore[no-untyped-def]
    """A passage set to count for no prompt would still be listed under prompt 1, where it scores nothing."""
    _pack_dir, window = _own_key_window(qtbot, tmp_path, hanoi)
    aid = _mark(window, "a senior State Department official", "unnamed-source")
    window.group_highlights("prompt")
    row = window.highlights.row_of(aid)
    assert row is not None and row.parent().text(0).startswith("1. Who is speaking?")
    assert len(window.highlights._rows[aid]) == 1  # one row: a key passage scores for one prompt
    index = window.prompt_choice.findData("")
    window.prompt_choice.setCurrentIndex(index)
    window.prompt_choice.activated.emit(index)
    row = window.highlights.row_of(aid)
    assert row is not None and row.parent().text(0).startswith("Not for any prompt")


def test_changes_to_a_passages_details_are_undone_in_order_with_the_rest(qtbot, tmp_path: Path, hanoi) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z skipped a ticked 'Required' or changed points and undid the highlight made before it."""
    pack_dir, window = _own_key_window(qtbot, tmp_path, hanoi)
    aid = _mark(window, "a senior State Department official", "unnamed-source")
    window.required.setChecked(True)
    window.points.setValue(2.5)
    assert window.draft.details_of(aid).required and window.draft.details_of(aid).points == 2.5

    window.undo()
    assert window.draft.details_of(aid).points == 1 and window.points.value() == 1
    assert window.draft.details_of(aid).required  # one step at a time
    window.undo()
    assert not window.draft.details_of(aid).required and not window.required.isChecked()
    assert aid in window.sheet.work.annotations
    window.undo()
    assert aid not in window.sheet.work.annotations  # then the passage itself
    window.redo()
    window.redo()
    assert aid in window.sheet.work.annotations and window.draft.details_of(aid).required
    assert window.autosaver.save_now()
    key = load_pack(pack_dir).key
    assert key is not None and [(it.required, it.points) for it in key.items] == [(True, 1)]


def test_a_key_passage_keeps_the_prompt_it_counts_for_when_its_category_changes(qtbot, tmp_path: Path, hanoi) -> None:  # type: ignore[no-untyped-def]
    """Changing a key passage's category silently moved it to another prompt and changed the scores."""
    _, window = _own_key_window(qtbot, tmp_path, hanoi)
    aid = _mark(window, "a senior State Department official", "unnamed-source")
    index = window.prompt_choice.findData("certainty")
    window.prompt_choice.setCurrentIndex(index)
    window.prompt_choice.activated.emit(index)
    window._recategorise(aid, "framing")
    assert window.sheet.work.annotations[aid].prompt == "certainty"
