"""Fixtures shared by the command tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.formats.classes import hand_in
from tests.core.mini_summit import ana, ben, write_pack


@pytest.fixture
def school(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A lesson pack and a class folder with two students' files (one with an orphan); the current folder."""
    monkeypatch.chdir(tmp_path)
    pack = write_pack(tmp_path / "pack")
    for work in (ana(pack), ben(pack)):
        hand_in(tmp_path / "class", pack, work.student, list(work.annotations.values()))
    return tmp_path
