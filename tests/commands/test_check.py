"""`annotator check`: good files pass, each bad input of issue 2 gets one clear line and exit 1, nothing changes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.cli import main
from annotator.core.annotations import Student, Work
from annotator.core.errors import AnnotatorError
from annotator.core.inspection import check_work_file
from annotator.core.pack import load_pack
from annotator.core.workfile import save_work
from annotator.core.worksheet import Worksheet
from annotator.resources import default_lesson

PACK = default_lesson()
BUNDLED = load_pack(PACK)
SHA = BUNDLED.article.sha256
LESSON_YAML = (PACK / "lesson.yaml").read_bytes()
ARTICLE_MD = (PACK / "article.md").read_bytes()
ROOT = Path(__file__).resolve().parents[2]


def work_yaml(annotations: str, *, sha: str = SHA) -> str:
    """An annotation file for the bundled lesson; ``annotations`` starts on line 5."""
    return (
        "schema: annotator/annotations@1\n"
        f"lesson: {{id: hanoi-summit-2019, article_sha256: {sha}}}\n"
        "student: {name: Ana Pérez}\n"
        "annotations:\n" + annotations
    )


GOOD_ANNOTATION = "  - id: A1\n    category: framing\n    start: 0\n    end: 3\n    quote: How\n"


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    """Run ``annotator check`` in this process; return its exit status, output and errors."""
    code = main(["check", *(str(a) for a in args)])
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(folder: Path) -> dict[Path, tuple[bytes, int]]:
    """Every file under a folder with its bytes and modification time (links are not followed)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file() and not p.is_symlink():
            out[p] = (p.read_bytes(), p.stat().st_mtime_ns)
    return out


def copy_pack(tmp_path: Path, name: str = "pack", *, key: bool = True) -> Path:
    """A copy of the bundled lesson pack to spoil."""
    target = tmp_path / name
    shutil.copytree(PACK, target)
    if not key:
        (target / "key.yaml").unlink()
    return target


def line_of(path: Path, needle: str) -> int:
    """The 1-based line of a file on which ``needle`` first appears."""
    for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if needle in line:
            return n
    raise AssertionError(f"{needle!r} not in {path}")


