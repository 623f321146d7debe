"""How the review window draws the key and the class over the article: missed passages hatched, the heat map counted."""

from __future__ import annotations

from pathlib import Path

from annotator.core.pack import Pack
from tests.ui.review.classes import window_on


def test_a_missed_key_item_is_shown_as_missed(qtbot, class_folder: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """Choosing Ben and comparing with the key shows k02 under Missed, drawn hatched in the article."""
    window = window_on(qtbot, class_folder, hanoi)
    window.table.selectRow(1)
    window.key_toggle.setChecked(True)
    groups = {window.key_list.topLevelItem(i).text(0).split(" (")[0]: window.key_list.topLevelItem(i)
              for i in range(window.key_list.topLevelItemCount())}
    missed = [groups["✖ Missed"].child(i).text(0) for i in range(groups["✖ Missed"].childCount())]
    assert hanoi.key is not None
    k02 = next(it for it in hanoi.key.items if it.id == "k02")
    assert any(k02.quote[:20] in line for line in missed)
    assert groups["+ Extra: matches nothing in the key"].childCount() == 1
    # The missed passage is drawn with a pattern, not only a colour.
    view = window.article
    pos16 = view.u16.to_utf16(k02.start)
    block = view.document().findBlock(pos16)
    ranges = block.layout().formats()
    styles = [r.format.background().style() for r in ranges if r.start <= pos16 - block.position() < r.start + r.length]
    from PySide6.QtCore import Qt

    assert Qt.BrushStyle.BDiagPattern in styles


def test_heat_map_counts_students_per_passage(qtbot, class_folder: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """The heat map says how many students highlighted a passage both of them marked."""
    window = window_on(qtbot, class_folder, hanoi)
    window.heat_toggle.setChecked(True)
    assert hanoi.key is not None
    k01 = next(it for it in hanoi.key.items if it.id == "k01")
    assert window.layer.tooltips(k01.start) == ["2 of 2 students highlighted this"]
