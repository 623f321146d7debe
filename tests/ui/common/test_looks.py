"""How categories and the article look: tints black text reads on, styles and colours in words, high contrast."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication

from annotator.core.defaults import OKABE_ITO, default_categories
from annotator.ui.common.application import install_language
from annotator.ui.common.looks import apply_high_contrast, color_words, highlight_format, style_words, tint


def contrast_with_black(colour: QColor) -> float:
    """The WCAG contrast ratio of black text on ``colour``."""
    def linear(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green()) + 0.0722 * linear(colour.blue())
    return (luminance + 0.05) / 0.05


def test_every_highlight_leaves_black_text_easy_to_read(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A dark category colour (or black) under the words made a highlighted passage hard or impossible to read."""
    named = default_categories()[0]
    for colour in OKABE_ITO:
        for depth, current in ((1, False), (3, False), (3, True)):  # alone, under two others, and chosen
            fmt = highlight_format(replace(named, color=colour), depth=depth, current=current)
            assert contrast_with_black(fmt.background().color()) >= 4.5, (colour, depth, current)  # WCAG AA
    assert tint("#000000", 0.5) == tint("#606060", 0.5)  # black is shown as grey, never as black


def test_a_highlight_says_its_category_and_keeps_its_style(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Hovering a highlight would not name its category, or every style would look like a plain underline."""
    for category in default_categories():
        fmt = highlight_format(category)
        assert fmt.toolTip() == category.label
        assert fmt.underlineColor().alpha() == 0  # decorations draw the thick line instead of Qt's thin one
    wavy = next(c for c in default_categories() if c.style == "wavy")
    assert highlight_format(wavy).underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline


def test_styles_and_colours_are_named_in_the_interfaces_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A Spanish screen reader user heard "dashed underline, sky blue" in the lesson editor."""
    install_language("es")
    assert (style_words("dashed"), color_words("sky blue")) == ("subrayado de guiones", "azul cielo")
    assert style_words("sparkly") == "sparkly"  # a style from a newer file is shown as it is written


def test_high_contrast_is_black_on_white_and_disabled_controls_still_look_disabled(qtbot) -> None:  # type: ignore[no-untyped-def]
    """High contrast left grey text on grey, or made a disabled button look like one that works."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        apply_high_contrast(app, True)
        palette = app.palette()
        assert palette.color(QPalette.ColorRole.Text) == QColor("#000000")
        assert palette.color(QPalette.ColorRole.Base) == QColor("#ffffff")
        disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        assert disabled != palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    finally:
        apply_high_contrast(app, False)
    assert app.palette() == app.style().standardPalette()
