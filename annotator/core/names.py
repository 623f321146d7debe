"""File names made from people's names and titles: readable, safe on every system, never shared.

``Ana Pérez`` becomes ``ana-perez``. A name that ASCII cannot spell (李明, Мария) keeps a short
digest of itself, so two such students never end up in one file; an id, when given, is part
of the name for the same reason.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Letters that NFKD does not take apart into a base letter and an accent.
_TRANSLITERATE = str.maketrans({
    "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
    "ł": "l", "Ł": "l", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d", "ı": "i", "'": "", "’": "",
})
# Names Windows refuses for a file or folder, whatever the extension.
RESERVED = frozenset({"con", "prn", "aux", "nul"} | {f"{d}{n}" for d in ("com", "lpt") for n in range(10)})


def slugify(text: str, *, limit: int = 60, fallback: str = "") -> str:
    """Lower-case ASCII letters and digits joined by ``-``, cut at a word boundary within ``limit``."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATE)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        cut = slug[: limit + 1]
        # End at a word boundary when that keeps most of the length; a single long word is just cut.
        slug = (cut[: cut.rfind("-")] if cut.rfind("-") >= limit // 2 else cut[:limit]).strip("-")
    return slug or fallback


def _spelled_in_ascii(text: str) -> bool:
    """Whether slugify keeps every letter and digit of ``text`` (accents aside)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATE))
    return all(ch.isascii() or not ch.isalnum() for ch in decomposed)


def student_stem(name: str, student_id: str = "") -> str:
    """The part of a file name that says whose work it is: unique per (name, id)."""
    stem = slugify(name, limit=48)
    if student_id:
        stem = f"{stem}-{slugify(student_id, limit=24)}".strip("-")
    if not stem or not _spelled_in_ascii(name):
        digest = student_digest(name, student_id)
        stem = f"{stem}-{digest}" if stem else f"student-{digest}"
    return f"student-{stem}" if stem in RESERVED else stem


def student_digest(name: str, student_id: str = "") -> str:
    """Six hex digits unique per exact (name, id): what keeps "Ana Pérez" and "Ana Perez" apart in file names."""
    return hashlib.sha256(unicodedata.normalize("NFC", f"{name}\n{student_id}").encode()).hexdigest()[:6]


def name_key(name: str) -> str:
    """A name as names are compared: the same whatever its case, its spaces or how its accents are encoded."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())
