"""Fixtures of the review window's tests: classes that handed in work on the bundled lesson."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.annotations import Student, Work
from annotator.core.desk import hand_in
from annotator.core.pack import Pack
from annotator.core.worksheet import Worksheet
from tests.ui.review.classes import NAMES, hand_in_key_items


@pytest.fixture
def class_folder(tmp_path: Path, hanoi: Pack) -> Path:
    """Two students: Ana found k01 and k02, Ben found k01 and added an extra highlight."""
    folder = tmp_path / "class"
    hand_in_key_items(hanoi, folder, "Ana Pérez", ["k01", "k02"])
    hand_in_key_items(hanoi, folder, "Ben Ode", ["k01"], extra=(0, 10))
    (folder / "notes.txt").write_text("not a submission", encoding="utf-8")
    return folder


@pytest.fixture
def big_class(tmp_path: Path, hanoi: Pack) -> Path:
    """Four students: all find k01; three mark k02, two of them as the key says and one in another category."""
    assert hanoi.key is not None
    k01, k02 = hanoi.key.items[0], hanoi.key.items[1]
    other = next(c.id for c in hanoi.lesson.categories if c.id not in k02.categories)
    folder = tmp_path / "class"
    for n, name in enumerate(NAMES):
        work = Work(hanoi.lesson.id, hanoi.article.sha256, Student(name))
        sheet = Worksheet(hanoi.lesson, hanoi.article, work)
        sheet.add(k01.start, k01.end, k01.categories[0], note=f"private note of {name}")
        if n < 2:
            sheet.add(k02.start, k02.end, k02.categories[0])
        elif n == 2:
            sheet.add(k02.start, k02.end, other)
        hand_in(work, folder)
    return folder
