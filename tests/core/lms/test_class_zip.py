"""A class's zip as the LMS gives it, read without unpacking: hostile entries are one line each."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

from annotator.core.errors import Problem
from annotator.core.lms.class_zip import zip_sources
from annotator.core.zip_reading import MAX_RATIO


def _entry(z: zipfile.ZipFile, name: str, data: bytes, mode: int | None = None) -> None:
    info = zipfile.ZipInfo(name)
    if mode is not None:
        info.external_attr = mode << 16
    z.writestr(info, data, zipfile.ZIP_DEFLATED)


def test_a_hostile_zip_gets_one_line_per_bad_entry_and_the_rest_is_read(tmp_path: Path) -> None:
    """'..' names, absolute names, links, zip bombs and hidden entries never get read; the good file still does."""
    path = tmp_path / "class.zip"
    with zipfile.ZipFile(path, "w") as z:
        _entry(z, "perezana_1001_9001_ana.yaml", b"schema: annotator/annotations@1\n")
        _entry(z, "../evil.yaml", b"x")
        _entry(z, "/etc/evil.yaml", b"x")
        _entry(z, "link.yaml", b"/etc/passwd", stat.S_IFLNK | 0o777)
        _entry(z, "bomb.yaml", b"a" * (MAX_RATIO * 4096))
        _entry(z, "__MACOSX/._ana.yaml", b"x")
        _entry(z, ".hidden.yaml", b"x")
    problems: list[Problem] = []
    sources = list(zip_sources(path, problems, problems))
    read = [s for s in sources if not s.why]
    assert [s.path.name for s in read] == ["perezana_1001_9001_ana.yaml"] and read[0].lms is not None
    whys = [s.why for s in sources if s.why]
    assert len(whys) == 4 and sum("outside itself" in w for w in whys) == 2
    assert any("link" in w for w in whys) and any("zip bomb" in w for w in whys)
    assert all(str(s.path).startswith(f"{path}!") for s in sources)


def test_a_file_that_is_not_a_zip_is_one_line(tmp_path: Path) -> None:
    """A damaged download is reported once, never a traceback."""
    path = tmp_path / "class.zip"
    path.write_bytes(b"PK\x03\x04 cut short")
    problems: list[Problem] = []
    assert list(zip_sources(path, problems, problems)) == []
    assert len(problems) == 1 and "not a readable .zip" in problems[0].message
