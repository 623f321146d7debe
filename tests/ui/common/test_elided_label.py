"""A label that shortens its middle when there is no room: a path's file name stays in view."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from annotator.ui.common.elided_label import ElidedLabel

SENTENCE = "Ton travail est enregistré automatiquement dans /home/ana.ruiz/Annotator/hanoi-summit-2019/ana-ruiz.yaml"


def test_a_narrow_label_keeps_the_start_and_the_file_name_and_says_all_of_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """At 1024 pixels a French status line ended "…/ana-": the middle goes, the file's name stays."""
    label = ElidedLabel(SENTENCE)
    qtbot.addWidget(label)
    label.resize(300, 20)
    label.show()
    shown = label.text()
    assert "…" in shown and shown.startswith("Ton travail") and shown.endswith("ruiz.yaml")
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert label.toolTip() == SENTENCE
    assert QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name) == SENTENCE


def test_given_room_again_the_whole_text_comes_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Widening the window shows the whole sentence, not the shortened one kept from before."""
    label = ElidedLabel(SENTENCE)
    qtbot.addWidget(label)
    label.resize(200, 20)
    label.show()
    label.resize(label.fontMetrics().horizontalAdvance(SENTENCE) + 20, 20)
    assert label.text() == SENTENCE
    label.set_full_text("Saved.")
    assert label.text() == "Saved." and label.toolTip() == "Saved."


def test_a_path_that_looks_like_html_is_shown_as_it_is(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A folder named "<i>notes</i>" was drawn in italics, its brackets gone, and cut short by the wrong width."""
    sentence = "Your work is saved automatically to /home/ana/<i>notes</i>/ana.yaml"
    label = ElidedLabel(sentence)
    qtbot.addWidget(label)
    label.resize(label.fontMetrics().horizontalAdvance(sentence) + 20, 20)
    label.show()
    assert label.text() == sentence
    assert label.sizeHint().width() >= label.fontMetrics().horizontalAdvance(sentence)
