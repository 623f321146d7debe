"""The two questions of File ▸ Import annotations…: which files of which format, and the category of each type."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel

from annotator.core.formats.foreign import NO_KIND
from annotator.ui.common.import_dialogs import MappingDialog, SourceDialog

CATEGORIES = [("named-source", "Named source"), ("framing", "Framing")]


def _rows(dialog: MappingDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.toolTip()]


def test_import_waits_for_files_and_answers_the_format_chosen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An Import button that worked with nothing chosen would import nothing and claim success."""
    dialog = SourceDialog("Import annotations")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == ["brat", "hypothesis", "w3c"]
    dialog.format.setCurrentIndex(1)
    files = [tmp_path / f"class-{n}.json" for n in range(4)]
    dialog.set_paths(files)
    assert dialog.ok.isEnabled()
    assert dialog.chosen.text() == "To import: class-0.json, class-1.json, class-2.json…"
    assert dialog.chosen.toolTip().splitlines() == [str(f) for f in files]
    assert dialog.choice() == ("hypothesis", files)


def test_every_type_starts_left_out_and_only_chosen_categories_are_answered(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A type preset to some category would put students' highlights under a heading nobody chose."""
    dialog = MappingDialog("Categories", {"Person": 3, "spin": 1, NO_KIND: 2}, CATEGORIES)
    qtbot.addWidget(dialog)
    assert dialog.mapping() == {}
    assert _rows(dialog) == ["“(no type or tag)” (2 highlights)", "“Person” (3 highlights)", "“spin” (1 highlight)"]
    dialog.choices["Person"].setCurrentIndex(1)
    assert dialog.mapping() == {"Person": "named-source"}
    assert all(box.accessibleName().startswith("Category for ") for box in dialog.findChildren(QComboBox))


def test_dozens_of_long_tags_still_fit_a_small_school_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Buttons pushed below a 1024x600 screen, or a row wider than it, leave the teacher unable to answer."""
    long_tag = "a-very-long-hypothesis-tag-that-someone-typed-once"
    unmapped = {f"tag{n}": 1 for n in range(40)} | {long_tag: 2}
    dialog = MappingDialog("Categories", unmapped, CATEGORIES)
    qtbot.addWidget(dialog)
    assert dialog.width() <= 980 and dialog.height() <= 520
    (row,) = [label for label in dialog.findChildren(QLabel) if label.toolTip() == long_tag]
    assert row.text() == "“a-very-long-hypothesis-tag-that…” (2 highlights)"
