"""``--screenshot OUT.png``: the window drawn to a picture file, then closed, for the README and for IT's checks."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from annotator.ui.common.application import QtWords


class Screenshot(QtWords):
    """The words about a screenshot."""


def save_screenshot(app: QApplication, window: QWidget, out: Path) -> int:
    """Draw the shown window into ``out`` (a PNG), say where it went on stderr; 0, or 1 if it could not be written."""
    for _ in range(5):  # what the window lays out and paints just after it is shown
        app.processEvents()
    image = window.grab()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        ok = image.save(str(out), "PNG")
    except OSError:
        ok = False
    said = Screenshot.tr("screenshot written to {file}") if ok else Screenshot.tr("could not write {file}")
    print(said.format(file=out), file=sys.stderr)
    return 0 if ok else 1
