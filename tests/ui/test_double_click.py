"""Double-clicking a handed-in file: the desktop runs `annotator FILE.yaml`, which opens it on its own lesson."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.annotations import Student, Work
from annotator.core.desk import hand_in
from annotator.core.library import add_lesson
from annotator.core.pack import load_pack
from annotator.resources import default_lesson
from annotator.ui.launch import start_student_app
from tests.ui.conftest import FakeDialogs


def test_a_yaml_given_as_the_one_argument_is_opened_as_work(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The .desktop entry's `annotator %f` would otherwise try to open a student's file as a lesson pack."""
    seen: dict[str, object] = {}

    def fake_run(**kwargs: object) -> int:
        seen.update(kwargs)
        return 0

    monkeypatch.setattr("annotator.ui.launch.run_student_app", fake_run)
    work = tmp_path / "hanoi-summit-2019__ana.yaml"
    assert main([str(work)]) == 0
    assert seen["pack"] is None and seen["work_file"] == work


def test_a_handed_in_file_opens_on_its_lesson_from_the_library(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A teacher double-clicking work for one of their own lessons must not get 'for another lesson'."""
    data = tmp_path / "data"
    bundled = load_pack(default_lesson())
    lesson = dataclasses.replace(bundled.lesson, id="my-copy")
    add_lesson(data, lesson=lesson, article_markdown=bundled.article_markdown())
    handed = hand_in(Work("my-copy", bundled.article.sha256, Student("Ana")), tmp_path)
    started = start_student_app(pack=None, work_file=handed, student=None, data_dir=data,
                                dialogs=FakeDialogs(), quiet=True)  # type: ignore[arg-type]
    assert not isinstance(started, int)
    _, window = started
    qtbot.addWidget(window)
    assert window.sheet.lesson.id == "my-copy"
    window.autosaver.enabled = False
