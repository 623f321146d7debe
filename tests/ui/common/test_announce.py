"""Screen readers are told what happened, in the words a sighted student reads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from annotator.ui.common import announce as announce_module
from annotator.ui.common.announce import SpokenNotice, announce


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


class Heard:
    """Stands in for QAccessible: keeps the announcements Qt would have sent."""

    AnnouncementPoliteness = QAccessible.AnnouncementPoliteness

    def __init__(self) -> None:
        self.said: list[str] = []

    def updateAccessibility(self, event) -> None:  # type: ignore[no-untyped-def]
        self.said.append(event.message())


def _window(qtbot) -> tuple[QMainWindow, QLabel]:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    label = QLabel("article")
    window.setCentralWidget(label)
    qtbot.addWidget(window)
    window.show()
    return window, label


def test_on_linux_a_notification_the_screen_reader_sees_appear_carries_the_words(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Orca 43 ignores announcements but speaks a notification when it appears: each message re-shows one."""
    heard = Heard()
    monkeypatch.setattr(announce_module, "QAccessible", heard)
    monkeypatch.setattr(announce_module, "BY_NOTICE", True)
    window, label = _window(qtbot)
    shown: list[str] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Show and isinstance(watched, SpokenNotice):
                shown.append(watched.text())
            return False

    watch = Watch()
    QApplication.instance().installEventFilter(watch)  # type: ignore[union-attr]
    try:
        assert announce(label, "Highlight 1 of 2, Framing: walk") is True
        qtbot.waitUntil(lambda: len(shown) == 1)
        assert announce(label, "Highlight 1 of 2, Framing: walk") is True  # F8 again, same words: said again
        qtbot.waitUntil(lambda: len(shown) == 2)
    finally:
        QApplication.instance().removeEventFilter(watch)  # type: ignore[union-attr]
    notices = window.findChildren(SpokenNotice)
    assert len(notices) == 1 and shown == ["Highlight 1 of 2, Framing: walk"] * 2
    iface = QAccessible.queryAccessibleInterface(notices[0])
    assert iface.role() == QAccessible.Role.Notification
    assert iface.text(QAccessible.Text.Name) == "Highlight 1 of 2, Framing: walk"
    assert not iface.state().invisible and not iface.state().focusable
    assert notices[0].width() == 1 and notices[0].focusPolicy() == Qt.FocusPolicy.NoFocus
    assert heard.said == []  # one way only: a newer Orca must not hear each message twice


def test_the_desktop_decides_which_way_messages_are_spoken(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Linux desktops get the notice; Windows and macOS get Qt's announcements, which their readers speak."""
    heard = Heard()
    monkeypatch.setattr(announce_module, "QAccessible", heard)
    window, label = _window(qtbot)
    for platform, notices, announced in (("windows", 0, ["one"]), ("cocoa", 0, ["one", "two"]),
                                         ("xcb", 1, ["one", "two"])):
        monkeypatch.setattr(announce_module.QGuiApplication, "platformName", staticmethod(lambda p=platform: p))
        announce(label, "two" if platform == "cocoa" else "one" if platform == "windows" else "three")
        assert len(window.findChildren(SpokenNotice)) == notices and heard.said == announced


_LEFT_AT_EXIT = """
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from annotator.ui.common import announce as announce_module
app = QApplication([])
QAccessible.setActive(True)  # a screen reader listens, as Orca does on a Linux desktop
window = QMainWindow()
label = QLabel("article")
window.setCentralWidget(label)
window.show()
QAccessible.queryAccessibleInterface(window)  # it has looked at the window before the first message
announce_module.BY_NOTICE = True
announce_module.announce(label, "Highlighted as Framing: walk")
window.deleteLater()  # Qt's to delete, and it never does: the app ends first
"""


def test_a_window_with_a_notice_still_there_when_the_app_ends_does_not_crash_it() -> None:
    """Qt's accessibility cache and PySide's factory both deleted the notice's interface: a segfault at exit."""
    done = subprocess.run([sys.executable, "-c", _LEFT_AT_EXIT], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), cwd=Path(__file__).parents[3])
    assert done.returncode == 0, done.stderr[-2000:]


def test_two_messages_in_one_turn_are_shown_once_together(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Orca reads a notification when it gets to the event: shown twice at once, the first words were lost."""
    monkeypatch.setattr(announce_module, "BY_NOTICE", True)
    window, label = _window(qtbot)
    announce(label, "Highlighted: Framing")
    announce(label, "Heading level 1")
    notice = window.findChild(SpokenNotice)
    qtbot.waitUntil(notice.isVisible)
    assert notice.text() == "Highlighted: Framing. Heading level 1"
    announce(label, "Heading level 2")
    qtbot.waitUntil(lambda: notice.text() == "Heading level 2")

