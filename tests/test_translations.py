"""The translation files: complete, faithful to their placeholders, and in step with the code."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from annotator.core.i18n import ts_path
from annotator.translations import PACKAGE, TRANSLATED, lrelease, lupdate, messages, qm_path, sources, untranslated

_PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")
_PERCENT = re.compile(r"%(?:\(\w+\))?[sr%]")  # argparse fills its texts and our help in with %: %s, %(prog)s, %%
_FILLED_WITH_PERCENT = ("Argparse", "Cli")
_SAYS_WORDS = re.compile(r"\b[A-Z]\w*\.tr\(|QT_TRANSLATE_NOOP\(|self\.tr\(")


def _forms(message) -> list[str]:  # type: ignore[no-untyped-def]
    translation = message.find("translation")
    return [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_is_translated(language: str) -> None:
    """A Spanish or French student would meet an English sentence where a text has no translation."""
    assert untranslated(ts_path(language)) == []


def test_english_has_every_plural() -> None:
    """Without its English plural forms a window would say "2 student(s)"."""
    assert untranslated(ts_path("en")) == []


# English texts with a count that read the same for one and for many, on purpose.
_SAME_FOR_ONE = {"%n exact", "%n moved", "%n fuzzy", "%n orphaned", " (and %n more)", "Highlights (%n)",
                 "{students} from {files} (%n not used: see the messages above)",
                 "No passage was marked by %n or more students."}


def test_english_says_one_differently_from_many() -> None:
    """A plural form copied from its source says "1 annotator(s)" or "1 annotations" to the teacher."""
    same = [f"{context}: {source!r}" for (context, source, _), message in messages(ts_path("en")).items()
            if message.get("numerus") == "yes" and len(set(_forms(message))) < 2 and source not in _SAME_FOR_ONE]
    kept = [form for message in messages(ts_path("en")).values() for form in _forms(message)
            if re.search(r"\w\((?:s|es|ies)\)", form)]
    assert (same, kept) == ([], [])


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_every_placeholder(language: str) -> None:
    """A translation that drops or renames {name}, %n or argparse's %s shows a blank, a raw brace or a crash."""
    wrong = []
    for (context, source, _), message in messages(ts_path(language)).items():
        wanted = sorted(_PLACEHOLDER.findall(source))
        percents = sorted(_PERCENT.findall(source)) if context in _FILLED_WITH_PERCENT else []
        for form in _forms(message):
            kept = sorted(_PERCENT.findall(form)) if context in _FILLED_WITH_PERCENT else []
            if sorted(_PLACEHOLDER.findall(form)) != wanted or ("%n" in source) != ("%n" in form) or kept != percents:
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert wrong == []


def test_lupdate_reads_every_module_with_words_to_translate() -> None:
    """A tr() text in a module lupdate is not given (cli.py once) never reaches a .ts and stays English."""
    read = set(sources())
    unread = [str(p.relative_to(PACKAGE)) for p in sorted(PACKAGE.rglob("*.py"))
              if p not in read and p.name != "schema_checks.py" and _SAYS_WORDS.search(p.read_text(encoding="utf-8"))]
    assert unread == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_shortcut_letter_is_kept_as_one_ampersand(language: str) -> None:
    """A menu item whose translation loses its & (or gains two) cannot be reached with Alt and a letter."""
    wrong = []
    for (context, source, _), message in messages(ts_path(language)).items():
        marks = len(re.findall(r"&(?!&)", source))
        for form in _forms(message):
            if len(re.findall(r"&(?!&)", form)) != marks:
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert wrong == []


def test_the_translations_hold_every_text_the_code_says(tmp_path: Path) -> None:
    """A tr() text added to the code without a translation would show in English: lupdate finds none unfinished."""
    copies = []
    for language in ("en", *TRANSLATED):
        copy = tmp_path / ts_path(language).name
        shutil.copy(ts_path(language), copy)
        copies.append(copy)
    lupdate(copies[1:])
    lupdate(copies[:1], plurals_only=True)
    for copy in copies:
        assert untranslated(copy) == [], f"python -m annotator.translations, then translate what it lists ({copy.name})"
        assert messages(copy).keys() == messages(ts_path(copy.stem.split("_")[1])).keys(), (
            f"{copy.name} is out of step with the code: run `python -m annotator.translations`")


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
def test_the_compiled_translations_match_their_sources(tmp_path: Path, language: str) -> None:
    """A .qm older than its .ts would show the old wording (or English): the app loads the .qm, not the .ts."""
    fresh = tmp_path / f"annotator_{language}.qm"
    lrelease(ts_path(language), fresh)
    assert fresh.read_bytes() == qm_path(language).read_bytes(), "run `python -m annotator.translations`"


# What French spacing leaves alone: placeholders, addresses, argparse's %(name)s, a YAML line quoted as code.
_FRENCH_CODE = re.compile(r"\{[^{}]*\}|https?://\S+|%\(\w+\)\w|%\w|'schema:[^']*'")
_DATE_FORMAT = re.compile(r"%[dbBmYHM]")  # strftime's "%d/%m %H:%M" is code, not French
_UNSPACED = re.compile(r"(?<!\u00a0)[;?!»]|(?<!\u00a0):(?=\s|$)|«(?!\u00a0)")
_VOUS = re.compile(r"\b(?:vous|votre|vos)\b|\b\w+ez\b(?<!\bassez)(?<!\bchez)", re.IGNORECASE)
_USTED = re.compile(r"\b(?:usted|ustedes|seleccione|elija|guarde|escriba|indique|pulse|haga|compruebe|revise|"
                    r"vuelva|borre|añada|cambie|elimine|asegúrese|utilice|vosotros)\b", re.IGNORECASE)


def test_french_says_tu_and_spaces_its_punctuation() -> None:
    """French that says "lisez-les" beside "adapte", or "annotations:" beside "Catégorie :", reads as two voices."""
    wrong = []
    for (context, source, _), message in messages(ts_path("fr")).items():
        for form in _forms(message):
            if _VOUS.search(form) or (not _DATE_FORMAT.search(source)
                                      and _UNSPACED.search(_FRENCH_CODE.sub("", form))):
                wrong.append(f"{context}: {form!r}")
    assert wrong == []


def test_spanish_says_tu_and_opens_its_questions() -> None:
    """Spanish that says "elija" beside "elige", or asks "es un solo artículo?" without its ¿, reads as careless."""
    wrong = [f"{context}: {form!r}" for (context, _, _), message in messages(ts_path("es")).items()
             for form in _forms(message)
             if _USTED.search(form) or form.count("?") != form.count("¿") or form.count("!") != form.count("¡")]
    assert wrong == []
