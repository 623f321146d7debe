"""Test set-up shared by core and UI tests: Qt draws off screen, never on a real display."""

from __future__ import annotations

import os

# Set before any Qt import, so the UI tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")
# The tests read English unless a test installs another language: a developer's Spanish or French
# desktop, or a school's preset, must not change what they see.
os.environ["LANGUAGE"] = "en"
os.environ.pop("ANNOTATOR_LANGUAGE", None)
# No school settings unless a test names a file: the machine's /etc/xdg/Annotator must not change results.
os.environ.setdefault("ANNOTATOR_SCHOOL_SETTINGS", "")
