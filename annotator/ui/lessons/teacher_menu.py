"""The Teacher menu of the main window: new and edited lessons, the answer key, the lesson library.

Bundled lessons and zipped packs are never changed in place: editing one first copies it into
the teacher's own library (``DATA/lessons``), and the copy is what opens afterwards.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from annotator.core.annotations import Student
from annotator.core.errors import AnnotatorError
from annotator.core.library import add_lesson, library_dir, make_pack
from annotator.core.lock import FileLock
from annotator.core.pack import Pack, load_pack
from annotator.ui.common.dialogs import Dialogs

if TYPE_CHECKING:
    from annotator.core.consensus import ConsensusPassage


class TeacherTools(QObject):
    """Opens lessons and the teacher's editors, one main window at a time."""

    def __init__(self, data_dir: Path, dialogs: Dialogs, student: Student | None = None, *,
                 teacher: bool = True) -> None:
        super().__init__()
        # Without ``teacher`` (a student's `annotator`), only File ▸ Open and Switch student are added:
        # the Teacher menu opens the answer key, which students must not be one click away from.
        self.teacher = teacher
        self.data_dir = data_dir
        self.dialogs = dialogs
        self.student = student
        self.window: QMainWindow | None = None
        self.pack: Pack | None = None
        self.extra_windows: list[QMainWindow] = []

    def attach(self, window: QMainWindow, pack: Pack) -> None:
        """Give a main window the Teacher menu, for the pack it shows."""
        self.window, self.pack = window, pack
        window.teacher_tools = self  # type: ignore[attr-defined]  # keeps this object alive with its window
        # QAction.menu() is a C++ template the stubs type as QObject; isinstance finds the menus.
        menus = (a.menu() for a in window.menuBar().actions())
        file_menu = next((m for m in menus if isinstance(m, QMenu)), None)
        if file_menu is not None:
            open_returned = QAction(self.tr("&Open a saved or returned file…"), window)
            open_returned.setShortcut("Ctrl+O")
            open_returned.triggered.connect(self.open_work_file)
            file_menu.insertAction(file_menu.actions()[0], open_returned)
            # Classroom computers are shared: the next student must be able to say who they are.
            switch = QAction(self.tr("&Switch student…"), window)
            switch.triggered.connect(self.switch_student)
            file_menu.insertAction(file_menu.actions()[1], switch)
            who = getattr(window, "who_label", None)
            if who is not None:
                who.setText(who.text() + self.tr(" — not you? File ▸ Switch student"))
        if not self.teacher:
            return
        menu = window.menuBar().addMenu(self.tr("&Teacher"))
        for text, slot in ((self.tr("&Lesson library…"), self.library),
                           (self.tr("&New lesson…"), self.new_lesson),
                           (self.tr("&Edit this lesson…"), self.edit_lesson),
                           (self.tr("&Answer key for this lesson…"), self.answer_key)):
            action = QAction(text, window)
            action.triggered.connect(slot)
            menu.addAction(action)

    # --- opening ------------------------------------------------------------------------------

    def open_pack(self, path: Path) -> None:
        """Show another lesson in a new main window and close the current one."""
        from annotator.ui.student.opening import open_student_window

        try:
            pack = load_pack(path, with_key=False)
            window = open_student_window(pack, data_dir=self.data_dir, dialogs=self.dialogs, student=self.student)
        except AnnotatorError as exc:
            self._refuse(self.tr("This lesson could not be opened: {p}").format(p=path), exc)
            return
        self._replace_window(window, pack)

    def open_work_file(self, path: Path | None = None) -> None:
        """Open an annotation file (a returned one shows the teacher's feedback) on its lesson."""
        from annotator.core.library import list_lessons
        from annotator.core.workfile import load_work
        from annotator.ui.student.opening import open_student_window

        path = path or self.dialogs.choose_file(self.tr("Open a saved or returned file"),
                                                self.tr("Annotator work (*.yaml *.yml)"))
        if path is None:
            return
        current = getattr(self.window, "work_file", None)
        if current is not None and path.resolve() == Path(current).resolve():
            # Opening it again would find it locked by this very window and open it read-only.
            self.dialogs.inform(self.tr("Already open"), self.tr("This is the work you have open."))
            return
        try:
            work, _ = load_work(path)
            pack = self.pack if self.pack is not None and self.pack.lesson.id == work.lesson_id else None
            if pack is None:
                entry = next((e for e in list_lessons(self.data_dir) if e.ok and e.id == work.lesson_id), None)
                if entry is None:
                    where = (self.tr("Import the lesson first (Teacher ▸ Lesson library).") if self.teacher
                             else self.tr("Ask your teacher for the lesson."))
                    self.dialogs.warn(self.tr("Lesson not found"), self.tr(
                        "This file is for the lesson '{id}', which is not in your lesson library. {where}").format(
                        id=work.lesson_id, where=where))
                    return
                pack = load_pack(entry.path, with_key=False)
            window = open_student_window(pack, data_dir=self.data_dir, dialogs=self.dialogs, work_file=path)
        except AnnotatorError as exc:
            self._refuse(self.tr("This file could not be opened: {p}").format(p=path), exc)
            return
        self._replace_window(window, pack)

    def _refuse(self, intro: str, exc: AnnotatorError) -> None:
        self.dialogs.show_problems("Annotator", intro, [str(p) for p in exc.problems])

    def _replace_window(self, window: QMainWindow | None, pack: Pack) -> None:
        """Show a new main window in place of the current one (which saves its work as it closes)."""
        if window is None:
            return
        old = self.window
        self.attach(window, pack)
        window.show()
        start = getattr(window, "start_reading", None)
        if callable(start):
            start()  # the keyboard in the new window's article, not left behind in a closed one
        if old is not None:
            old.close()

    def switch_student(self) -> None:
        """Ask who is working now, remember it, and open the lesson with that student's own work."""
        from annotator.core.desk import Preferences

        if self.pack is None:
            return
        answer = self.dialogs.ask_student(self.pack.lesson.title)
        if answer is None:
            return
        prefs = Preferences.load(self.data_dir)
        prefs.student_name, prefs.student_id = answer
        with contextlib.suppress(OSError):  # the name still applies to this window; it is only not remembered
            prefs.save(self.data_dir)
        self.student = Student(*answer)
        self.open_pack(self.pack.path)

    def _in_library(self, pack: Pack) -> bool:
        return pack.path.is_dir() and pack.path.resolve().is_relative_to(library_dir(self.data_dir).resolve())

    def _own_copy(self, pack: Pack) -> Pack:
        """The pack itself when it is in the teacher's library, else a copy put there (key included)."""
        if self._in_library(pack):
            return load_pack(pack.path)
        full = load_pack(pack.path)
        copy = add_lesson(self.data_dir, lesson=full.lesson, article_markdown=full.article_markdown(),
                          key=full.key)
        self.dialogs.inform(self.tr("Copied to your library"),
                            self.tr("This lesson is shared, so Annotator made your own copy to change:\n{p}")
                            .format(p=copy))
        return load_pack(copy)

    # --- actions ------------------------------------------------------------------------------

    def library(self) -> None:
        """Choose a lesson from the bundled ones and the teacher's own; import and export packs."""
        from annotator.ui.lessons.library_dialog import LibraryDialog

        dialog = LibraryDialog(self.data_dir, self.dialogs, self.window)
        if dialog.exec() == dialog.DialogCode.Accepted and dialog.chosen_path() is not None:
            self.open_pack(dialog.chosen_path())  # type: ignore[arg-type]

    def new_lesson(self) -> None:
        """Make a lesson from an article file or pasted text, put it in the library and open it."""
        from annotator.ui.lessons.new_lesson_dialog import NewLessonDialog

        dialog = NewLessonDialog(self.dialogs, self.window)
        if dialog.exec() != dialog.DialogCode.Accepted or dialog.result() is None:
            return
        lesson, markdown = dialog.result()  # type: ignore[misc]
        try:
            path = add_lesson(self.data_dir, lesson=lesson, article_markdown=markdown)
        except (AnnotatorError, OSError) as exc:
            self.dialogs.warn(self.tr("Lesson not made"), str(exc))
            return
        self.open_pack(path)

    def edit_lesson(self) -> None:
        """Edit the open lesson's details, categories and prompts."""
        from annotator.ui.lessons.editor import LessonEditor

        if self.pack is None:
            return
        try:
            key = load_pack(self.pack.path).key
        except AnnotatorError:
            key = None  # a key that no longer loads is reported when it is opened; it limits nothing here
        try:
            markdown = self.pack.article_markdown()  # the open lesson's own article, read as written
        except AnnotatorError as exc:
            self._refuse(self.tr("This lesson could not be opened: {p}").format(p=self.pack.path), exc)
            return
        in_use = {c for it in key.items for c in it.categories} if key else set()
        in_use |= {c for nf in key.not_flagged for c in nf.categories} if key else set()
        dialog = LessonEditor(self.pack.lesson, self.window, in_use=in_use, article_markdown=markdown, key=key)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        try:
            own = self._own_copy(self.pack)
            lesson = dialog.result_lesson()
            edited = dialog.result_article()  # None: the article's text is unchanged
            make_pack(own.path, lesson=lesson, article_markdown=edited or own.article_markdown(),
                      key=(dialog.result_key() or own.key) if edited else own.key,
                      replace=lesson.id != own.lesson.id)
        except (AnnotatorError, OSError) as exc:
            self.dialogs.warn(self.tr("Lesson not saved"), str(exc))
            return
        self.open_pack(own.path)

    def answer_key(self) -> None:
        """Open answer-key mode for the open lesson (on the teacher's own copy)."""
        self._open_key(())

    def promote_to_key(self, pack: Pack, passages: Sequence[ConsensusPassage]) -> None:
        """Open answer-key mode for ``pack`` (the teacher's own copy) with consensus passages added as drafts.

        The review window's Promote to key: each passage becomes a key passage whose rationale says how much
        of the class marked it, for the teacher to rewrite or delete (Ctrl+Z takes them back one by one).
        """
        self.pack = pack
        self._open_key(passages)

    def _open_key(self, drafts: Sequence[ConsensusPassage]) -> None:
        from annotator.core.consensus import draft_passages
        from annotator.core.desk import Preferences
        from annotator.core.key_sheet import draft_from_key  # teachers only: not loaded at start-up
        from annotator.ui.lessons.key_window import KeyWindow

        if self.pack is None:
            return
        try:
            own = self._own_copy(self.pack)
        except (AnnotatorError, OSError) as exc:
            self.dialogs.warn(self.tr("Answer key"), str(exc))
            return
        lock = FileLock(own.path / "key.yaml")
        holder = lock.acquire()
        reason = self.tr("the key is open in {holder}").format(holder=holder.describe()) if holder else ""
        window = KeyWindow(own, own.path, draft_from_key(own.key, own.lesson, own.article), data_dir=self.data_dir,
                           prefs=Preferences.load(self.data_dir), dialogs=self.dialogs,
                           lock=None if holder else lock, read_only_reason=reason)
        self.extra_windows.append(window)
        window.show()
        window.start_reading()
        if not drafts:
            return
        if window.sheet.read_only:
            self.dialogs.warn(self.tr("Answer key"), self.tr("The passages were not added: {why}.").format(
                why=window.sheet.read_only_reason))
            return
        added = draft_passages(window.key_sheet, drafts)
        window.statusBar().showMessage(self.tr("%n draft passage(s) from the class added ({m} already in the key); "
                                               "each rationale starts with 'Draft from the class'.", "", len(added))
                                       .format(m=len(drafts) - len(added)))
