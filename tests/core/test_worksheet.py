"""The worksheet: placing, editing and undoing a student's highlights on the article."""

from __future__ import annotations

import pytest

from annotator.core.anchoring import Status
from annotator.core.annotations import Annotation, Student, Work
from annotator.core.pack import load_pack
from annotator.core.worksheet import Marked, Outcome, ReadOnlyWork, Worksheet
from annotator.resources import default_lesson


def _sheet(*annotations: Annotation) -> Worksheet:
    pack = load_pack(default_lesson(), with_key=False)
    work = Work(pack.lesson.id, pack.article.sha256, Student("Ana"), annotations={a.id: a for a in annotations})
    return Worksheet(pack.lesson, pack.article, work)


def test_undoing_the_removal_of_an_orphan_brings_back_an_orphan() -> None:
    """An undone delete must not draw a lost highlight over unrelated words at its old offsets."""
    sheet = _sheet(Annotation("GONE01", "opinion", 1000, 1020, "words no article has"))
    assert sheet.status("GONE01") is Status.ORPHANED
    sheet.remove("GONE01")
    sheet.undo()
    assert sheet.status("GONE01") is Status.ORPHANED and sheet.shown_span("GONE01") is None
    assert [a.id for a in sheet.orphans()] == ["GONE01"]


def test_undoing_a_confirm_puts_the_highlight_back_to_be_checked() -> None:
    """Confirm then undo: the changed passage is again flagged for the student to check."""
    probe = _sheet()
    i = probe.article.text.index("whole enchilada")
    sheet = _sheet(Annotation("TYPO01", "loaded-language", i, i + 15, "whole enchilida"))
    assert sheet.status("TYPO01") is Status.FUZZY
    sheet.confirm("TYPO01")
    assert sheet.status("TYPO01") is Status.EXACT
    sheet.undo()
    assert sheet.status("TYPO01") is Status.FUZZY
    assert sheet.work.annotations["TYPO01"].quote == "whole enchilida"


def test_a_note_typed_in_several_steps_undoes_in_one() -> None:
    """Typing a note letter by letter, then Ctrl+Z, clears the note, not just the last letter."""
    sheet = _sheet()
    i = sheet.article.text.index("Ron Johnson")
    aid = sheet.add(i, i + 11, "named-source").annotation_id
    assert aid is not None
    for text in ("W", "Wh", "Why"):
        sheet.set_note(aid, text)
    sheet.undo()
    assert sheet.work.annotations[aid].note == ""
    sheet.undo()
    assert aid not in sheet.work.annotations


def test_a_highlight_counts_for_every_prompt_about_its_category() -> None:
    """Loaded words marked for prompt 2 would leave prompt 3 ("find words that carry feelings") at 0."""
    sheet = _sheet()
    prompts = {p.id: p for p in sheet.lesson.prompts}
    i = sheet.article.text.index("ridiculed")
    aid = sheet.add(i, i + 9, "loaded-language").annotation_id
    assert aid is not None
    about = sheet.prompts_about("loaded-language")
    assert about == ["framing", "word-choice", "overall-slant"]
    assert all(sheet.progress(prompts[p])[0] == 1 for p in about)
    assert sheet.progress(prompts["who-speaks"])[0] == 0
    sheet.set_category(aid, "named-source")
    assert [sheet.progress(prompts[p])[0] for p in ("framing", "who-speaks", "missing-voices")] == [0, 1, 1]
    sheet.undo()
    assert sheet.progress(prompts["word-choice"])[0] == 1 and sheet.progress(prompts["who-speaks"])[0] == 0


