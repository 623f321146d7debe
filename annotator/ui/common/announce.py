"""Telling a screen reader what just happened, in the words a sighted student reads on screen.

A highlight appears as a colour; a hint appears beside the caret and in the status bar. A blind
student sees neither, and Orca reads only what has focus ("Text unselected"). Qt 6.8 added
accessibility announcements (``QAccessibleAnnouncementEvent``): a sentence the screen reader speaks
without moving focus — politely (after what it is reading) or assertively (at once, for a failure).
On an older Qt this says nothing, and the status bar still shows the words.
"""

from __future__ import annotations

from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QObject

# Qt's QAccessible, looked up at the first announcement: building that class costs every start 1.3 ms.
# (A test puts a stand-in here.)
QAccessible: Any = None


def announce(source: QObject, message: str, *, assertive: bool = False) -> bool:
    """Ask screen readers to speak ``message`` about ``source``; False where this Qt cannot."""
    event_class = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if event_class is None or not message:
        return False
    accessible = QAccessible or QtGui.QAccessible
    event = event_class(source, message)
    politeness = accessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    accessible.updateAccessibility(event)
    return True
