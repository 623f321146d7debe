"""The consensus on a projector: counts over the article, no names, arrows change category, Esc closes it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.core.pack import Pack
from tests.ui.review.classes import NAMES, window_on


def test_f11_shows_the_consensus_full_screen_without_names(qtbot, big_class: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """The projector view shows counts over the article, never a student's name or note; Esc closes it."""
    window = window_on(qtbot, big_class, hanoi)
    window.show_consensus()
    view = window.consensus_view
    assert view is not None and view.isVisible()
    k01 = hanoi.key.items[0]  # type: ignore[union-attr]
    assert view.layer.tooltips(k01.start) == ["4 of 4 students highlighted this"]
    shown = view.article.toPlainText() + view.legend.text() + view.windowTitle()
    assert not any(name in shown for name in NAMES) and "private note" not in shown
    qtbot.keyClick(view.article, Qt.Key.Key_Right)  # the article has the focus; the arrows still change category
    assert view.category.currentIndex() == 1 and view.legend.text().startswith(view.category.currentText())
    qtbot.keyClick(view.article, Qt.Key.Key_Escape)
    assert not view.isVisible()
