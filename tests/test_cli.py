"""The `annotator` command line: usage mistakes exit 2, every failure is one line, and --lang is spoken."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator import __version__
from annotator.cli import main
from annotator.commands import check
from annotator.core import i18n
from annotator.core.errors import AnnotatorError, Problem
from tests.commands.test_grade import write_pack


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