def make_zip(path: Path, entries: list[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """A zip with exactly these entries, names written as given."""
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return path


# --- good input -------------------------------------------------------------------------------


def test_bundled_pack_passes_with_its_summary(capsys: pytest.CaptureFixture[str]) -> None:
    """A teacher checking the lesson that ships with the app would be told it is broken."""
    code, out, err = run(capsys, PACK)
    assert code == 0, err
    assert err == ""
    assert out.count("\n") == 1
    assert re.fullmatch(
        re.escape(str(PACK)) + r": lesson 'hanoi-summit-2019' OK: 8 categories, \d+ prompts, \d+ key items, "
        r"article [\d,]+ characters\n",
        out,
    )


def test_bundled_pack_as_a_zip_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A teacher who received the lesson as a .zip could not check it."""
    archive = make_zip(tmp_path / "hanoi.zip", [(f"hanoi-summit-2019/{p.name}", p.read_bytes())
                                                for p in sorted(PACK.iterdir()) if p.is_file()])
    code, out, err = run(capsys, archive)
    assert code == 0, err
    assert "lesson 'hanoi-summit-2019' OK" in out and "key items" in out


def test_bundled_key_and_lesson_file_pass(capsys: pytest.CaptureFixture[str]) -> None:
    """A teacher checking the key or lesson.yaml on its own would get an error for a good file."""
    code, out, err = run(capsys, PACK / "key.yaml", PACK / "lesson.yaml")
    assert code == 0, err
    assert "answer key for 'hanoi-summit-2019'" in out
    assert "lesson 'hanoi-summit-2019' OK" in out


def test_good_annotation_file_reports_each_placement(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A teacher would not see where each of a student's highlights lands on the article."""
    path = tmp_path / "ana.yaml"
    path.write_text(work_yaml(GOOD_ANNOTATION), encoding="utf-8")
    code, out, err = run(capsys, path, "--lesson", PACK)
    assert code == 0, err
    assert f"{path}: A1 framing 0-3 exact: “How”" in out
    assert out.splitlines()[-1] == f"{path}: Ana Pérez: 1 annotation: 1 exact, 0 moved, 0 fuzzy, 0 orphaned"


def test_annotation_file_without_lesson_is_counted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A teacher checking a student file alone would get an error instead of a count."""
    path = tmp_path / "ana.yaml"
    path.write_text(work_yaml(GOOD_ANNOTATION), encoding="utf-8")
    code, out, _ = run(capsys, path)
    assert code == 0
    assert "1 annotation " in out and "--lesson" in out


def test_orphaned_quote_is_reported_not_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A student's highlight that cannot be found would fail the whole file instead of being listed."""
    path = tmp_path / "ana.yaml"
    path.write_text(work_yaml("  - {id: A1, category: framing, start: 10, end: 33, quote: zebras quietly juggling}\n"),
                    encoding="utf-8")
    before = snapshot(tmp_path)
    code, out, err = run(capsys, path, "--lesson", PACK)
    assert code == 0, err
    assert err == ""
    assert f"{path}: A1 framing 10-33 orphaned: “zebras quietly juggling”" in out
    assert "0 exact, 0 moved, 0 fuzzy, 1 orphaned" in out
    assert snapshot(tmp_path) == before


# --- bad input: one line each, exit 1, nothing changed ----------------------------------------


@dataclass
class Bad:
    """A bad input: the arguments to ``check`` and the one line it must print."""

    args: list[object]
    file: str
    phrase: str
    line: int | None = None
    where: str | None = None


def _annotation_file(tmp_path: Path, text: str | bytes, name: str = "work.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def malformed_yaml(tmp_path: Path) -> Bad:
    p = _annotation_file(tmp_path, work_yaml("  - {id: A1, category: framing\n    start: 0\n"))
    return Bad([p, "--lesson", PACK], str(p), "not valid YAML", line=6)


def missing_field(tmp_path: Path) -> Bad:
    p = _annotation_file(tmp_path, work_yaml("  - id: A1\n    category: framing\n    start: 0\n    quote: How\n"))
    return Bad([p, "--lesson", PACK], str(p), "missing required field 'end'", line=5, where="annotations[0]")


def missing_top_field(tmp_path: Path) -> Bad:
    text = work_yaml(GOOD_ANNOTATION).replace("student: {name: Ana Pérez}\n", "")
    p = _annotation_file(tmp_path, text)
    return Bad([p], str(p), "missing required field 'student'", line=1, where="(top)")


def unknown_category(tmp_path: Path) -> Bad:
    p = _annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION.replace("framing", "gossip")))
    return Bad([p, "--lesson", PACK], str(p), "no category 'gossip'", line=6, where="annotations[0].category")


def unknown_prompt(tmp_path: Path) -> Bad:
    p = _annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION + "    prompt: nope\n"))
    return Bad([p, "--lesson", PACK], str(p), "no prompt 'nope'", line=10, where="annotations[0].prompt")


def unknown_answer_prompt(tmp_path: Path) -> Bad:
    p = _annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION + "answers:\n  nope: I think so.\n"))
    return Bad([p, "--lesson", PACK], str(p), "no prompt 'nope'", line=11, where="answers.nope")


def end_past_text(tmp_path: Path) -> Bad:
    p = _annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION.replace("start: 0\n    end: 3",
                                                                     "start: 99999\n    end: 100002")))
    return Bad([p, "--lesson", PACK], str(p), "end 100002 is past the end of the article", line=8,
               where="annotations[0].end")


def start_past_text(tmp_path: Path) -> Bad:
    p = _annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION.replace("start: 0\n    end: 3",
                                                                     "start: 99999\n    end: 3")))
    # Reversed and past the end at once: either way the student's file is damaged.
    return Bad([p, "--lesson", PACK], str(p), "end 3 is before start 99999", line=8, where="annotations[0].end")


def reversed_span(tmp_path: Path) -> Bad:
    p = _annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION.replace("start: 0\n    end: 3", "start: 3\n    end: 0")))
    return Bad([p, "--lesson", PACK], str(p), "end 0 is before start 3", line=8, where="annotations[0].end")


