"""Classes of handed-in work on the bundled lesson, and the review window on them."""

from __future__ import annotations

from pathlib import Path

from annotator.core.annotations import Student, Work
from annotator.core.desk import hand_in
from annotator.core.pack import Pack
from annotator.core.roster import load_class
from annotator.core.worksheet import Worksheet
from annotator.ui.review.window import ReviewWindow
from tests.ui.conftest import FakeDialogs


def hand_in_key_items(pack: Pack, folder: Path, name: str, item_ids: list[str],
                      extra: tuple[int, int] | None = None) -> Path:
    """Hand in a student's work that marks these key items as the key does, and maybe one extra highlight."""
    work = Work(pack.lesson.id, pack.article.sha256, Student(name))
    sheet = Worksheet(pack.lesson, pack.article, work)
    assert pack.key is not None
    for item in pack.key.items:
        if item.id in item_ids:
            sheet.add(item.start, item.end, item.categories[0], note="Seen.")
    if extra:
        sheet.add(*extra, "opinion", note="<b>not html</b>")
    return hand_in(work, folder)


NAMES = ["Ana Pérez", "Ben Ode", "Cleo Ng", "Dev Rao"]


def window_on(qtbot, folder: Path, pack: Pack, **kw) -> ReviewWindow:  # type: ignore[no-untyped-def]
    """The review window on a class, shown off screen."""
    window = ReviewWindow(load_class([folder], pack), dialogs=kw.pop("dialogs", FakeDialogs()), **kw)
    qtbot.addWidget(window)
    window.show()
    return window
