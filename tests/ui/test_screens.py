"""Every window on every classroom screen: it fits, its status bar shows, no label is cut, its size is kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from annotator.core.desk import Preferences
from annotator.core.pack import Pack
from annotator.ui.common.window_size import free_area, pretend_screen
from annotator.ui.student.window_frame import SIDE_MAX_WIDTH, split_sizes

SCREENS = [QSize(1024, 600), QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)]


def visible_rect(widget: QWidget) -> QRect:
    """The part of a widget its window shows (clipped by every scroll area and splitter above it)."""
    rect = widget.rect()
    w: QWidget | None = widget
    while w is not None and not w.isWindow():
        parent = w.parentWidget()
        assert parent is not None
        rect = rect.translated(w.pos()).intersected(parent.rect())
        w = parent
    return rect


def assert_fits(window: QWidget, screen: QSize) -> None:
    """The window and its frame are inside the screen, its status bar shows, and no button or label is cut."""
    area = free_area(window)
    assert area.size() == screen
    # (A screenshot's pretend screen leaves no room for a title bar; a real one does: FRAME_ROOM.)
    assert window.height() <= screen.height() and window.width() <= screen.width()
    bar = getattr(window, "statusBar", None)
    if bar is not None:
        status = bar()
        assert status.isVisible() and visible_rect(status).height() == status.height() > 0
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.text():
            # A button narrower than its text would cut its label (one the side panel scrolls to is fine).
            assert button.width() >= button.minimumSizeHint().width(), button.text()
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.text() and not label.wordWrap():
            assert label.width() >= label.minimumSizeHint().width(), label.text()


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_student_window_fits_each_classroom_screen(qtbot, open_window, screen: QSize) -> None:  # type: ignore[no-untyped-def]
    """On a 1366×768 laptop the window was 1360×860: its status bar, where "could not save" shows, was off screen."""
    pretend_screen(screen)
    window = open_window()
    window.finish_building()
    qtbot.wait(10)
    assert_fits(window, screen)
    # Every category button is wholly in view across (the side panel may scroll down, never sideways).
    viewport = window.side_scroll.viewport()
    for button in window.palette_box.buttons.values():
        right = button.mapTo(viewport, button.rect().topRight()).x()
        assert right < viewport.width(), button.text()


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_article_keeps_a_readable_line_and_the_side_panel_its_buttons(qtbot, open_window, screen: QSize) -> None:  # type: ignore[no-untyped-def]
    """On a wide screen the article's lines grew too long to read; on a narrow one the buttons were squeezed."""
    pretend_screen(screen)
    window = open_window()
    qtbot.wait(10)
    article = window.article
    assert article.width() >= article.reading_width(52) - 2
    assert window.side_scroll.width() >= window.side_scroll.minimumWidth()
    assert window.side_scroll.width() <= SIDE_MAX_WIDTH + 2


def test_nothing_moves_when_the_prompts_fill_in_on_a_small_screen(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """On a netbook the side panel jumped when the prompts appeared just after the first frame."""
    pretend_screen(QSize(1024, 600))
    window = open_window()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)  # laid out, not yet built
    assert not window.fully_built
    parts = (window.palette_box, window.note_panel, window.article, window.statusBar())
    before = [w.geometry() for w in parts]
    window.finish_building()
    qtbot.wait(10)
    assert [w.geometry() for w in parts] == before


@given(width=st.integers(300, 4000), article_needs=st.integers(200, 900), article_more=st.integers(0, 400),
       side_needs=st.integers(200, 600), side_more=st.integers(0, 300))
def test_splitting_the_window_gives_all_of_it_and_the_side_panel_what_it_needs(
        width: int, article_needs: int, article_more: int, side_needs: int, side_more: int) -> None:
    """The split left part of the window empty, or cut the side panel's buttons to make room for the article."""
    article, side = split_sizes(width, (article_needs, article_needs + article_more),
                                (side_needs, side_needs + side_more))
    assert article + side == width or article == 0
    assert side >= side_needs
    if width - article_needs >= side_needs + side_more and side_needs + side_more <= SIDE_MAX_WIDTH:
        assert side >= side_needs + side_more  # room for two columns while the article keeps its line


def test_the_size_a_student_chose_is_kept_for_next_time(qtbot, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A student who made the window smaller got the big window back at every start."""
    pretend_screen(QSize(1366, 768))
    window = open_window()
    first = window.size()
    window.resize(1000, 600)
    window.close()
    assert Preferences.load(tmp_path / "data").window_size("student") == (1000, 600)
    again = open_window()
    assert again.size() == QSize(1000, 600) and again.size() != first
    pretend_screen(QSize(1024, 600))  # the same account on a smaller screen: still fitted to it
    small = open_window()
    assert small.height() <= 600


def test_a_window_only_fitted_by_annotator_remembers_nothing(qtbot, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A window fitted to a small screen once would keep that small size on the big screen next time."""
    pretend_screen(QSize(1024, 600))
    open_window().close()
    assert Preferences.load(tmp_path / "data").window_sizes == {}


@pytest.mark.parametrize("screen", SCREENS[:2], ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_teachers_windows_fit_a_small_screen(qtbot, hanoi: Pack, tmp_path: Path, screen: QSize) -> None:  # type: ignore[no-untyped-def]
    """The review window, the answer key and the lesson editor asked for more than a small laptop has."""
    from annotator.core.key_sheet import draft_from_key
    from annotator.core.pack import load_pack
    from annotator.core.roster import load_class
    from annotator.ui.lessons.editor import LessonEditor
    from annotator.ui.lessons.key_window import KeyWindow
    from annotator.ui.review.window import ReviewWindow

    pretend_screen(screen)
    full = load_pack(hanoi.path)
    (tmp_path / "class").mkdir()
    review = ReviewWindow(load_class([tmp_path / "class"], full))
    key = KeyWindow(full, tmp_path, draft_from_key(full.key, full.lesson, full.article), data_dir=tmp_path,
                    prefs=Preferences())
    editor = LessonEditor(full.lesson)
    for window in (review, key, editor):
        qtbot.addWidget(window)
        window.show()
        qtbot.wait(10)
        assert_fits(window, screen)
