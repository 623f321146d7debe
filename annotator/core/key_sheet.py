"""An answer key seen as a worksheet, so a teacher marks key passages with the student's tools.

Each key item becomes an annotation (its first category, its rationale as the note, its prompt);
what an annotation cannot hold — the other accepted categories, whether it is required, its
points and minimum overlap — is kept beside it in :class:`KeyDetails`. Passages marked "not to
flag" are carried through unchanged. Changes to details are edits like any other
(:class:`SetKeyDetails`), so Ctrl+Z undoes whichever came last, a passage or its details.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from annotator.core.annotations import Annotation, Change, Edit, EditConflict, Student, Work
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


@dataclass(frozen=True)
class SetKeyDetails:
    """Change what a key passage holds beyond an annotation: other accepted categories, required, points."""

    passage: str  # the key passage's annotation id
    before: KeyDetails
    after: KeyDetails

    @property
    def annotation_id(self) -> str:
        """The key passage whose details change."""
        return self.passage

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Details change nothing drawn over the article."""
        return ()

    def inverse(self) -> SetKeyDetails:
        """The edit that undoes this one."""
        return SetKeyDetails(self.passage, self.after, self.before)


class KeySheet(Worksheet):
    """An answer key being edited, as a worksheet: its passages and their details share one undo history."""

    keeps_prompts = True  # a key passage scores for the one prompt the teacher chose for it

    def __init__(self, lesson: Lesson, article: Article, draft: KeyDraft, *, read_only_reason: str = "") -> None:
        super().__init__(lesson, article, draft.work, read_only_reason=read_only_reason)
        self.draft = draft

    def set_details(self, annotation_id: str, **changes: object) -> Change | None:
        """Change some details of a passage, as one undoable step; None when nothing changes."""
        before = self.draft.details_of(annotation_id)
        after = replace(before, **changes)  # type: ignore[arg-type]
        if after == before:
            return None
        return self._apply(SetKeyDetails(annotation_id, before, after))

    def _apply_edit(self, edit: Edit) -> Change:
        if isinstance(edit, SetKeyDetails):
            if self.draft.details_of(edit.passage) != edit.before:
                raise EditConflict(f"the details of key passage {edit.passage} are not as the edit expects")
            self.draft.details[edit.passage] = edit.after
            return Change(edit, edit.inverse())
        return super()._apply_edit(edit)
