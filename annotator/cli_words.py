"""The command line's own words: its help, its usage mistakes and argparse's texts, in the teacher's language.

The language is chosen before any parser is built, since each help text is translated as it is added:
``--lang`` is looked for in the arguments first, then the computer's, school's or system's choice
applies (:func:`annotator.core.school.language_to_speak`, the rule every window follows too).
argparse's own texts ("usage:", "options", "error:", "invalid choice") are translated only while
Annotator's parsers run (:func:`argparse_speaking`).

Light on purpose, like :mod:`annotator.cli`: the student window's start imports it.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import NoReturn

from annotator.core.i18n import QT_TRANSLATE_NOOP, Words, system_languages


class Cli(Words):
    """The command line's help and usage mistakes (``annotator grade --help``), in the command's language."""


class Argparse(Words):
    """argparse's own texts, worded as Python 3.11 words them: the headings of a help and the usage mistakes."""


class _Scout(argparse.ArgumentParser):
    """Finds ``--lang`` among all the arguments without a word of its own: the real parser judges them."""

    def error(self, message: str) -> NoReturn:  # raises, where argparse prints and exits
        raise argparse.ArgumentError(None, message)


def command_language(argv: Sequence[str]) -> str:
    """The language the command speaks, help included: ``--lang``, unless the computer fixes one, else the
    school's or the system's."""
    scout = _Scout(add_help=False)
    scout.add_argument("--lang")
    try:
        asked = scout.parse_known_args(argv)[0].lang
    except argparse.ArgumentError:  # `--lang` last, without its language: the real parser says so
        asked = None
    from annotator.core.school import language_to_speak  # the school's settings: read once the command runs

    return language_to_speak(explicit=asked, system=system_languages())


# Exactly the texts of Python 3.11's argparse that Annotator's parsers can show: `--help`'s headings and its
# -h, and the usage mistakes they can meet. The others (a parser wrongly built, mutually exclusive options,
# nargs=2, FileType, argparse's ngettext) are never shown here, and would stay English.
# tests/test_cli_words.py checks that argparse still words each of these so.
ARGPARSE_TEXTS = frozenset({
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
})


def _argparse_text(text: str) -> str:
    return Argparse.tr(text) if text in ARGPARSE_TEXTS else text


@contextmanager
def argparse_speaking() -> Iterator[None]:
    """Inside the block, argparse says its own texts in the language the core speaks; after it, as before.

    argparse looks each text up when it builds a parser or shows a help or a mistake, through the
    ``_`` its module imported from gettext. Pointing that one name at :class:`Argparse` while
    Annotator's parsers are built and run translates them all, without a subclass per parser or a copy
    of argparse's messages; once the block ends, other code in the process finds argparse as it was.
    """
    module = vars(argparse)
    before = module["_"]
    module["_"] = _argparse_text
    try:
        yield
    finally:
        module["_"] = before


def words(text: str) -> str:
    """An option's text (``--student``, ``--assignment``, ``--map``), refused when its bytes are not UTF-8:
    Python keeps them as lone surrogates, which every file written with them would fail on."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        shown = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        raise argparse.ArgumentTypeError(Cli.tr("{value} is not UTF-8 text; set the terminal to UTF-8 and type it "
                                                "again").format(value=repr(shown))) from None
    return text


def number(text: str) -> float:
    """An option's number (``--points 2.5``), refused in the command's language rather than as "invalid float"."""
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(Cli.tr("expected a number, such as 10 or 2.5, not {value}").format(
            value=repr(text))) from None


def whole_number(text: str) -> int:
    """An option's whole number (``--resamples 2000``), refused in the command's language."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(Cli.tr("expected a whole number, such as 1000, not {value}").format(
            value=repr(text))) from None