def test_a_new_category_moves_a_highlight_to_a_prompt_about_it() -> None:
    """A highlight changed to Opinion would stay saved as an answer to a prompt about hedges."""
    sheet = _sheet()
    i = sheet.article.text.index("may yet compel")
    aid = sheet.add(i, i + 14, "hedge").annotation_id
    assert aid is not None and sheet.work.annotations[aid].prompt == "certainty"
    sheet.set_category(aid, "opinion")
    assert sheet.work.annotations[aid].prompt == "overall-slant"
    sheet.set_category(aid, "loaded-language")  # overall-slant is about loaded language too: it stays
    assert sheet.work.annotations[aid].prompt == "overall-slant"
    sheet.undo()
    sheet.undo()
    assert sheet.work.annotations[aid].prompt == "certainty"


def _words(sheet: Worksheet, words: str) -> tuple[int, int]:
    i = sheet.article.text.index(words)
    return i, i + len(words)


def test_read_only_work_refuses_every_edit_and_keeps_the_work() -> None:
    """A returned file could lose a highlight or change a note in memory that is never saved."""
    sheet = _sheet()
    start, end = _words(sheet, "Ron Johnson")
    aid = sheet.add(start, end, "named-source", note="a senator").annotation_id
    assert aid is not None
    sheet.set_read_only("this is the copy your teacher returned")
    before = dict(sheet.work.annotations)
    edits = [
        lambda: sheet.set_note(aid, "changed"), lambda: sheet.remove(aid), lambda: sheet.add(start, end, "opinion"),
        lambda: sheet.set_category(aid, "opinion"), lambda: sheet.set_answer("anonymity", "text"),
        sheet.undo, sheet.redo,
        lambda: sheet.mark(start, end, "opinion", caret=end),
    ]
    for edit in edits:
        with pytest.raises(ReadOnlyWork, match="returned"):
            edit()
    assert sheet.work.annotations == before and sheet.work.answers == {}


def test_listeners_hear_every_edit_undo_and_redo() -> None:
    """A window that missed a change would show a highlight the file no longer has."""
    sheet = _sheet()
    heard: list[str | None] = []
    sheet.subscribe(lambda change: heard.append(change.annotation_id))
    aid = sheet.add(*_words(sheet, "Ron Johnson"), "named-source").annotation_id
    sheet.set_note(aid or "", "why")
    sheet.undo()
    sheet.redo()
    assert heard == [aid] * 4


def test_the_same_words_in_the_same_category_show_the_highlight_there_is() -> None:
    """Pressing the key twice on the same words made two identical highlights."""
    sheet = _sheet()
    start, end = _words(sheet, "Ron Johnson")
    first = sheet.mark(start, end, "named-source", caret=end)
    again = sheet.mark(start - 1, end, "named-source", caret=end)  # a space more is the same words
    assert (first.outcome, again.outcome) == (Outcome.ADDED, Outcome.ALREADY_THERE)
    assert again.annotation_id == first.annotation_id and len(sheet.work.annotations) == 1


def test_a_selection_of_only_a_paragraph_break_says_there_are_no_words() -> None:
    """A category key on a selected line break did nothing and said nothing."""
    sheet = _sheet()
    block = sheet.article.blocks[1]
    marked = sheet.mark(block.end, block.end + 1, "opinion", caret=block.end + 1)
    assert marked.outcome is Outcome.NO_WORDS and sheet.work.annotations == {}


def test_a_key_with_nothing_selected_changes_the_highlight_at_the_caret() -> None:
    """With no selection, the key must act on the highlight the caret is in, and on nothing else."""
    sheet = _sheet()
    start, end = _words(sheet, "Ron Johnson")
    aid = sheet.mark(start, end, "named-source", caret=end).annotation_id
    assert sheet.mark(start + 3, start + 3, "opinion", caret=start + 3) == Marked(Outcome.RECATEGORISED, aid)
    assert sheet.work.annotations[aid or ""].category == "opinion"
    assert sheet.mark(start + 3, start + 3, "opinion", caret=start + 3).outcome is Outcome.UNCHANGED
    assert sheet.mark(0, 0, "opinion", caret=0, chosen=aid).outcome is Outcome.NOTHING_SELECTED
