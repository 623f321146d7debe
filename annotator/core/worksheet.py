"""A student's work laid over a lesson's article: what the student app shows and edits.

The worksheet places each annotation on the article (exact, moved, fuzzy or orphaned), keeps
an index of annotations by paragraph so a change costs work in proportion to that paragraph,
and keeps the undo history. Widgets ask it what to draw and send it the student's edits.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from annotator.core.anchoring import Placement, Status, place, place_all
from annotator.core.annotations import (
    Annotation,
    Change,
    Edit,
    PutAnnotation,
    SetAnswer,
    Work,
    new_id,
    now,
    with_category,
    with_note,
)
from annotator.core.lesson import Lesson, Prompt
from annotator.core.text import Article, context


@dataclass(frozen=True)
class Span:
    """Where an annotation is drawn: its placed span and category."""

    annotation_id: str
    start: int
    end: int
    category: str


@dataclass
class History:
    """Undo and redo of applied changes; typing in one note counts as one step."""

    undo_stack: list[tuple[Change, str]] = field(default_factory=list)
    redo_stack: list[Change] = field(default_factory=list)

    def seal(self) -> None:
        """Let the next change start a step of its own (not join the last one, as typing would)."""
        if self.undo_stack:
            self.undo_stack[-1] = (self.undo_stack[-1][0], "")

    def push(self, change: Change, merge_key: str = "") -> None:
        """Record a change; a change with the same non-empty merge key as the last one joins it."""
        self.redo_stack.clear()
        if merge_key and self.undo_stack and self.undo_stack[-1][1] == merge_key:
            first, _ = self.undo_stack.pop()
            merged: Edit
            if isinstance(change.edit, PutAnnotation) and isinstance(first.edit, PutAnnotation):
                merged = PutAnnotation(first.edit.before, change.edit.after)
            elif isinstance(change.edit, SetAnswer) and isinstance(first.edit, SetAnswer):
                merged = SetAnswer(change.edit.prompt, first.edit.before, change.edit.after)
            else:
                merged = change.edit
            change = Change(merged, merged.inverse())
        self.undo_stack.append((change, merge_key))


class Worksheet:
    """One student's work on one lesson's article, placed, indexed and undoable."""

    def __init__(self, lesson: Lesson, article: Article, work: Work) -> None:
        self.lesson = lesson
        self.article = article
        self.work = work
        self.history = History()
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

    def _apply(self, edit: Edit, merge_key: str = "", record: bool = True) -> Change:
        change = self.work.apply(edit)
        if isinstance(edit, PutAnnotation):
            before, after = edit.before, edit.after
            if before is not None:
                self._tally[before.category] -= 1
            if after is not None:
                self._tally[after.category] += 1
            aid = (after or before).id  # type: ignore[union-attr]
            if after is None:
                self._set_placement(aid, None)
            elif before is None or (before.start, before.end, before.quote) != (after.start, after.end, after.quote):
                # Placed like any annotation, so undoing the removal of an orphan brings back an orphan,
                # not a highlight over whatever text now sits at its old offsets.
                text = self.article.text
                self._set_placement(aid, place(text, after.quote, after.start, after.end, after.prefix, after.suffix))
        if record:
            self.history.push(change, merge_key)
        return change

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
        if not self.history.undo_stack:
            return None
        change, _ = self.history.undo_stack.pop()
        done = self._apply(change.inverse, record=False)
        self.history.redo_stack.append(change)
        return done

    def redo(self) -> Change | None:
        """Redo the last undone change; None when there is nothing to redo."""
        if not self.history.redo_stack:
            return None
        change = self.history.redo_stack.pop()
        done = self._apply(change.edit, record=False)
        self.history.undo_stack.append((change, ""))
        return done

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

    # --- reading helpers ----------------------------------------------------------------------

    def find(self, query: str, start: int = 0, *, backwards: bool = False) -> tuple[int, int] | None:
        """The next place the article contains ``query`` (ignoring case) from ``start``, wrapping around;
        ``backwards``: the last place that ends before ``start``."""
        found = self.find_counted(query, start, backwards=backwards)
        return found[0] if found is not None else None

    def find_counted(
        self, query: str, start: int = 0, *, backwards: bool = False
    ) -> tuple[tuple[int, int], int, int] | None:
        """As :meth:`find`, with which place it is and how many there are: ((start, end), 3, 12)."""
        places = self.find_all(query)
        if not places:
            return None
        if backwards:
            i = next((i for i in range(len(places) - 1, -1, -1) if places[i][1] <= start), len(places) - 1)
        else:
            i = next((i for i, p in enumerate(places) if p[0] >= start), 0)
        return places[i], i + 1, len(places)

    def find_all(self, query: str) -> list[tuple[int, int]]:
        """Every place the article contains ``query``, ignoring case, in reading order and not overlapping.

        Case is ignored letter by letter, so that places are always in the article's own offsets
        (folding the whole text would turn "ß" into "ss" and move everything after it).
        """
        if not query:
            return []
        return [m.span() for m in re.finditer(re.escape(query), self.article.text, re.IGNORECASE)]

    def sentence_around(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The whole sentence(s) around a caret or selection, within its paragraph."""
        end = start if end is None else end
        block = self.article.blocks[self.article.block_index_at(start)]
        last = self.article.blocks[self.article.block_index_at(max(start, end - 1))]
        text = self.article.text
        s = block.start
        for m in _SENTENCE_END.finditer(text, block.start, start):
            s = m.end()
        after = _SENTENCE_END.search(text, max(end, s + 1), last.end)
        e = after.end() if after else last.end
        return trim(text, s, e)


_SENTENCE_END = re.compile(r"[.!?…][”’\"')\]]*(?=\s|$)")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the spaces and newlines at its edges."""
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
