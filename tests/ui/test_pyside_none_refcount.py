"""PySide6 6.12.0 corrupted None's reference count on CPython 3.11; this would catch its return."""

from __future__ import annotations

import subprocess
import sys

_LOOP = """
import sys
from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
obj = QObject()
before = sys.getrefcount(None)
for i in range(40000):
    # Calls that return None through the binding: the path the 6.12.0 fault broke.
    label.setText("x")
    obj.setObjectName("o")
    label.move(QPoint(i % 7, 1))
after = sys.getrefcount(None)
print(before, after)
assert abs(after - before) < 1000, (before, after)
"""


def test_many_qt_calls_leave_none_refcount_intact() -> None:
    """With a faulty PySide6 the app would abort mid-lesson with 'Fatal Python error: none_dealloc'."""
    result = subprocess.run(
        [sys.executable, "-c", _LOOP],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_installed_pyside_is_below_6_12() -> None:
    """The pin in pyproject.toml keeps the faulty 6.12 series out of classrooms."""
    import PySide6

    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12), PySide6.__version__
