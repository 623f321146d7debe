"""`annotator debrief`: an anonymous handout of what the class marked, with one line for each bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.annotations import Student
from annotator.core.pack import Pack
from tests.commands.test_grade import SCRIPT, ann, write_pack, write_work


@pytest.fixture
def pack(tmp_path: Path) -> Pack:
    """The small lesson, without its key."""
    return write_pack(tmp_path / "pack", with_key=False)


def class_folder(folder: Path, pack: Pack, count: int = 4) -> Path:
    """``count`` students mark the unnamed official (half of them "a senior official"), one marks framing too."""
    t = pack.article.text
    for n in range(count):
        anns = [ann("a1", "unnamed-source", "a senior official" if n % 2 else "senior official", t,
                    note=f"secret note {n}")]
        if n == 0:
            anns.append(ann("a2", "framing", "stunning collapse", t))
        write_work(folder / f"s{n}.yaml", pack, Student(SCRIPT if n == 1 else f"Student {n}", f"s-{n}"), anns)
    return folder


def test_debrief_writes_an_anonymous_shaded_handout(tmp_path: Path, pack: Pack,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """The handout shades what the class marked and lists the consensus, with no name and no note in it."""
    folder = class_folder(tmp_path / "class", pack)
    status = main(["debrief", str(folder), "--lesson", str(pack.path), "--out", str(tmp_path / "out")])
    assert status == 0
    assert "no names" in capsys.readouterr().out
    page = (tmp_path / "out" / "debrief.html").read_text(encoding="utf-8")
    assert "“a senior official” — 4 of 4 (100 %)" in page  # "a" by half the class, the rest by all
    assert 'class="s4" title="4 of 4 students"' in page and 'title="2 of 4 students"' in page
    for n in range(4):
        assert f"Student {n}" not in page and f"secret note {n}" not in page and f"s-{n}" not in page
    assert "<script" not in page and "&lt;script" not in page  # the name is not there, not even escaped
    assert "Nobody marked this category." in page  # named source


def test_debrief_of_one_student_says_it_is_not_anonymous(tmp_path: Path, pack: Pack,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """With one student the shading is their work: the teacher is told before showing it to the class."""
    folder = class_folder(tmp_path / "class", pack, count=1)
    assert main(["debrief", str(folder), "--lesson", str(pack.path), "--out", str(tmp_path / "out")]) == 0
    assert "not anonymous" in capsys.readouterr().err
    assert "not anonymous" in (tmp_path / "out" / "debrief.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("bad", ["empty", "inside-pack", "share"])
def test_debrief_bad_input_gets_one_line(tmp_path: Path, pack: Pack, capsys: pytest.CaptureFixture[str],
                                         bad: str) -> None:
    """An empty class, an output inside the lesson and a share of 0 each get a sentence and no file."""
    folder = class_folder(tmp_path / "class", pack) if bad != "empty" else tmp_path / "empty"
    folder.mkdir(exist_ok=True)
    out = pack.path / "out" if bad == "inside-pack" else tmp_path / "out"
    args = ["debrief", str(folder), "--lesson", str(pack.path), "--out", str(out)]
    status = main([*args, "--share", "0"] if bad == "share" else args)
    err = capsys.readouterr().err
    assert status in (1, 2) and len(err.strip().splitlines()) >= 1 and "Traceback" not in err
    assert not (out / "debrief.html").exists()