def alias_bomb(tmp_path: Path) -> Bad:
    lines = ["schema: annotator/annotations@1", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    previous = "a"
    for name in "bcdefghi":
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
        previous = name
    p = _annotation_file(tmp_path, "\n".join(lines) + "\n")
    return Bad([p], str(p), "YAML aliases (*a) are not allowed", line=3, where=None)


def category_no(tmp_path: Path) -> Bad:
    p = _annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION.replace("category: framing", "category: no")))
    return Bad([p, "--lesson", PACK], str(p), "YAML reads no as true/false (False); put it in quotes: 'no'", line=6,
               where="annotations[0].category")


def id_0755(tmp_path: Path) -> Bad:
    p = _annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION.replace("id: A1", "id: 0755")))
    return Bad([p, "--lesson", PACK], str(p), "YAML reads 0755 as a number (493); put it in quotes: '0755'", line=5,
               where="annotations[0].id")


def not_utf8(tmp_path: Path) -> Bad:
    p = _annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION).encode("utf-8").replace("Pérez".encode(),
                                                                                        "Pérez".encode("latin-1")))
    return Bad([p, "--lesson", PACK], str(p), "is not UTF-8 text (byte 0xe9)", line=3, where=None)


def lesson_not_utf8(tmp_path: Path) -> Bad:
    pack = copy_pack(tmp_path)
    (pack / "lesson.yaml").write_bytes(LESSON_YAML + b"# caf\xe9\n")
    return Bad([pack], str(pack / "lesson.yaml"), "is not UTF-8 text (byte 0xe9)", line=LESSON_YAML.count(b"\n") + 1)


def article_not_utf8(tmp_path: Path) -> Bad:
    pack = copy_pack(tmp_path, key=False)
    (pack / "article.md").write_bytes(ARTICLE_MD.replace("It’s".encode(), "It\x92s".encode("latin-1"), 1))
    return Bad([pack], str(pack / "article.md"), "is not UTF-8 text (byte 0x92)", line=7)


def file_over_limit(tmp_path: Path) -> Bad:
    p = tmp_path / "huge.yaml"
    with p.open("wb") as handle:
        handle.write(work_yaml(GOOD_ANNOTATION).encode())
        handle.write(b"#" * (16 * 1024 * 1024 + 1))
    return Bad([p, "--lesson", PACK], str(p), "over the limit of 16,777,216")


