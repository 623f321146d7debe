"""Every bad input of issue 2 that `check` meets, each made in a folder with the one line it must print."""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.commands.checking import (
    ARTICLE_MD,
    GOOD_ANNOTATION,
    LESSON_YAML,
    PACK,
    copy_pack,
    line_of,
    make_zip,
    work_yaml,
)


@dataclass
class Bad:
    """A bad input: the arguments to ``check`` and the one line it must print."""

    args: list[object]
    file: str
    phrase: str
    line: int | None = None
    where: str | None = None


def annotation_file(tmp_path: Path, text: str | bytes, name: str = "work.yaml") -> Path:
    """A file in ``tmp_path`` holding ``text`` (bytes as they are, text as UTF-8)."""
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def malformed_yaml(tmp_path: Path) -> Bad:
    p = annotation_file(tmp_path, work_yaml("  - {id: A1, category: framing\n    start: 0\n"))
    return Bad([p, "--lesson", PACK], str(p), "not valid YAML", line=6)


def missing_field(tmp_path: Path) -> Bad:
    p = annotation_file(tmp_path, work_yaml("  - id: A1\n    category: framing\n    start: 0\n    quote: How\n"))
    return Bad([p, "--lesson", PACK], str(p), "missing required field 'end'", line=5, where="annotations[0]")


def missing_top_field(tmp_path: Path) -> Bad:
    text = work_yaml(GOOD_ANNOTATION).replace("student: {name: Ana Pérez}\n", "")
    p = annotation_file(tmp_path, text)
    return Bad([p], str(p), "missing required field 'student'", line=1, where="(top)")


def unknown_category(tmp_path: Path) -> Bad:
    p = annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION.replace("framing", "gossip")))
    return Bad([p, "--lesson", PACK], str(p), "no category 'gossip'", line=6, where="annotations[0].category")


def unknown_prompt(tmp_path: Path) -> Bad:
    p = annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION + "    prompt: nope\n"))
    return Bad([p, "--lesson", PACK], str(p), "no prompt 'nope'", line=10, where="annotations[0].prompt")


def unknown_answer_prompt(tmp_path: Path) -> Bad:
    p = annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION + "answers:\n  nope: I think so.\n"))
    return Bad([p, "--lesson", PACK], str(p), "no prompt 'nope'", line=11, where="answers.nope")


def end_past_text(tmp_path: Path) -> Bad:
    p = annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION.replace("start: 0\n    end: 3",
                                                                     "start: 99999\n    end: 100002")))
    return Bad([p, "--lesson", PACK], str(p), "end 100002 is past the end of the article", line=8,
               where="annotations[0].end")


def start_past_text(tmp_path: Path) -> Bad:
    p = annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION.replace("start: 0\n    end: 3",
                                                                     "start: 99999\n    end: 3")))
    # Reversed and past the end at once: either way the student's file is damaged.
    return Bad([p, "--lesson", PACK], str(p), "end 3 is before start 99999", line=8, where="annotations[0].end")


def reversed_span(tmp_path: Path) -> Bad:
    p = annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION.replace("start: 0\n    end: 3", "start: 3\n    end: 0")))
    return Bad([p, "--lesson", PACK], str(p), "end 0 is before start 3", line=8, where="annotations[0].end")


def alias_bomb(tmp_path: Path) -> Bad:
    lines = ["schema: annotator/annotations@1", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    previous = "a"
    for name in "bcdefghi":
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
        previous = name
    p = annotation_file(tmp_path, "\n".join(lines) + "\n")
    return Bad([p], str(p), "YAML aliases (*a) are not allowed", line=3, where=None)


def category_no(tmp_path: Path) -> Bad:
    p = annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION.replace("category: framing", "category: no")))
    return Bad([p, "--lesson", PACK], str(p), "YAML reads no as true/false (False); put it in quotes: 'no'", line=6,
               where="annotations[0].category")


def id_0755(tmp_path: Path) -> Bad:
    p = annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION.replace("id: A1", "id: 0755")))
    return Bad([p, "--lesson", PACK], str(p), "YAML reads 0755 as a number (493); put it in quotes: '0755'", line=5,
               where="annotations[0].id")


