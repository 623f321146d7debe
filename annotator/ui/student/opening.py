"""Opening a student's window: find the student, their saved work and any feedback, and the lock on it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer

from annotator.core.annotations import Student, Work
from annotator.core.desk import Preferences, set_aside, work_path
from annotator.core.errors import InvalidFile
from annotator.core.feedback import feedback_path, load_feedback
from annotator.core.lock import FileLock
from annotator.core.pack import Pack
from annotator.core.workfile import load_work, problems_against
from annotator.core.worksheet import Worksheet
from annotator.ui.common.dialogs import Dialogs
from annotator.ui.student.window import StudentWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Annotator", text)


def default_data_dir() -> Path:
    """The per-user folder where autosaved work and preferences live."""
    env = os.environ.get("ANNOTATOR_DATA_DIR")
    if env:
        return Path(env)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base or Path.home()) / "Annotator"


def open_student_window(
    pack: Pack,
    *,
    data_dir: Path,
    student: Student | None = None,
    work_file: Path | None = None,
    dialogs: Dialogs | None = None,
) -> StudentWindow | None:
    """Make the window for one student and lesson, or None if the student cancels.

    Unreadable autosaved work is renamed aside (never deleted) and the student is told.
    A file another running Annotator holds opens read-only, with the reason shown.
    """
    dialogs = dialogs or Dialogs()
    prefs = Preferences.load(data_dir)
    notices: list[str] = []
    work: Work | None = None
    feedback = None
    returned = False  # a file with the teacher's feedback beside it, readable or not
    if work_file is not None:
        work, doc = load_work(work_file)
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
                notices.append(_tr("Your teacher's feedback file could not be read: {problem}").format(
                    problem=exc.problems[0]))
    if student is None:
        if not prefs.student_name:
            answer = dialogs.ask_student(pack.lesson.title)
            if answer is None:
                return None
            prefs.student_name, prefs.student_id = answer
            try:
                prefs.save(data_dir)
            except OSError:
                notices.append(_tr("Annotator could not remember your name on this computer."))
        student = Student(prefs.student_name, prefs.student_id)
    if work_file is None:
        work_file = work_path(data_dir, pack.lesson.id, student.name, student.id)
        if work_file.exists():
            try:
                work, doc = load_work(work_file)
                problems = problems_against(doc, pack.lesson, pack.article)
                if problems:
                    raise InvalidFile(problems)
            except InvalidFile as exc:
                aside = set_aside(work_file)
                notices.append(_tr("Your saved work could not be read ({why}). It was kept as {name} for your "
                                   "teacher; you start with a fresh copy.").format(why=exc.problems[0].message,
                                                                                   name=aside.name))
                work = None
    if work is None:
        work = Work(pack.lesson.id, pack.article.sha256, student)
    lock: FileLock | None = None
    if returned:
        # A returned file is what the teacher graded, usually in the class's folder: it is shown
        # with the comments but never changed. The student's own work goes on in their usual copy.
        reason = _tr("this is the copy your teacher returned, with their comments; it stays as it was graded. "
                     "Your own work goes on when you start Annotator as usual.")
    else:
        lock = FileLock(work_file)
        holder = lock.acquire()
        reason = ""
        if holder is not None:
            reason = _tr("this work is open in {holder}. Changes here would not be saved.").format(
                holder=holder.describe())
            lock = None
    sheet = Worksheet(pack.lesson, pack.article, work)
    window = StudentWindow(
        sheet, work_file, data_dir=data_dir, prefs=prefs, dialogs=dialogs, lock=lock, read_only_reason=reason,
        feedback=feedback,
    )
    dialogs.parent = window
    for notice in notices:
        QTimer.singleShot(0, lambda n=notice: dialogs.warn("Annotator", n))
    orphans = sheet.orphans()
    if orphans:
        window.statusBar().showMessage(_tr("{n} highlight(s) could not be found in this article; they are listed "
                                           "in My highlights.").format(n=len(orphans)))
    return window