def article_over_limit(tmp_path: Path) -> Bad:
    pack = copy_pack(tmp_path, key=False)
    with (pack / "article.md").open("ab") as handle:
        handle.write(b"\n\nword " * (8 * 1024 * 1024 // 7 + 1))
    return Bad([pack], str(pack / "article.md"), "article file is", line=None)


def article_dotdot(tmp_path: Path) -> Bad:
    pack = copy_pack(tmp_path)
    (pack / "lesson.yaml").write_bytes(LESSON_YAML.replace(b"file: article.md", b"file: ../../etc/passwd"))
    return Bad([pack], str(pack / "lesson.yaml"), "path '../../etc/passwd' leaves the lesson pack",
               line=line_of(PACK / "lesson.yaml", "file: article.md"), where="article.file")


def article_absolute(tmp_path: Path) -> Bad:
    pack = copy_pack(tmp_path)
    (pack / "lesson.yaml").write_bytes(LESSON_YAML.replace(b"file: article.md", b"file: /etc/passwd"))
    return Bad([pack], str(pack / "lesson.yaml"), "path '/etc/passwd' is absolute",
               line=line_of(PACK / "lesson.yaml", "file: article.md"), where="article.file")


def article_windows_absolute(tmp_path: Path) -> Bad:
    pack = copy_pack(tmp_path)
    (pack / "lesson.yaml").write_bytes(LESSON_YAML.replace(b"file: article.md", b"file: 'C:\\Windows\\win.ini'"))
    return Bad([pack], str(pack / "lesson.yaml"), "is absolute",
               line=line_of(PACK / "lesson.yaml", "file: article.md"), where="article.file")


def article_nul(tmp_path: Path) -> Bad:
    pack = copy_pack(tmp_path)
    (pack / "lesson.yaml").write_bytes(LESSON_YAML.replace(b"file: article.md", b'file: "article.md\\0.txt"'))
    return Bad([pack], str(pack / "lesson.yaml"), "has a control character",
               line=line_of(PACK / "lesson.yaml", "file: article.md"), where="article.file")


def article_symlink_out(tmp_path: Path) -> Bad:
    pack = copy_pack(tmp_path, key=False)
    outside = tmp_path / "secret.md"
    outside.write_bytes(ARTICLE_MD)
    (pack / "article.md").unlink()
    try:
        (pack / "article.md").symlink_to(outside)
    except (OSError, NotImplementedError):
        pytest.skip("this system cannot make symbolic links")
    return Bad([pack], str(pack / "article.md"), "points outside the lesson pack")


def article_missing(tmp_path: Path) -> Bad:
    pack = copy_pack(tmp_path)
    (pack / "article.md").unlink()
    return Bad([pack], str(pack / "article.md"), "article file not found")


def zip_dotdot(tmp_path: Path) -> Bad:
    z = make_zip(tmp_path / "evil.zip", [("lesson.yaml", LESSON_YAML), ("article.md", ARTICLE_MD),
                                         ("../evil.txt", b"gotcha")])
    return Bad([z], f"{z}!../evil.txt", "path '../evil.txt' leaves the lesson pack")


def zip_absolute(tmp_path: Path) -> Bad:
    z = make_zip(tmp_path / "evil.zip", [("lesson.yaml", LESSON_YAML), ("article.md", ARTICLE_MD),
                                         ("/tmp/evil.txt", b"gotcha")])
    return Bad([z], f"{z}!/tmp/evil.txt", "is absolute")


def zip_bomb(tmp_path: Path) -> Bad:
    z = make_zip(tmp_path / "bomb.zip", [("lesson.yaml", LESSON_YAML), ("article.md", b"\0" * 50_000_000)])
    return Bad([z], f"{z}!article.md", "zip bomb")


def zip_too_big(tmp_path: Path) -> Bad:
    z = make_zip(tmp_path / "big.zip", [("lesson.yaml", LESSON_YAML)]
                 + [(f"a{i}.md", b"\0" * 30_000_000) for i in range(3)])
    return Bad([z], str(z), "zip would expand to 90,")


def zip_many_entries(tmp_path: Path) -> Bad:
    z = make_zip(tmp_path / "many.zip", [("lesson.yaml", LESSON_YAML), ("article.md", ARTICLE_MD)]
                 + [(f"f{i}.txt", b"x") for i in range(300)])
    return Bad([z], str(z), "zip has 302 files")


def zip_link(tmp_path: Path) -> Bad:
    z = tmp_path / "link.zip"
    with zipfile.ZipFile(z, "w") as archive:
        archive.writestr("lesson.yaml", LESSON_YAML)
        info = zipfile.ZipInfo("article.md")
        info.external_attr = (0o120777 << 16)  # a symbolic link, as `zip --symlinks` stores one
        archive.writestr(info, "/etc/passwd")
    return Bad([z], f"{z}!article.md", "links are not allowed")


def zip_corrupt(tmp_path: Path) -> Bad:
    z = make_zip(tmp_path / "bad.zip", [("lesson.yaml", LESSON_YAML), ("article.md", ARTICLE_MD)],
                 compression=zipfile.ZIP_STORED)
    data = bytearray(z.read_bytes())
    at = data.index(b"rather famously")
    data[at : at + 6] = b"RATHER"  # the stored CRC no longer matches
    z.write_bytes(bytes(data))
    return Bad([z], f"{z}!article.md", "cannot be read from the zip")


def not_a_zip(tmp_path: Path) -> Bad:
    z = tmp_path / "pack.zip"
    z.write_bytes(b"PK\x03\x04 this is not really a zip")
    return Bad([z], str(z), "not a lesson pack folder or a readable .zip")


def empty_file(tmp_path: Path) -> Bad:
    p = _annotation_file(tmp_path, "")
    return Bad([p], str(p), "file is empty")


def blank_file(tmp_path: Path) -> Bad:
    p = _annotation_file(tmp_path, "\n   \n# only a comment\n")
    return Bad([p], str(p), "file holds no data")


def empty_lesson(tmp_path: Path) -> Bad:
    pack = copy_pack(tmp_path)
    (pack / "lesson.yaml").write_bytes(b"")
    return Bad([pack], str(pack / "lesson.yaml"), "file is empty", line=1)


def empty_article(tmp_path: Path) -> Bad:
    pack = copy_pack(tmp_path, key=False)
    (pack / "article.md").write_bytes(b"\n\n")
    return Bad([pack], str(pack / "article.md"), "article file has no text")


def device_file(tmp_path: Path) -> Bad:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    # It says it is empty, then never ends: a size check on stat() alone would read forever.
    return Bad([Path("/dev/zero")], "/dev/zero", "is not an ordinary file")


def missing_path(tmp_path: Path) -> Bad:
    return Bad([tmp_path / "nowhere.yaml"], str(tmp_path / "nowhere.yaml"), "not found")


def missing_pack(tmp_path: Path) -> Bad:
    return Bad([tmp_path / "ghost.yaml", "--lesson", tmp_path / "ghost"], str(tmp_path / "ghost"), "no lesson pack")


def unknown_schema(tmp_path: Path) -> Bad:
    p = _annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION).replace("annotations@1", "annotation@1", 1))
    return Bad([p], str(p), "unknown file kind 'annotator/annotation@1'", line=1, where="schema")


