"""Starting ``annotator``: find the lesson, open the student's window with its File and Teacher menus, run it.

This is the top of the widget layers: it alone joins the student window to the lesson tools.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication

from annotator.core.annotations import Student, Work
from annotator.core.desk import Preferences
from annotator.core.errors import InvalidFile
from annotator.core.pack import Pack, load_pack
from annotator.core.school import school_settings
from annotator.core.yamlfile import Document
from annotator.resources import default_lesson
from annotator.ui.common.application import QtWords, application
from annotator.ui.common.dialogs import Dialogs, PrintedDialogs, refuse_problems
from annotator.ui.common.language import LanguageMenu, start_language
from annotator.ui.common.window_size import pretend_screen
from annotator.ui.lessons.teacher_menu import TeacherTools
from annotator.ui.student.opening import default_data_dir, name_needed, open_student_window
from annotator.ui.student.window import StudentWindow


def run_student_app(
    *,
    pack: Path | None,
    work_file: Path | None,
    screenshot: Path | None,
    student: str | None,
    data_dir: Path | None,
    dialogs: Dialogs | None = None,
    teacher: bool = False,
    lang: str | None = None,
    window_size: tuple[int, int] | None = None,
) -> int:
    """Run the student app until its window closes; return the exit status.

    ``window_size``: lay the window out as on a screen of this many pixels (for screenshots).
    """
    if window_size is not None:
        pretend_screen(QSize(*window_size))
    started = start_student_app(pack=pack, work_file=work_file, student=student, data_dir=data_dir,
                                dialogs=dialogs, quiet=screenshot is not None, teacher=teacher, lang=lang)
    if isinstance(started, int):
        return started
    app, window = started
    if screenshot is not None:
        return _screenshot(app, window, screenshot)
    return app.exec()


def start_student_app(
    *,
    pack: Path | None,
    work_file: Path | None,
    student: str | None,
    data_dir: Path | None,
    dialogs: Dialogs | None = None,
    quiet: bool = False,
    teacher: bool = False,
    lang: str | None = None,
) -> tuple[QApplication, StudentWindow] | int:
    """Everything `annotator` does before the student can read: the shown window, or an exit status.

    ``quiet``: print problems without showing them in a dialog (for screenshots).
    ``teacher``: add the Teacher menu (lessons, the lesson editor, the answer key).
    ``lang``: the interface language asked for on the command line (see annotator/ui/common/language.py).
    """
    app = application()
    folder = data_dir or default_data_dir()
    start_language(folder, lang)  # before the first widget: widgets take their words when built
    dialogs = dialogs or (PrintedDialogs() if quiet else Dialogs())
    school = school_settings()
    for problem in school.problems:  # once per start; the app goes on without what could not be used
        print(problem, file=sys.stderr)
        if not quiet:
            dialogs.warn("Annotator", problem)
    if teacher and not school.teacher_menu_shown(True):
        print(Launch.tr("The Teacher menu is turned off on this computer by the school's settings."), file=sys.stderr)
    teacher = school.teacher_menu_shown(teacher)
    opened = _read_work(work_file) if work_file is not None else None  # read once: its lesson, then the window
    pack_path = pack or (opened and _library_pack(opened[0].lesson_id, folder)) or default_lesson()
    if quiet and not student and not work_file and not Preferences.load(folder).student_name:
        # No one to ask (a screenshot): a placeholder name, never an exit without the picture.
        student = Launch.tr("Sample Student")
    notices: list[str] = []
    try:
        lesson_pack = load_pack(pack_path, with_key=False)  # students never need the key
    except InvalidFile as exc:
        # The bundled lesson missing or damaged (a broken install): open another lesson of the library if one
        # opens, and say so, rather than nothing. A lesson the person asked for by name is never swapped.
        other = _another_lesson(folder, pack_path) if pack is None and work_file is None else None
        if other is None:
            intro = Launch.tr("This lesson could not be opened: {path}").format(path=pack_path)
            return refuse_problems(exc.problems, intro, dialogs, quiet=quiet)
        lesson_pack = other
        notices.append(Launch.tr("The lesson Annotator opens first could not be opened ({problem}); it opened "
                                 "“{title}” from the lesson library instead. Tell whoever installs Annotator.")
                       .format(problem=exc.problems[0].message if exc.problems else pack_path,
                               title=other.lesson.title))
    try:
        window = open_student_window(
            lesson_pack,
            data_dir=folder,
            dialogs=dialogs,
            work_file=work_file,
            opened=opened,
            student=Student(student) if student else None,
        )
    except InvalidFile as exc:
        intro = Launch.tr("This file could not be opened: {path}").format(path=work_file)
        return refuse_problems(exc.problems, intro, dialogs, quiet=quiet)
    if window is None:  # the student chose to quit rather than give a name: say why, once more
        print(name_needed(), file=sys.stderr)
        return 0
    if not gc.isenabled():  # `annotator` pauses the collector while it starts (see annotator.cli)
        # What the start made goes to the oldest generation, as if it had lived through the collections
        # that were skipped, rather than being walked all at once by the first young collection.
        gc.freeze()
        gc.unfreeze()
        gc.enable()
    TeacherTools(folder, dialogs, window.sheet.work.student, teacher=teacher).attach(window, lesson_pack)
    LanguageMenu(folder, dialogs).attach(window)
    window.show()
    window.start_reading()  # the keyboard goes to the article, without a click
    for notice in notices:
        print(notice, file=sys.stderr)
        if not quiet:
            QTimer.singleShot(0, lambda n=notice: dialogs.warn("Annotator", n))
    return app, window


def _another_lesson(data_dir: Path, broken: Path) -> Pack | None:
    """The first other lesson of the library (the school's, then the person's own) that opens, if any."""
    from annotator.core.library import list_lessons

    for entry in list_lessons(data_dir):
        if entry.ok and entry.path.resolve() != broken.resolve():
            try:
                return load_pack(entry.path, with_key=False)
            except InvalidFile:
                continue
    return None


class Launch(QtWords):
    """The words of starting the app."""


def run_review(*, folder: Path, pack: Path, screenshot: Path | None = None, data_dir: Path | None = None,
               lang: str | None = None, window_size: tuple[int, int] | None = None) -> int:
    """``annotator review``: the review window, able to send consensus passages to the answer key.

    The review window and the lesson tools are rooms side by side; this, the top, joins them.
    """
    from annotator.ui.review.app import run_review_app

    if window_size is not None:
        pretend_screen(QSize(*window_size))
    tools = TeacherTools(data_dir or default_data_dir(), Dialogs())
    return run_review_app(folder=folder, pack=pack, screenshot=screenshot, lang=lang, promote=tools.promote_to_key,
                          data_dir=data_dir)


def _read_work(work_file: Path) -> tuple[Work, Document] | None:
    """The work file, read; None if it cannot be (opening it then reports why)."""
    from annotator.core.errors import AnnotatorError
    from annotator.core.workfile import load_work

    try:
        return load_work(work_file)
    except (AnnotatorError, OSError):
        return None


def _library_pack(lesson_id: str, data_dir: Path) -> Path | None:
    """The library's pack for a lesson, so that a double-clicked hand-in opens on its own lesson."""
    from annotator.core.library import list_lessons

    return next((e.path for e in list_lessons(data_dir) if e.ok and e.id == lesson_id), None)


def _screenshot(app: QApplication, window: StudentWindow, out: Path) -> int:
    """Render the window to a PNG, then close without touching the student's work."""
    from annotator.ui.common.screenshot import save_screenshot

    window.autosaver.enabled = False
    window.finish_building()  # the prompts and My highlights, which a shown window adds after its first frame
    done = save_screenshot(app, window, out)
    if window.lock is not None:
        window.lock.release()
    window.hide()
    return done
