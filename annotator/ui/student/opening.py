"""Opening a student's window: find the student, their saved work and any feedback, and the lock on it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer

from annotator.core.annotations import Student, Work
from annotator.core.desk import Preferences, set_aside, work_path
from annotator.core.errors import InvalidFile
from annotator.core.feedback import feedback_path, load_feedback
from annotator.core.lock import FileLock
from annotator.core.pack import Pack
from annotator.core.workfile import load_work, problems_against
from annotator.core.worksheet import Worksheet
from annotator.core.yamlfile import Document
from annotator.ui.common.application import QtWords
from annotator.ui.common.autosave import why_not_saved
from annotator.ui.common.dialogs import Dialogs
from annotator.ui.student.lock_keeper import LockKeeper
from annotator.ui.student.window import StudentWindow


class Opening(QtWords):
    """The words of opening a student's work."""


def default_data_dir() -> Path:
    """The per-user folder where autosaved work and preferences live."""
    env = os.environ.get("ANNOTATOR_DATA_DIR")
    if env:
        return Path(env)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base or Path.home()) / "Annotator"


def name_needed() -> str:
    """Why Annotator asks a name, said when a student cancels the question (and as Annotator quits)."""
    return Opening.tr("Annotator needs your name so your teacher knows whose work this is.")


def ask_name(dialogs: Dialogs, lesson_title: str) -> tuple[str, str] | None:
    """The student's name and number; a cancel is answered with why a name is needed, and the question
    comes again unless they choose to quit (None). The app never vanishes without a word."""
    while True:
        answer = dialogs.ask_student(lesson_title)
        if answer is not None:
            return answer
        # Typing the name is the default and what Esc does: a student pressing Esc twice, or Esc then
        # Enter, is asked again, never sent out of the lesson. Quitting takes choosing it.
        leave = dialogs.confirm(
            Opening.tr("Your name is needed"),
            name_needed() + " " + Opening.tr("Type your name to start, or quit Annotator."),
            yes=Opening.tr("Quit Annotator"), no=Opening.tr("Type my name"))
        if leave or not getattr(dialogs, "someone_answers", True):
            return None


def open_student_window(
    pack: Pack,
    *,
    data_dir: Path,
    student: Student | None = None,
    work_file: Path | None = None,
    opened: tuple[Work, Document] | None = None,
    dialogs: Dialogs | None = None,
) -> StudentWindow | None:
    """Make the window for one student and lesson, or None if the student cancels.

    ``opened``: ``work_file`` already read (by :func:`annotator.core.workfile.load_work`), not read again.

    Unreadable autosaved work is renamed aside (never deleted) and the student is told.
    A file another running Annotator holds opens read-only, with the reason shown. A data folder
    that cannot be written (read-only, full) still opens the window, with the red "Could not
    save" status bar; the work is kept in memory and saved as soon as it can be.
    """
    dialogs = dialogs or Dialogs()
    prefs = Preferences.load(data_dir)
    notices: list[str] = []
    work: Work | None = None
    feedback = None
    returned = False  # a file with the teacher's feedback beside it, readable or not
    unreadable: Path | None = None  # unreadable saved work still to be renamed aside
    cannot_save = ""  # why nothing can be saved now, if so
    if work_file is not None:
        work, doc = opened or load_work(work_file)
        problems = problems_against(doc, pack.lesson, pack.article)
        if problems:
            raise InvalidFile(problems)
        student = work.student
        beside = feedback_path(work_file)
        returned = beside.exists()
        if returned:
            try:
                feedback = load_feedback(beside)
            except InvalidFile as exc:
                notices.append(Opening.tr("Your teacher's feedback file could not be read: {problem}").format(
                    problem=exc.problems[0]))
    if student is None:
        if not prefs.student_name:
            answer = ask_name(dialogs, pack.lesson.title)
            if answer is None:
                return None
            prefs.student_name, prefs.student_id = answer
            try:
                prefs.save(data_dir)
            except OSError:
                notices.append(Opening.tr("Annotator could not remember your name on this computer."))
        student = Student(prefs.student_name, prefs.student_id)
    if work_file is None:
        work_file = work_path(data_dir, pack.lesson.id, student.name, student.id)
        if work_file.exists():
            try:
                work, doc = opened or load_work(work_file)
                problems = problems_against(doc, pack.lesson, pack.article)
                if problems:
                    raise InvalidFile(problems)
            except InvalidFile as exc:
                why = exc.problems[0].message
                try:
                    aside = set_aside(work_file)
                except OSError:
                    # Never overwritten: the first save renames it aside once the folder can be written.
                    unreadable = work_file
                    notices.append(Opening.tr("Your saved work could not be read ({why}). It will be kept for "
                                              "your teacher; you start with a fresh copy.").format(why=why))
                else:
                    notices.append(Opening.tr("Your saved work could not be read ({why}). It was kept as {name} "
                                              "for your teacher; you start with a fresh copy.").format(
                        why=why, name=aside.name))
                work = None
    if work is None:
        work = Work(pack.lesson.id, pack.article.sha256, student)
    lock: FileLock | None = None
    if returned:
        # A returned file is what the teacher graded, usually in the class's folder: it is shown
        # with the comments but never changed. The student's own work goes on in their usual copy.
        reason = Opening.tr("this is the copy your teacher returned, with their comments; it stays as it was "
                            "graded. Your own work goes on when you start Annotator as usual.")
    else:
        lock = FileLock(work_file)
        reason = ""
        try:
            holder = lock.acquire()
        except OSError as exc:  # a read-only folder or a full disk: the student can still read and work
            holder, cannot_save = None, why_not_saved(exc)
            notices.append(Opening.tr("Annotator cannot save your work on this computer ({why}). You can read and "
                                      "work; your work stays open here and is saved as soon as it can be. Ask your "
                                      "teacher or the school's IT staff, or hand your work in to another folder "
                                      "(File ▸ Hand in…).").format(why=cannot_save))
        if holder is not None:
            reason = Opening.tr("this work is open in {holder}. Changes here would not be saved.").format(
                holder=holder.describe())
            lock = None
    sheet = Worksheet(pack.lesson, pack.article, work)
    window = StudentWindow(
        sheet, work_file, data_dir=data_dir, prefs=prefs, dialogs=dialogs, lock=lock, read_only_reason=reason,
        feedback=feedback,
    )
    dialogs.parent = window
    if lock is not None:
        LockKeeper(window, lock, set_aside_first=unreadable)
    if cannot_save:
        window.autosaver.failed.emit(cannot_save)  # the red status bar, from the first moment
        # Not "saved automatically": the right part of the status bar says why not.
        window.statusBar().showMessage(Opening.tr("Not saved yet."))
    for notice in notices:
        QTimer.singleShot(0, lambda n=notice: dialogs.warn("Annotator", n))
    orphans = sheet.orphans()
    if orphans:
        window.statusBar().showMessage(Opening.tr("%n highlight(s) could not be found in this article; they are "
                                                  "listed in My highlights.", "", len(orphans)))
    return window
