"""The one undo history: typing merges into one step, anything else ends it, and redo is dropped by a new edit."""

from __future__ import annotations

from annotator.core.annotations import Annotation, Change, PutAnnotation, SetAnswer
from annotator.core.history import History


def _note(before: str, after: str) -> Change:
    edit = PutAnnotation(Annotation("A1", "opinion", 0, 5, "Hanoi", note=before),
                         Annotation("A1", "opinion", 0, 5, "Hanoi", note=after))
    return Change(edit, edit.inverse())


def _answer(before: str, after: str) -> Change:
    edit = SetAnswer("p1", before, after)
    return Change(edit, edit.inverse())


def test_typing_in_one_note_is_one_step_from_the_first_state_to_the_last() -> None:
    """Ctrl+Z after typing a sentence took back one letter at a time."""
    history = History()
    for before, after in (("", "W"), ("W", "Wh"), ("Wh", "Why")):
        history.push(_note(before, after), merge_key="note:A1")
    change = history.take_undo()
    assert change is not None and history.take_undo() is None
    assert isinstance(change.inverse, PutAnnotation) and change.inverse.after is not None
    assert change.inverse.after.note == "" and change.edit.after is not None and change.edit.after.note == "Why"


def test_another_edit_between_two_typing_runs_keeps_them_apart() -> None:
    """Typing, an answer, more typing: one Ctrl+Z took back both runs of typing at once."""
    history = History()
    history.push(_note("", "A"), merge_key="note:A1")
    history.push(_answer("", "x"), merge_key="answer:p1")
    history.push(_note("A", "AB"), merge_key="note:A1")
    assert len(history.undo_stack) == 3


def test_answers_typed_on_merge_and_a_new_edit_drops_what_could_be_redone() -> None:
    """Redo after a new edit would bring back a state the student had moved away from."""
    history = History()
    history.push(_answer("", "a"), merge_key="answer:p1")
    history.push(_answer("a", "ab"), merge_key="answer:p1")
    undone = history.take_undo()
    assert undone is not None and undone.edit == SetAnswer("p1", "", "ab")
    assert history.can_redo
    history.push(_note("", "x"))
    assert not history.can_redo and history.take_redo() is None
