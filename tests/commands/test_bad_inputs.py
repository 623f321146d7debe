"""Bad inputs a reliability run found: each gives one clear line (or a note), never a traceback; the rest goes on."""

from __future__ import annotations

import errno
import os
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.cli import main
from annotator.core.annotations import Student, Work
from annotator.core.desk import hand_in
from annotator.core.pack import Pack
from annotator.core.schemas import dump_yaml
from tests.commands.test_grade import ana_annotations, ben_annotations, read_csv, write_pack, write_work

EXTREMES = ("0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00", "9999-12-31 23:59:59Z")
UNUSUAL_BREAKS = ("\x85", "\u2028", "\u2029")
needs_links = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    """Run ``annotator`` in this process; return its exit status, output and errors."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_each(err: str) -> list[str]:
    """The lines of a command's errors, having checked none is part of a traceback."""
    assert "Traceback" not in err and "unexpected error" not in err, err
    return err.splitlines()


@pytest.fixture
def pack(tmp_path: Path) -> Pack:
    """The small lesson pack of the grading tests."""
    return write_pack(tmp_path / "pack")


def line_with(path: Path, needle: str) -> int:
    """The line an editor shows ``needle`` on (only CR, LF and CR LF break lines in an editor)."""
    for n, line in enumerate(re.split(r"\r\n?|\n", path.read_text(encoding="utf-8")), 1):
        if needle in line:
            return n
    raise AssertionError(f"{needle!r} not in {path}")


