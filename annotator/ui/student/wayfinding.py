"""Finding one's way through the article by keyboard: from heading to heading, from highlight to highlight.

A sighted student sees the headings and the coloured passages at a glance; a student listening with a
screen reader hears one line at a time. F7 and F8 (with Shift, backwards) move the caret to the next
heading or highlight and say where it landed ("Highlight 2 of 5, Unnamed source: …"); the caret
arriving in a heading by the arrow keys says "Heading level 1", as a web page's headings do. Landing
on a highlight chooses it, as clicking it does: its note is in the note box and a category key changes
its category; Enter goes into its note (Esc comes back). What a jump says is all a screen reader
hears of it: the keys are the window's shortcuts, so Orca is not told of the key press and does not
read the line the caret lands on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from annotator.core.text import shorten
from annotator.ui.student.editing import HighlightEditing

if TYPE_CHECKING:  # the module itself is imported at the first jump or caret move, after the first frame
    from annotator.core.landmarks import Heading

QUOTE_WIDTH = 160  # characters of a passage read out on landing there (a heading is read whole)


class Wayfinding(HighlightEditing):
    """The student window's jumps (a part of :class:`annotator.ui.student.window.StudentWindow`)."""

    _in_heading: Heading | None  # the heading the caret is in, as last told to a screen reader
    _jumping: bool  # a jump is moving the caret: it says more than arriving by the arrow keys would

    def _add_wayfinding(self, menu: QMenu) -> None:
        """The jumps, in a menu (which shows their keys), and the heading said when the caret enters one."""
        # Where the caret was before the student first moved it: its heading is looked up then, not at start.
        self._caret_at_start: int | None = self._caret()
        self._in_heading = None
        self._jumping = False
        for text, keys, slot in (
            (self.tr("Next highlight"), "F8", self.next_highlight),
            (self.tr("Previous highlight"), "Shift+F8", self.previous_highlight),
            (self.tr("Next heading"), "F7", self.next_heading),
            (self.tr("Previous heading"), "Shift+F7", self.previous_heading),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            menu.addAction(action)
        self.article.cursorPositionChanged.connect(self._say_heading_entered)
        self.article.enterPressed.connect(self.open_note)

    @Slot()
    def open_note(self) -> None:
        """Enter in the article: into the note of the highlight the caret is in (Esc comes back)."""
        caret = self.article.selection()[1]
        target = self.sheet.highlight_at(caret, self.current_id)
        if target is None:
            self._tell(self.tr("To write a note, put the caret in a highlight (F8 goes to the next one), "
                               "then press Enter."))
            return
        self.choose(target, focus_note=True)

    @Slot()
    def next_highlight(self) -> None:
        """Put the caret in the next highlight of the article and choose it, and say which it is."""
        self._jump_to_highlight(backwards=False)

    @Slot()
    def previous_highlight(self) -> None:
        """Put the caret in the highlight before and choose it, and say which it is."""
        self._jump_to_highlight(backwards=True)

    @Slot()
    def next_heading(self) -> None:
        """Put the caret at the next heading, and say which it is."""
        self._jump_to_heading(backwards=False)

    @Slot()
    def previous_heading(self) -> None:
        """Put the caret at the heading before, and say which it is."""
        self._jump_to_heading(backwards=True)

    def _jump_to_highlight(self, *, backwards: bool) -> None:
        from annotator.core.landmarks import next_highlight

        found = next_highlight(self.sheet, self.article.selection()[0], self.current_id, backwards=backwards)
        if found is None:
            self._tell(self.tr("Nothing is highlighted yet. Select some words, then press a category's key."))
            return
        aid, landing = found
        span = self.sheet.shown_span(aid)
        assert span is not None  # only highlights drawn in the article are jumped to
        self.article.setFocus()
        # The caret arrives in these highlights: what it would say on the way in, the landing says in full.
        self._caret_in = tuple(a.id for a in self.sheet.annotations_at(span[0]))
        self._land(span[0])
        self.article.center_selection()
        self.choose(aid)
        a = self.sheet.work.annotations[aid]
        category = self.sheet.lesson.category(a.category)
        values = {
            "n": landing.number,
            "count": landing.total,
            "category": category.label if category is not None else a.category,
            "quote": shorten(a.quote, QUOTE_WIDTH),
            "note": shorten(a.note, QUOTE_WIDTH),
        }
        if a.note:
            self._say(self.tr("Highlight {n} of {count}, {category}: {quote}. Note: {note}").format(**values))
        else:
            self._say(self.tr("Highlight {n} of {count}, {category}: {quote}. No note yet.").format(**values))

    def _jump_to_heading(self, *, backwards: bool) -> None:
        from annotator.core.landmarks import next_heading

        found = next_heading(self.sheet.article, self.article.selection()[0], backwards=backwards)
        if found is None:
            self._tell(self.tr("This article has no headings."))
            return
        heading, landing = found
        self.article.setFocus()
        self._land(heading.start)
        self.article.caret_line_to_top()  # the section it begins is below it
        self._say(self.tr("Heading {n} of {count}, level {level}: {text}").format(
            n=landing.number, count=landing.total, level=heading.level, text=heading.text))

    def _land(self, offset: int) -> None:
        """Put the caret at ``offset`` for a jump, which then says where it landed (arriving says nothing)."""
        self._jumping = True
        try:
            self.article.place_caret(offset)
        finally:
            self._jumping = False

    def _caret(self) -> int:
        """Where the caret is, in the article's characters (at either end of a selection)."""
        return self.article.u16.from_utf16(self.article.textCursor().position())

    def _say_heading_entered(self) -> None:
        """Arriving in a heading with the caret, a screen reader hears that it is one (it then reads the line).
        Where the caret is counts, selecting or not: a selection made by Find leaves it somewhere else."""
        from annotator.core.landmarks import heading_at

        if self._caret_at_start is not None:
            self._in_heading, self._caret_at_start = heading_at(self.sheet.article, self._caret_at_start), None
        heading = heading_at(self.sheet.article, self._caret())
        if heading == self._in_heading:
            return
        self._in_heading = heading
        if heading is not None and not self._jumping:
            self._announce(self.tr("Heading level {level}").format(level=heading.level))
