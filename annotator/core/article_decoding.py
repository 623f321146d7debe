"""Reading an article file's bytes and working out their encoding, for :mod:`annotator.core.article_import`.

A file is read with the same bounded reader as every YAML file (:func:`annotator.core.yamlfile.read_bytes`:
missing, a folder, a device or pipe, or too big is one line), then decoded: UTF-8, UTF-16 with a
byte-order mark, a web page's declared charset, or a guessed legacy encoding, with a warning that
names the encoding whenever it was not UTF-8. Every refusal is an :class:`ArticleImportError`.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from pathlib import Path

from annotator.core.errors import ArticleImportError, InvalidFile, Problem
from annotator.core.i18n import QT_TRANSLATE_NOOP, Words
from annotator.core.yamlfile import read_bytes

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
"""Largest file imported: a long feature is well under 1 MB, a saved news page 2–3 MB."""


class ArticleImport(Words):
    """The words about an article file that cannot be imported as it is, or was imported with a change."""


# Files that are documents of another kind, named so that the teacher knows what to do.
_BINARY_SIGNATURES = (
    (b"%PDF-", QT_TRANSLATE_NOOP("ArticleImport", "a PDF document")),
    (b"PK\x03\x04", QT_TRANSLATE_NOOP("ArticleImport", "a Word document or a .zip archive")),
    (b"\xd0\xcf\x11\xe0", QT_TRANSLATE_NOOP("ArticleImport", "an old-style Word document")),
    (b"{\\rtf", QT_TRANSLATE_NOOP("ArticleImport", "a Rich Text (.rtf) document")),
)
_BOMS = (
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# Labels that browsers read as Windows-1252 whatever they say (WHATWG Encoding Standard).
_WINDOWS_1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"})
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
# Unicode's control characters (category Cc) except tab, line feed, vertical tab, form feed, return.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_BINARY_CONTROL_SHARE = 0.05
_MIB = 1024 * 1024


def _error(path: Path, message: str) -> ArticleImportError:
    return ArticleImportError(Problem(file=str(path), message=message))


def too_big_message(size: int, what: str = "file") -> str:
    """Why text of ``size`` bytes is refused, in the megabytes a teacher thinks in (``what``: "file" or "text")."""
    message = (ArticleImport.tr("the text is {size} MB, more than the {limit} MB Annotator imports; is it really one "
                                "article?") if what == "text" else
               ArticleImport.tr("the file is {size} MB, more than the {limit} MB Annotator imports; is it really one "
                                "article?"))
    return message.format(size=f"{size / _MIB:.1f}", limit=f"{MAX_ARTICLE_BYTES / _MIB:.0f}")


def read_article_bytes(path: Path) -> bytes:
    """The file's bytes, refusing what is missing, a folder, a device or pipe, too big or empty.

    The bounded reading is the YAML files' (one helper, one set of rules); only a file that is too
    big is put in megabytes, since a teacher choosing an article thinks in those, not in bytes.
    """
    try:
        data = read_bytes(path, limit=MAX_ARTICLE_BYTES, what="article")
    except InvalidFile as exc:
        size = _size(path)
        if size > MAX_ARTICLE_BYTES:
            raise _error(path, too_big_message(size)) from None
        raise ArticleImportError(exc.problems) from None
    if not data.strip():
        raise _error(path, ArticleImport.tr("the file is empty"))
    return data


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return -1


def decode_article(data: bytes, path: Path, *, html: bool) -> tuple[str, tuple[str, ...]]:
    """The file's text and, when it was not UTF-8, a warning naming the encoding used.

    Order: UTF-8 (with or without BOM); UTF-16 with a BOM; for a web page, the charset its
    ``<meta>`` declares; then a legacy encoding (see :func:`_guess_legacy_encoding`).
    """
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise _error(path, ArticleImport.tr("this is {kind}, not text; save it as plain text (.txt) or a web page "
                                                "(.html)").format(kind=ArticleImport.tr(kind)))
    text: str | None = None
    used = ""  # which encoding, and why, for the teacher; "" for UTF-8
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
                used = ArticleImport.tr("{name} (the file says so with a byte-order mark)").format(name=name)
            except UnicodeDecodeError:
                raise _error(path, ArticleImport.tr("the file starts like {name} text but is not {name}; it cannot be "
                                                    "read").format(name=name)) from None
            break
    if text is None and b"\x00" in data:
        # UTF-16 without a BOM is not produced by any editor teachers use; NULs mean binary.
        raise _error(path, ArticleImport.tr("this is not a text file (it holds binary data, like a picture or a "
                                            "program)"))
    if text is None:
        with contextlib.suppress(UnicodeDecodeError):
            text = data.decode("utf-8-sig")
    # A page's own declaration beats a guess; a declaration its bytes contradict is ignored.
    if text is None and html:
        text, used = _try_decode(data, _declared_charset(data), ArticleImport.tr("as the page declares"))
    if text is None:
        text, used = _try_decode(data, _guess_legacy_encoding(data), ArticleImport.tr(
            "the file is not UTF-8; check that accents and quotes look right"))
    if text is None:
        raise _error(path, ArticleImport.tr("the file is not UTF-8 and its encoding is not one Annotator recognises; "
                                            "save it as UTF-8 and retry"))
    warnings = (ArticleImport.tr("decoded as {encoding}").format(encoding=used),) if used else ()
    text, control_warnings = clean_controls(text, str(path))
    return text, warnings + control_warnings


def _try_decode(data: bytes, codec: str | None, why: str) -> tuple[str | None, str]:
    """The text in ``codec`` and "NAME (why)", or ``(None, "")`` when the bytes do not fit it."""
    if codec is None:
        return None, ""
    try:
        return data.decode(codec), f"{_encoding_name(codec)} ({why})"
    except UnicodeDecodeError:
        return None, ""


def _declared_charset(data: bytes) -> str | None:
    """The Python codec for the charset a web page declares in its first few kilobytes."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    label = match.group(1).decode("ascii", "replace").strip().lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    # A declared UTF-8 or UTF-16 was already tried (and failed) above.
    return None if codec.startswith("utf") else codec


