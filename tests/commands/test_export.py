"""`annotator export`: a class's highlights written for other programs, with one line saying what went out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli import main


def test_export_w3c_brat_and_qdpx_say_what_they_wrote(school: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A teacher must learn from the one line whether every highlight went out, and why an orphan did not."""
    assert main(["export", "class", "--lesson", "pack", "--format", "w3c", "--out", "class.jsonld"]) == 0
    assert capsys.readouterr().out == "exported 9 annotations by 2 students from 2 files to class.jsonld\n"
    assert json.loads(Path("class.jsonld").read_text(encoding="utf-8"))["type"] == "AnnotationCollection"
    for fmt, out in (("brat", "brat"), ("qdpx", "class.qdpx")):
        assert main(["export", "class", "--lesson", "pack", "--format", fmt, "--out", out]) == 0
        assert capsys.readouterr().out == (
            f"exported 8 annotations by 2 students from 2 files to {out}\n"
            "1 orphaned highlight left out: it has no place in the article (see annotator check)\n")
    assert sorted(p.name for p in Path("brat").iterdir()) == [
        "ana-perez.ann", "ana-perez.txt", "annotation.conf", "annotators.tsv", "ben-okafor.ann", "ben-okafor.txt",
        "visual.conf"]


def test_an_export_into_the_class_folder_must_have_its_formats_ending(school: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A mistyped --out inside the class folder must never become a file the next grading run trips over."""
    assert main(["export", "class", "--lesson", "pack", "--format", "w3c", "--out", "class/out.yaml"]) == 1
    assert capsys.readouterr().err == ("class/out.yaml: not written: is inside the class folder and is not a .jsonld "
                                       "file; choose a name ending in .jsonld\n")
