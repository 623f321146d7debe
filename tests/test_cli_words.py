"""The command line's words: the language chosen before parsing, and argparse's own texts in it."""

from __future__ import annotations

import argparse
import gettext
import inspect

import pytest

from annotator.cli_words import ARGPARSE_TEXTS, argparse_speaking, command_language, number, whole_number
from annotator.core import i18n


@pytest.mark.parametrize(("argv", "language"), [
    (["grade", "class", "--lesson", "p", "--lang", "es"], "es"),
    (["--lang=fr", "export"], "fr"),
    (["check", "--la", "es", "a.yaml"], "es"),  # argparse takes a unique prefix; so does the language
    (["check", "a.yaml", "--lang"], "en"),  # no language after it: the system's, and the parser says why
    (["check", "--", "--lang", "es"], "en"),  # after --, a file named --lang
    (["check", "--lang", "de"], "en"),  # not spoken: the parser refuses it in the system's language
])
def test_lang_is_found_wherever_the_teacher_put_it(argv: list[str], language: str) -> None:
    """The help is made before the arguments are parsed, so --lang must be found in them first, as argparse would."""
    assert command_language(argv) == language


def test_a_language_fixed_for_the_computer_wins_over_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    """A school that fixed French on a computer would see `--lang es` help but French output: one rule for both."""
    monkeypatch.setenv(i18n.PRESET_VARIABLE, "fr")
    assert command_language(["grade", "--lang", "es", "--help"]) == "fr"


def test_argparse_speaks_the_language_only_inside_the_block() -> None:
    """Other code in the process (a test runner, a plug-in) must find argparse as Python made it."""
    words = vars(argparse)  # argparse's module-level `_`, which it calls for each of its texts
    with i18n.speaking("es"), argparse_speaking():
        assert words["_"]("usage: ") == "uso: "
        assert words["_"]("not allowed with argument %s") == "not allowed with argument %s"  # not one we show
    assert words["_"] is gettext.gettext
    with pytest.raises(RuntimeError), argparse_speaking():
        raise RuntimeError
    assert words["_"] is gettext.gettext


def test_each_translated_text_is_one_argparse_says() -> None:
    """A Python whose argparse words a message otherwise would show it in English, with no test failing."""
    source = inspect.getsource(argparse)
    missing = [text for text in ARGPARSE_TEXTS if f"_({text!r})" not in source]
    assert missing == [], "argparse no longer says these: update ARGPARSE_TEXTS and the translations"


def test_numbers_are_refused_in_the_teachers_language() -> None:
    """`--points ten` said "invalid float value", a programmer's word, even in English."""
    assert number("2.5") == 2.5 and whole_number("2000") == 2000
    with i18n.speaking("fr"), pytest.raises(argparse.ArgumentTypeError, match="un nombre était attendu"):
        number("dix")
    with pytest.raises(argparse.ArgumentTypeError, match=r"expected a whole number, such as 1000, not '2\.5'"):
        whole_number("2.5")
