"""An answer key edited as a worksheet: one undo history for its passages and their details."""

from __future__ import annotations

import pytest

from annotator.core.key_sheet import KeySheet, SetKeyDetails, draft_from_key
from annotator.core.pack import load_pack
from annotator.core.worksheet import ReadOnlyWork
from annotator.resources import default_lesson


def _key_sheet() -> KeySheet:
    pack = load_pack(default_lesson())
    return KeySheet(pack.lesson, pack.article, draft_from_key(None, pack.lesson, pack.article))


def _passage(sheet: KeySheet, words: str) -> str:
    i = sheet.article.text.index(words)
    aid = sheet.add(i, i + len(words), "named-source").annotation_id
    assert aid is not None
    return aid


def _undone_id(sheet: KeySheet) -> str | None:
    change = sheet.undo()
    return change.annotation_id if change is not None else None


def test_undo_takes_passages_and_details_back_in_the_order_they_were_changed() -> None:
    """Undo would skip a details change, or undo a passage made before it."""
    sheet = _key_sheet()
    draft = sheet.draft
    first = _passage(sheet, "Ron Johnson")
    sheet.set_details(first, points=3.0)
    second = _passage(sheet, "Jeff Merkley")
    sheet.set_details(first, required=True)

    assert _undone_id(sheet) == first and not draft.details_of(first).required
    assert _undone_id(sheet) == second and second not in sheet.work.annotations
    assert _undone_id(sheet) == first and draft.details_of(first).points == 1
    redone = sheet.redo()
    assert redone is not None and redone.annotation_id == first and draft.details_of(first).points == 3.0
    sheet.set_details(first, points=4.0)  # a new change: nothing is left to redo
    assert sheet.redo() is None
    assert _undone_id(sheet) == first and draft.details_of(first).points == 3.0


def test_a_details_change_that_changes_nothing_is_no_step() -> None:
    """Ticking a box that was already ticked would need an extra Ctrl+Z for nothing."""
    sheet = _key_sheet()
    aid = _passage(sheet, "Ron Johnson")
    assert sheet.set_details(aid, points=1) is None  # the default already
    assert _undone_id(sheet) == aid and aid not in sheet.work.annotations
    assert sheet.undo() is None


def test_rationale_typed_after_a_details_change_is_undone_first() -> None:
    """Typing more rationale after changing points joined the earlier typing, so Ctrl+Z undid the points first."""
    sheet = _key_sheet()
    aid = _passage(sheet, "Ron Johnson")
    sheet.set_note(aid, "A")
    sheet.set_details(aid, points=5.0)
    sheet.set_note(aid, "AB")  # the same note, typed on: would have merged into the "A" step
    sheet.undo()
    assert sheet.work.annotations[aid].note == "A" and sheet.draft.details_of(aid).points == 5.0
    assert _undone_id(sheet) == aid and sheet.draft.details_of(aid).points == 1
    sheet.set_note(aid, "new words")  # a new change after undoing: nothing is left to redo
    assert sheet.redo() is None


def test_listeners_hear_details_changes_and_their_undo() -> None:
    """The key window would show stale points after Ctrl+Z if details changes went past the listeners."""
    sheet = _key_sheet()
    aid = _passage(sheet, "Ron Johnson")
    heard: list[object] = []
    sheet.subscribe(lambda change: heard.append(change.edit))
    sheet.set_details(aid, also_accepted=("opinion",))
    sheet.undo()
    assert [type(e) for e in heard] == [SetKeyDetails, SetKeyDetails]
    assert sheet.draft.details_of(aid).also_accepted == ()


def test_a_read_only_key_refuses_details_changes() -> None:
    """A key open in another window could lose a teacher's points to the last writer."""
    sheet = _key_sheet()
    aid = _passage(sheet, "Ron Johnson")
    sheet.set_read_only("it is open in another window")
    with pytest.raises(ReadOnlyWork):
        sheet.set_details(aid, points=5.0)
    assert sheet.draft.details_of(aid).points == 1