# --- 1. dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize("stamp", EXTREMES)
def test_an_extreme_but_real_date_does_not_stop_grading_the_class(
        stamp: str, tmp_path: Path, pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    """One file dated in the year 1 at +14:00 stopped `grade --report` for the whole class (OverflowError)."""
    folder = tmp_path / "class"
    text = pack.article.text
    write_work(folder / "ana.yaml", pack, Student("Ana", "s1"), ana_annotations(text), created=stamp, modified=stamp)
    write_work(folder / "ben.yaml", pack, Student("Ben", "s2"), ben_annotations(text))
    write_work(folder / "ben-again.yaml", pack, Student("Ben", "s2"), ben_annotations(text)[:1], modified=stamp)
    code, _, err = run(capsys, "grade", folder, "--lesson", pack.path, "--csv", tmp_path / "g.csv",
                         "--report", tmp_path / "reports")
    assert code == 0, err
    one_line_each(err)
    assert [row[0] for row in read_csv(tmp_path / "g.csv")[1:]] == ["Ana", "Ben"]
    assert len(list((tmp_path / "reports" / "teacher").glob("*.html"))) == 2
    code, _, err = run(capsys, "check", "--lesson", pack.path, folder / "ana.yaml")
    assert code == 0, err


@pytest.mark.parametrize(("field", "stamp", "why"), [
    ("created", "2024-13-45T99:99:99Z", "is not a real date and time (month must be in 1..12)"),
    ("modified", "2024-02-30T10:00:00+00:00", "is not a real date and time (day is out of range for month)"),
    ("created", "2024-01-01T24:00:00Z", "is not a real date and time (hour must be in 0..23)"),
    ("modified", "last Tuesday", "is not a date and time like '2026-11-26T10:15:00+00:00'"),
])
def test_check_reports_a_date_that_does_not_exist_on_its_line(
        field: str, stamp: str, why: str, tmp_path: Path, pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    """`check` accepted 2024-13-45T99:99:99Z as the time a student began, and grading trusted it."""
    path = tmp_path / "ana.yaml"
    write_work(path, pack, Student("Ana"), ana_annotations(pack.article.text))
    text = path.read_text(encoding="utf-8").split("\n", 1)[1]  # typed by hand: no modeline saying Annotator wrote it
    path.write_text(re.sub(rf"^{field}: .*$", f"{field}: {stamp}", text, count=1, flags=re.M), encoding="utf-8")
    code, _, err = run(capsys, "check", path)
    assert code == 1
    line = line_with(path, f"{field}: {stamp}")
    col = len(f"{field}: ") + 1
    assert one_line_each(err) == [f"{path}:{line}:{col}: {field}: {stamp!r} {why}"]


def test_a_date_inside_an_annotation_is_checked_too(tmp_path: Path, pack: Pack,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A highlight dated 2024-00-10 would be accepted, and its file graded, without a word."""
    path = tmp_path / "ana.yaml"
    annotations = [a.to_data() for a in ana_annotations(pack.article.text)]
    annotations[1]["created"] = "2024-00-10T10:00:00Z"
    data = Work(pack.lesson.id, pack.article.sha256, Student("Ana")).to_data() | {"annotations": annotations}
    path.write_text(dump_yaml(data, "annotations"), encoding="utf-8")
    code, _, err = run(capsys, "grade", path, "--lesson", pack.path, "--csv", tmp_path / "g.csv")
    assert code == 1
    [problem, summary] = one_line_each(err)
    assert problem.startswith(f"{path}:{line_with(path, '2024-00-10')}:")
    assert "annotations[1].created: '2024-00-10T10:00:00Z' is not a real date and time" in problem
    assert summary.startswith("nothing to grade")


# --- 2. a hand-in cut short ----------------------------------------------------------------------------


def cut_after(path: Path, needle: str) -> None:
    """Cut a file after the line holding the last ``needle``, as an interrupted copy would."""
    text = path.read_text(encoding="utf-8")
    end = text.index("\n", text.rindex(needle)) + 1
    path.write_text(text[:end], encoding="utf-8")


def test_a_hand_in_cut_short_is_graded_with_a_note(tmp_path: Path, pack: Pack,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A file cut short after its third highlight still parses and was graded on what was left, without a word."""
    folder = tmp_path / "class"
    write_work(folder / "ana.yaml", pack, Student("Ana"), ana_annotations(pack.article.text))
    cut_after(folder / "ana.yaml", "suffix:")  # the last highlight's last field: no answers, no digest line
    note = f"{folder / 'ana.yaml'}: note: may be cut short or edited by hand"
    code, _, err = run(capsys, "grade", folder, "--lesson", pack.path, "--csv", tmp_path / "g.csv")
    assert code == 0, err
    [line] = one_line_each(err)
    assert line.startswith(note) and "'annotator-digest' line" in line and line.endswith("; graded as it is")
    assert read_csv(tmp_path / "g.csv")[1][0] == "Ana"
    code, _, err = run(capsys, "export", folder, "--lesson", pack.path, "--out", tmp_path / "e.csv")
    assert code == 0 and one_line_each(err)[0].startswith(note)
    code, out, err = run(capsys, "check", folder / "ana.yaml")
    assert code == 0 and err == ""
    assert out.splitlines()[0].startswith(note)


def test_a_hand_in_whose_digest_does_not_match_gets_the_note(tmp_path: Path, pack: Pack,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """A hand-in edited after Annotator saved it (its digest line left as it was) was graded as if untouched."""
    path = hand_in(Work(pack.lesson.id, pack.article.sha256, Student("Ana"),
                        annotations={a.id: a for a in ana_annotations(pack.article.text)}), tmp_path / "class")
    path.write_text(path.read_text(encoding="utf-8").replace("name: Ana", "name: Anna"), encoding="utf-8")
    code, out, err = run(capsys, "check", "--lesson", pack.path, path)
    assert code == 0, err
    assert f"{path}: note: may be cut short or edited by hand" in out
    assert "line does not match the text above it" in out


def test_a_cut_short_file_that_breaks_the_schema_says_it_may_be_cut_short(
        tmp_path: Path, pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    """A file cut in the middle of a highlight was only said to lack a field, not why it might."""
    path = tmp_path / "ana.yaml"
    write_work(path, pack, Student("Ana"), ana_annotations(pack.article.text))
    cut_after(path, "category: framing")
    code, _, err = run(capsys, "check", path)
    assert code == 1
    lines = one_line_each(err)
    assert "missing required field" in lines[0]
    assert lines[-1].startswith(f"{path}: note: may be cut short or edited by hand")


def test_files_that_do_not_claim_to_be_annotators_get_no_note(tmp_path: Path, pack: Pack,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """A teacher's hand-edited key, a hand-written student file or one copied through Windows would be flagged."""
    key = pack.path / "key.yaml"
    key.write_text(key.read_text(encoding="utf-8").replace("why k1", "why k1, said again"), encoding="utf-8")
    written = tmp_path / "by-hand.yaml"
    write_work(written, pack, Student("Ana"), ana_annotations(pack.article.text))
    written.write_text(written.read_text(encoding="utf-8").split("\n", 1)[1].replace("Ana", "Anna"), encoding="utf-8")
    crlf = tmp_path / "windows.yaml"
    write_work(crlf, pack, Student("Ben"), ben_annotations(pack.article.text))
    crlf.write_bytes(crlf.read_bytes().replace(b"\n", b"\r\n"))
    code, out, err = run(capsys, "check", "--lesson", pack.path, key, written, crlf)
    assert code == 0, err
    assert "note" not in out + err


# --- 3. links, pipes and folders where files should be ---------------------------------------------


@needs_links
def test_grade_reports_each_entry_of_the_class_folder_it_cannot_read(
        tmp_path: Path, pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    """A pipe, a dangling link, a link loop or a folder named like a file was skipped without a word."""
    folder = tmp_path / "class"
    write_work(folder / "ana.yaml", pack, Student("Ana"), ana_annotations(pack.article.text))
    (folder / "ben.yaml").symlink_to("nowhere.yaml")
    (folder / "loop.yaml").symlink_to("loop.yaml")
    (folder / "dir.yaml").mkdir()
    (folder / "students").mkdir()
    write_work(folder / "students" / "cai.yaml", pack, Student("Cai"), ana_annotations(pack.article.text))
    (folder / "linked").symlink_to(tmp_path / "pack")
    expected = {folder / "ben.yaml": "is a link to nowhere.yaml, which does not exist",
                folder / "dir.yaml": "is a folder, not a file; only handed-in .yaml files are graded",
                folder / "linked": "is a link to a folder, which is not followed; give the folder itself to grade "
                                   "the files in it",
                folder / "loop.yaml": "is a link that leads back to itself (a link loop)"}
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.yaml")
        expected[folder / "pipe.yaml"] = "is not an ordinary file (a device or a pipe?)"
    code, out, err = run(capsys, "grade", folder, "--lesson", pack.path, "--csv", tmp_path / "g.csv")
    assert code == 0, err
    assert one_line_each(err) == [f"{path}: {why}" for path, why in sorted(expected.items())]
    assert [row[0] for row in read_csv(tmp_path / "g.csv")[1:]] == ["Ana", "Cai"]
    assert f"from {len(expected) + 2} files ({len(expected)} not used" in out
    code, _, err = run(capsys, "check", folder)
    assert code == 1
    lines = one_line_each(err)
    assert f"{folder / 'dir.yaml'}: is a folder, not a file" in lines
    assert f"{folder / 'loop.yaml'}: is a link that leads back to itself (a link loop)" in lines


@needs_links
@pytest.mark.parametrize("where", ["input", "csv", "report", "export", "article"])
def test_a_link_loop_is_named_with_what_is_wrong(
        where: str, tmp_path: Path, pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    """A link loop anywhere gave `annotator: unexpected error (RuntimeError: Symlink loop …)`."""
    folder = tmp_path / "class"
    write_work(folder / "ana.yaml", pack, Student("Ana"), ana_annotations(pack.article.text))
    loop = tmp_path / "loop.yaml"
    loop.symlink_to("loop.yaml")
    csv = tmp_path / "g.csv"
    args: list[object] = {
        "input": ["grade", loop, "--lesson", pack.path, "--csv", csv],
        "csv": ["grade", folder, "--lesson", pack.path, "--csv", loop],
        "report": ["grade", folder, "--lesson", pack.path, "--csv", csv, "--report", loop],
        "export": ["export", folder, "--lesson", pack.path, "--out", loop],
        "article": ["check", pack.path],
    }[where]
    if where == "article":
        loop = pack.path / "article.md"
        loop.unlink()
        loop.symlink_to("article.md")
    code, _, err = run(capsys, *args)
    assert code == 1
    lines = one_line_each(err)
    assert lines[0].startswith(f"{loop}: "), err
    assert "loop" in lines[0] or "link to nothing" in lines[0]


# --- 5. writing, folders without a lesson, line numbers ----------------------------------------------


@pytest.mark.parametrize("command", ["grade", "export"])
def test_an_unwritable_csv_is_reported_under_the_name_the_teacher_gave(
        command: str, tmp_path: Path, pack: Pack, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The CSV open in a spreadsheet (Windows refuses to replace it) was reported as '.g.csv.x1y2.tmp'."""
    folder = tmp_path / "class"
    write_work(folder / "ana.yaml", pack, Student("Ana"), ana_annotations(pack.article.text))
    target = tmp_path / "g.csv"
    real_replace = os.replace

    def refuse(src: str | Path, dst: str | Path) -> None:
        if Path(dst) == target:
            raise PermissionError(errno.EACCES, "Permission denied", str(src), None, str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse)
    option = "--csv" if command == "grade" else "--out"
    code, _, err = run(capsys, command, folder, "--lesson", pack.path, option, target)
    assert code == 1
    assert one_line_each(err) == [f"{target}: cannot write: Permission denied"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["class", "pack"]  # no temporary file left behind


@pytest.mark.parametrize("command", ["grade", "export"])
def test_a_file_where_a_folder_should_be_is_named(command: str, tmp_path: Path, pack: Pack,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """`--csv notes.txt/g.csv` said 'notes.txt: cannot write: File exists', naming a file never asked for."""
    folder = tmp_path / "class"
    write_work(folder / "ana.yaml", pack, Student("Ana"), ana_annotations(pack.article.text))
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    target = tmp_path / "notes.txt" / "out" / "g.csv"
    option = "--csv" if command == "grade" else "--out"
    code, _, err = run(capsys, command, folder, "--lesson", pack.path, option, target)
    assert code == 1
    assert one_line_each(err) == [f"{target}: cannot write: {tmp_path / 'notes.txt'} is a file, not a folder"]
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine\n"


@pytest.mark.parametrize(("files", "says"), [
    (["key.yaml"], "it has no lesson.yaml (it has key.yaml)"),
    (["answers.yaml", "notes.yaml"], "it has no lesson.yaml (it has answers.yaml, notes.yaml)"),
    ([], "it has no lesson.yaml, and no .yaml files to check"),
])
def test_check_on_a_folder_without_lesson_yaml_says_what_the_folder_lacks(
        files: list[str], says: str, tmp_path: Path, pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    """A pack folder missing its lesson.yaml was answered 'key.yaml: … give --lesson PACK'."""
    folder = tmp_path / "half-a-pack"
    folder.mkdir()
    (folder / "article.md").write_text("# A\n\nText.\n", encoding="utf-8")
    for name in files:
        content = (pack.path / "key.yaml").read_text(encoding="utf-8") if name != "notes.yaml" else "todo: 1\n"
        (folder / name).write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "check", folder)
    assert code == 1
    assert one_line_each(err) == [f"{folder}: not a lesson pack: {says}"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(breaks=st.lists(st.sampled_from(UNUSUAL_BREAKS), min_size=1, max_size=4),
       where=st.sampled_from(["name", "note"]))
def test_reported_lines_are_the_lines_an_editor_shows(
        breaks: list[str], where: str, tmp_path: Path, pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    """U+2028, U+2029 or U+0085 in a name or note moved every line number after it (YAML counts them as breaks)."""
    path = tmp_path / "ana.yaml"
    odd = "x".join(breaks)
    student = Student(f"Ana{odd}" if where == "name" else "Ana")
    annotations = ana_annotations(pack.article.text)
    data = Work(pack.lesson.id, pack.article.sha256, student).to_data()
    data["annotations"] = [a.to_data() for a in annotations]
    data["annotations"][0]["note"] = f"see{odd}this"
    data["annotations"][3]["category"] = "nope"
    text = dump_yaml(data, "annotations")
    for escaped in {f"\\u{ord(b):04x}" for b in breaks}:  # as a person would paste them: the characters themselves
        text = text.replace(escaped, chr(int(escaped[2:], 16)))
    path.write_text(text, encoding="utf-8")
    code, _, err = run(capsys, "check", "--lesson", pack.path, path)
    assert code == 1
    [line] = one_line_each(err)
    assert line.startswith(f"{path}:{line_with(path, 'category: nope')}:")
    path.write_text(text.replace("category: nope", "category: [nope"), encoding="utf-8")
    code, _, err = run(capsys, "check", path)
    assert re.match(rf"{re.escape(str(path))}:{line_with(path, 'category: [nope') + 1}:\d+: not valid YAML", err), err
