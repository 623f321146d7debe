"""Starting the teacher's review window: ``annotator review FOLDER --lesson PACK``."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSize

from annotator.core.consensus import ConsensusPassage
from annotator.core.errors import InvalidFile
from annotator.core.pack import Pack, load_pack
from annotator.core.roster import load_class
from annotator.ui.common.application import QtWords, application
from annotator.ui.common.dialogs import Dialogs, refuse_problems
from annotator.ui.common.language import start_language
from annotator.ui.common.window_size import keep_size
from annotator.ui.review.window import ReviewWindow
from annotator.ui.student.opening import default_data_dir


class Review(QtWords):
    """The words of starting the review window."""


def run_review_app(*, folder: Path, pack: Path, screenshot: Path | None = None,
                   dialogs: Dialogs | None = None, lang: str | None = None,
                   promote: Callable[[Pack, Sequence[ConsensusPassage]], None] | None = None,
                   data_dir: Path | None = None) -> int:
    """Open the review window on a folder of handed-in files; return the exit status.

    ``promote(pack, passages)`` opens the answer key with consensus passages as drafts (given by the
    launcher, which alone may open the lesson tools).
    """
    app = application()
    data_dir = data_dir or default_data_dir()
    start_language(data_dir, lang)  # the teacher's remembered choice, as the app keeps it
    dialogs = dialogs or Dialogs()
    try:
        lesson_pack = load_pack(pack)
    except InvalidFile as exc:
        return refuse_problems(exc.problems, Review.tr("This lesson could not be opened: {path}").format(path=pack),
                               dialogs, quiet=screenshot is not None)
    roster = load_class([folder], lesson_pack)
    for message in roster.messages():
        print(message, file=sys.stderr)
    window = ReviewWindow(roster, dialogs=dialogs, folder=folder,
                          promote=(lambda passages: promote(lesson_pack, passages)) if promote else None)
    dialogs.parent = window
    keep_size(window, data_dir, "review", QSize(1440, 900))
    window.show()
    if screenshot is not None:
        from annotator.ui.common.screenshot import save_screenshot

        window.autosaver.enabled = False
        return save_screenshot(app, window, screenshot)
    return app.exec()
