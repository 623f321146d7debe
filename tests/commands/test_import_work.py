"""`annotator import brat|hypothesis|w3c`: other programs' annotations as files `check` and `grade` read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli import main
from tests.core.mini_summit import TEXT
from tests.helpers import snapshot


def _brat(folder: Path, stem: str, ann: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}.txt").write_text(TEXT, encoding="utf-8")
    (folder / f"{stem}.ann").write_text(ann, encoding="utf-8")


def _t(tid: str, kind: str, phrase: str) -> str:
    s = TEXT.index(phrase)
    return f"{tid}\t{kind} {s} {s + len(phrase)}\t{phrase}\n"


def test_import_writes_one_file_per_annotator_ready_for_check(school: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Imported files that `check` rejects, or counts a teacher cannot read, would make importing pointless."""
    _brat(Path("corpus"), "maria", _t("T1", "Person", "Senator Jane Roe") + _t("T2", "framing", "stunning collapse"))
    _brat(Path("corpus"), "max", _t("T1", "Person", "Jane Roe") + "#1\tAnnotatorNotes T1\tNamed.\n")
    assert main(["import", "brat", "corpus", "--lesson", "pack", "--out", "imported",
                 "--map", "Person=named-source"]) == 0
    out = capsys.readouterr()
    assert out.err == ""
    assert out.out.splitlines() == [
        "imported/mini-summit__maria.yaml: maria (corpus/maria.ann): 2 annotations: 2 exact, 0 moved, 0 fuzzy, "
        "0 orphaned",
        "imported/mini-summit__max.yaml: max (corpus/max.ann): 1 annotation: 1 exact, 0 moved, 0 fuzzy, 0 orphaned",
        "imported 3 highlights by 2 annotators into imported: 3 exact, 0 moved, 0 fuzzy, 0 orphaned"]
    assert main(["check", "imported", "--lesson", "pack"]) == 0
    assert "max: 1 annotation: 1 exact, 0 moved, 0 fuzzy, 0 orphaned" in capsys.readouterr().out


def test_unmapped_types_are_listed_not_guessed(school: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A brat type silently put in some category would corrupt a study; it must be named, with the fix."""
    _brat(Path("corpus"), "maria", _t("T1", "Person", "Senator Jane Roe") + _t("T2", "Framing", "stunning collapse"))
    assert main(["import", "brat", "corpus", "--lesson", "pack", "--out", "imported"]) == 1
    out = capsys.readouterr()
    assert out.err == ("type or tag 'Person' (1 highlight) is no category of lesson 'mini-summit'; not imported: "
                       "add --map 'Person=CATEGORY'\n")
    assert "1 annotation: 1 exact" in out.out  # 'Framing' is the label of a category: that is not a guess


def test_a_map_to_an_unknown_category_is_a_usage_mistake(school: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A typo in --map must stop before anything is written, naming the categories there are."""
    _brat(Path("corpus"), "maria", _t("T1", "Person", "Senator Jane Roe"))
    assert main(["import", "brat", "corpus", "--lesson", "pack", "--out", "imported", "--map", "Person=nmed"]) == 2
    assert capsys.readouterr().err == ("--map 'Person=nmed': no category 'nmed' in lesson 'mini-summit' (it has: "
                                       "named-source, unnamed-source, framing)\n")
    assert not Path("imported").exists()


def test_a_mapping_file_and_student_option(school: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A researcher with many types keeps them in a file; one annotator's files are named as they ask."""
    Path("types.txt").write_text("# brat type = category\nPerson = named-source\nOrg\tunnamed-source\n",
                                 encoding="utf-8")
    _brat(Path("corpus"), "doc", _t("T1", "Person", "Senator Jane Roe") + _t("T2", "Org", "a senior official"))
    assert main(["import", "brat", "corpus", "--lesson", "pack", "--out", "imported", "--map-file", "types.txt",
                 "--student", "Dr. Ruiz"]) == 0
    assert "imported/mini-summit__dr-ruiz.yaml: Dr. Ruiz (corpus/doc.ann): 2 annotations" in capsys.readouterr().out


def test_a_huge_file_is_one_line_and_the_others_are_imported(school: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A 2 GB file given by mistake must be refused without reading it, and not stop the good files."""
    big = Path("big.json")
    with big.open("wb") as handle:
        handle.truncate(2 * 1024**3)  # sparse: takes no disk space
    main(["export", "class", "--lesson", "pack", "--format", "w3c", "--out", "class.jsonld"])
    capsys.readouterr()
    assert main(["import", "w3c", "big.json", "class.jsonld", "--lesson", "pack", "--out", "imported"]) == 1
    out = capsys.readouterr()
    assert out.err == "big.json: file is 2,147,483,648 bytes, over the limit of 67,108,864\n"
    assert out.out.splitlines()[-1] == ("imported 9 highlights by 2 annotators into imported: 8 exact, 0 moved, "
                                        "0 fuzzy, 1 orphaned")


def test_nothing_is_written_outside_the_out_folder(school: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Names taken from the files ('../../x', '/etc') must never turn into paths outside --out."""
    rows = [{"id": "x1", "user": "acct:../../evil@hypothes.is", "user_info": {"display_name": "/etc/passwd"},
             "tags": ["framing"], "text": "", "target": [{"source": "http://x", "selector": [
                 {"type": "TextQuoteSelector", "exact": "stunning collapse"}]}]}]
    Path("h.json").write_text(json.dumps({"rows": rows}), encoding="utf-8")
    before = snapshot(school)
    assert main(["import", "hypothesis", "h.json", "--lesson", "pack", "--out", "imported"]) == 0
    after = snapshot(school)
    new = sorted(set(after) - set(before))
    assert new == ["imported", "imported/mini-summit__etc-passwd-evil.yaml"]
    assert capsys.readouterr().err == ""


def test_import_refuses_to_write_into_the_lesson_pack(school: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Imported files dropped into the pack would be mistaken for lesson files; the lesson must stay as it is."""
    _brat(Path("corpus"), "maria", _t("T1", "framing", "stunning collapse"))
    assert main(["import", "brat", "corpus", "--lesson", "pack", "--out", "pack/imported"]) == 1
    assert capsys.readouterr().err == ("pack/imported: not written: is inside the lesson pack; import into a folder "
                                       "of its own\n")