def not_annotator_yaml(tmp_path: Path) -> Bad:
    p = _annotation_file(tmp_path, "name: something else\n")
    return Bad([p], str(p), "not an Annotator file", line=1)


def deep_nesting(tmp_path: Path) -> Bad:
    p = _annotation_file(tmp_path, "schema: annotator/annotations@1\nx: " + "[" * 200_000 + "]" * 200_000 + "\n")
    return Bad([p], str(p), "nested more than", line=2)


def control_character(tmp_path: Path) -> Bad:
    p = _annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION.replace("quote: How", "quote: H\x07ow")))
    return Bad([p], str(p), "character U+0007 is not allowed", line=9)


def key_for_other_text(tmp_path: Path) -> Bad:
    pack = copy_pack(tmp_path)
    (pack / "article.md").write_bytes(ARTICLE_MD.replace(b"progressexclusively", b"progress exclusively"))
    key = pack / "key.yaml"
    return Bad([pack], str(key), "made for a different", line=line_of(key, "article_sha256"),
               where="lesson.article_sha256")


BAD_INPUTS: list[Callable[[Path], Bad]] = [
    malformed_yaml, missing_field, missing_top_field, unknown_category, unknown_prompt, unknown_answer_prompt,
    end_past_text, start_past_text, reversed_span, alias_bomb, category_no, id_0755, not_utf8, lesson_not_utf8,
    article_not_utf8,
    file_over_limit, article_over_limit, article_dotdot, article_absolute, article_windows_absolute, article_nul,
    article_symlink_out, article_missing, zip_dotdot, zip_absolute, zip_bomb, zip_too_big, zip_many_entries,
    zip_link, zip_corrupt, not_a_zip, empty_file, blank_file, empty_lesson, empty_article, device_file, missing_path,
    missing_pack, unknown_schema, not_annotator_yaml, deep_nesting, control_character, key_for_other_text,
]

def assert_one_problem(err: str, bad: Bad) -> None:
    """``err`` is exactly one ``FILE:LINE:COL: where: what`` line matching what ``bad`` expects."""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    line = lines[0]
    assert line.startswith(bad.file + ":"), (line, bad.file)
    rest = line[len(bad.file) :]
    match = re.match(r"^(?::(\d+):(\d+))?: (.*)$", rest)
    assert match, line
    if bad.line is not None:
        assert match.group(1) == str(bad.line), line
        assert int(match.group(2)) >= 1
    message = match.group(3)
    if bad.where is not None:
        assert message.startswith(bad.where + ": "), line
    assert bad.phrase in message, line


