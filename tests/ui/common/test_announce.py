"""Screen readers are told what happened, in the words a sighted student reads."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from annotator.ui.common.announce import announce


def test_an_announcement_is_sent_on_this_qt(qtbot) -> None:  # type: ignore[no-untyped-def]
    """On the Qt Annotator runs on, a blind student would hear nothing when a highlight is made."""
    label = QLabel("x")
    qtbot.addWidget(label)
    assert announce(label, "Highlighted as Framing: walk") is True
    assert announce(label, "Could not save", assertive=True) is True


def test_an_empty_message_is_not_announced(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A screen reader interrupting with nothing to say would confuse the student."""
    label = QLabel("x")
    qtbot.addWidget(label)
    assert announce(label, "") is False
