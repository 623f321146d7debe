"""What every command shares: one line per problem, the file the teacher named when a write fails, the pack's key."""

from __future__ import annotations

import io
from pathlib import Path

from annotator.commands.common import load_pack_and_key, print_problems, write_failure
from annotator.core.errors import Problem
from tests.commands.test_grade import write_pack


def test_a_problem_with_a_line_break_in_a_name_is_printed_on_one_line() -> None:
    """A name typed over two lines split a problem in two, and a script reading one line per problem miscounted."""
    err = io.StringIO()
    print_problems([Problem("class/ana.yaml", "'Ana\nPérez' handed in twice", "student.name", 3, 9), "plain\r\nwords"],
                   err)
    assert err.getvalue().splitlines() == ["class/ana.yaml:3:9: student.name: 'Ana Pérez' handed in twice",
                                           "plain words"]


def test_a_failed_write_names_the_file_asked_for_not_the_temporary_one(tmp_path: Path) -> None:
    """A full disk was reported as '.grades.csv.x1y2.tmp: …', a file the teacher never asked for."""
    target = tmp_path / "grades.csv"
    full = OSError(28, "No space left on device", str(tmp_path / ".grades.csv.x1y2.tmp"))
    assert write_failure(full, target) == f"{target}: cannot write: No space left on device"


def test_a_file_standing_where_a_folder_should_be_is_named(tmp_path: Path) -> None:
    """`--csv notes.txt/g.csv` said only 'File exists', leaving the teacher to guess which file was in the way."""
    (tmp_path / "notes.txt").write_text("not a folder\n", encoding="utf-8")
    target = tmp_path / "notes.txt" / "g.csv"
    in_the_way = FileExistsError(17, "File exists", str(tmp_path / "notes.txt"))
    assert write_failure(in_the_way, target) == (f"{target}: cannot write: {tmp_path / 'notes.txt'} is a file, "
                                                 "not a folder")


def test_a_pack_without_its_key_is_refused_only_where_a_key_is_needed(tmp_path: Path) -> None:
    """Grading against a pack with no key.yaml would score every student 0 instead of saying what is missing."""
    bare = write_pack(tmp_path / "bare", with_key=False)
    keyed = write_pack(tmp_path / "keyed")
    err = io.StringIO()
    assert load_pack_and_key(bare.path, err, need_key=False) is not None and err.getvalue() == ""
    assert load_pack_and_key(bare.path, err, need_key=True) is None
    assert err.getvalue() == (f"{bare.path}: lesson 'mini-summit' has no answer key (key.yaml); "
                              "give one with --key KEY\n")
    given = load_pack_and_key(bare.path, io.StringIO(), key=keyed.path / "key.yaml", need_key=True)
    assert given is not None and given.key is not None and len(given.key.items) == 5


def test_a_broken_lesson_is_printed_one_problem_per_line(tmp_path: Path) -> None:
    """A lesson.yaml that does not parse would stop a command with a traceback instead of the line to fix."""
    pack = write_pack(tmp_path / "pack")
    (pack.path / "lesson.yaml").write_text("schema: annotator/lesson@1\nid: [\n", encoding="utf-8")
    err = io.StringIO()
    assert load_pack_and_key(pack.path, err, need_key=True) is None
    [line] = err.getvalue().splitlines()
    assert line.startswith(f"{pack.path / 'lesson.yaml'}:") and "Traceback" not in line
