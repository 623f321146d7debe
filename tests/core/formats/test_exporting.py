"""A class's highlights written for another program: only its files, none overwritten, orphans counted."""

from __future__ import annotations

from pathlib import Path

from annotator.core.annotations import Student
from annotator.core.formats.exporting import write_brat, write_qdpx, write_w3c
from tests.core.formats.classes import hand_in, roster
from tests.core.mini_summit import ana, ben, write_pack


def test_a_brat_folder_holds_the_students_files_and_brats_configuration_only(tmp_path: Path) -> None:
    """A student named "annotation" would overwrite brat's annotation.conf, and brat would refuse the folder."""
    pack = write_pack(tmp_path / "pack")
    for name in ("annotation", "Ben"):
        hand_in(tmp_path / "class", pack, Student(name), list(ana(pack).annotations.values()))
    exported = write_brat(tmp_path / "brat", roster(tmp_path / "class", pack))
    assert sorted(p.name for p in (tmp_path / "brat").iterdir()) == [
        "annotation-2.ann", "annotation-2.txt", "annotation.conf", "annotators.tsv", "ben.ann", "ben.txt",
        "visual.conf"]
    assert "[entities]" in (tmp_path / "brat" / "annotation.conf").read_text(encoding="utf-8")
    assert exported.highlights == 10 and exported.orphans_left_out == 0


def test_orphans_are_counted_as_left_out_where_a_format_needs_a_place(tmp_path: Path) -> None:
    """An orphan dropped without a word would make the export look complete when a highlight is missing."""
    pack = write_pack(tmp_path / "pack")
    for work in (ana(pack), ben(pack)):
        hand_in(tmp_path / "class", pack, work.student, list(work.annotations.values()))
    class_ = roster(tmp_path / "class", pack)
    assert write_brat(tmp_path / "brat", class_).orphans_left_out == 1
    qdpx = write_qdpx(tmp_path / "class.qdpx", class_)
    assert (qdpx.highlights, qdpx.orphans_left_out) == (8, 1)
    assert write_w3c(tmp_path / "class.jsonld", class_).highlights == 9  # W3C keeps the orphan's quote
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brat", "class", "class.jsonld", "class.qdpx", "pack"]
