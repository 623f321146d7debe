"""Safe YAML in, readable YAML out, and work files that read back as they were saved."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core import plainyaml
from annotator.core.annotations import Annotation, Student, Work
from annotator.core.errors import AnnotatorError, InvalidFile
from annotator.core.schemas import dump_yaml, load_document
from annotator.core.workfile import load_work
from annotator.core.yamlfile import decode_utf8, parse_yaml, read_bytes
from annotator.resources import default_lesson
from tests.commands.bad_files import alias_bomb
from tests.commands.checking import (
    run,
)

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KINDS = ["lesson", "annotations", "key", "feedback"]


def problem_of(text: str) -> str:
    """The one line a person sees for a YAML text that cannot be read."""
    with pytest.raises(InvalidFile) as caught:
        parse_yaml(text, "f.yaml")
    assert len(caught.value.problems) == 1
    return str(caught.value.problems[0])


# --- reading: safe YAML -------------------------------------------------------------------------


def test_alias_bomb_is_refused_at_the_first_alias() -> None:
    """A billion-laughs file would hang or exhaust memory on a classroom computer."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]")
    message = problem_of("\n".join(lines))  # refused at the first alias: nothing is ever expanded
    assert message == "f.yaml:2:8: YAML aliases (*a) are not allowed; write the value out in full"


def test_a_single_alias_is_refused() -> None:
    """A file reusing a value by alias would be read differently by the app and by a teacher's eye."""
    assert problem_of("a: &x hello\nb: *x\n").startswith("f.yaml:2:4: YAML aliases (*x)")