@pytest.mark.parametrize("make", BAD_INPUTS, ids=lambda f: f.__name__)
def test_bad_input_gets_one_line_and_exit_1(make: Callable[[Path], Bad], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A teacher or student would get a traceback, a vague error, or a damaged file from bad input."""
    bad = make(tmp_path)
    before = snapshot(tmp_path)
    started = time.perf_counter()
    code, out, err = run(capsys, *bad.args)
    elapsed = time.perf_counter() - started
    assert code == 1, (out, err)
    assert_one_problem(err, bad)
    assert "unexpected error" not in err
    assert elapsed < 2.0
    assert snapshot(tmp_path) == before, "check changed or added a file"


def test_alias_bomb_refused_fast(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A billion-laughs file would freeze the teacher's machine instead of being refused."""
    bad = alias_bomb(tmp_path)
    started = time.perf_counter()
    code, _, err = run(capsys, *bad.args)
    assert time.perf_counter() - started < 0.5
    assert code == 1 and "aliases" in err


def test_every_problem_is_listed_one_per_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A student fixing a file by hand would have to run check again and again to find each problem."""
    p = _annotation_file(tmp_path, work_yaml(
        GOOD_ANNOTATION.replace("framing", "gossip") + GOOD_ANNOTATION.replace("A1", "A2").replace("framing", "no")
    ))
    code, _, err = run(capsys, p, "--lesson", PACK)
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 1  # the schema problem comes first; the unknown category waits for it
    assert lines[0].startswith(f"{p}:11:15: annotations[1].category: expected text")
    p.write_text(work_yaml(GOOD_ANNOTATION.replace("framing", "gossip")
                           + GOOD_ANNOTATION.replace("A1", "A2").replace("framing", "rumour")), encoding="utf-8")
    code, _, err = run(capsys, p, "--lesson", PACK)
    assert code == 1
    assert [line.split(": ")[0] for line in err.splitlines()] == [f"{p}:6:15", f"{p}:11:15"]


def test_good_and_bad_paths_together(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One bad file in a class folder would hide the results for the good ones."""
    good = _annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION), "good.yaml")
    bad = _annotation_file(tmp_path, "", "bad.yaml")
    code, out, err = run(capsys, good, bad, PACK)
    assert code == 1
    assert "1 annotation " in out and "lesson 'hanoi-summit-2019' OK" in out
    assert err.splitlines() == [f"{bad}:1:1: file is empty"]


def test_line_break_in_a_name_stays_on_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A zip entry named with a line break would split a problem over two lines and confuse tools reading them."""
    z = make_zip(tmp_path / "odd.zip", [("lesson.yaml", LESSON_YAML), ("article.md", ARTICLE_MD),
                                        ("evil\n/../x.txt", b"x")])
    code, _, err = run(capsys, z)
    assert code == 1
    assert len(err.splitlines()) == 1
    assert "control character" in err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """A script calling `annotator check` could not tell a usage mistake from a bad file."""
    assert main(["check"]) == 2
    err = capsys.readouterr().err
    assert "usage:" in err and "Traceback" not in err
    assert main(["check", "--lesson"]) == 2


def test_check_writes_nothing_for_a_good_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Checking a student's file would rewrite it or leave backups beside it."""
    pack = copy_pack(tmp_path)
    work = _annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION))
    before = snapshot(tmp_path)
    code, _, err = run(capsys, pack, work, "--lesson", pack)
    assert code == 0, err
    assert snapshot(tmp_path) == before


# --- whatever a file holds, check answers with lines, never a crash -----------------------------

numbers = st.one_of(st.integers(-5, 12_000), st.integers(), st.floats(allow_nan=True), st.sampled_from([0.0, 3.0]))
words = st.one_of(st.sampled_from(["How", "framing", "who-speaks", "no", "0755", "", " ", "a senior", "—"]),
                  st.text(max_size=30))
field_values = st.one_of(numbers, words, st.booleans(), st.none(), st.lists(words, max_size=2))
annotation_data = st.fixed_dictionaries(
    {"id": st.one_of(st.from_regex(r"\A[A-Z0-9]{6}\Z"), field_values),
     "category": st.one_of(st.sampled_from(["framing", "hedge", "gossip"]), field_values),
     "start": st.one_of(st.integers(0, 12_000), field_values),
     "end": st.one_of(st.integers(0, 12_000), field_values),
     "quote": st.one_of(st.sampled_from(["How", "a senior administration official", "progress exclusively"]),
                        field_values)},
    optional={"prompt": st.one_of(st.sampled_from(["who-speaks", "nope"]), field_values),
              "prefix": words, "suffix": words, "note": words, "extra": words},
)


