"""An answer key edited as a worksheet: one undo order for its passages and their details."""

from __future__ import annotations

from annotator.core.key_sheet import KeyHistory, draft_from_key
from annotator.core.pack import load_pack
from annotator.core.worksheet import Worksheet
from annotator.resources import default_lesson


def _history() -> KeyHistory:
    pack = load_pack(default_lesson())
    draft = draft_from_key(None, pack.lesson, pack.article)
    return KeyHistory(Worksheet(pack.lesson, pack.article, draft.work), draft)


def test_undo_takes_passages_and_details_back_in_the_order_they_were_changed() -> None:
    """Undo would skip a details change, or undo a passage made before it."""
    history = _history()
    sheet, draft = history.sheet, history.draft
    i = sheet.article.text.index("Ron Johnson")
    first = sheet.add(i, i + 11, "named-source").annotation_id
    assert first is not None
    history.set_details(first, points=3.0)
    j = sheet.article.text.index("Jeff Merkley")
    second = sheet.add(j, j + 12, "named-source").annotation_id
    history.set_details(first, required=True)

    assert history.undo() == first and not draft.details_of(first).required
    assert history.undo() is not None and second not in sheet.work.annotations
    assert history.undo() == first and draft.details_of(first).points == 1
    assert history.redo() == first and draft.details_of(first).points == 3.0
    history.set_details(first, points=4.0)  # a new change: nothing is left to redo
    assert history.redo() is None
    assert history.undo() == first and draft.details_of(first).points == 3.0


def test_a_details_change_that_changes_nothing_is_no_step() -> None:
    """Ticking a box that was already ticked would need an extra Ctrl+Z for nothing."""
    history = _history()
    i = history.sheet.article.text.index("Ron Johnson")
    aid = history.sheet.add(i, i + 11, "named-source").annotation_id
    assert aid is not None
    history.set_details(aid, points=1)  # the default already
    assert history.undo() is not None and aid not in history.sheet.work.annotations
    assert history.undo() is None


def test_rationale_typed_after_a_details_change_is_undone_first() -> None:
    """Typing more rationale after changing points joined the earlier typing, so Ctrl+Z undid the points first."""
    history = _history()
    sheet, draft = history.sheet, history.draft
    i = sheet.article.text.index("Ron Johnson")
    aid = sheet.add(i, i + 11, "named-source").annotation_id
    assert aid is not None
    sheet.set_note(aid, "A")
    history.set_details(aid, points=5.0)
    sheet.set_note(aid, "AB")  # the same note, typed on: would have merged into the "A" step
    assert isinstance(history.undo(), object) and sheet.work.annotations[aid].note == "A"
    assert draft.details_of(aid).points == 5.0
    assert history.undo() == aid and draft.details_of(aid).points == 1
    history.sheet.set_note(aid, "new words")  # a new change after undoing: nothing is left to redo
    assert history.redo() is None
