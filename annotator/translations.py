"""Keeps the translations in step with the code: ``python -m annotator.translations``.

Runs Qt's ``lupdate`` (shipped with PySide6) over the package, which adds every new ``tr()`` text to
``resources/translations/annotator_<lang>.ts`` as unfinished and drops texts the code no longer says;
translate the new ones (Qt Linguist, or any editor), then run this again: ``lrelease`` compiles each
``.ts`` into the ``.qm`` that Qt loads. Tests fail while a ``.ts`` lacks a text the code says or a
``.qm`` is older than its ``.ts``.

The ``.qm`` files are committed, like ``core/schema_checks.py``: an installed Annotator (a wheel, or a
school's bundle) must have them, and building them while installing would make PySide6, 100 MB, a
build requirement of every install, for files that only change when a translator works.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6

from annotator.core.i18n import LANGUAGES, SOURCE_LANGUAGE, finished_forms, translations_dir, ts_messages, ts_path

PACKAGE = Path(__file__).resolve().parent
TRANSLATED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
"""Languages translated in full; the source language's file holds only the plural forms."""
_SKIP = {"schema_checks.py"}  # generated, and it says nothing a person reads


_COMMAND_LINE = ("cli.py", "cli_words.py")  # the command line's help and argparse's words


def sources() -> list[Path]:
    """The Python files whose ``tr()`` texts are translated: widgets, core, commands and the command line."""
    return sorted([*(p for part in ("ui", "core", "commands") for p in (PACKAGE / part).rglob("*.py")
                     if p.name not in _SKIP), *(PACKAGE / name for name in _COMMAND_LINE)])


def _tool(name: str) -> str:
    """Qt's lupdate or lrelease as PySide6 ships them (its pyside6-* scripts only call these)."""
    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"{name}: not found in PySide6 ({folder})")
    return found


def lupdate(ts_files: list[Path], *, plurals_only: bool = False) -> None:
    """Bring ``.ts`` files in step with the code (new texts unfinished, texts no longer said removed)."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in sources()) + "\n", encoding="utf-8")
        extra = ["-pluralonly"] if plurals_only else []
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", *extra, f"@{listing}",
                        "-ts", *map(str, ts_files)], check=True, capture_output=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile one ``.ts`` into the ``.qm`` Qt loads."""
    subprocess.run([_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True,
                   capture_output=True)


def qm_path(language: str) -> Path:
    """The compiled translations Qt loads for one language."""
    return translations_dir() / f"annotator_{language}.qm"


messages = ts_messages  # the messages of a .ts file by (context, source, disambiguation)


def untranslated(ts_file: Path) -> list[str]:
    """``context: text`` for each message of a ``.ts`` without a finished translation."""
    return [f"{context}: {source}" for (context, source, _), message in messages(ts_file).items()
            if finished_forms(message) is None]


def main() -> int:
    """Update every ``.ts`` from the code, then compile each into its ``.qm``; say what is left to translate."""
    translations_dir().mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_path(language)
        if not ts.exists():
            ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" '
                          f'language="{language}"></TS>\n', encoding="utf-8")
        lupdate([ts], plurals_only=language == SOURCE_LANGUAGE)
        lrelease(ts, qm_path(language))
        left = untranslated(ts)
        print(f"{ts.name}: {len(messages(ts))} texts, {len(left)} still to translate")
        for line in left:
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
