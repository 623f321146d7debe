"""The `annotator` command line: usage mistakes exit 2, every failure is one line, and --lang is spoken,
in the help and argparse's own words too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import __version__
from annotator.cli import SUBCOMMANDS, main
from annotator.commands import check
from annotator.core import i18n
from annotator.core.errors import AnnotatorError, Problem
from tests.commands.test_grade import write_pack

ROOT = Path(__file__).resolve().parents[1]


def test_version_is_printed_without_opening_a_window(capsys: pytest.CaptureFixture[str]) -> None:
    """A school's IT person asking `annotator --version` would get a window, or nothing to paste in a ticket."""
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"annotator {__version__}\n"


def test_a_mistyped_command_is_a_usage_mistake(capsys: pytest.CaptureFixture[str]) -> None:
    """`annotator grdae class` would open a window on a lesson called 'grdae' instead of showing the usage."""
    assert main(["grdae", "class"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: annotator") and "unrecognized arguments: class" in err


def test_an_unexpected_error_is_one_line_unless_debugging(monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A bug in a command showed a teacher a traceback instead of one line saying how to see the details."""
    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("boom\n  at line two")

    monkeypatch.setattr(check, "run_check", broken)
    monkeypatch.delenv("ANNOTATOR_DEBUG", raising=False)
    assert main(["check", "work.yaml"]) == 1
    assert capsys.readouterr().err == ("annotator: unexpected error (RuntimeError: boom at line two); "
                                       "set ANNOTATOR_DEBUG=1 to see details\n")
    monkeypatch.setenv("ANNOTATOR_DEBUG", "1")
    with pytest.raises(RuntimeError, match="boom"):
        main(["check", "work.yaml"])


def test_each_problem_of_an_error_is_a_line_of_its_own(monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Two problems, one holding a line break, printed as three lines would confuse a script reading them."""
    def refused(*args: object, **kwargs: object) -> int:
        raise AnnotatorError([Problem("a.yaml", "first\nbroken", line=2), Problem("b.yaml", "second")])

    monkeypatch.setattr(check, "run_check", refused)
    assert main(["check", "a.yaml"]) == 1
    assert capsys.readouterr().err.splitlines() == ["a.yaml:2: first broken", "b.yaml: second"]


def test_ctrl_c_stops_quietly_with_the_shells_status(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A teacher pressing Ctrl+C on a long grading run got a traceback, and a script could not tell why it stopped."""
    def interrupted(*args: object, **kwargs: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(check, "run_check", interrupted)
    assert main(["check", "a.yaml"]) == 130
    assert capsys.readouterr().err == ""


def test_lang_makes_a_command_speak_that_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`annotator grade --lang es` would still tell a Spanish teacher in English that the key is missing."""
    bare = write_pack(tmp_path / "pack", with_key=False)
    (tmp_path / "class").mkdir()
    with i18n.speaking("en"):  # the command line sets the language for the rest of the process
        status = main(["grade", "--lang", "es", str(tmp_path / "class"), "--lesson", str(bare.path),
                       "--csv", str(tmp_path / "g.csv")])
    assert status == 1
    assert "la lección 'mini-summit' no tiene clave de respuestas" in capsys.readouterr().err


@pytest.mark.parametrize(("language", "usage", "options", "its_help"), [
    ("en", "usage: annotator", "options:", "show this help message and exit"),
    ("es", "uso: annotator", "opciones:", "muestra esta ayuda y termina"),
    ("fr", "usage\u00a0: annotator", "options:", "affiche cette aide et quitte"),
])
def test_every_help_speaks_the_lang_asked_for(language: str, usage: str, options: str, its_help: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """A Spanish teacher typing `annotator grade --lang es --help` read every line of the help in English."""
    with i18n.speaking("en"):
        for command in [[], *([name] for name in SUBCOMMANDS)]:
            assert main([*command, "--help", "--lang", language]) == 0
            out = capsys.readouterr().out
            assert out.startswith(f"{usage} {' '.join(command)}".rstrip()), out
            assert options in out and its_help in out


def test_grade_help_in_spanish_uses_the_words_of_the_app(capsys: pytest.CaptureFixture[str]) -> None:
    """The help must call a key and a gradebook what the reports and windows call them, not a new word each."""
    with i18n.speaking("en"):
        assert main(["grade", "--lang", "es", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "--key KEY clave de respuestas (por defecto: el key.yaml del paquete)" in out
    assert "--csv OUT.csv notas para el libro de calificaciones" in out


def test_review_help_lists_its_screenshot_and_window_size(capsys: pytest.CaptureFixture[str]) -> None:
    """The README tells teachers and IT about --screenshot and --window-size; review's help hid both."""
    with i18n.speaking("en"):
        assert main(["review", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "--screenshot OUT.png render the window to a PNG and exit" in out
    assert "--window-size WxH with --screenshot: lay the window out as on a screen of W×H pixels" in out


def test_english_help_is_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    """Scripts and the README quote the English help: translating must leave it word for word."""
    with i18n.speaking("en"):
        assert main(["agreement", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert out.startswith("usage: annotator agreement [-h] [--lang {en,es,fr}] --lesson PACK")
    assert "positional arguments: FILES_OR_FOLDER options: -h, --help show this help message and exit" in out
    assert "--resamples RESAMPLES bootstrap resamples for the 95% intervals" in out


def test_a_missing_argument_is_a_french_usage_mistake(capsys: pytest.CaptureFixture[str]) -> None:
    """A French teacher forgetting --lesson got an English error, though the command speaks French."""
    with i18n.speaking("en"):
        assert main(["grade", "class", "--lang", "fr"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage\u00a0: annotator grade [-h]")
    assert err.endswith("annotator grade\u00a0: erreur\u00a0: il manque ces arguments obligatoires\u00a0: "
                        "--lesson, --csv\n")


@pytest.mark.parametrize(("argv", "said"), [
    (["export", "c", "--lesson", "p", "--out", "o", "--format", "xls"],
     "annotator export: error: argumento --format: valor no válido: 'xls' (elige uno de: 'csv', 'w3c', 'brat', "
     "'qdpx')"),
    (["grade", "c", "--lesson", "p", "--csv", "g.csv", "--points", "ten"],
     "annotator grade: error: argumento --points: se esperaba un número, como 10 o 2.5, no 'ten'"),
    (["grade", "c", "--lesson", "p", "--csv", "g.csv", "--gr", "canvas"],
     "annotator grade: error: opción ambigua: --gr puede ser --gradebook, --gradebook-out"),
    (["--teacher=yes"], "annotator: error: argumento --teacher: esta opción no lleva valor: 'yes'"),
    (["check", "a.yaml", "--lesson"], "annotator check: error: argumento --lesson: se esperaba un valor"),
    (["grdae", "class"], "annotator: error: argumentos no reconocidos: class"),
])
def test_usage_mistakes_are_said_in_spanish(argv: list[str], said: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Each way to mistype a command showed argparse's English to a teacher the command otherwise spoke Spanish to."""
    with i18n.speaking("en"):
        assert main([*argv, "--lang", "es"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("uso: annotator") and err.splitlines()[-1] == said


def test_grades_own_usage_mistakes_speak_the_lang(capsys: pytest.CaptureFixture[str]) -> None:
    """`annotator grade --gradebook canvas` without --assignment told a French teacher so in English."""
    with i18n.speaking("en"):
        assert main(["grade", "c", "--lesson", "p", "--csv", "g.csv", "--gradebook", "canvas", "--lang", "fr"]) == 2
    assert capsys.readouterr().err == ("annotator grade\u00a0: --gradebook canvas demande --assignment NAME "
                                       "(la colonne du devoir)\n")


def test_the_help_follows_the_system_and_the_school(tmp_path: Path) -> None:
    """Without --lang, `annotator --help` must speak the language the commands' output already follows."""
    env = {**os.environ, "LANGUAGE": "fr", "PYTHONPATH": str(ROOT)}
    french = subprocess.run([sys.executable, "-m", "annotator", "--help"], env=env, capture_output=True, text=True,
                            timeout=60)
    assert french.returncode == 0 and french.stdout.startswith("usage\u00a0: annotator [-h]")
    assert "Lis un article de presse" in french.stdout
    settings = tmp_path / "settings.yaml"
    settings.write_text("schema: annotator/school@1\nlanguage: es\nlocked: [language]\n", encoding="utf-8")
    env["ANNOTATOR_SCHOOL_SETTINGS"] = str(settings)
    spanish = subprocess.run([sys.executable, "-m", "annotator", "check", "--lang", "fr"], env=env,
                             capture_output=True, text=True, timeout=60)
    assert spanish.returncode == 2
    assert spanish.stderr.endswith("annotator check: error: faltan estos argumentos obligatorios: PATH\n")


@pytest.mark.parametrize("argv", [["check", "a" * 300], ["check", "d/" * 3000],
                                  ["grade", "class", "--lesson", "b" * 300, "--csv", "g.csv"]])
def test_a_path_too_long_for_the_system_is_one_line_naming_it(argv: list[str], monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Path.is_file raises "File name too long" before Python 3.14: it was "unexpected error (OSError …)"."""
    monkeypatch.delenv("ANNOTATOR_DEBUG", raising=False)
    assert main(argv) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.endswith(": cannot be used: File name too long") and "unexpected" not in line
    assert line.startswith(max(argv, key=len)[:100]) and len(line) < 300


@pytest.mark.parametrize("option", [["--student"], ["--map"]])
def test_text_options_whose_bytes_are_not_utf8_are_a_usage_mistake(option: list[str], tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A name typed in a Latin-1 terminal crashed the import when it was written (UnicodeEncodeError)."""
    undecodable = os.fsdecode(b"\xff\xfe")  # as Python gives argv bytes that are not UTF-8
    argv = ["import", "brat", str(tmp_path), "--lesson", str(tmp_path), "--out", str(tmp_path / "out"),
            *option, undecodable]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert f"argument {option[0]}: '\ufffd\ufffd' is not UTF-8 text" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()
