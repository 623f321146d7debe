"""The category palette: buttons that grow with the text and always show their whole label."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("width", [1024, 1360])
def test_with_big_text_the_category_buttons_stay_readable(qtbot, open_window, width: int) -> None:  # type: ignore[no-untyped-def]
    """With big text the category buttons kept small type, or their labels were cut off."""
    window = open_window()
    window.resize(width, 760)
    qtbot.waitExposed(window)
    buttons = list(window.palette_box.buttons.values())
    normal = buttons[0].font().pointSizeF()
    window.zoom(+15)
    qtbot.wait(20)
    assert buttons[0].font().pointSizeF() > normal + 5
    assert window.title_label.font().pointSizeF() > buttons[0].font().pointSizeF()
    for button in buttons:  # the whole label shows: icon, gap and text inside the button's padding
        needed = button.iconSize().width() + button.fontMetrics().horizontalAdvance(button.text()) + 16
        assert button.width() >= needed, button.text()
    window.zoom(-15)
    qtbot.wait(20)
    grid = window.palette_box.layout()
    if width >= 1360:
        assert grid.getItemPosition(grid.indexOf(buttons[1]))[:2] == (0, 1)  # two columns again
