"""The window a student spends a lesson in: the article, the palette, their highlights and notes."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from annotator.core.anchoring import Status
from annotator.core.annotations import Change, PutAnnotation, SetAnswer
from annotator.core.article_search import sentence_around
from annotator.core.desk import DEFAULT_TEXT_SIZE, Preferences, hand_in
from annotator.core.feedback import Feedback
from annotator.core.lock import FileLock
from annotator.core.school import school_settings
from annotator.core.workfile import save_work
from annotator.core.worksheet import Marked, Outcome, ReadOnlyWork, Worksheet
from annotator.ui.common.article_view import ArticleView
from annotator.ui.common.autosave import Autosaver
from annotator.ui.common.dialogs import Dialogs
from annotator.ui.common.looks import apply_high_contrast
from annotator.ui.common.palette import CategoryPalette
from annotator.ui.student.find_bar import FindBar
from annotator.ui.student.highlight_list import BY_CATEGORY, BY_PROMPT, HighlightList
from annotator.ui.student.side_panels import NotePanel, PromptsPanel

SIDE_MIN_WIDTH = 380  # pixels: two columns of category buttons at the normal text size


def _title_font(base: QFont) -> QFont:
    """The lesson title's font: bold, a size above the side panel's text."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() + 5)
    font.setBold(True)
    return font


class _SidePanel(QWidget):
    """The column beside the article, in a scroll area that scrolls only when it truly does not fit."""

    def heightForWidth(self, width: int) -> int:
        # QScrollArea asks this for the height the panel needs; the layout's answer is its *preferred*
        # height (the prompts' tab would like more), which made a scroll bar appear at any text size.
        layout = self.layout()
        return layout.minimumHeightForWidth(width) if layout is not None else super().heightForWidth(width)


