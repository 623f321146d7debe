"""A student's work laid over a lesson's article: what the student app shows and edits.

The worksheet places each annotation on the article (exact, moved, fuzzy or orphaned), keeps
an index of annotations by paragraph so a change costs work in proportion to that paragraph,
and keeps the one undo history. Widgets ask it what to draw, send it the student's edits and
subscribe to what changed; they never apply a change themselves.

The worksheet owns its rules:

- **Read-only.** Work that must not change (a returned file, the teacher's graded copy; work open
  in another window) is made read-only with the reason a person reads; every edit, undo and redo
  is then refused with :class:`ReadOnlyWork`, so no window has to remember to check.
- **Marking.** A category key on a selection highlights it; on the very words of a highlight of
  that category it shows the one there is instead of adding a copy; a selection of nothing but
  spaces or line breaks highlights nothing and says so; with no selection, the key changes the
  category of the highlight the caret is in (:meth:`Worksheet.mark`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum

from annotator.core.anchoring import Placement, Status, place, place_all
from annotator.core.annotations import (
    Annotation,
    Change,
    Edit,
    PutAnnotation,
    SetAnswer,
    Work,
    WorkEdit,
    new_id,
    now,
    with_category,
    with_note,
)
from annotator.core.history import History
from annotator.core.lesson import Lesson, Prompt
from annotator.core.text import Article, context


@dataclass(frozen=True)
class Span:
    """Where an annotation is drawn: its placed span and category."""

    annotation_id: str
    start: int
    end: int
    category: str


class ReadOnlyWork(Exception):
    """An edit refused because the work is read-only; carries the reason a person reads."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Outcome(Enum):
    """What a category key did (:meth:`Worksheet.mark`)."""

    ADDED = "added"  # the selection is a new highlight
    ALREADY_THERE = "already there"  # the same words in the same category: the existing one is shown
    RECATEGORISED = "recategorised"  # no selection: the highlight at the caret changed category
    UNCHANGED = "unchanged"  # no selection: the highlight at the caret already had that category
    NO_WORDS = "no words"  # the selection holds only spaces or line breaks
    NOTHING_SELECTED = "nothing selected"  # no selection and no highlight at the caret


@dataclass(frozen=True)
class Marked:
    """The outcome of a category key, and the highlight it concerns (if any)."""

    outcome: Outcome
    annotation_id: str | None = None


Listener = Callable[[Change], None]