def test_alias_bomb_refused_fast(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A billion-laughs file would freeze the teacher's machine instead of being refused."""
    bad = alias_bomb(tmp_path)
    started = time.perf_counter()
    code, _, err = run(capsys, *bad.args)
    assert time.perf_counter() - started < 0.5
    assert code == 1 and "aliases" in err


@pytest.mark.parametrize("text", ["a: !!python/object/apply:os.system [echo hi]", "a: !!binary aGVsbG8=",
                                  "a: !custom x", "a: !!set {x}", "!!omap [a: 1]"])
def test_custom_tags_are_refused(text: str) -> None:
    """A crafted file could make the app build arbitrary objects."""
    assert "is not allowed" in problem_of(text)


def test_merge_keys_and_duplicate_keys_are_refused() -> None:
    """A field written twice would silently keep only one of the student's values."""
    assert "merge keys" in problem_of("<<: {a: 1}\n")
    assert problem_of("a: 1\nb: 2\na: 3\n") == "f.yaml:3:1: field 'a' appears twice"


@pytest.mark.parametrize("text", ["[" * 100_000, "{a: " * 50_000, "- " * 50_000 + "x", "a:\n" + "".join(
    " " * i + "a:\n" for i in range(1, 3000))])
def test_deep_nesting_is_refused_without_crashing(text: str) -> None:
    """A file of nested brackets would crash the whole app (libyaml's composer overflows the C stack)."""
    started = time.perf_counter()
    assert "nested more than" in problem_of(text)
    assert time.perf_counter() - started < 1.0


def test_second_document_is_refused() -> None:
    """Two files pasted together would be read as one, dropping the second silently."""
    assert problem_of("a: 1\n---\nb: 2\n") == "f.yaml:2:1: file holds more than one YAML document (a second '---')"


@pytest.mark.parametrize("text", ["", "   \n\t\n", "# just a comment\n"])
def test_empty_and_comment_only_files(text: str) -> None:
    """An empty file would give a confusing schema error instead of saying it is empty."""
    assert problem_of(text).startswith("f.yaml:1:1: file")


@pytest.mark.parametrize(("text", "expected"), [
    ("a: 0x_", "0x_"), ("a: 0b_", "0b_"), ("a: +0x_", "+0x_"),  # YAML 1.1 says "number"; Python cannot read one
    ("a: " + "9" * 5000, "9" * 5000),  # longer than Python reads as a number
    ("a: 2019-13-45", "2019-13-45"), ("a: 2026-11-26T10:15:00+00:00", "2026-11-26T10:15:00+00:00"),
    ("a: '0755'", "0755"), ("a: 'no'", "no"),
])
def test_odd_scalars_are_read_as_written(text: str, expected: str) -> None:
    """A value YAML half-understands would crash the loader or change the date a student handed in."""
    assert parse_yaml(text, "f.yaml").data == {"a": expected}


def test_yaml_11_surprises_keep_their_type_for_the_schema_to_catch() -> None:
    """`category: no` would be read as the word 'no' in one place and false in another."""
    assert parse_yaml("a: no\nb: 0755\nc: on\nd: ~\n", "f.yaml").data == {"a": False, "b": 493, "c": True, "d": None}


@pytest.mark.parametrize(("raw", "phrase"), [
    ("no", "YAML reads no as true/false (False); put it in quotes: 'no'"),
    ("yes", "YAML reads yes as true/false (True); put it in quotes: 'yes'"),
    ("0755", "YAML reads 0755 as a number (493); put it in quotes: '0755'"),
    ("1.5", "YAML reads 1.5 as a number (1.5); put it in quotes: '1.5'"),
    ("", "is empty; expected text"),
    ("[a, b]", "expected text, found a list"),
])
def test_wrong_type_where_text_is_expected(raw: str, phrase: str) -> None:
    """A student who typed `category: no` would be told only 'False is not of type string'."""
    text = (
        "schema: annotator/annotations@1\n"
        f"lesson: {{id: x, article_sha256: {'ab' * 32}}}\n"
        "student: {name: Ana}\n"
        "annotations:\n"
        f"  - {{id: A1, category: {raw}, start: 0, end: 3, quote: How}}\n"
    )
    with pytest.raises(InvalidFile) as caught:
        load_document(Path("w.yaml"), "annotations", text=text)
    [problem] = caught.value.problems
    assert (problem.file, problem.line, problem.where) == ("w.yaml", 5, "annotations[0].category")
    assert phrase in problem.message


def test_a_file_of_another_kind_is_named() -> None:
    """A teacher giving a key where a student file is expected would get a pile of schema errors."""
    text = "schema: annotator/key@1\nlesson: {id: x, article_sha256: " + "ab" * 32 + "}\nitems: []\n"
    with pytest.raises(InvalidFile) as caught:
        load_document(Path("k.yaml"), "annotations", text=text)
    assert str(caught.value) == "k.yaml:1:9: schema: this is a 'annotator/key@1' file, not a annotations file"


def test_unknown_field_suggests_the_right_one() -> None:
    """A teacher who misspelt a field would not know which one was meant."""
    text = (PathText.lesson()).replace("\ntitle:", "\ntitel:", 1)
    with pytest.raises(InvalidFile) as caught:
        load_document(Path("lesson.yaml"), "lesson", text=text)
    messages = [p.message for p in caught.value.problems]
    assert "unknown field 'titel' (did you mean 'title'?)" in messages


class PathText:
    """Texts of the bundled pack's files."""

    @staticmethod
    def lesson() -> str:
        return (default_lesson() / "lesson.yaml").read_text(encoding="utf-8")

    @staticmethod
    def key() -> str:
        return (default_lesson() / "key.yaml").read_text(encoding="utf-8")


def test_read_bytes_limits(tmp_path: Path) -> None:
    """A huge or missing file would freeze the app or crash it instead of being named."""
    big = tmp_path / "big.yaml"
    big.write_bytes(b"x" * 101)
    with pytest.raises(InvalidFile, match="101 bytes, over the limit of 100"):
        read_bytes(big, limit=100)
    with pytest.raises(InvalidFile, match="not found"):
        read_bytes(tmp_path / "gone.yaml", limit=100)
    with pytest.raises(InvalidFile, match="is a folder"):
        read_bytes(tmp_path, limit=100)


def test_read_bytes_refuses_pipes_and_devices(tmp_path: Path) -> None:
    """Pointing the app at a device or a pipe would hang it forever instead of being refused."""
    fifo = tmp_path / "pipe.yaml"
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    os.mkfifo(fifo)
    with pytest.raises(InvalidFile, match="not an ordinary file"):
        read_bytes(fifo, limit=100)


def test_read_bytes_at_the_limit_is_fine(tmp_path: Path) -> None:
    """A file exactly at the size limit would be refused."""
    path = tmp_path / "f.yaml"
    path.write_bytes(b"x" * 100)
    assert read_bytes(path, limit=100) == b"x" * 100


def test_whole_number_written_with_a_dot_is_a_whole_number() -> None:
    """`start: 12.0` passes the schema (JSON Schema counts it as an integer) and then crashed the app."""
    text = (
        "schema: annotator/annotations@1\n"
        f"lesson: {{id: x, article_sha256: {'ab' * 32}}}\n"
        "student: {name: Ana}\n"
        "annotations:\n"
        "  - {id: A1, category: framing, start: 0.0, end: 3.0, quote: How}\n"
    )
    work, _ = load_work(Path("w.yaml"), text=text)
    assert (work.annotations["A1"].start, work.annotations["A1"].end) == (0, 3)
    assert type(work.annotations["A1"].end) is int


def test_utf8_with_bom_is_fine_and_latin1_is_named() -> None:
    """A file saved by Notepad (with a BOM) would be refused, or a Latin-1 one misread."""
    assert decode_utf8("\ufeffname: Zoë".encode(), "f") == "name: Zoë"
    with pytest.raises(InvalidFile) as caught:
        decode_utf8("a: 1\nname: Zoë\n".encode("latin-1"), "f")
    assert str(caught.value) == "f:2:9: is not UTF-8 text (byte 0xeb); save it as UTF-8"


# --- reading: arbitrary input raises only our own errors -----------------------------------------

FRAGMENTS = [
    "schema: annotator/annotations@1\n", "schema: annotator/lesson@1\n", "schema: annotator/key@1\n",
    "schema: annotator/feedback@1\n", "lesson: {id: x, article_sha256: " + "0" * 64 + "}\n", "student: {name: A}\n",
    "annotations:\n", "  - id: A1\n", "    category: no\n", "    start: 0x_\n", "    end: 3\n", "    quote: How\n",
    "items: []\n", "categories: []\n", "prompts: []\n", "answers: {p: x}\n", "&a ", "*a ", "!!binary ", "<<: ",
    "? ", ": ", "- ", "[", "]", "{", "}", ",", "'", '"', "|\n", ">-\n", "\t", "#", "---\n", "...\n", "%YAML 1.1\n",
    "%TAG ! tag:x,2000:\n", "!", "0755", "~", "null", "2019-02-28", ".inf", ".nan", "1e3", "\ufeff", "\x85",
    "\\x00", "é", "\n", "  ", "a: ", "b: [1, 2]\n", "c: {d: e}\n", "9" * 30, "-1",
]
yamlish = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=6), max_size=40).map("".join)


