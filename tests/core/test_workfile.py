"""A student's annotation file: saved and read back unchanged, written for people to read."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given

from annotator.core.annotations import Annotation, Student, Work
from annotator.core.workfile import load_work, save_work
from tests.core.test_annotations import PROPERTY, SHA, works
from tests.core.test_yamlfile import _sample_work


@PROPERTY
@given(work=works())
def test_save_then_load_gives_the_same_work(work: Work, tmp_path: Path) -> None:
    """A student's highlights, notes or name would come back changed after the app saved and reopened them."""
    path = tmp_path / "work.yaml"
    save_work(path, work)
    loaded, _ = load_work(path)
    assert loaded == work


def test_unedited_work_records_modified_as_created(tmp_path: Path) -> None:
    """A fresh file would have no 'modified' time, or a different one from when it was made."""
    work = Work("lesson", SHA, Student("Ana"), created="2026-11-26T10:15:00+00:00")
    save_work(tmp_path / "w.yaml", work)
    loaded, _ = load_work(tmp_path / "w.yaml")
    assert loaded.modified == work.created


def test_notes_are_block_scalars_and_answers_too(tmp_path: Path) -> None:
    """A teacher opening a student's file in an editor would see notes as one long escaped line."""
    a = Annotation("A1", "framing", 0, 3, "How", note="First line.\nSecond line: “quoted”.")
    work = Work("lesson", SHA, Student("Ana Pérez"), annotations={"A1": a}, answers={"p1": "Because\nof this."},
                modified="2026-11-26T10:15:00+00:00")
    save_work(tmp_path / "w.yaml", work)
    text = (tmp_path / "w.yaml").read_text(encoding="utf-8")
    assert "    note: |\n      First line.\n      Second line: “quoted”.\n" in text
    assert "  p1: |\n    Because\n    of this.\n" in text
    assert "name: Ana Pérez" in text


def test_save_work_round_trip_through_the_real_file(tmp_path: Path) -> None:
    """What the app saves is what it reads back, through the file on disk."""
    path = tmp_path / "ana.yaml"
    save_work(path, _sample_work())
    loaded, doc = load_work(path)
    assert loaded == _sample_work()
    assert doc.name == str(path)
