"""How a student's keys and clicks become edits of their worksheet, and how the window shows what changed.

The worksheet decides what an edit does and whether it is allowed (read-only work refuses it); this
part of the window only sends the edit, tells the student when it was refused or did nothing, and
redraws exactly what the change touched when the worksheet reports it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMainWindow, QToolTip

from annotator.core.anchoring import Status
from annotator.core.annotations import Change, Edit, PutAnnotation, SetAnswer
from annotator.core.text import shorten
from annotator.core.worksheet import Marked, Outcome, ReadOnlyWork, Worksheet
from annotator.ui.common.announce import announce
from annotator.ui.common.article_view import ArticleView
from annotator.ui.common.autosave import Autosaver
from annotator.ui.student.side_panels import NotePanel, PromptsPanel

if TYPE_CHECKING:  # imported when first needed, after the window's first frame
    from annotator.ui.student.highlight_list import HighlightList

QUOTED = 40  # characters of a highlight's words quoted in a message


class HighlightEditing(QMainWindow):
    """The student window's editing (a part of :class:`annotator.ui.student.window.StudentWindow`)."""

    sheet: Worksheet
    article: ArticleView
    note_panel: NotePanel
    autosaver: Autosaver
    current_id: str | None
    changes_made: int
    _adding: bool
    _stepping: bool  # undo or redo is under way: they say what they did, the changes they make do not
    _caret_in: tuple[str, ...]  # the highlights the caret is in, as last told to a screen reader
    announced: list[str]  # the last things said to a screen reader (for whoever checks them)

    @property
    def prompts(self) -> PromptsPanel:
        """The prompts panel (built by the window)."""
        raise NotImplementedError

    @property
    def highlights(self) -> HighlightList:
        """The list of highlights (built by the window)."""
        raise NotImplementedError

    def _on_change(self, change: Change) -> None:
        """Redraw exactly what one change to the work touched, and schedule a save (the worksheet calls this)."""
        self.changes_made += 1
        edit = change.edit
        aid = change.annotation_id
        if self._adding and isinstance(edit, PutAnnotation) and edit.before is None and aid is not None:
            # Drawn as the current highlight by the change's own repaint: one repaint, not two.
            self.article.set_current(aid, repaint_new=False)
        if change.spans:
            self.article.repaint_spans(change.spans)
            self.prompts.refresh()
        if isinstance(edit, SetAnswer):
            self.prompts.show_answer(edit.prompt)
        elif (aid is not None and aid in self.sheet.work.annotations) or isinstance(edit, PutAnnotation):
            self.highlights.update_annotation(aid or "")
            if aid == self.current_id and aid not in self.sheet.work.annotations:
                self.choose(None)
        if isinstance(edit, PutAnnotation) and not self._stepping:  # undo and redo say what they did themselves
            self._announce(self._highlight_news(edit))
        self.autosaver.changed()

    def _highlight_news(self, edit: PutAnnotation) -> str:
        """What a screen reader says about a new, re-categorised or deleted highlight ("" for a note's typing)."""
        before, after = edit.before, edit.after
        a = after or before
        assert a is not None
        category = self.sheet.lesson.category(a.category)
        label = category.label if category is not None else a.category
        quote = shorten(a.quote, 80)
        if before is None:
            return self.tr("Highlighted as {category}: {quote}").format(category=label, quote=quote)
        if after is None:
            return self.tr("Highlight deleted: {quote}").format(quote=quote)
        if before.category != after.category:
            return self.tr("Now {category}: {quote}").format(category=label, quote=quote)
        return ""

    def _announce(self, message: str, *, assertive: bool = False) -> None:
        """Say ``message`` to a screen reader, which otherwise hears nothing of what a highlight or hint shows."""
        if not message:
            return
        self.announced = [*self.announced[-19:], message]
        announce(self.article, message, assertive=assertive)

    def _edit(self, action: Callable[[], object]) -> bool:
        """Send one edit to the worksheet; if the work is read-only, say why instead. True if it was made."""
        try:
            action()
        except ReadOnlyWork as refused:
            self._tell(self.tr("Read only: {why}").format(why=refused.reason))
            return False
        return True

    @Slot(str)
    def mark(self, category_id: str) -> None:
        """Highlight the selection with a category, or re-categorise the highlight under the caret."""
        start, end = self.article.selection()
        marked: list[Marked] = []
        self._adding = True
        try:
            made = self._edit(lambda: marked.append(
                self.sheet.mark(start, end, category_id, caret=end, chosen=self.current_id)))
        finally:
            self._adding = False
        if not made:
            return
        result = marked[0]
        if result.outcome is Outcome.ADDED:
            self.article.place_caret(end)
            self.choose(result.annotation_id, focus_note=True)
        elif result.outcome is Outcome.ALREADY_THERE:
            self.choose(result.annotation_id, focus_note=True)
            self._tell(self.tr("These words are already highlighted in this category."))
        elif result.outcome in (Outcome.RECATEGORISED, Outcome.UNCHANGED):
            self.choose(result.annotation_id)
        elif result.outcome is Outcome.NO_WORDS:
            self._tell(self.tr("The selection has no words in it, only a space or a line break. "
                               "Select some words, then press the category's key."))
        else:
            self._tell(self.tr("First select some words in the article (drag with the mouse, "
                               "or hold Shift and use the arrow keys)."))

    def _tell(self, message: str) -> None:
        """A hint where the student is looking (beside the caret), in the status bar for a while, and to a
        screen reader."""
        self.statusBar().showMessage(message, 6000)
        self._announce(message)
        if self.article.isVisible():
            where = self.article.viewport().mapToGlobal(self.article.cursorRect().bottomLeft())
            QToolTip.showText(where, message, self.article, self.article.cursorRect(), 6000)

    def _needs_check(self, annotation_id: str) -> str:
        """Highlights placed again after the article changed are drawn so the student notices them."""
        placement = self.sheet.placements.get(annotation_id)
        return "check" if placement is not None and placement.status is Status.FUZZY else ""

    def _caret_moved(self) -> None:
        self._say_where_the_caret_is()
        # Leaving the chosen highlight with the caret lets it go, so keys never act on it unseen.
        if self.current_id is None:
            return
        span = self.sheet.shown_span(self.current_id)
        caret = self.article.selection()[1]
        if span is not None and not span[0] <= caret <= span[1]:
            self.choose(None)

    def _say_where_the_caret_is(self) -> None:
        """Entering a highlight with the caret, a screen reader hears its category (and that there is a note):
        what a sighted student sees as a colour. Said once on the way in, not at every step inside."""
        start, end = self.article.selection()
        inside = tuple(a.id for a in self.sheet.annotations_at(end)) if start == end else self._caret_in
        if inside == self._caret_in:
            return
        self._caret_in = inside
        if not inside or self._adding or self._stepping:
            return
        parts = []
        for aid in inside:
            a = self.sheet.work.annotations[aid]
            category = self.sheet.lesson.category(a.category)
            label = category.label if category is not None else a.category
            parts.append(self.tr("{category}, with a note").format(category=label) if a.note else label)
        self._announce(self.tr("Highlighted: {categories}").format(categories="; ".join(parts)))

    def _category_key(self, key: str) -> None:
        cat = next(c for c in self.sheet.lesson.categories if c.shortcut.lower() == key.lower())
        self.mark(cat.id)

    def _note_edited(self, annotation_id: str, note: str) -> None:
        if annotation_id in self.sheet.work.annotations and self.sheet.work.annotations[annotation_id].note != note:
            self._edit(lambda: self.sheet.set_note(annotation_id, note))

    def _recategorise(self, annotation_id: str, category_id: str) -> None:
        if self.sheet.work.annotations[annotation_id].category != category_id:
            self._edit(lambda: self.sheet.set_category(annotation_id, category_id,
                                                       keep_prompt=self.sheet.keeps_prompts))
            self.choose(annotation_id)

    def _delete(self, annotation_id: str) -> None:
        if self._edit(lambda: self.sheet.remove(annotation_id)):
            self.article.setFocus()

    def _confirm(self, annotation_id: str) -> None:
        self._edit(lambda: self.sheet.confirm(annotation_id))
        self.choose(annotation_id)

    def _answer_edited(self, prompt_id: str, text: str) -> None:
        if self.sheet.work.answers.get(prompt_id, "") != text:
            self._edit(lambda: self.sheet.set_answer(prompt_id, text))

    @Slot()
    def delete_current(self) -> None:
        """Delete the chosen highlight."""
        caret = self.article.selection()[1]
        target = self.sheet.highlight_at(caret, self.current_id) if self.article.hasFocus() else self.current_id
        if target:
            self._delete(target)

    @Slot()
    def undo(self) -> None:
        """Undo the last change, and show what it changed (it may be far from what is on screen)."""
        self._step_through_history(undone=True)

    @Slot()
    def redo(self) -> None:
        """Redo the last undone change, and show what it changed."""
        self._step_through_history(undone=False)

    def _step_through_history(self, *, undone: bool) -> None:
        applied: list[Change | None] = []
        self._stepping = True
        try:
            made = self._edit(lambda: applied.append(self.sheet.undo() if undone else self.sheet.redo()))
            if made and applied[0] is not None:
                self._show_changed(applied[0])
        finally:
            self._stepping = False
        if not made:
            return
        change = applied[0]
        if change is None:
            self._tell(self.tr("Nothing to undo.") if undone else self.tr("Nothing to redo."))
            return
        original = change.inverse if undone else change.edit  # the edit the student made, undone or made again
        what = self._edit_words(original)
        self._say(self.tr("Undone: {what}").format(what=what) if undone
                  else self.tr("Redone: {what}").format(what=what))

    def _edit_words(self, edit: Edit) -> str:
        """What an edit changed, in a few words: "note on “according to …”"."""
        if isinstance(edit, SetAnswer):
            numbers = {p.id: n for n, p in enumerate(self.sheet.lesson.prompts, 1)}
            return self.tr("answer to prompt {n}").format(n=numbers.get(edit.prompt, "?"))
        if not isinstance(edit, PutAnnotation):
            # The answer key's details of a passage (other accepted categories, required, points).
            named = self.sheet.work.annotations.get(edit.annotation_id or "")
            quote = f"“{shorten(named.quote, QUOTED)}”" if named is not None else ""
            return self.tr("details of {quote}").format(quote=quote)
        before, after = edit.before, edit.after
        a = after or before
        assert a is not None
        quote = f"“{shorten(a.quote, QUOTED)}”"
        if before is None:
            return self.tr("highlight {quote}").format(quote=quote)
        if after is None:
            return self.tr("deleting {quote}").format(quote=quote)
        if before.note != after.note:
            return self.tr("note on {quote}").format(quote=quote)
        if before.category != after.category:
            return self.tr("category of {quote}").format(quote=quote)
        return self.tr("change to {quote}").format(quote=quote)

    def _show_changed(self, change: Change) -> None:
        """Bring what an undo or redo changed into view: the highlight chosen with the caret in it (or the
        place it was, if it is gone), or the answer box."""
        edit = change.edit
        if isinstance(edit, SetAnswer):
            self._show_answer_box(edit.prompt)
            return
        aid = change.annotation_id
        if aid is not None and aid in self.sheet.work.annotations:
            self._chosen_from_list(aid)
            return
        gone = edit.before if isinstance(edit, PutAnnotation) else None
        if gone is not None:
            span = self.sheet.shown_span(gone.id)
            self.article.place_caret(span[0] if span else min(gone.start, len(self.sheet.article.text)))
        self.choose(None)

    def _show_answer_box(self, prompt_id: str) -> None:
        """The prompts' tab, scrolled to one answer box (the window knows its tabs)."""
        raise NotImplementedError

    def _say(self, message: str) -> None:
        """A message for the status bar and a screen reader."""
        self.statusBar().showMessage(message, 8000)
        self._announce(message)

    def choose(self, annotation_id: str | None, *, focus_note: bool = False) -> None:
        """Make one highlight the current one: drawn stronger, its note in the editor."""
        self.current_id = annotation_id
        self.article.set_current(annotation_id)
        self.note_panel.show_annotation(annotation_id)
        if annotation_id:
            self.highlights.select(annotation_id)
        if focus_note and annotation_id and not self.sheet.read_only:
            self.note_panel.note.setFocus()
            self.note_panel.note.moveCursor(QTextCursor.MoveOperation.End)  # to go on writing the note

    def _chosen_from_list(self, annotation_id: str) -> None:
        span = self.sheet.shown_span(annotation_id)
        if span:
            # Scroll to the passage and put the caret in it: the passage is drawn as the current
            # one, and a category key now changes its category instead of adding a copy.
            self.article.select_span(span[1], span[1])
            self.article.place_caret(span[0])
        self.choose(annotation_id)
