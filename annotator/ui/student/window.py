"""The window a student spends a lesson in: the article, the palette, their highlights and notes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.desk import DEFAULT_TEXT_SIZE, Preferences
from annotator.core.feedback import Feedback
from annotator.core.lock import FileLock
from annotator.core.worksheet import Worksheet
from annotator.ui.common import looks
from annotator.ui.common.article_view import READING_LINE_SHORTEST, ArticleView
from annotator.ui.common.autosave import Autosaver
from annotator.ui.common.dialogs import Dialogs
from annotator.ui.common.palette import CategoryPalette
from annotator.ui.common.window_size import keep_size
from annotator.ui.student.handing_in import HandingIn
from annotator.ui.student.reading_aids import ReadingAids
from annotator.ui.student.side_panels import NotePanel, PromptsPanel
from annotator.ui.student.wayfinding import Wayfinding
from annotator.ui.student.window_frame import (
    SIDE_MIN_WIDTH,
    TABS_MIN_LINES,
    AfterFirstPaint,
    SidePanel,
    split_sizes,
    title_font,
)

if TYPE_CHECKING:  # imported when first needed, after the window's first frame
    from annotator.ui.student.find_bar import FindBar
    from annotator.ui.student.highlight_list import HighlightList

class StudentWindow(Wayfinding, HandingIn, ReadingAids):
    """Reads and edits one worksheet; saves it to ``work_file`` unless opened read-only."""

    size_name = "student"  # the size a person gives this kind of window is remembered under this name

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
        self._stepping = False
        self._caret_in: tuple[str, ...] = ()
        self.announced: list[str] = []
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
        self.note_panel = NotePanel(sheet)
        self.feedback = feedback
        # The prompts, My highlights and the (hidden) find bar are built just after the first frame,
        # or when first used: the student sees the article, the title and the categories sooner.
        self._prompts: PromptsPanel | None = None
        self._highlights: HighlightList | None = None
        self._group_choice: QComboBox | None = None
        self._find_bar: FindBar | None = None
        if feedback is not None:
            self.note_panel.teacher_comments = dict(feedback.annotations)
        self._build_layout()
        self._build_menus()
        self._connect()
        sheet.subscribe(self._on_change)
        if sheet.read_only:
            self.note_panel.set_read_only(True)
        self.statusBar().setAccessibleName(self.tr("Status"))
        # Whether the work is saved stays in view on the right; passing messages (and menus' hints,
        # which clear the left part) cannot wipe it.
        self.save_state = QLabel()
        self.save_state.setAccessibleDescription(self.tr("Saving"))
        self.save_state.setContentsMargins(6, 0, 6, 0)
        self.statusBar().addPermanentWidget(self.save_state)
        self._saved_to = ""
        if read_only_reason:
            self.statusBar().showMessage(self.tr("Read only: {why}").format(why=read_only_reason))
        else:
            self._saved_to = self.tr("Your work is saved automatically to {file}").format(file=work_file)
        if self.contrast_action.isChecked():
            self._set_high_contrast(True)
        if prefs.text_size != DEFAULT_TEXT_SIZE:  # fonts set on many widgets: only when they must change
            self._scale_side()
        if sheet.moved_on_open:
            self.autosaver.changed()  # store the passages' new places
        self.article.setFocus()
        # Not the article's viewport: the first time Python touches it, PySide looks up its class among
        # all of QtWidgets' (9 ms). The title is drawn in the same frame as the article.
        AfterFirstPaint(self.title_label, self.finish_building)

    # --- layout -------------------------------------------------------------------------------

    @property
    def read_only_reason(self) -> str:
        """Why this window may not change the work ("" when it may): the worksheet's own rule."""
        return self.sheet.read_only_reason

    def _build_layout(self) -> None:
        lesson = self.sheet.lesson
        side = self.side = SidePanel()
        side.setMinimumWidth(SIDE_MIN_WIDTH)
        col = QVBoxLayout(side)
        title = self.title_label = QLabel(lesson.title)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setFont(title_font(QApplication.font()))
        title.setAccessibleDescription(self.tr("Lesson title"))
        col.addWidget(title)
        who = self.who_label = QLabel(self.tr("Working as {name}").format(name=self.sheet.work.student.name))
        who.setWordWrap(True)  # with big text, "— not you? File ▸ Switch student" must not be cut off
        who.setTextFormat(Qt.TextFormat.PlainText)
        who.setAccessibleDescription(self.tr("Who is working"))
        col.addWidget(who)
        if self.read_only_reason:
            banner = QLabel(self.tr("Read only — {why}").format(why=self.read_only_reason))
            banner.setWordWrap(True)
            banner.setStyleSheet("background: #fff3c4; color: #000; padding: 6px; border: 1px solid #b08800;")
            banner.setAccessibleDescription(self.tr("Read-only notice"))
            col.addWidget(banner)
        self.palette_box.setEnabled(not self.read_only_reason)
        col.addWidget(self.palette_box)
        col.addWidget(self.note_panel, 0)
        self.side_column = col  # the answer-key window adds its panel here
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Prompts and highlights"))
        self.tabs.tabBar().setAccessibleName(self.tr("Prompts and highlights tabs"))
        scroll = self._prompts_scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # A stop in the Tab cycle, so the prompts scroll with the arrow keys; named, so it is not a silent one.
        scroll.setAccessibleName(self.tr("The lesson's prompts (the arrow keys scroll them)"))
        self.tabs.addTab(scroll, self.tr("Prompts"))
        # Counts are shown per category inside the list: a count in the tab title would make the whole
        # tab widget lay itself out again on every highlight (a third of the time an edit takes).
        self._highlights_page = QWidget()
        self.tabs.addTab(self._highlights_page, self.tr("My highlights"))
        col.addWidget(self.tabs, 3)
        # Shown with the prompts, just after the first frame (finish_building); its room is kept meanwhile.
        # A fixed least height: the tabs' own would grow as the prompts fill in, and on a short screen the
        # side panel's scroll bar would then appear and move every button under the student's mouse.
        self.tabs.setMinimumHeight(TABS_MIN_LINES * self.tabs.fontMetrics().lineSpacing())
        policy = self.tabs.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.tabs.setSizePolicy(policy)
        self.tabs.hide()

        left = QWidget()
        left_col = self._left_column = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        left_col.addWidget(self.article, 1)  # the find bar goes above it

        split = QSplitter()
        split.addWidget(left)
        # The side panel scrolls as a whole when big text makes it taller than the window, rather
        # than squeezing its buttons until their labels are cut.
        side_scroll = self.side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty stop in the Tab cycle: it follows the focus
        side_scroll.setWidget(side)
        bar = side_scroll.verticalScrollBar().sizeHint().width()  # the panel must not slide under it
        side_scroll.setMinimumWidth(side.minimumWidth() + bar)
        split.addWidget(side_scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.setCentralWidget(split)
        given = keep_size(self, self.data_dir, self.size_name, QSize(1360, 860), self.prefs)
        margins = col.contentsMargins().left() + col.contentsMargins().right() + bar + 4
        two_columns = self.palette_box.two_columns_width() + margins
        article = (self.article.reading_width(READING_LINE_SHORTEST), self.article.reading_width())
        split.setSizes(list(split_sizes(given.width(), article, (side_scroll.minimumWidth(), two_columns))))

    @property
    def fully_built(self) -> bool:
        """Whether the parts built just after the first frame (prompts, My highlights, find bar) are there."""
        return self._find_bar is not None

    @property
    def prompts(self) -> PromptsPanel:
        """The lesson's objectives and prompts, with progress and the student's answers."""
        self.finish_building()
        assert self._prompts is not None
        return self._prompts

    @property
    def highlights(self) -> HighlightList:
        """My highlights: the student's highlights grouped by category or by prompt."""
        self.finish_building()
        assert self._highlights is not None
        return self._highlights

    @property
    def group_choice(self) -> QComboBox:
        """The choice above My highlights: group by category or by prompt."""
        self.finish_building()
        assert self._group_choice is not None
        return self._group_choice

    @property
    def find_bar(self) -> FindBar:
        """The find bar above the article, hidden until Ctrl+F."""
        self.finish_building()
        assert self._find_bar is not None
        return self._find_bar

    @property
    def find_box(self) -> QLineEdit:
        """Where the words to find are typed."""
        return self.find_bar.box

    @property
    def find_status(self) -> QLabel:
        """Which place of how many the find bar shows ("3 of 12")."""
        return self.find_bar.status

    def finish_building(self) -> None:
        """Build what the first frame does without: the prompts, My highlights and the find bar."""
        if self._find_bar is not None:
            return
        from annotator.ui.student.find_bar import FindBar
        from annotator.ui.student.highlight_list import HighlightList

        sheet, feedback = self.sheet, self.feedback
        prompts = self._prompts = PromptsPanel(sheet, feedback=feedback)
        if sheet.read_only:
            prompts.set_read_only(True)
        prompts.answerEdited.connect(self._answer_edited)
        self._prompts_scroll.setWidget(prompts)
        highlights = self._highlights = HighlightList(
            sheet, teacher_comments=feedback.annotations if feedback else None, group_by=self.prefs.group_by,
            own_prompts=sheet.keeps_prompts)
        highlights.categoryKeyPressed.connect(self._category_key)
        highlights.annotationChosen.connect(self._chosen_from_list)
        self._group_choice = self._fill_highlights_page(highlights)
        self._find_bar = FindBar(sheet, self.article)
        self._left_column.insertWidget(0, self._find_bar)
        if self._saved_to:
            from annotator.ui.common.elided_label import ElidedLabel

            # After the first frame, and under the passing messages: a hint or a menu's tip covers it a while.
            self.where_saved = ElidedLabel(self._saved_to)
            self.statusBar().addWidget(self.where_saved, 1)
        self.tabs.show()

    def _show_answer_box(self, prompt_id: str) -> None:
        """The prompts' tab, scrolled to one answer box (after undo or redo changed the answer)."""
        box = self.prompts.answer_boxes.get(prompt_id)
        self.tabs.setCurrentIndex(0)
        if box is not None:
            self._prompts_scroll.ensureWidgetVisible(box)

    def _fill_highlights_page(self, highlights: HighlightList) -> QComboBox:
        """The list of highlights, with a choice to group them by category or by prompt."""
        from annotator.ui.student.highlight_list import BY_CATEGORY, BY_PROMPT

        col = QVBoxLayout(self._highlights_page)
        col.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        label = QLabel(self.tr("Group by:"))  # no Alt+letter: a category may use that letter
        choice = QComboBox()
        choice.addItem(self.tr("Category"), BY_CATEGORY)
        choice.addItem(self.tr("Prompt"), BY_PROMPT)
        choice.setAccessibleName(self.tr("Group highlights by"))
        choice.setCurrentIndex(max(0, choice.findData(highlights.group_by)))
        choice.currentIndexChanged.connect(lambda _index: self.group_highlights(choice.currentData()))
        label.setBuddy(choice)
        row.addWidget(label)
        row.addWidget(choice)
        row.addStretch(1)
        col.addLayout(row)
        col.addWidget(highlights, 1)
        return choice

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
        self._add_wayfinding(self._menus["edit"])
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
        # On as the student chose it last, or, until they choose, as the system's accessibility settings ask.
        system = not self.prefs.contrast_chosen and looks.system_wants_high_contrast()
        self.contrast_action.setChecked(self.prefs.high_contrast or system)
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
        self.article.highlightClicked.connect(self.choose)
        self.article.escapePressed.connect(lambda: self.choose(None))
        self.palette_box.categoryChosen.connect(self.mark)
        self.note_panel.noteEdited.connect(self._note_edited)
        self.note_panel.categoryPicked.connect(self._recategorise)
        self.note_panel.deleteRequested.connect(self._delete)
        self.note_panel.confirmRequested.connect(self._confirm)
        self.note_panel.escapePressed.connect(self.focus_article)
