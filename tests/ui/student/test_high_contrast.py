"""High contrast over the whole window, and from the start when the system asks for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from annotator.core.desk import Preferences
from annotator.ui.common import looks


@pytest.fixture(autouse=True)
def usual_colours(qapp):  # type: ignore[no-untyped-def]
    """High contrast is the application's: a test that turned it on leaves the next test in the usual colours."""
    yield
    looks.apply_high_contrast(qapp, False)


def luminance(color: QColor) -> float:
    """Relative luminance as WCAG defines it."""
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast_inside(widget: QWidget, inset: int) -> float:
    """The contrast ratio between the darkest and the lightest pixel drawn inside a widget's border."""
    image: QImage = widget.grab().toImage()
    values = [luminance(image.pixelColor(x, y)) for x in range(inset, image.width() - inset, 2)
              for y in range(inset, image.height() - inset, 2)]
    return (max(values) + 0.05) / (min(values) + 0.05)


def test_high_contrast_makes_placeholders_readable_and_frames_black(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """High contrast changed only the article: grey hints on grey boxes, and buttons framed in pale grey."""
    window = open_window()
    window.finish_building()
    window.contrast_action.trigger()
    assert window.contrast_action.isChecked()
    qtbot.wait(10)
    note = window.note_panel.note  # empty and disabled: only its hint "Why did you mark this?" is drawn
    assert note.placeholderText() and not note.isEnabled()
    assert contrast_inside(note, 6) >= 4.5  # WCAG AA for text
    button = next(iter(window.palette_box.buttons.values()))
    edge = button.grab().toImage().pixelColor(0, button.height() // 2)
    assert luminance(edge) < 0.05  # a black frame, not the style's light grey
    tab = window.tabs.tabBar()
    chosen = tab.grab(tab.tabRect(tab.currentIndex())).toImage()
    assert luminance(chosen.pixelColor(4, chosen.height() // 2)) < 0.05  # the chosen tab: black
    window.contrast_action.trigger()
    app = QApplication.instance()
    assert isinstance(app, QApplication) and app.styleSheet() == ""  # and back to the usual look


def test_the_system_asking_for_high_contrast_starts_in_it_until_the_student_chooses(  # type: ignore[no-untyped-def]
        qtbot, open_window, tmp_path: Path, monkeypatch) -> None:
    """A student whose computer is set to high contrast got Annotator's pale default colours."""
    monkeypatch.setattr(looks, "system_wants_high_contrast", lambda: True)
    window = open_window()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert window.contrast_action.isChecked() and app.styleSheet() == looks.HIGH_CONTRAST_STYLE
    window.contrast_action.trigger()  # the student prefers the usual colours: kept from now on
    window.close()
    assert Preferences.load(tmp_path / "data").contrast_chosen
    again = open_window()
    assert not again.contrast_action.isChecked() and app.styleSheet() == ""


def test_without_qt_telling_the_system_wants_nothing_special(qapp) -> None:  # type: ignore[no-untyped-def]
    """Reading the system's contrast preference raised on a Qt that cannot tell, or guessed high contrast."""
    assert looks.system_wants_high_contrast() is False  # the off-screen platform states no preference
