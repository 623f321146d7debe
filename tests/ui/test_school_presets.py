"""The school's settings as a student and a teacher meet them: the hand-in folder, the Teacher menu, bad files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.school import school_settings
from annotator.ui.launch import start_student_app
from tests.ui.conftest import FakeDialogs


@pytest.fixture
def preset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A settings file for this test only; its text is written by the test."""
    path = tmp_path / "school.yaml"
    monkeypatch.setenv("ANNOTATOR_SCHOOL_SETTINGS", str(path))
    school_settings.cache_clear()
    yield path
    school_settings.cache_clear()


def start(qtbot, tmp_path: Path, dialogs: FakeDialogs, *, teacher: bool = False):  # type: ignore[no-untyped-def]
    started = start_student_app(pack=None, work_file=None, student="Ana", data_dir=tmp_path / "data",
                                dialogs=dialogs, teacher=teacher)  # type: ignore[arg-type]
    assert not isinstance(started, int)
    window = started[1]
    qtbot.addWidget(window)
    window.autosaver.enabled = False
    return window


def menus(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


class RecordingDialogs(FakeDialogs):
    """Remembers where the folder dialog opened."""

    def __init__(self) -> None:
        super().__init__()
        self.starts: list[Path | None] = []

    def choose_folder(self, title: str, start: Path | None = None) -> Path | None:
        self.starts.append(start)
        return None


def test_hand_in_opens_at_the_schools_shared_drive(qtbot, tmp_path: Path, preset: Path) -> None:  # type: ignore[no-untyped-def]
    """Students who hand in to their Documents folder by mistake never reach the teacher."""
    drive = tmp_path / "drive"
    drive.mkdir()
    preset.write_text(f"schema: annotator/school@1\nhand_in_folder: '{drive}'\n", encoding="utf-8")
    dialogs = RecordingDialogs()
    window = start(qtbot, tmp_path, dialogs)
    window.hand_in_work()
    assert dialogs.starts == [drive]


def test_a_locked_teacher_menu_stays_away_even_with_the_flag(qtbot, tmp_path: Path, preset: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """A student who learns `annotator --teacher` must not reach the answer key on the school's computers."""
    preset.write_text("schema: annotator/school@1\nteacher_menu: false\nlocked: [teacher_menu]\n", encoding="utf-8")
    window = start(qtbot, tmp_path, FakeDialogs(), teacher=True)
    assert "Teacher" not in menus(window)
    assert "The Teacher menu is turned off on this computer by the school's settings." in capsys.readouterr().err


def test_teachers_computers_get_the_menu_without_the_flag(qtbot, tmp_path: Path, preset: Path) -> None:  # type: ignore[no-untyped-def]
    """Teachers start Annotator from the desktop menu, where no one types --teacher."""
    preset.write_text("schema: annotator/school@1\nteacher_menu: true\n", encoding="utf-8")
    assert "Teacher" in menus(start(qtbot, tmp_path, FakeDialogs()))


def test_a_bad_settings_file_is_said_once_and_the_app_opens(qtbot, tmp_path: Path, preset: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """IT's typo must cost one message, not a classroom of computers where Annotator will not start."""
    preset.write_text("schema: annotator/school@1\nteacher_menu: maybe\n", encoding="utf-8")
    dialogs = FakeDialogs()
    window = start(qtbot, tmp_path, dialogs)
    assert window.isVisible()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("The school's settings file is ignored because it could not be used: ")
    assert dialogs.messages == [("Annotator", err[0])]
