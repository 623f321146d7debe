"""What a screen reader finds in the student's window, and what it is told when something happens."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QLabel

from annotator.core.pack import Pack
from annotator.ui.common import announce
from tests.ui.driving import mark_quotes

PASSAGE = "one senator who was in the room"


class Heard:
    """Stands in for QAccessible in the announce module: keeps what each announcement said, and about what."""

    AnnouncementPoliteness = QAccessible.AnnouncementPoliteness

    def __init__(self) -> None:
        self.said: list[tuple[str, object, Any]] = []

    def updateAccessibility(self, event: Any) -> None:
        self.said.append((event.message(), event.object(), event.politeness()))

    @property
    def messages(self) -> list[str]:
        """The words, in order."""
        return [message for message, _, _ in self.said]


@pytest.fixture
def heard(monkeypatch) -> Heard:  # type: ignore[no-untyped-def]
    """Announcements are caught here rather than sent to a screen reader."""
    catcher = Heard()
    monkeypatch.setattr(announce, "QAccessible", catcher)
    return catcher


def walk(iface: QAccessibleInterface, depth: int = 0) -> list[QAccessibleInterface]:
    """Every interface in the accessibility tree below (and including) ``iface``."""
    found = [iface]
    if depth < 40:
        for i in range(iface.childCount()):
            child = iface.child(i)
            if child is not None and child.isValid():
                found += walk(child, depth + 1)
    return found


def test_every_control_in_the_accessibility_tree_has_a_name_and_a_role(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Orca met two unnamed stops in every Tab cycle, and labels that said "Saving" instead of what they show."""
    window = open_window()
    window.finish_building()
    qtbot.wait(10)
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    everything = walk(root)
    focusable = [i for i in everything if i.state().focusable and not i.state().invisible]
    assert len(focusable) >= 12  # the article, eight categories, the note's controls, the tabs, the answers...
    for iface in focusable:
        name = iface.text(QAccessible.Text.Name)
        assert name.strip(), f"a focusable {iface.role()} without a name"
        assert iface.role() != QAccessible.Role.NoRole, name
    # Labels are read by what they show: the lesson title, the progress lines, the save state.
    for label in (window.title_label, *window.prompts.progress_labels.values()):
        iface = QAccessible.queryAccessibleInterface(label)
        assert iface.text(QAccessible.Text.Name) == label.text() and label.text()
    window.autosaver.saved.emit(1_700_000_000.0)
    iface = QAccessible.queryAccessibleInterface(window.save_state)
    assert iface.text(QAccessible.Text.Name).startswith("✔ All work saved at")