quotes = st.one_of(st.sampled_from(["How", "a senior administration official", "progress exclusively", "said",
                                     "progressexclusively on their", "zebras"]),
                   st.text(min_size=1, max_size=40))
valid_annotation = st.fixed_dictionaries(
    {"id": st.from_regex(r"\A[A-Z0-9]{6}\Z"),
     "category": st.sampled_from([c.id for c in BUNDLED.lesson.categories]),
     "start": st.integers(0, 12_000) | st.integers(0, 10**30), "end": st.integers(0, 12_000) | st.integers(0, 10**30),
     "quote": quotes, "prefix": st.text(max_size=40), "suffix": st.text(max_size=40)},
    optional={"prompt": st.sampled_from([p.id for p in BUNDLED.lesson.prompts]), "note": st.text(max_size=20)},
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(annotations=st.lists(valid_annotation, max_size=6, unique_by=lambda a: a["id"]),
       odd=st.lists(annotation_data, max_size=1),
       sha=st.sampled_from([SHA, "ab" * 32]), answers=st.dictionaries(words, words, max_size=2))
def test_any_annotation_file_gets_lines_never_a_crash(annotations: list[dict[str, object]],
                                                      odd: list[dict[str, object]], sha: str,
                                                      answers: dict[str, str]) -> None:
    """Some odd student file would crash `check` (or the app opening it) instead of being explained."""
    data = {"schema": "annotator/annotations@1", "lesson": {"id": "hanoi-summit-2019", "article_sha256": sha},
            "student": {"name": "Ana"}, "annotations": annotations + odd, "answers": answers}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    try:
        lines = check_path_text(text)
    except AnnotatorError as exc:
        assert exc.problems
        assert all("\n" not in " ".join(str(p).splitlines()) for p in exc.problems)
    else:
        assert lines[-1].startswith("work.yaml: Ana: ")


def check_path_text(text: str) -> list[str]:
    """The lines ``check`` prints for an annotation file with this text, against the bundled lesson."""
    return check_work_file(Path("work.yaml"), text, BUNDLED)


# --- as a new user would: a real process ------------------------------------------------------


def _real_check(*args: object) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {k: v for k, v in os.environ.items() if k != "ANNOTATOR_DEBUG"}
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "annotator", "check", *(str(a) for a in args)],
                            capture_output=True, text=True, timeout=60, cwd=ROOT, env=env)
    return result, time.perf_counter() - started


def test_real_process_on_the_bundled_pack() -> None:
    """`python -m annotator check lessons/hanoi-summit-2019` would fail, be slow, or print a traceback."""
    result, elapsed = _real_check("lessons/hanoi-summit-2019")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("lessons/hanoi-summit-2019: lesson 'hanoi-summit-2019' OK: 8 categories")
    assert elapsed < 2.0


@pytest.mark.parametrize("make", BAD_INPUTS, ids=lambda f: f.__name__)
def test_real_process_on_bad_input(make: Callable[[Path], Bad], tmp_path: Path) -> None:
    """A new user running the command on a bad file would see a traceback or wait, not one line."""
    bad = make(tmp_path)
    before = snapshot(tmp_path)
    result, elapsed = _real_check(*bad.args)
    assert result.returncode == 1, result.stderr
    assert_one_problem(result.stderr, bad)
    assert elapsed < 2.0
    assert snapshot(tmp_path) == before


def test_real_process_usage_error() -> None:
    """A new user who forgot the path would get a traceback or exit 0 instead of the usage line."""
    result, _ = _real_check()
    assert result.returncode == 2
    assert "usage:" in result.stderr and "Traceback" not in result.stderr


# --- the acceptance scenario of issue 2 -------------------------------------------------------

INSERTED = "This paragraph was added by the editors after the article first appeared, to test re-anchoring."
BEFORE_INSERT = ["How the White House Is Spinning", "no longer thinks Trump alone can reach a deal",
                 "AP Photo/Evan Vucci"]
AFTER_INSERT = [
    "per a wisdom that fast took root back in Washington",
    "one senator who was in the room",
    "a senior administration official",
    "Critics have argued",
    "a senior State Department official",
    "Ron Johnson, a Republican from Wisconsin",
    "Many experts had interpreted a speech",
    "The “two leaders have learned that love does not conquer all,”",
]
TYPO_PASSAGE = "pinning progressexclusively on their personal abilities to make a deal with each other"


