"""Every window asks for a size that fits the screen it opens on, and keeps the size its person chose.

Classroom laptops are small (1366×768, 1280×720, netbooks at 1024×600) and often scaled to 150 %; a
window that asks for more than the screen has puts its status bar — where "saved" and "could not
save" appear — below the screen's edge, and where no window manager maximises it, nothing brings it
back. So each window asks for its usual size *bounded by the screen's free area* (without the task
bar), less room for the window's title bar, and is placed inside that area.

A size the person chose by resizing a window is remembered per kind of window ("student", "review",
"answer-key", "lesson-editor") in their preferences, and asked for next time (bounded by the screen
again: the same account may log in on a smaller screen). A window only resized by Annotator itself
remembers nothing.

``--window-size WxH`` (hidden; for screenshots) makes Annotator lay its windows out as on a screen
of W×H pixels, divided by the scale factor as Qt divides a real screen.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtWidgets import QWidget

from annotator.core.desk import Preferences

# The window's own frame and title bar, which the window manager adds around the size asked for.
FRAME_ROOM = QSize(8, 36)

_pretend: QSize | None = None  # the screen's size in device pixels, from --window-size


def pretend_screen(size: QSize | None) -> None:
    """Lay every window out as on a screen of this many pixels (``--window-size``); None: the real screen."""
    global _pretend
    _pretend = size


def free_area(window: QWidget) -> QRect:
    """Where the window may be: its screen's area without the task bar, in the window's own pixels."""
    screen = window.screen()
    if _pretend is not None:
        ratio = screen.devicePixelRatio()
        return QRect(0, 0, round(_pretend.width() / ratio), round(_pretend.height() / ratio))
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, wanted: QSize) -> QSize:
    """Resize ``window`` to ``wanted``, or smaller where the screen is smaller, and put it on the screen.

    The window's own minimum (what its controls need) is the floor: its layout scrolls below that.
    Returns the size given.
    """
    area = free_area(window)
    room = area.size() - FRAME_ROOM if _pretend is None else area.size()
    size = wanted.boundedTo(room).expandedTo(window.minimumSize())
    window.resize(size)
    if window.isWindow():
        left = area.left() + max(0, (area.width() - size.width() - FRAME_ROOM.width()) // 2)
        top = area.top() + max(0, (area.height() - size.height() - FRAME_ROOM.height()) // 2)
        window.move(left, top)
    return size


class SizeKeeper(QObject):
    """Remembers a window's size when it closes, if its person resized it.

    Made by :func:`keep_size`; lives as the window's child.
    """

    def __init__(self, window: QWidget, data_dir: Path, name: str, given: QSize) -> None:
        super().__init__(window)
        self._window, self._data_dir, self._name, self._given = window, data_dir, name, given
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (QEvent.Type.Close, QEvent.Type.Hide):
            self.remember()
        return False

    def remember(self) -> None:
        """Store the window's size if it is not the one Annotator gave it (maximised: its normal size)."""
        window = self._window
        size = window.normalGeometry().size() if window.isMaximized() or window.isFullScreen() else window.size()
        if size == self._given or not size.isValid():
            return
        self._given = size
        with contextlib.suppress(OSError):  # a comfort, never worth interrupting a lesson
            prefs = Preferences.load(self._data_dir)
            sizes = dict(prefs.window_sizes)
            sizes[self._name] = [size.width(), size.height()]
            Preferences.update(self._data_dir, prefs, window_sizes=sizes)


def keep_size(window: QWidget, data_dir: Path, name: str, default: QSize, prefs: Preferences | None = None) -> QSize:
    """Fit ``window`` to the screen at the size its person chose last time (else ``default``), and
    remember the size they choose now. ``prefs``: the preferences already read, if any. Returns the size given."""
    chosen = (prefs or Preferences.load(data_dir)).window_size(name)
    given = fit_to_screen(window, QSize(*chosen) if chosen else default)
    SizeKeeper(window, data_dir, name, given)
    return given
