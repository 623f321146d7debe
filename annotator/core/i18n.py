"""Annotator's languages without Qt: the words the command line, the reports and new lessons use.

Every translation lives in one place, Qt's translation sources ``resources/translations/annotator_<lang>.ts``
(one per language, kept by ``python -m annotator.translations``). Widgets read the compiled ``.qm`` files
through Qt; the core, which must run without Qt, reads the same ``.ts`` files with a small XML reader
here. One source for translators (Qt Linguist edits it), one test that every string is translated, and no
second catalog format to keep in step.

Core code names its words through a subclass of :class:`Words`, written as ``Report.tr("Scores")`` or
``Cli.tr("%n file(s)", "", n)``: Qt's ``lupdate`` reads ``Name.tr(...)`` calls and files the text under
the context ``Name``, and at run time the class's own name is that same context, so the two always agree.
Plurals use ``%n`` with the count as the third argument, as Qt's do; the source text says
"%n file(s)", and even English gets its forms from a translation file (``annotator_en.ts`` holds only
the plurals), as Qt recommends.

Which language: a school's preset (the ``ANNOTATOR_LANGUAGE`` environment variable, set machine-wide)
fixes it; otherwise ``--lang``, then the language the person chose last (remembered in their
preferences), then the system's, then English.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from annotator.resources import resources_dir

SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français"}
"""The languages Annotator speaks, each named in itself (how a menu of languages names them)."""

PRESET_VARIABLE = "ANNOTATOR_LANGUAGE"
"""A school sets this machine-wide to fix the interface's language for everyone on the computer."""

_current = SOURCE_LANGUAGE


def translations_dir() -> Path:
    """The folder of the ``.ts`` sources and the ``.qm`` files Qt loads."""
    return resources_dir() / "translations"


def ts_path(language: str) -> Path:
    """The translation source for one language."""
    return translations_dir() / f"annotator_{language}.ts"


def supported(tag: str | None) -> str | None:
    """The language Annotator speaks for a language tag (``es-AR``, ``fr_CA.UTF-8``, ``ES``), or None."""
    if not tag:
        return None
    primary = re.split(r"[-_.@]", tag.strip(), maxsplit=1)[0].casefold()
    return primary if primary in LANGUAGES else None


def system_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The languages the system asks for, most wanted first, as POSIX programs read them."""
    env = os.environ if environ is None else environ
    tags: list[str] = []
    # gettext's order: LANGUAGE (a list) wins, then the first of LC_ALL, LC_MESSAGES, LANG that is set.
    tags.extend(t for t in env.get("LANGUAGE", "").split(":") if t)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            tags.append(env[name])
            break
    if environ is None and not tags:
        import locale  # Windows and macOS say it here, not in variables

        tags.append(locale.getlocale()[0] or "")
    return [t for t in tags if t and t not in ("C", "POSIX")]


def choose_language(*, preset: str | None = None, explicit: str | None = None, remembered: str | None = None,
                    system: Iterable[str] = ()) -> str:
    """The language to speak: a school's preset, else the one asked for, else remembered, else the system's."""
    for choice in (preset, explicit, remembered, *system):
        found = supported(choice)
        if found:
            return found
    return SOURCE_LANGUAGE


def preset_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language fixed for this computer by ``ANNOTATOR_LANGUAGE``, if it is (a school's settings file
    can fix one too: :func:`annotator.core.school.fixed_language`)."""
    env = os.environ if environ is None else environ
    return supported(env.get(PRESET_VARIABLE))


def set_language(language: str) -> str:
    """Make the core speak ``language`` (one of :data:`LANGUAGES`, else English); return the one chosen."""
    global _current
    _current = supported(language) or SOURCE_LANGUAGE
    return _current


@contextmanager
def speaking(language: str) -> Iterator[str]:
    """Speak ``language`` inside a ``with`` block (a report in its lesson's language), then as before."""
    global _current
    before = _current
    try:
        yield set_language(language)
    finally:
        _current = before


def current_language() -> str:
    """The language the core speaks now."""
    return _current


def plural_form(language: str, n: int) -> int:
    """Which of a translation's plural forms fits ``n``: Qt's rules, so the ``.ts`` forms line up.

    English and Spanish use the singular for 1 only; French for 0 and 1 ("0 fichier", "2 fichiers").
    """
    if language == "fr":
        return 0 if abs(n) <= 1 else 1
    return 0 if n == 1 else 1


Forms = tuple[str, ...]


@cache
def catalog(language: str) -> dict[tuple[str, str, str], Forms]:
    """Every finished translation of a language: (context, source, disambiguation) → its forms.

    An unfinished, vanished or obsolete entry is left out, so its English shows rather than a stale text.
    """
    path = ts_path(language)
    if not path.is_file():  # English has one too, for its plurals only ("1 file", "2 files")
        return {}
    finished = ((key, finished_forms(message)) for key, message in ts_messages(path).items())
    return {key: forms for key, forms in finished if forms is not None}


def ts_messages(path: Path) -> dict[tuple[str, str, str], Any]:
    """The messages of a ``.ts`` file, as XML elements, by (context, source, disambiguation)."""
    import xml.etree.ElementTree as ET  # only when a language other than English is spoken

    found: dict[tuple[str, str, str], Any] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "", message.findtext("comment") or "")] = message
    return found


def finished_forms(message: Any) -> Forms | None:
    """A message's translation (its plural forms, or its one text); None while it is unfinished, vanished,
    obsolete or has an empty form."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    forms = tuple(f.text or "" for f in translation.iter("numerusform")) or (translation.text or "",)
    return forms if all(forms) else None


def translate(context: str, text: str, disambiguation: str = "", n: int = -1, *, language: str | None = None) -> str:
    """``text`` in the language (by default the current one), with ``%n`` replaced by ``n``; English if missing."""
    lang = supported(language) or _current
    if lang == SOURCE_LANGUAGE and n < 0:
        return text  # English's file holds plurals only: not read for the command line's help at every start
    forms = catalog(lang).get((context, text, disambiguation or ""))
    if forms is None:
        result = text
    elif n >= 0 and len(forms) > 1:
        result = forms[min(plural_form(lang, n), len(forms) - 1)]
    else:
        result = forms[0]
    return result.replace("%n", str(n)) if n >= 0 else result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation under ``context`` (``lupdate`` finds it) and return it as it is."""
    return text


class Words:
    """A context of translatable words; subclass it once per context and call ``Name.tr(...)``.

    ``lupdate`` files ``Name.tr("text")`` under ``Name``; at run time the context is the class's name,
    so extraction and look-up cannot disagree.
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str = "", n: int = -1, *, language: str | None = None) -> str:
        """``text`` translated in this context; ``n`` chooses the plural form and fills ``%n``."""
        return translate(cls.__name__, text, disambiguation, n, language=language)