def _only_our_errors(call: Any) -> None:
    try:
        call()
    except AnnotatorError as exc:
        for problem in exc.problems:
            assert "\n" not in str(problem) or "\n" in problem.file, str(problem)


@FUZZ
@given(data=st.binary(max_size=400))
def test_any_bytes_give_only_our_errors(data: bytes) -> None:
    """Opening a damaged file would crash the app with a traceback instead of naming the problem."""
    def load() -> None:
        text = decode_utf8(data, "f.yaml")
        parse_yaml(text, "f.yaml")

    _only_our_errors(load)
    for kind in KINDS:
        _only_our_errors(lambda kind=kind: load_document(Path("f.yaml"), kind, text=data.decode("utf-8", "replace")))


@FUZZ
@given(text=yamlish)
def test_yamlish_text_gives_only_our_errors(text: str) -> None:
    """A hand-edited file with a YAML slip would crash the app instead of naming the problem."""
    _only_our_errors(lambda: parse_yaml(text, "f.yaml"))
    for kind in KINDS:
        _only_our_errors(lambda kind=kind: load_document(Path("f.yaml"), kind, text=text))
    _only_our_errors(lambda: load_work(Path("f.yaml"), text=text))


def with_digest(text: str) -> str:
    """``text`` as if Annotator's own writer had made it: the fast reader will trust it."""
    body = text if text.endswith("\n") else text + "\n"
    return body + plainyaml.DIGEST_PREFIX + plainyaml._digest(body) + "\n"


@FUZZ
@given(text=yamlish | st.text(max_size=200))
def test_forged_digest_gives_only_our_errors(text: str) -> None:
    """A crafted file that claims to be the app's own output would crash the fast reader instead of being named."""
    forged = with_digest(text)
    for kind in KINDS:
        _only_our_errors(lambda kind=kind: load_document(Path("f.yaml"), kind, text=forged))
    _only_our_errors(lambda: load_work(Path("f.yaml"), text=forged))


