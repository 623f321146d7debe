"""`--screenshot`: the window drawn to a PNG, and one line saying where it went (or that it could not be)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel

from annotator.ui.common.application import install_language
from annotator.ui.common.screenshot import save_screenshot


def test_the_picture_is_written_and_said_in_the_language_spoken(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The review window's screenshot wrote nothing to say it was done; the student's said it in English only."""
    window = QLabel("Annotator")
    qtbot.addWidget(window)
    window.resize(200, 80)
    window.show()
    out = tmp_path / "shots" / "review.png"
    install_language("fr")
    assert save_screenshot(QApplication.instance(), window, out) == 0  # type: ignore[arg-type]
    assert QImage(str(out)).width() == 200
    assert capsys.readouterr().err.strip() == f"capture d'écran enregistrée dans {out}"


def test_a_picture_that_cannot_be_written_is_said_and_fails(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A folder where the file should go that is really a file: exit status 1 and one line, no traceback."""
    window = QLabel("Annotator")
    qtbot.addWidget(window)
    window.show()
    (tmp_path / "taken").write_text("a file, not a folder")
    out = tmp_path / "taken" / "review.png"
    assert save_screenshot(QApplication.instance(), window, out) == 1  # type: ignore[arg-type]
    assert capsys.readouterr().err.strip() == f"could not write {out}"
