"""`annotator check`: good files pass, each bad input of issue 2 gets one clear line and exit 1, nothing changes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.pack import load_pack
from tests.commands.bad_files import BAD_INPUTS, Bad, annotation_file, assert_one_problem
from tests.commands.checking import (
    ARTICLE_MD,
    GOOD_ANNOTATION,
    LESSON_YAML,
    PACK,
    ROOT,
    copy_pack,
    make_zip,
    run,
    snapshot,
    work_yaml,
)

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


# --- bad input: one line each, exit 1, nothing changed ----------------------------------------


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


# Words of English framing a translated problem must not keep (none of them is a Spanish or French word).
_ENGLISH = re.compile(r"\b(?:is|not|the|file|found|has|allowed|over|limit|lesson|pack|save|must|than|made|for|"
                      r"folder|path|leaves|characters?|deep|nested|empty|holds|data|outside|link|before|start|end|"
                      r"past|key|prompt|category|valid|read|with|in|of|it|its|kind|expected|twice|used|text)\b")


def _our_words(message: str, english: str) -> str:
    """A translated problem without what it quotes as the English one does: names, a library's own words."""
    quoted = next((tail for tail in re.findall(r"(?=: (.+)$)", message) if tail in english), "")  # PyYAML's words
    message = message.removesuffix(quoted)
    for part in re.findall(r"\([^()]*\)|'[^']*'", message):
        if part in english:
            message = message.replace(part, " ")
    return re.sub(r"\S+\.(?:yaml|yml|zip|md|csv)\b", " ", message)  # file names ("lesson.yaml") are not English


@pytest.mark.parametrize("language", ["es", "fr"])
def test_bad_input_is_told_in_the_teachers_language(language: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A Spanish or French teacher checking damaged files would read English problems ("not valid YAML", "end 3 …")."""
    english_left = []
    for make in BAD_INPUTS:
        folder = tmp_path / make.__name__
        folder.mkdir()
        bad = make(folder)
        _, _, english = run(capsys, *bad.args)
        code, _, told = run(capsys, "--lang", language, *bad.args)
        assert code == 1 and told.count("\n") == 1 and told.startswith(bad.file), told
        place = re.compile(r"^[^ ]*?(?::\d+)*: " + (re.escape(bad.where) + ": " if bad.where else ""))
        english, told = (place.sub("", line.removeprefix(bad.file)).strip() for line in (english, told))
        if told == english or _ENGLISH.search(_our_words(told, english)):
            english_left.append(f"{make.__name__}: {told}")
    assert english_left == []


def test_every_problem_is_listed_one_per_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A student fixing a file by hand would have to run check again and again to find each problem."""
    p = annotation_file(tmp_path, work_yaml(
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
    good = annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION), "good.yaml")
    bad = annotation_file(tmp_path, "", "bad.yaml")
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
    work = annotation_file(tmp_path, work_yaml(GOOD_ANNOTATION))
    before = snapshot(tmp_path)
    code, _, err = run(capsys, pack, work, "--lesson", pack)
    assert code == 0, err
    assert snapshot(tmp_path) == before


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


# --- a class folder ----------------------------------------------------------------------------


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
