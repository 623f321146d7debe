"""Test set-up shared by core and UI tests: Qt draws off screen, never on a real display."""

from __future__ import annotations

import os

# Set before any Qt import, so the UI tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")

if os.environ.get("ANNOTATOR_BLOCK_QT"):
    # tests/core/test_no_qt.py runs the core tests again in a process where Qt cannot be imported.
    import importlib.abc
    import sys

    class _NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):  # type: ignore[no-untyped-def]
            if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}:
                raise ModuleNotFoundError(f"Qt is blocked in this test run: {name}")
            return None

    sys.meta_path.insert(0, _NoQt())