def test_changed_article_reports_exact_moved_and_fuzzy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """After the article is corrected, students' highlights would be lost or misplaced instead of found again."""
    pack = load_pack(PACK)
    text = pack.article.text
    sheet = Worksheet(pack.lesson, pack.article, Work(pack.lesson.id, pack.article.sha256, Student("Ana Pérez")))
    ids: dict[str, str] = {}
    categories = [c.id for c in pack.lesson.categories]
    for n, quote in enumerate([*BEFORE_INSERT, *AFTER_INSERT, TYPO_PASSAGE]):
        assert text.count(quote) == 1, quote
        start = text.index(quote)
        change = sheet.add(start, start + len(quote), categories[n % len(categories)], note=f"note {n}\nline two")
        assert change.annotation_id is not None
        ids[quote] = change.annotation_id
    blocks = {pack.article.block_index_at(text.index(q)) for q in ids}
    assert len(blocks) >= 10, "the annotations should spread over many paragraphs"
    work_file = tmp_path / "ana.yaml"
    save_work(work_file, sheet.work)

    changed = copy_pack(tmp_path, "changed", key=False)
    source = (changed / "article.md").read_text(encoding="utf-8")
    caption_end = source.index("AP Photo/Evan Vucci") + len("AP Photo/Evan Vucci")
    assert source.count("progressexclusively") == 1
    source = source[:caption_end] + "\n\n" + INSERTED + source[caption_end:]
    (changed / "article.md").write_text(source.replace("progressexclusively", "progress exclusively"),
                                        encoding="utf-8")
    new_text = load_pack(changed).article.text
    before = snapshot(tmp_path)

    code, out, err = run(capsys, work_file, "--lesson", changed)
    assert code == 0, err
    assert err == ""
    assert snapshot(tmp_path) == before
    statuses: dict[str, tuple[str, str]] = {}
    for line in out.splitlines():
        m = re.match(re.escape(str(work_file)) + r": (\w+) [\w-]+ \d+-\d+(?: -> (\d+-\d+))? (\w+): ", line)
        if m:
            statuses[m.group(1)] = (m.group(3), m.group(2) or "")
    assert len(statuses) == len(ids)
    for quote in BEFORE_INSERT:
        assert statuses[ids[quote]][0] == "exact", quote
    for quote in AFTER_INSERT:
        status, span = statuses[ids[quote]]
        assert status == "moved", quote
        s, e = map(int, span.split("-"))
        assert new_text[s:e] == quote
    status, span = statuses[ids[TYPO_PASSAGE]]
    assert status == "fuzzy"
    s, e = map(int, span.split("-"))
    assert new_text[s:e] == TYPO_PASSAGE.replace("progressexclusively", "progress exclusively")
    assert "orphaned" not in {status for status, _ in statuses.values()}
    n_before, n_after = len(BEFORE_INSERT), len(AFTER_INSERT)
    assert out.splitlines()[-1] == (f"{work_file}: Ana Pérez: {len(ids)} annotations: "
                                    f"{n_before} exact, {n_after} moved, 1 fuzzy, 0 orphaned")
    assert "made for a different text of the article" in out


def test_check_on_a_class_folder_checks_each_students_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """A teacher can check a whole folder of handed-in files, as grade and export read it."""
    from annotator.cli import main as cli
    from annotator.core.annotations import Student, Work
    from annotator.core.desk import hand_in
    from annotator.resources import default_lesson

    pack = load_pack(default_lesson(), with_key=False)
    folder = tmp_path / "class"
    folder.mkdir()
    for name in ("Ana Pérez", "Ben Ode"):
        hand_in(Work(pack.lesson.id, pack.article.sha256, Student(name)), folder)
    (folder / "broken.yaml").write_text("schema: [", encoding="utf-8")
    assert cli(["check", str(folder), "--lesson", str(default_lesson())]) == 1
    out, err = capsys.readouterr()
    assert "Ana Pérez: 0 annotations" in out and "Ben Ode: 0 annotations" in out
    assert "broken.yaml" in err
