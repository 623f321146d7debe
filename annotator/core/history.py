"""One undo history for every kind of edit: a student's highlights and answers, an answer key's details.

Edits are values that invert themselves (:class:`annotator.core.annotations.Edit`), so the history
keeps applied changes and hands back the edit to apply for undo or redo; it never needs to know
what kind of edit it holds. Typing in one note (or one answer) is one step: consecutive changes
with the same non-empty merge key join the step before them, and any other change ends it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.core.annotations import Change, PutAnnotation, SetAnswer


def _merged(first: Change, then: Change) -> Change:
    """Two changes of one typing run as one: from the state before the first to the state after the second."""
    a, b = first.edit, then.edit
    if isinstance(a, PutAnnotation) and isinstance(b, PutAnnotation):
        edit = PutAnnotation(a.before, b.after)
        return Change(edit, edit.inverse())
    if isinstance(a, SetAnswer) and isinstance(b, SetAnswer):
        answer = SetAnswer(b.prompt, a.before, b.after)
        return Change(answer, answer.inverse())
    return then


@dataclass
class History:
    """Undo and redo of applied changes, of any kind, in the order they were made."""

    undo_stack: list[tuple[Change, str]] = field(default_factory=list)
    redo_stack: list[Change] = field(default_factory=list)

    def push(self, change: Change, merge_key: str = "") -> None:
        """Record a change; a change with the same non-empty merge key as the last one joins it."""
        self.redo_stack.clear()
        if merge_key and self.undo_stack and self.undo_stack[-1][1] == merge_key:
            first, _ = self.undo_stack.pop()
            change = _merged(first, change)
        self.undo_stack.append((change, merge_key))

    def take_undo(self) -> Change | None:
        """The last change, moved to the redo side; None when there is nothing to undo."""
        if not self.undo_stack:
            return None
        change, _ = self.undo_stack.pop()
        self.redo_stack.append(change)
        return change

    def take_redo(self) -> Change | None:
        """The last undone change, moved back to the undo side; None when there is nothing to redo."""
        if not self.redo_stack:
            return None
        change = self.redo_stack.pop()
        self.undo_stack.append((change, ""))
        return change

    @property
    def can_undo(self) -> bool:
        """Whether there is a change to undo."""
        return bool(self.undo_stack)

    @property
    def can_redo(self) -> bool:
        """Whether there is an undone change to redo."""
        return bool(self.redo_stack)
