"""A window asks for a size that fits the screen's free area, and keeps the size its person chose."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMainWindow

from annotator.core.desk import Preferences
from annotator.ui.common.window_size import fit_to_screen, keep_size, pretend_screen


def test_a_window_asking_for_more_than_a_small_screen_gets_the_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A 1360x860 window on a 1024x600 laptop put the status bar below the screen's edge."""
    window = QMainWindow()
    qtbot.addWidget(window)
    pretend_screen(QSize(1024, 600))
    try:
        given = fit_to_screen(window, QSize(1360, 860))
    finally:
        pretend_screen(None)
    assert given.width() <= 1024 and given.height() <= 600
    assert window.size() == given


def test_the_minimum_a_window_needs_is_kept_even_on_a_tiny_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Squeezing a window below what its controls need would cut their labels; its layout scrolls instead."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setMinimumSize(700, 500)
    pretend_screen(QSize(640, 400))
    try:
        given = fit_to_screen(window, QSize(1360, 860))
    finally:
        pretend_screen(None)
    assert given == QSize(700, 500)


def test_the_size_a_person_chose_is_remembered_and_given_next_time(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A teacher who made the review window smaller found it large again at every start."""
    window = QMainWindow()
    qtbot.addWidget(window)
    pretend_screen(QSize(1920, 1080))
    try:
        keep_size(window, tmp_path, "review", QSize(1200, 800))
        window.show()
        window.resize(900, 640)
        window.close()
        assert Preferences.load(tmp_path).window_size("review") is not None
        again = QMainWindow()
        qtbot.addWidget(again)
        assert keep_size(again, tmp_path, "review", QSize(1200, 800)) == QSize(900, 640)
    finally:
        pretend_screen(None)