@pytest.mark.parametrize("body", ["x: " + "[" * 100_000, "a:\n" + "".join(" " * 2 * i + "a:\n" for i in range(1, 3000)),
                                  "schema: annotator/annotations@1\nlesson: 7\nx: &a [1]\ny: *a\n",
                                  "schema: 0x_\n", "- 1\n- 0x_\n"])
def test_forged_digest_on_hostile_text_is_refused_safely(body: str) -> None:
    """A crafted file with a forged digest would crash the app (deep nesting) or slip an alias through."""
    _only_our_errors(lambda: load_document(Path("f.yaml"), "annotations", text=with_digest(body)))


@FUZZ
@given(data=st.binary(max_size=400) | yamlish.map(lambda t: t.encode("utf-8")))
def test_load_work_from_disk_gives_only_our_errors(data: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A student opening a damaged file would see a crash instead of a message."""
    path = tmp_path_factory.mktemp("w") / "work.yaml"
    path.write_bytes(data)
    _only_our_errors(lambda: load_work(path))


# --- writing -------------------------------------------------------------------------------------


def _sample_work() -> Work:
    a = Annotation("A1", "unnamed-source", 4412, 4446, "a senior State Department official",
                   "Nevertheless, ", " conceded that Kim has yet",
                   "No reason is given\nfor keeping the official anonymous.",
                   "anonymity", "2026-11-26T10:15:00+00:00", "2026-11-26T10:16:00+00:00")
    return Work("hanoi-summit-2019", "3f" * 32, Student("Ana Pérez 🦉", "s-0412"), "2026-11-26T10:15:00+00:00",
                "2026-11-26T10:41:12+00:00", {"A1": a}, {"anonymity": "Because\nno name."})


def test_dump_yaml_is_written_for_people() -> None:
    """A teacher opening a file would see escaped unicode, shuffled fields or notes on one line."""
    text = dump_yaml(_sample_work().to_data(), "annotations")
    lines = text.splitlines()
    assert lines[0].startswith("# yaml-language-server: $schema=file://")
    assert lines[0].endswith("/annotations.schema.json")
    assert "\\u" not in text and "\\U" not in text
    assert "name: Ana Pérez 🦉" in text
    assert "    note: |\n      No reason is given\n      for keeping the official anonymous.\n" in text
    assert "  anonymity: |\n    Because\n    no name.\n" in text
    assert "!!" not in text and "!python" not in text
    top = [line.split(":")[0] for line in lines[1:] if line and not line.startswith((" ", "-", "#"))]
    assert top == ["schema", "lesson", "student", "created", "modified", "annotations", "answers"]
    first = [line.strip().split(":")[0] for line in lines if line.startswith(("  - ", "    ")) and ":" in line][:9]
    assert first == ["- id", "category", "prompt", "start", "end", "quote", "prefix", "suffix", "note"]
    assert "created: 2026-11-26T10:15:00+00:00\n" in text  # a date as a person types it, not quoted


@pytest.mark.parametrize("value", ["no", "0755", "- x", ": ", "#", "null", " lead", "trail ", "2019-02-28", "@x",
                                   "a\nb", "é\u2028x", "'", "[x]"])
def test_dump_yaml_keeps_strings_strings(value: str) -> None:
    """A student named 'No' or a note '0755' would come back as false or 493."""
    data = {"schema": "annotator/annotations@1", "x": value, value: "key"}
    text = dump_yaml(data, "annotations")
    assert parse_yaml(text, "f").data == data


def test_a_file_of_thousands_of_highlights_reads_as_libyaml_reads_it() -> None:
    """A big file read differently by the full parser would change a student's notes (its speed is the benchmark's)."""
    work = _sample_work()
    base = work.annotations["A1"]
    work.annotations = {f"A{i}": Annotation(f"A{i}", base.category, i * 10, i * 10 + 8, base.quote, base.prefix,
                                            base.suffix, base.note, base.prompt, base.created, base.modified)
                        for i in range(2000)}
    text = dump_yaml(work.to_data(), "annotations")
    doc = parse_yaml(text, "f")
    assert len(doc.data["annotations"]) == 2000
    assert yaml.safe_load(text)["annotations"][5]["note"] == doc.data["annotations"][5]["note"]
