"""Telling a screen reader what just happened, in the words a sighted student reads on screen.

A highlight appears as a colour; a hint appears beside the caret and in the status bar. A blind
student sees neither, and a screen reader reads only what has focus ("Text unselected"). Two ways
to speak without moving focus, one per kind of desktop:

- Windows and macOS: Qt's accessibility announcements (``QAccessibleAnnouncementEvent``, Qt 6.8),
  spoken politely (after what is being read) or assertively (at once, for a failure).
- Linux: Orca understands announcements only from version 46, and Qt sends them over AT-SPI only to
  a screen reader that asked for them; Orca 43 (Debian 12) heard nothing at all. Every Orca speaks a
  *notification* the moment it appears, so the window keeps a :class:`SpokenNotice` — a line with the
  accessibility role Notification that sighted students never see, as a web page's visually hidden
  live region — and shows it again with each message. Orca 43.1 said "notification Highlight 2 of 5,
  Unnamed source: …". Only one of the two ways is used, so no screen reader hears a message twice.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6 import QtGui
from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

# Qt's QAccessible, looked up at the first announcement: building that class costs every start 1.3 ms.
# (A test puts a stand-in here.)
QAccessible: Any = None
# Whether messages go to a spoken notice rather than Qt's announcements (None: decided by the platform,
# at the first message; a test sets it).
BY_NOTICE: bool | None = None
_LINUX_DESKTOPS = ("xcb", "wayland", "wayland-egl")


def announce(source: QObject, message: str, *, assertive: bool = False) -> bool:
    """Ask screen readers to speak ``message`` about ``source``; False where this Qt cannot."""
    if not message:
        return False
    by_notice = BY_NOTICE if BY_NOTICE is not None else QGuiApplication.platformName() in _LINUX_DESKTOPS
    if by_notice and isinstance(source, QWidget):
        SpokenNotice.of(source.window()).say(message)
        return True
    event_class = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if event_class is None:
        return False
    accessible = QAccessible or QtGui.QAccessible
    event = event_class(source, message)
    politeness = accessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    accessible.updateAccessibility(event)
    return True


class SpokenNotice(QLabel):
    """A window's line for the screen reader alone: one pixel, drawn as nothing, re-shown per message."""

    @classmethod
    def of(cls, window: QWidget) -> SpokenNotice:
        """The window's notice, made at its first message (only windows that speak have one)."""
        notice = window.findChild(SpokenNotice, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return notice if notice is not None else cls(window)

    def __init__(self, window: QWidget) -> None:
        _install_notification_role()  # before Qt first asks about this widget: it keeps the first answer
        super().__init__(window)
        self.setObjectName("spoken-notice")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setGeometry(0, 0, 1, 1)
        self.hide()
        self._pending: list[str] = []  # said in this turn of the event loop, to be shown together

    def say(self, message: str) -> None:
        """Speak ``message``: a screen reader speaks a notification when it appears, not when it changes.

        What is said in one turn of the event loop is shown once, joined: the screen reader reads the words
        when it gets to the event, so two showings in a row would both be read with the second message
        (arrowing into a highlighted heading says "Highlighted: …" and "Heading level 1" together).
        """
        if not self._pending:
            QTimer.singleShot(0, self, self._speak)
        self._pending.append(message)

    def _speak(self) -> None:
        words = [m if m.endswith((".", "!", "?", "…", ")", "”")) else m + "." for m in self._pending[:-1]]
        self._pending, text = [], " ".join([*words, self._pending[-1]])
        self.hide()
        self.setText(text)
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Nothing to see: what the words say is already on screen, as a colour, the caret or the status bar."""


class _NotificationAccessible(QtGui.QAccessibleObject):
    """How a screen reader sees a :class:`SpokenNotice`: a notification whose name is its words."""

    def __init__(self, notice: SpokenNotice) -> None:
        super().__init__(notice)
        self.notice = notice

    def role(self) -> QtGui.QAccessible.Role:
        return QtGui.QAccessible.Role.Notification

    def text(self, kind: QtGui.QAccessible.Text) -> str:
        return self.notice.text() if kind == QtGui.QAccessible.Text.Name else ""

    def state(self) -> QtGui.QAccessible.State:
        state = QtGui.QAccessible.State()
        state.invisible = not self.notice.isVisible()
        return state

    def rect(self) -> QRect:
        return QRect(self.notice.mapToGlobal(QPoint(0, 0)), self.notice.size())

    def parent(self) -> QtGui.QAccessibleInterface:
        return QtGui.QAccessible.queryAccessibleInterface(self.notice.window())  # its parent is the window

    # No children: Qt takes None (a null pointer), which PySide's type stubs do not say.
    def child(self, index: int) -> None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QtGui.QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> None:  # type: ignore[override]
        return None


# Every notice's interface made, kept to the end of the process. Qt's accessibility cache owns and deletes
# each (when its notice goes, or at the app's end); PySide's factory also keeps one reference, which it drops
# in a clean-up of the app's end that runs *before* the cache's when the cache was made first (a screen
# reader looked at the window before the first message). That drop deleted an interface the cache still
# held, and the cache's delete then crashed the process. A reference here outlives both.
_made: list[_NotificationAccessible] = []


def _notification_factory(class_name: str, obj: QObject) -> QtGui.QAccessibleInterface | None:
    # Qt asks each factory about every class an object is, from its own up; only the notice is ours.
    if class_name == "SpokenNotice" and isinstance(obj, SpokenNotice):
        _made[:] = [made for made in _made if shiboken6.isValid(made)]  # those of notices gone: deleted by Qt
        _made.append(_NotificationAccessible(obj))
        return _made[-1]
    return None


_installed = False


def _install_notification_role() -> None:
    global _installed
    if not _installed:
        QtGui.QAccessible.installFactory(_notification_factory)
        _installed = True