def _guess_legacy_encoding(data: bytes) -> str | None:
    """The most plausible legacy (one-language) encoding of bytes that are not UTF-8.

    charset_normalizer ranks candidates, but on a short text it cannot tell Windows-1252 from its
    neighbours. Annotator's classrooms mostly read Western European languages, so Windows-1252 is
    taken whenever it is as plausible as the best guess; otherwise a Windows code page is
    preferred among equally good guesses. Latin-1 is not tried on its own: every printable Latin-1
    character is the same in Windows-1252, and where they differ Latin-1 has control characters.
    """
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return "cp1252"
    matches = [m for m in from_bytes(data) if not m.encoding.startswith("utf")]
    if not matches:
        return None
    best_chaos = min(m.chaos for m in matches)
    plausible = [m for m in matches if m.chaos <= best_chaos + 0.01]
    if any("cp1252" in m.could_be_from_charset for m in plausible):
        return "cp1252"
    windows = [m.encoding for m in plausible if m.encoding.startswith("cp125")]
    return windows[0] if windows else plausible[0].encoding


def _encoding_name(codec: str) -> str:
    """How people name an encoding: ``cp1252`` is "Windows-1252"."""
    codec = codecs.lookup(codec).name
    if re.fullmatch(r"cp125\d", codec):
        return f"Windows-{codec[2:]}"
    if codec.startswith("iso8859"):
        return f"ISO-8859-{codec.split('_')[-1]}"
    return codec.upper().replace("_", "-")


def clean_controls(text: str, where: str) -> tuple[str, tuple[str, ...]]:
    """Refuse text that is mostly control characters; drop the odd one (they show as boxes)."""
    controls = len(_CONTROLS.findall(text))
    if controls == 0:
        return text, ()
    if controls > _BINARY_CONTROL_SHARE * len(text):
        raise ArticleImportError(
            Problem(file=where, message=ArticleImport.tr("this does not look like text (it is mostly control "
                                                         "characters)")))
    return _CONTROLS.sub("", text), (ArticleImport.tr("removed %n invisible control character(s)", "", controls),)


# Invisible characters that split a word for searching and selecting (a soft hyphen makes Ctrl+F
# "Vladimir" miss "Vladi\u00admir" and a double-click select "Vladi"): soft hyphen, zero-width
# space, word joiner, byte-order mark (a zero-width no-break space inside text).
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
# Zero-width joiner and non-joiner are spelling in Persian, Arabic and Indian scripts and hold emoji
# together (👩🏽‍🏫): removed only after a letter of a script that has no use for them (Latin, Greek,
# Cyrillic), a digit, a space or punctuation, which is where pages put them to break words.
_JOINERS = re.compile("(^|[\u0000-\u052f\u1e00-\u1fff\u2000-\u200b\u200e-\u206f])[\u200c\u200d]+")


def strip_invisible(text: str) -> tuple[str, int]:
    """The text without the invisible characters that break words, and how many there were."""
    text, plain = _INVISIBLE.subn("", text)
    removed = 0

    def keep_letter(match: re.Match[str]) -> str:
        nonlocal removed
        removed += len(match.group(0)) - len(match.group(1))
        return match.group(1)

    text = _JOINERS.sub(keep_letter, text)
    return text, plain + removed