def test_the_tab_cycle_has_no_silent_stop_and_each_answer_box_says_its_question(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Tab landed in two nameless scroll areas, and in answer boxes that did not say what they asked."""
    window = open_window()
    window.finish_building()
    window.article.setFocus()
    stops = []
    for _ in range(60):
        widget = window.focusWidget()
        iface = QAccessible.queryAccessibleInterface(widget)
        stops.append((widget, iface.text(QAccessible.Text.Name), iface.role()))
        window.focusNextChild()
        if window.focusWidget() is window.article:
            break
    assert window.focusWidget() is window.article  # the cycle comes back to the article
    for widget, name, role in stops:
        assert name.strip() and role != QAccessible.Role.NoRole, widget
    prompts = window.sheet.lesson.prompts
    for prompt_id, box in window.prompts.answer_boxes.items():
        n = [p.id for p in prompts].index(prompt_id) + 1
        question = next(p.text for p in prompts if p.id == prompt_id)
        assert (box, f"{n}. {question}", QAccessible.Role.EditableText) in stops
        label = next(lb for lb in window.prompts.findChildren(QLabel) if lb.text() == f"{n}. {question}")
        assert label.buddy() is box  # the label relation screen readers follow too


def test_a_new_highlight_its_category_and_its_deletion_are_announced(qtbot, open_window, hanoi: Pack,  # type: ignore[no-untyped-def]
                                                                      heard: Heard) -> None:
    """A blind student was never told that a highlight was made, or in which category."""
    window = open_window()
    i = hanoi.article.text.index(PASSAGE)
    window.article.select_span(i, i + len(PASSAGE))
    window.mark("unnamed-source")
    assert heard.said[-1][0] == "Highlighted as Unnamed source: one senator who was in the room"
    assert heard.said[-1][1] is window.article and heard.said[-1][2] == QAccessible.AnnouncementPoliteness.Polite
    # And where the keyboard lands, for screen readers that do not speak announcements (Orca 43 read this):
    note = window.note_panel.note
    assert window.focusWidget() is note
    assert QAccessible.queryAccessibleInterface(note).text(QAccessible.Text.Description) == (
        "Unnamed source highlight: one senator who was in the room")
    window.article.place_caret(i + 3)
    window.mark("framing")  # no selection: the highlight at the caret changes category
    assert heard.messages[-1] == "Now Framing: one senator who was in the room"
    window.delete_current()
    assert heard.messages[-1] == "Highlight deleted: one senator who was in the room"
    window.undo()
    assert heard.messages[-1] == "Undone: deleting “one senator who was in the room”"  # said once, not twice
    assert not any(m.startswith("Highlighted as") for m in heard.messages[3:])


def test_hints_and_a_failed_save_are_announced(qtbot, open_window, heard: Heard) -> None:  # type: ignore[no-untyped-def]
    """"First select some words" and "Could not save" were shown, never said."""
    window = open_window()
    window.article.place_caret(0)
    window._category_key("2")
    assert heard.messages[-1].startswith("First select some words in the article")
    window.autosaver.failed.emit("the disk is full")
    window.autosaver.failed.emit("the disk is full")  # Annotator tries again: said once
    failed = [s for s in heard.said if s[0].startswith("Could not save (the disk is full)")]
    assert len(failed) == 1 and failed[0][2] == QAccessible.AnnouncementPoliteness.Assertive


def test_the_caret_entering_a_highlight_says_its_category(qtbot, open_window, hanoi: Pack,  # type: ignore[no-untyped-def]
                                                          heard: Heard) -> None:
    """While reading with the arrow keys a blind student could not tell where the highlights were."""
    window = open_window()
    i = hanoi.article.text.index(PASSAGE)
    window.article.select_span(i, i + len(PASSAGE))
    window.mark("unnamed-source")
    window.note_panel.note.setPlainText("No name given")
    window.article.place_caret(0)
    before = len(heard.said)
    window.article.place_caret(i + 2)
    assert heard.messages[before:] == ["Highlighted: Unnamed source, with a note"]
    window.article.place_caret(i + 3)  # a step inside says nothing more
    window.article.place_caret(i + 4)
    assert len(heard.said) == before + 1


def test_announcing_works_with_this_qt(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """The announcement event is Qt 6.8's: on the Qt Annotator runs on, it is really sent."""
    window = open_window()
    assert announce.announce(window.article, "Highlighted as Framing: walk") is True
    assert Qt.FocusPolicy.NoFocus == window.side_scroll.focusPolicy()


def test_on_linux_a_first_highlight_and_a_save_failure_reach_orca_as_notifications(qtbot, open_window,  # type: ignore[no-untyped-def]
                                                                                   heard: Heard, monkeypatch) -> None:
    """Orca 43 never heard an announcement: on a Linux desktop the window's hidden notification carries them."""
    monkeypatch.setattr(announce, "BY_NOTICE", True)
    window = open_window()
    mark_quotes(window, (PASSAGE, "unnamed-source"))
    notice = window.findChild(announce.SpokenNotice)
    assert notice is not None
    qtbot.waitUntil(notice.isVisible)
    iface = QAccessible.queryAccessibleInterface(notice)
    assert iface.role() == QAccessible.Role.Notification
    assert iface.text(QAccessible.Text.Name) == "Highlighted as Unnamed source: one senator who was in the room"
    window.autosaver.failed.emit("the disk is full")
    qtbot.waitUntil(lambda: notice.text().startswith("Could not save (the disk is full)"))
    assert heard.said == []  # one way only: a newer Orca hears each message once
