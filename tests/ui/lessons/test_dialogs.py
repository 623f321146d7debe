"""Every lesson dialog a screen reader user meets: each control they can reach with Tab has a name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QDialog, QTabBar, QWidget

from annotator.core.pack import Pack
from annotator.ui.lessons.editor import LessonEditor
from annotator.ui.lessons.library_dialog import LibraryDialog
from annotator.ui.lessons.new_lesson_dialog import NewLessonDialog
from tests.ui.conftest import FakeDialogs


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("which", ["editor", "new", "library"])
def test_every_focusable_control_has_a_name(qtbot, tmp_path: Path, hanoi: Pack, which: str) -> None:  # type: ignore[no-untyped-def]
    """A screen reader user would hear "button" or "edit" with no idea what it does."""
    if which == "editor":
        dialog: QDialog = LessonEditor(hanoi.lesson)
    elif which == "new":
        dialog = NewLessonDialog(FakeDialogs())  # type: ignore[arg-type]
    else:
        dialog = LibraryDialog(tmp_path / "user", FakeDialogs())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    unnamed = []
    for widget in dialog.findChildren(QWidget):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or _inside(widget, (QAbstractSpinBox, QComboBox)):
            continue  # the parts inside a spin box or a combo box are named by it
        if isinstance(widget, QTabBar):
            named = all(widget.tabText(i) for i in range(widget.count()))
        else:
            named = bool(widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text()))
        if not named:
            unnamed.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    assert unnamed == []