def not_utf8(tmp_path: Path) -> Bad:
    p = annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION).encode("utf-8").replace("Pérez".encode(),
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
    return Bad([z], f"{z}!../evil.txt", "the zip names this file '../evil.txt' outside itself")


def zip_absolute(tmp_path: Path) -> Bad:
    z = make_zip(tmp_path / "evil.zip", [("lesson.yaml", LESSON_YAML), ("article.md", ARTICLE_MD),
                                         ("/tmp/evil.txt", b"gotcha")])
    return Bad([z], f"{z}!/tmp/evil.txt", "outside itself")


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
    return Bad([z], f"{z}!article.md", "links are not followed")


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
    return Bad([z], str(z), "not a readable .zip")


def empty_file(tmp_path: Path) -> Bad:
    p = annotation_file(tmp_path, "")
    return Bad([p], str(p), "file is empty")


def blank_file(tmp_path: Path) -> Bad:
    p = annotation_file(tmp_path, "\n   \n# only a comment\n")
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
    p = annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION).replace("annotations@1", "annotation@1", 1))
    return Bad([p], str(p), "unknown file kind 'annotator/annotation@1'", line=1, where="schema")


def not_annotator_yaml(tmp_path: Path) -> Bad:
    p = annotation_file(tmp_path, "name: something else\n")
    return Bad([p], str(p), "not an Annotator file", line=1)


def deep_nesting(tmp_path: Path) -> Bad:
    p = annotation_file(tmp_path, "schema: annotator/annotations@1\nx: " + "[" * 200_000 + "]" * 200_000 + "\n")
    return Bad([p], str(p), "nested more than", line=2)


def control_character(tmp_path: Path) -> Bad:
    p = annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION.replace("quote: How", "quote: H\x07ow")))
    return Bad([p], str(p), "character U+0007 is not allowed", line=9)


def key_for_other_text(tmp_path: Path) -> Bad:
    pack = copy_pack(tmp_path)
    (pack / "article.md").write_bytes(ARTICLE_MD.replace(b"progressexclusively", b"progress exclusively"))
    key = pack / "key.yaml"
    return Bad([pack], str(key), "made for a different", line=line_of(key, "article_sha256"),
               where="lesson.article_sha256")


def empty_zip(tmp_path: Path) -> Bad:
    # A zip with nothing to check in it was checked in silence, with exit status 0.
    p = make_zip(tmp_path / "class.zip", [("__MACOSX/._ana.yaml", b"x")])
    return Bad([p], str(p), "no .yaml files to check")


def pipe_named_zip(tmp_path: Path) -> Bad:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    os.mkfifo(tmp_path / "pack.zip")  # was read as a folder: "pack.zip/lesson.yaml: lesson pack has no lesson.yaml"
    return Bad([tmp_path / "pack.zip"], str(tmp_path / "pack.zip"), "is not an ordinary file")


def schema_not_text(tmp_path: Path) -> Bad:
    p = annotation_file(tmp_path, "schema: [annotator/annotations@1]\n")  # TypeError: unhashable type: 'list'
    return Bad([p], str(p), "unknown file kind ['annotator/annotations@1']", line=1, where="schema")


def number_past_4300_digits(tmp_path: Path) -> Bad:
    # YAML reads a hexadecimal number of any size; Python cannot write one of more than 4,300 digits.
    big = GOOD_ANNOTATION.replace("start: 0", "start: 0x" + "f" * 4000).replace("end: 3", "end: 0x" + "f" * 4001)
    p = annotation_file(tmp_path, work_yaml(big))
    return Bad([p], str(p), "is not a number Annotator can use", line=7, where="annotations[0].start")


def infinite_points(tmp_path: Path) -> Bad:
    pack = copy_pack(tmp_path)
    key = pack / "key.yaml"
    key.write_text(re.sub(r"points: [0-9.]+", "points: .inf", key.read_text(encoding="utf-8"), count=1),
                   encoding="utf-8")
    return Bad([pack], str(key), "never .inf or .nan", line=line_of(key, "points: .inf"))


BAD_INPUTS: list[Callable[[Path], Bad]] = [
    malformed_yaml, missing_field, missing_top_field, unknown_category, unknown_prompt, unknown_answer_prompt,
    end_past_text, start_past_text, reversed_span, alias_bomb, category_no, id_0755, not_utf8, lesson_not_utf8,
    article_not_utf8,
    file_over_limit, article_over_limit, article_dotdot, article_absolute, article_windows_absolute, article_nul,
    article_symlink_out, article_missing, zip_dotdot, zip_absolute, zip_bomb, zip_too_big, zip_many_entries,
    zip_link, zip_corrupt, not_a_zip, empty_file, blank_file, empty_lesson, empty_article, device_file, missing_path,
    missing_pack, unknown_schema, not_annotator_yaml, deep_nesting, control_character, key_for_other_text,
    empty_zip, pipe_named_zip, schema_not_text, number_past_4300_digits, infinite_points,
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
