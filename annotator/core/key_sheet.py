"""An answer key seen as a worksheet, so a teacher marks key passages with the student's tools.

Each key item becomes an annotation (its first category, its rationale as the note, its prompt);
what an annotation cannot hold — the other accepted categories, whether it is required, its
points and minimum overlap — is kept beside it in :class:`KeyDetails`. Passages marked "not to
flag" are carried through unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from annotator.core.annotations import Annotation, Change, Student, Work
from annotator.core.key import DEFAULT_MIN_OVERLAP, AnswerKey, KeyItem, NotFlagged
from annotator.core.lesson import Lesson
from annotator.core.text import Article, context
from annotator.core.worksheet import Worksheet

KEY_AUTHOR = Student("Answer key")


@dataclass
class KeyDetails:
    """What a key item holds beyond an annotation."""

    also_accepted: tuple[str, ...] = ()
    required: bool = False
    points: float = 1
    min_overlap: float = DEFAULT_MIN_OVERLAP


@dataclass
class KeyDraft:
    """A key being edited: the annotations, their details, and the passages not to flag."""

    work: Work
    details: dict[str, KeyDetails] = field(default_factory=dict)
    not_flagged: tuple[NotFlagged, ...] = ()

    def details_of(self, annotation_id: str) -> KeyDetails:
        """The details of one key passage (new passages get the defaults)."""
        return self.details.setdefault(annotation_id, KeyDetails())

    def points_for(self, prompt_id: str) -> float:
        """The points of all key passages that count for one prompt."""
        return sum(self.details_of(a.id).points for a in self.work.annotations.values() if a.prompt == prompt_id)

    def to_key(self, lesson: Lesson, article: Article) -> AnswerKey:
        """The answer key to save, items in reading order."""
        items = []
        for a in self.work.sorted_annotations():
            d = self.details_of(a.id)
            accepted = (a.category, *(c for c in d.also_accepted if c != a.category))
            items.append(KeyItem(a.id, a.quote, a.start, a.end, accepted, a.note.strip() or "(no rationale yet)",
                                 a.prompt, d.required, d.points, d.min_overlap))
        return AnswerKey(lesson.id, article.sha256, tuple(items), self.not_flagged)


def draft_from_key(key: AnswerKey | None, lesson: Lesson, article: Article) -> KeyDraft:
    """A draft from an existing key (or an empty one)."""
    work = Work(lesson.id, article.sha256, KEY_AUTHOR)
    draft = KeyDraft(work, not_flagged=key.not_flagged if key else ())
    for it in key.items if key else ():
        prefix, suffix = context(article.text, it.start, it.end)
        work.annotations[it.id] = Annotation(it.id, it.categories[0], it.start, it.end, it.quote, prefix, suffix,
                                             it.rationale, it.prompt)
        draft.details[it.id] = KeyDetails(tuple(it.categories[1:]), it.required, it.points, it.min_overlap)
    return draft


def with_details(draft: KeyDraft, annotation_id: str, **changes: object) -> KeyDetails:
    """Change some details of a key passage; return the new details."""
    new = replace(draft.details_of(annotation_id), **changes)  # type: ignore[arg-type]
    draft.details[annotation_id] = new
    return new


DetailStep = tuple[str, KeyDetails, KeyDetails]  # passage id, details before, details after


@dataclass
class KeyHistory:
    """One undo order for an answer key: its passages' changes and their details' changes.

    The worksheet keeps the undo steps of the passages themselves (words, category, rationale,
    prompt); this keeps the details' steps and where they fall among the worksheet's, so that
    Ctrl+Z undoes whichever came last. ``None`` in ``steps`` stands for one worksheet step.
    """

    sheet: Worksheet
    draft: KeyDraft
    steps: list[DetailStep | None] = field(default_factory=list)
    undone: list[DetailStep | None] = field(default_factory=list)
    seen: int = 0  # how many worksheet steps ``steps`` accounts for

    def _catch_up(self) -> None:
        depth = len(self.sheet.history.undo_stack)
        if depth > self.seen:  # the worksheet recorded new changes: they come after everything here
            self.steps.extend([None] * (depth - self.seen))
            self.undone.clear()
        self.seen = depth

    def set_details(self, annotation_id: str, **changes: object) -> KeyDetails:
        """Change some details of a passage, as one undoable step."""
        self._catch_up()
        before = self.draft.details_of(annotation_id)
        after = with_details(self.draft, annotation_id, **changes)
        if after != before:
            self.steps.append((annotation_id, before, after))
            self.undone.clear()
            self.sheet.history.seal()  # rationale typed after this is a step after it, not part of one before
        return after

    def undo(self) -> Change | str | None:
        """Undo the last change: the worksheet's Change, the id of a passage whose details went back, or None."""
        return self._move(self.steps, self.undone, forward=False)

    def redo(self) -> Change | str | None:
        """Redo the last undone change (as :meth:`undo` says what changed)."""
        return self._move(self.undone, self.steps, forward=True)

    def _move(self, source: list[DetailStep | None], target: list[DetailStep | None], *,
              forward: bool) -> Change | str | None:
        self._catch_up()
        if not source:
            return None
        step = source.pop()
        target.append(step)
        if step is None:
            change = self.sheet.redo() if forward else self.sheet.undo()
            self.seen = len(self.sheet.history.undo_stack)
            return change
        annotation_id, before, after = step
        self.draft.details[annotation_id] = after if forward else before
        return annotation_id
