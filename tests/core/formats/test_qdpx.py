"""REFI-QDA projects: valid by the Project XSD, with the students, codes and selections a QDA program shows."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from annotator.core.annotations import Annotation, Student
from annotator.core.formats.exporting import write_qdpx
from annotator.core.text import context
from tests.core.formats.classes import hand_in, roster
from tests.core.formats.suites import xsd_errors
from tests.core.mini_summit import ana, ben, write_pack

NS = {"q": "urn:QDA-XML:project:1.0"}
EMOJI_MD = "# Ça 😀 va\n\nLe président 中文 a dit\u00a0: « non ».\n"


def export(tmp_path: Path, md: str | None = None) -> tuple[zipfile.ZipFile, etree._Element]:
    """The mini class (two students, one orphan) exported as a .qdpx, opened."""
    pack = write_pack(tmp_path / "pack", **({"article_md": md, "with_key": False} if md else {}))
    if md is None:
        for work in (ana(pack), ben(pack)):
            hand_in(tmp_path / "class", pack, work.student, list(work.annotations.values()))
    else:
        t = pack.article.text
        s = t.index("中文")
        p, x = context(t, s, s + 2)
        hand_in(tmp_path / "class", pack, Student("Zoë"), [Annotation("z1", "framing", s, s + 2, "中文", p, x,
                                                                      "why\n<&>")])
    write_qdpx(tmp_path / "class.qdpx", roster(tmp_path / "class", pack))
    archive = zipfile.ZipFile(tmp_path / "class.qdpx")
    return archive, etree.fromstring(archive.read("project.qde"))


def test_the_project_is_valid_by_the_refi_qda_schema(tmp_path: Path) -> None:
    """A project.qde that QualCoder, NVivo or ATLAS.ti refuse to open (a bad GUID, a wrong order) is caught here."""
    archive, _ = export(tmp_path)
    assert xsd_errors(archive.read("project.qde")) == []


def test_students_are_users_categories_codes_and_highlights_coded_selections(tmp_path: Path) -> None:
    """A project without who made what, in which code, at which characters, is no use for analysis."""
    archive, root = export(tmp_path)
    users = {u.get("guid"): u.get("name") for u in root.iterfind("q:Users/q:User", NS)}
    assert sorted(users.values()) == ["Ana Pérez", "Ben Okafor"]
    codes = {c.get("guid"): (c.get("name"), c.get("color")) for c in root.iterfind(".//q:Code", NS)}
    assert sorted(codes.values()) == [("Framing", "#009E73"), ("Named source", "#0072B2"),
                                      ("Unnamed source", "#D55E00")]
    source = root.find("q:Sources/q:TextSource", NS)
    assert source is not None
    text = archive.read(f"sources/{source.get('guid')}.txt").decode("utf-8")
    assert source.get("plainTextPath") == f"internal://{source.get('guid')}.txt"
    selections = source.findall("q:PlainTextSelection", NS)
    assert len(selections) == 8  # Ben's orphan has no place in the text
    for sel in selections:
        start, end = int(sel.get("startPosition", "")), int(sel.get("endPosition", ""))
        assert sel.get("name") == text[start:end]
        assert sel.get("creatingUser") in users
        ref = sel.find("q:Coding/q:CodeRef", NS)
        assert ref is not None and ref.get("targetGUID") in codes


def test_positions_count_code_points_and_notes_are_escaped(tmp_path: Path) -> None:
    """Offsets in UTF-16 units would shift every selection after an emoji; a note with < or & must stay XML."""
    archive, root = export(tmp_path, EMOJI_MD)
    assert xsd_errors(archive.read("project.qde")) == []
    source = root.find("q:Sources/q:TextSource", NS)
    assert source is not None
    text = archive.read(f"sources/{source.get('guid')}.txt").decode("utf-8")
    sel = source.find("q:PlainTextSelection", NS)
    assert sel is not None
    assert text[int(sel.get("startPosition", "")) : int(sel.get("endPosition", ""))] == "中文"
    assert sel.findtext("q:Description", namespaces=NS) == "why\n<&>"


def test_exporting_twice_gives_the_same_file(tmp_path: Path) -> None:
    """GUIDs made anew each time would make a QDA program see every re-export as new codes and users."""
    export(tmp_path / "a")
    export(tmp_path / "b")
    assert (tmp_path / "a" / "class.qdpx").read_bytes() == (tmp_path / "b" / "class.qdpx").read_bytes()