class Worksheet:
    """One student's work on one lesson's article, placed, indexed and undoable."""

    def __init__(self, lesson: Lesson, article: Article, work: Work, *, read_only_reason: str = "") -> None:
        self.lesson = lesson
        self.article = article
        self.work = work
        self.history = History()
        self.read_only_reason = read_only_reason
        self._listeners: list[Listener] = []
        self.placements: dict[str, Placement] = {}
        self._by_block: list[set[str]] = [set() for _ in article.blocks]
        self.moved_on_open = 0
        self._place_everything()
        # Highlights per category, kept up to date so the prompts' progress costs nothing per edit.
        self._tally: Counter[str] = Counter(a.category for a in work.annotations.values())

    # --- placing ------------------------------------------------------------------------------

    def _place_everything(self) -> None:
        anns = list(self.work.annotations.values())
        text = self.article.text
        placements = place_all(text, [(a.quote, a.start, a.end, a.prefix, a.suffix) for a in anns])
        for a, p in zip(anns, placements, strict=True):
            if p.status is Status.MOVED and p.start is not None and p.end is not None:
                # The quote is intact, only its offsets changed: store where it is now.
                prefix, suffix = context(text, p.start, p.end)
                self.work.annotations[a.id] = replace(a, start=p.start, end=p.end, prefix=prefix, suffix=suffix)
                self.moved_on_open += 1
            self._set_placement(a.id, p)

    def _set_placement(self, annotation_id: str, placement: Placement | None) -> None:
        old = self.placements.pop(annotation_id, None)
        if old is not None and old.start is not None and old.end is not None:
            for i in self.article.blocks_between(old.start, old.end):
                self._by_block[i].discard(annotation_id)
        if placement is not None:
            self.placements[annotation_id] = placement
            if placement.start is not None and placement.end is not None:
                for i in self.article.blocks_between(placement.start, placement.end):
                    self._by_block[i].add(annotation_id)

    def status(self, annotation_id: str) -> Status:
        """How an annotation was placed when the work was opened (new ones are exact)."""
        return self.placements[annotation_id].status

    def status_counts(self) -> dict[Status, int]:
        """How many annotations were placed each way, in the order exact, moved, fuzzy, orphaned."""
        counts = dict.fromkeys(Status, 0)
        for placement in self.placements.values():
            counts[placement.status] += 1
        return counts

    def orphans(self) -> list[Annotation]:
        """Annotations whose passage could not be found; kept, listed, never dropped."""
        return [a for a in self.work.annotations.values() if self.placements[a.id].status is Status.ORPHANED]

    def spans_in_block(self, block_index: int) -> list[Span]:
        """The placed annotations that touch one paragraph, longest first so short ones draw on top."""
        out = []
        for aid in self._by_block[block_index]:
            p = self.placements[aid]
            out.append(Span(aid, p.start, p.end, self.work.annotations[aid].category))  # type: ignore[arg-type]
        out.sort(key=lambda s: (-(s.end - s.start), s.start, s.annotation_id))
        return out

    def annotations_at(self, offset: int) -> list[Annotation]:
        """Annotations drawn over a character, innermost first."""
        spans = [s for s in self.spans_in_block(self.article.block_index_at(offset)) if s.start <= offset < s.end]
        return [self.work.annotations[s.annotation_id] for s in reversed(spans)]

    def existing(self, start: int, end: int, category: str) -> str | None:
        """The highlight of this category already drawn over exactly these words (spaces trimmed), if any."""
        start, end = trim(self.article.text, start, end)
        if end <= start:
            return None
        return next((a.id for a in self.annotations_at(start)
                     if a.category == category and self.shown_span(a.id) == (start, end)), None)

    def shown_span(self, annotation_id: str) -> tuple[int, int] | None:
        """Where an annotation is drawn, or None for an orphan."""
        p = self.placements.get(annotation_id)
        if p is None or p.start is None or p.end is None:
            return None
        return p.start, p.end

    # --- editing ------------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        """Whether edits are refused (the reason is in :attr:`read_only_reason`)."""
        return bool(self.read_only_reason)

    def set_read_only(self, reason: str) -> None:
        """Refuse every edit from now on, for a reason a person reads ("" allows edits again)."""
        self.read_only_reason = reason

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with every change applied to the work: edits, undo and redo."""
        self._listeners.append(listener)

    def _apply(self, edit: Edit, merge_key: str = "", record: bool = True) -> Change:
        if self.read_only_reason:
            raise ReadOnlyWork(self.read_only_reason)
        change = self._apply_edit(edit)
        if record:
            self.history.push(change, merge_key)
        for listener in self._listeners:
            listener(change)
        return change

    def _apply_edit(self, edit: Edit) -> Change:
        """Apply one edit to the work and keep the placements and counts in step; subclasses add edit kinds."""
        if not isinstance(edit, PutAnnotation | SetAnswer):
            raise TypeError(f"a worksheet cannot apply {type(edit).__name__}")
        work_edit: WorkEdit = edit
        change = self.work.apply(work_edit)
        if isinstance(edit, PutAnnotation):
            before, after = edit.before, edit.after
            if before is not None:
                self._tally[before.category] -= 1
            if after is not None:
                self._tally[after.category] += 1
            aid = edit.annotation_id
            if after is None:
                self._set_placement(aid, None)
            elif before is None or (before.start, before.end, before.quote) != (after.start, after.end, after.quote):
                # Placed like any annotation, so undoing the removal of an orphan brings back an orphan,
                # not a highlight over whatever text now sits at its old offsets.
                text = self.article.text
                self._set_placement(aid, place(text, after.quote, after.start, after.end, after.prefix, after.suffix))
        return change

    def mark(self, start: int, end: int, category: str, *, caret: int, chosen: str | None = None) -> Marked:
        """What a category key does: highlight the selection ``[start, end)``, show the highlight of these
        very words in this category if there is one, or, with nothing selected, give the highlight at the
        caret this category. ``chosen`` is the highlight the student chose last (see :meth:`highlight_at`)."""
        if end > start:
            same = self.existing(start, end, category)
            if same is not None:
                return Marked(Outcome.ALREADY_THERE, same)
            trimmed = trim(self.article.text, start, end)
            if trimmed[1] <= trimmed[0]:
                return Marked(Outcome.NO_WORDS)
            return Marked(Outcome.ADDED, self.add(start, end, category).annotation_id)
        target = self.highlight_at(caret, chosen)
        if target is None:
            return Marked(Outcome.NOTHING_SELECTED)
        if self.work.annotations[target].category == category:
            return Marked(Outcome.UNCHANGED, target)
        self.set_category(target, category, keep_prompt=self.keeps_prompts)
        return Marked(Outcome.RECATEGORISED, target)

    keeps_prompts = False  # a student's highlight answers the prompts about its category (a key passage: its own)

    def highlight_at(self, caret: int, chosen: str | None = None) -> str | None:
        """The chosen highlight if the caret is in it, else the innermost one under the caret.

        Keys without a selection act only on a highlight the caret is in, never on one that
        was chosen earlier and scrolled away: a student must see what a key changes.
        """
        span = self.shown_span(chosen) if chosen else None
        if span is not None and span[0] <= caret <= span[1]:
            return chosen
        return next((a.id for a in self.annotations_at(caret)), None)

    def add(self, start: int, end: int, category: str, *, prompt: str = "", note: str = "") -> Change:
        """Highlight ``[start, end)`` with a category; surrounding spaces are trimmed off."""
        text = self.article.text
        start, end = trim(text, start, end)
        if end <= start:
            raise ValueError("select some text first")
        if self.lesson.category(category) is None:
            raise ValueError(f"no category '{category}' in this lesson")
        prefix, suffix = context(text, start, end)
        stamp = now()
        a = Annotation(
            new_id(self.work.annotations),
            category,
            start,
            end,
            text[start:end],
            prefix,
            suffix,
            note,
            prompt or self.default_prompt(category),
            stamp,
            stamp,
        )
        return self._apply(PutAnnotation(None, a))

    def remove(self, annotation_id: str) -> Change:
        """Delete an annotation (undo brings it back)."""
        return self._apply(PutAnnotation(self.work.annotations[annotation_id], None))

    def set_category(self, annotation_id: str, category: str, *, keep_prompt: bool = False) -> Change:
        """Put an annotation in another category, and under the first prompt about it if its prompt is not
        (``keep_prompt``: an answer key's passage keeps the prompt the teacher chose for it)."""
        a = self.work.annotations[annotation_id]
        after = with_category(a, category)
        if not keep_prompt and a.prompt not in self.prompts_about(category):
            after = replace(after, prompt=self.default_prompt(category))
        return self._apply(PutAnnotation(a, after))

    def set_prompt(self, annotation_id: str, prompt: str) -> Change:
        """Count an annotation towards another prompt ("" for none)."""
        a = self.work.annotations[annotation_id]
        return self._apply(PutAnnotation(a, replace(a, prompt=prompt, modified=now())))

    def set_note(self, annotation_id: str, note: str) -> Change:
        """Change an annotation's note; consecutive typing in one note undoes as one step."""
        a = self.work.annotations[annotation_id]
        return self._apply(PutAnnotation(a, with_note(a, note)), merge_key=f"note:{annotation_id}")

    def confirm(self, annotation_id: str) -> Change:
        """Accept where a fuzzy annotation was placed: its quote becomes the text there now."""
        a = self.work.annotations[annotation_id]
        p = self.placements[annotation_id]
        if p.start is None or p.end is None:
            raise ValueError("an orphaned annotation has no place to confirm")
        prefix, suffix = context(self.article.text, p.start, p.end)
        after = replace(
            a,
            start=p.start,
            end=p.end,
            quote=self.article.text[p.start : p.end],
            prefix=prefix,
            suffix=suffix,
            modified=now(),
        )
        return self._apply(PutAnnotation(a, after))

    def set_answer(self, prompt_id: str, text: str) -> Change:
        """Change the written answer to a prompt; typing undoes as one step."""
        return self._apply(
            SetAnswer(prompt_id, self.work.answers.get(prompt_id, ""), text), merge_key=f"answer:{prompt_id}"
        )

    def undo(self) -> Change | None:
        """Undo the last change; None when there is nothing to undo."""
        if self.read_only_reason:
            raise ReadOnlyWork(self.read_only_reason)
        change = self.history.take_undo()
        return self._apply(change.inverse, record=False) if change is not None else None

    def redo(self) -> Change | None:
        """Redo the last undone change; None when there is nothing to redo."""
        if self.read_only_reason:
            raise ReadOnlyWork(self.read_only_reason)
        change = self.history.take_redo()
        return self._apply(change.edit, record=False) if change is not None else None

    # --- lesson progress ----------------------------------------------------------------------

    def default_prompt(self, category: str) -> str:
        """The first prompt about a category: a new highlight is saved as an answer to it."""
        return next(iter(self.prompts_about(category)), "")

    def prompts_about(self, category: str) -> list[str]:
        """The prompts that ask for highlights of a category, in lesson order."""
        return [p.id for p in self.lesson.prompts if category in p.categories]

    def progress(self, prompt: Prompt) -> tuple[int, int]:
        """(highlights so far, highlights asked for) for a prompt: every highlight in its categories counts."""
        done = sum(self._tally[category] for category in set(prompt.categories))
        return done, prompt.expects.highlights


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the spaces and newlines at its edges."""
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