class StudentWindow(QMainWindow):
    """Reads and edits one worksheet; saves it to ``work_file`` unless opened read-only."""

    def __init__(
        self,
        sheet: Worksheet,
        work_file: Path,
        *,
        data_dir: Path,
        prefs: Preferences,
        dialogs: Dialogs | None = None,
        lock: FileLock | None = None,
        read_only_reason: str = "",
        feedback: Feedback | None = None,
    ) -> None:
        super().__init__()
        self.sheet = sheet
        self.work_file = work_file
        self.data_dir = data_dir
        self.prefs = prefs
        self.dialogs = dialogs or Dialogs(self)
        self.lock = lock
        if read_only_reason:
            sheet.set_read_only(read_only_reason)  # the worksheet refuses edits itself from now on
        self.current_id: str | None = None
        self._adding = False  # a new highlight is being made: draw it as the current one in the same repaint
        self.hand_in_folder: Path | None = None
        self.changes_made = 0  # changes to the work since the window opened
        self.handed_in: tuple[int, Path] | None = None  # how many changes the handed-in copy holds, and where
        lesson = sheet.lesson
        self.setWindowTitle(
            self.tr("{title} — {name} — Annotator").format(title=lesson.title, name=sheet.work.student.name)
        )
        self.autosaver = Autosaver(self._write, self)
        self.autosaver.enabled = not sheet.read_only
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self._on_save_failed)

        self.article = ArticleView(sheet, prefs.text_size)
        self.article.painter.verdict = self._needs_check
        self.palette_box = CategoryPalette(lesson.categories)
        self.highlights = HighlightList(sheet, teacher_comments=feedback.annotations if feedback else None,
                                        group_by=prefs.group_by, own_prompts=sheet.keeps_prompts)
        self.note_panel = NotePanel(sheet)
        self.prompts = PromptsPanel(sheet, feedback=feedback)
        self.feedback = feedback
        if feedback is not None:
            self.note_panel.teacher_comments = dict(feedback.annotations)
        self._build_layout()
        self._build_menus()
        self._connect()
        sheet.subscribe(self._on_change)
        if sheet.read_only:
            self.note_panel.set_read_only(True)
            self.prompts.set_read_only(True)
        self.statusBar().setAccessibleName(self.tr("Status"))
        # Whether the work is saved stays in view on the right; passing messages (and menus' hints,
        # which clear the left part) cannot wipe it.
        self.save_state = QLabel()
        self.save_state.setAccessibleName(self.tr("Saving"))
        self.save_state.setContentsMargins(6, 0, 6, 0)
        self.statusBar().addPermanentWidget(self.save_state)
        if read_only_reason:
            self.statusBar().showMessage(self.tr("Read only: {why}").format(why=read_only_reason))
        else:
            self.statusBar().showMessage(self.tr("Your work is saved automatically to {file}").format(file=work_file))
        if prefs.high_contrast:
            self._set_high_contrast(True)
        if prefs.text_size != DEFAULT_TEXT_SIZE:  # fonts set on many widgets: only when they must change
            self._scale_side()
        if sheet.moved_on_open:
            self.autosaver.changed()  # store the passages' new places
        self.article.setFocus()

    # --- layout -------------------------------------------------------------------------------

    @property
    def read_only_reason(self) -> str:
        """Why this window may not change the work ("" when it may): the worksheet's own rule."""
        return self.sheet.read_only_reason

    def _build_layout(self) -> None:
        lesson = self.sheet.lesson
        side = self.side = _SidePanel()
        side.setMinimumWidth(SIDE_MIN_WIDTH)
        col = QVBoxLayout(side)
        title = self.title_label = QLabel(lesson.title)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setFont(_title_font(QApplication.font()))
        title.setAccessibleName(self.tr("Lesson title"))
        col.addWidget(title)
        who = self.who_label = QLabel(self.tr("Working as {name}").format(name=self.sheet.work.student.name))
        who.setWordWrap(True)  # with big text, "— not you? File ▸ Switch student" must not be cut off
        who.setTextFormat(Qt.TextFormat.PlainText)
        who.setAccessibleName(self.tr("Who is working"))
        col.addWidget(who)
        if self.read_only_reason:
            banner = QLabel(self.tr("Read only — {why}").format(why=self.read_only_reason))
            banner.setWordWrap(True)
            banner.setStyleSheet("background: #fff3c4; color: #000; padding: 6px; border: 1px solid #b08800;")
            banner.setAccessibleName(self.tr("Read-only notice"))
            col.addWidget(banner)
        self.palette_box.setEnabled(not self.read_only_reason)
        col.addWidget(self.palette_box)
        col.addWidget(self.note_panel, 0)
        self.side_column = col  # the answer-key window adds its panel here
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Prompts and highlights"))
        self.tabs.tabBar().setAccessibleName(self.tr("Prompts and highlights tabs"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.prompts)
        self.tabs.addTab(scroll, self.tr("Prompts"))
        # Counts are shown per category inside the list: a count in the tab title would make the whole
        # tab widget lay itself out again on every highlight (a third of the time an edit takes).
        self.tabs.addTab(self._highlights_tab(), self.tr("My highlights"))
        col.addWidget(self.tabs, 3)

        left = QWidget()
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        self.find_bar = FindBar(self.sheet, self.article)
        self.find_box, self.find_status = self.find_bar.box, self.find_bar.status
        left_col.addWidget(self.find_bar)
        left_col.addWidget(self.article, 1)

        split = QSplitter()
        split.addWidget(left)
        # The side panel scrolls as a whole when big text makes it taller than the window, rather
        # than squeezing its buttons until their labels are cut.
        side_scroll = self.side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(side)
        side_scroll.setMinimumWidth(side.minimumWidth())
        split.addWidget(side_scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([820, 520])
        self.setCentralWidget(split)
        self.resize(1360, 860)

    def _highlights_tab(self) -> QWidget:
        """The list of highlights, with a choice to group them by category or by prompt."""
        tab = QWidget()
        col = QVBoxLayout(tab)
        col.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        label = QLabel(self.tr("Group by:"))  # no Alt+letter: a category may use that letter
        choice = self.group_choice = QComboBox()
        choice.addItem(self.tr("Category"), BY_CATEGORY)
        choice.addItem(self.tr("Prompt"), BY_PROMPT)
        choice.setAccessibleName(self.tr("Group highlights by"))
        choice.setCurrentIndex(max(0, choice.findData(self.highlights.group_by)))
        choice.currentIndexChanged.connect(lambda _index: self.group_highlights(choice.currentData()))
        label.setBuddy(choice)
        row.addWidget(label)
        row.addWidget(choice)
        row.addStretch(1)
        col.addLayout(row)
        col.addWidget(self.highlights, 1)
        return tab

    def group_highlights(self, group_by: str) -> None:
        """Group My highlights by category or by prompt, and remember the choice."""
        self.highlights.set_grouping(group_by)
        if self.group_choice.currentData() != self.highlights.group_by:
            self.group_choice.setCurrentIndex(self.group_choice.findData(self.highlights.group_by))
        if self.prefs.group_by != self.highlights.group_by:
            self._remember(group_by=self.highlights.group_by)

    def _action(
        self, menu_name: str, text: str, slot: object,
        keys: QKeySequence | QKeySequence.StandardKey | str | list[QKeySequence] | None = None,
    ) -> QAction:
        menu = self._menus[menu_name]
        action = QAction(text, self)
        if isinstance(keys, list):
            action.setShortcuts(keys)
        elif keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._menus = {
            name: bar.addMenu(label)
            for name, label in (("file", self.tr("&File")), ("edit", self.tr("&Edit")), ("view", self.tr("&View")))
        }
        self.hand_in_action = self._action("file", self.tr("&Hand in…"), self.hand_in_work, "Ctrl+H")
        self._action("file", self.tr("Save now"), self.autosaver.save_now, QKeySequence.StandardKey.Save)
        self._menus["file"].addSeparator()
        self.quit_action = self._action("file", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self._action("edit", self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(
            "edit", self.tr("&Redo"), self.redo, [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        self._action("edit", self.tr("&Delete highlight"), self.delete_current, QKeySequence.StandardKey.Delete)
        self._menus["edit"].addSeparator()
        self._action("edit", self.tr("Select whole &sentence"), self.select_sentence, "Alt+S")
        self._action("edit", self.tr("&Find…"), self.show_find, QKeySequence.StandardKey.Find)
        self._action("edit", self.tr("Find &next"), self.find_next, QKeySequence.StandardKey.FindNext)
        self._action("edit", self.tr("Back to the &article"), self.focus_article, "F6")
        self._action(
            "view",
            self.tr("&Bigger text"),
            lambda: self.zoom(+1),
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")],
        )
        self._action("view", self.tr("&Smaller text"), lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut)
        self._action("view", self.tr("&Normal text size"),
                     lambda: self.zoom(DEFAULT_TEXT_SIZE - self.article.text_size), "Ctrl+0")
        self.contrast_action = self._action("view", self.tr("&High contrast"), self._toggle_contrast)
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(self.prefs.high_contrast)
        self._action("view", self.tr("Show &prompts"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        self._action("view", self.tr("Show &my highlights"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+2")
        for cat in self.sheet.lesson.categories:
            # Menu entries make each category reachable by keyboard from anywhere, and list its key.
            act = QAction(self.tr("Mark as {label}").format(label=cat.label), self)
            act.setShortcut(
                # Written as text: building Qt's Key enum (500 members) would add 12 ms to every start.
                QKeySequence(f"Alt+{cat.shortcut.upper()}")
            )
            act.triggered.connect(lambda _=False, cid=cat.id: self.mark(cid))
            self._menus["edit"].addAction(act)
        if self.read_only_reason:
            for act in (self.hand_in_action, self.undo_action, self.redo_action):
                act.setEnabled(act is self.hand_in_action)

    def _connect(self) -> None:
        self.article.categoryKeyPressed.connect(self._category_key)
        self.article.cursorPositionChanged.connect(self._caret_moved)
        self.highlights.categoryKeyPressed.connect(self._category_key)
        self.article.highlightClicked.connect(self.choose)
        self.article.escapePressed.connect(lambda: self.choose(None))
        self.palette_box.categoryChosen.connect(self.mark)
        self.highlights.annotationChosen.connect(self._chosen_from_list)
        self.note_panel.noteEdited.connect(self._note_edited)
        self.note_panel.categoryPicked.connect(self._recategorise)
        self.note_panel.deleteRequested.connect(self._delete)
        self.note_panel.confirmRequested.connect(self._confirm)
        self.note_panel.escapePressed.connect(self.focus_article)
        self.prompts.answerEdited.connect(self._answer_edited)

    # --- editing ------------------------------------------------------------------------------

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
        self.autosaver.changed()

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
        """A hint where the student is looking (beside the caret), and in the status bar for a while."""
        self.statusBar().showMessage(message, 6000)
        if self.article.isVisible():
            where = self.article.viewport().mapToGlobal(self.article.cursorRect().bottomLeft())
            QToolTip.showText(where, message, self.article, self.article.cursorRect(), 6000)

    def _needs_check(self, annotation_id: str) -> str:
        """Highlights placed again after the article changed are drawn so the student notices them."""
        placement = self.sheet.placements.get(annotation_id)
        return "check" if placement is not None and placement.status is Status.FUZZY else ""

    def _caret_moved(self) -> None:
        # Leaving the chosen highlight with the caret lets it go, so keys never act on it unseen.
        if self.current_id is None:
            return
        span = self.sheet.shown_span(self.current_id)
        caret = self.article.selection()[1]
        if span is not None and not span[0] <= caret <= span[1]:
            self.choose(None)

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
        """Undo the last change."""
        if self._edit(self.sheet.undo):
            self._refresh_current()

    @Slot()
    def redo(self) -> None:
        """Redo the last undone change."""
        if self._edit(self.sheet.redo):
            self._refresh_current()

    def _refresh_current(self) -> None:
        if self.current_id and self.current_id in self.sheet.work.annotations:
            self.note_panel.show_annotation(self.current_id)
        else:
            self.choose(None)

    # --- choosing and moving around -----------------------------------------------------------

    def choose(self, annotation_id: str | None, *, focus_note: bool = False) -> None:
        """Make one highlight the current one: drawn stronger, its note in the editor."""
        self.current_id = annotation_id
        self.article.set_current(annotation_id)
        self.note_panel.show_annotation(annotation_id)
        if annotation_id:
            self.highlights.select(annotation_id)
        if focus_note and annotation_id and not self.sheet.read_only:
            self.note_panel.note.setFocus()

    def _chosen_from_list(self, annotation_id: str) -> None:
        span = self.sheet.shown_span(annotation_id)
        if span:
            # Scroll to the passage and put the caret in it: the passage is drawn as the current
            # one, and a category key now changes its category instead of adding a copy.
            self.article.select_span(span[1], span[1])
            self.article.place_caret(span[0])
        self.choose(annotation_id)

    @Slot()
    def focus_article(self) -> None:
        """Give the keyboard back to the article."""
        self.article.setFocus()

    @Slot()
    def select_sentence(self) -> None:
        """Extend the selection to the whole sentence around it."""
        start, end = self.article.selection()
        self.article.select_span(*sentence_around(self.sheet.article, start, end))

    @Slot()
    def show_find(self) -> None:
        """Open the find bar."""
        self.find_bar.open()

    @Slot()
    def find_next(self) -> None:
        """Select the next place the article has the words in the find box."""
        self.find_bar.find_next()

    def zoom(self, step: int) -> None:
        """Make the article's text bigger or smaller, and remember the size."""
        self.article.set_text_size(self.article.text_size + step)
        self._remember(text_size=self.article.text_size)
        self._scale_side()

    def _scale_side(self) -> None:
        # The prompts and notes grow with the article, so a student who needs big text gets it everywhere.
        font = QApplication.font()
        grow = max(0.0, (self.prefs.text_size - DEFAULT_TEXT_SIZE) * 0.75)
        font.setPointSizeF(font.pointSizeF() + grow)
        self.side.setFont(font)
        self.palette_box.set_button_font(font)
        # Wide enough for the widest category button (one column), so that no label is cut.
        layout = self.side.layout()
        margins = 0 if layout is None else layout.contentsMargins().left() + layout.contentsMargins().right()
        need = max(SIDE_MIN_WIDTH, self.palette_box.widest_button() + margins + 4)
        self.side.setMinimumWidth(need)
        self.side_scroll.setMinimumWidth(need + self.side_scroll.verticalScrollBar().sizeHint().width())
        self.palette_box.arrange()  # the panel's new width may fit two columns again
        self.title_label.setFont(_title_font(font))

    def _toggle_contrast(self) -> None:
        self._remember(high_contrast=self.contrast_action.isChecked())
        self._set_high_contrast(self.prefs.high_contrast)

    def _set_high_contrast(self, on: bool) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_high_contrast(app, on)
        self.article.set_high_contrast(on)

    def _remember(self, **changes: object) -> None:
        """Change some preferences here and on disk, keeping what other windows saved meanwhile."""
        for name, value in changes.items():
            setattr(self.prefs, name, value)
        with contextlib.suppress(OSError):  # preferences are a comfort, never worth interrupting a lesson
            Preferences.update(self.data_dir, self.prefs, **changes)

    # --- saving -------------------------------------------------------------------------------

    def _write(self) -> None:
        save_work(self.work_file, self.sheet.work)
        if self.lock is not None:
            self.lock.refresh()

    def _on_saved(self, when: float) -> None:
        self.statusBar().setStyleSheet("")
        self.save_state.setText(
            self.tr("✔ All work saved at {time}").format(time=time.strftime("%H:%M:%S", time.localtime(when)))
        )

    def _on_save_failed(self, why: str) -> None:
        self.statusBar().setStyleSheet("background: #ffd7d7; color: #000;")
        self.save_state.setText(
            self.tr("Could not save ({why}). Your work is kept open here; Annotator keeps trying.").format(why=why)
        )

    @Slot()
    def hand_in_work(self) -> None:
        """Write a copy named after the lesson and the student to a folder the student picks."""
        folder = self.dialogs.choose_folder(  # the school's shared drive first, if it preset one
            self.tr("Hand in: choose a folder (a shared drive or USB stick)"),
            school_settings().hand_in_start(self.hand_in_folder),
        )
        if folder is None:
            return
        if not self.work_file.exists():
            self.autosaver.changed()  # keep this work (and when it began) for next time, even unchanged
        self.autosaver.save_now()
        try:
            written = hand_in(self.sheet.work, folder)
        except OSError as exc:
            self.dialogs.warn(
                self.tr("Could not hand in"),
                self.tr("Annotator could not write to {folder}: {why}. Try another folder.").format(
                    folder=folder, why=exc.strerror or exc
                ),
            )
            return
        self.hand_in_folder = folder
        self.handed_in = (self.changes_made, written)
        self.statusBar().showMessage(self.tr("Handed in: {file}").format(file=written))
        self.dialogs.inform(self.tr("Handed in"), self.tr("Your work was saved as\n{file}").format(file=written))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.autosaver.save_now() and not self._may_close_unsaved():
            event.ignore()
            return
        if self.lock is not None:
            self.lock.release()
        event.accept()

    def _may_close_unsaved(self) -> bool:
        """Whether to close although the work could not be saved: without asking when every change was
        handed in; otherwise only if the student says so, after being told how to keep the work."""
        if self.handed_in is not None and self.handed_in[0] == self.changes_made:
            return True
        return self.dialogs.confirm(
            self.tr("Not saved"),
            self.tr("Annotator could not save your work to {file}. To keep it, choose Keep working, then "
                    "File ▸ Hand in… to another folder (a USB stick or a shared drive). If you close now, "
                    "the changes that were not saved are lost.").format(file=self.work_file),
            yes=self.tr("Close and lose the changes"), no=self.tr("Keep working"),
        )
