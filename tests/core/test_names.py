"""File names made from people's names and titles: readable, safe on every system, and never shared."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.names import name_key, slugify, student_digest, student_stem


def test_a_name_becomes_a_readable_file_name() -> None:
    """A teacher looking through the class folder could not tell whose file is whose."""
    assert student_stem("Ana Pérez") == "ana-perez"
    assert student_stem("Ana Pérez", "s-0412") == "ana-perez-s-0412"
    assert student_stem("Jürgen Großmann") == "jurgen-grossmann"
    assert student_stem("Chloë O’Brien") == "chloe-obrien"


def test_names_ascii_cannot_spell_never_share_a_file() -> None:
    """李明 and 王芳 on one computer would open, and hand in over, each other's work."""
    stems = {student_stem(name) for name in ("李明", "王芳", "Мария", "Мариан", "")}
    assert len(stems) == 5
    assert all(stem.startswith("student-") for stem in stems)
    assert student_stem("李明") == student_stem("李明")  # the same student finds their work again


def test_names_windows_reserves_are_never_a_whole_file_name() -> None:
    """A student called Con (or a title 'Aux') made a file Windows cannot create, and the hand-in failed."""
    assert student_stem("Con") == "student-con"
    assert student_stem("LPT1") == "student-lpt1"
    assert student_stem("Connor") == "connor"


def test_a_long_title_is_cut_at_a_word() -> None:
    """A lesson folder named after a long headline would end mid-word, or be too long for some systems."""
    assert slugify("The quick brown fox jumps over the lazy dog", limit=20) == "the-quick-brown-fox"
    assert slugify("Supercalifragilisticexpialidocious", limit=10) == "supercalif"
    assert slugify("東京の地震", fallback="lesson") == "lesson"


@given(st.text(max_size=80), st.integers(min_value=1, max_value=60))
def test_a_slug_is_always_safe_as_a_file_name(text: str, limit: int) -> None:
    """Some name could make a file name with spaces, slashes, dots or dashes at its ends, or over its limit."""
    slug = slugify(text, limit=limit)
    assert re.fullmatch(r"([a-z0-9]+(-[a-z0-9]+)*)?", slug)
    assert len(slug) <= limit


def test_names_compare_alike_whatever_their_case_spaces_or_accent_encoding() -> None:
    """'Ana  Pérez' typed twice, once with a decomposed é, would count as two students."""
    assert name_key(" Ana  Pe\u0301rez\n") == name_key("ana pérez") == "ana pérez"
    assert name_key("Ana Perez") != name_key("Ana Pérez")


@given(st.text(max_size=40), st.text(max_size=10))
def test_the_student_digest_is_six_hex_digits_of_the_exact_name_and_id(name: str, student_id: str) -> None:
    """One name typed with composed or with decomposed accents would get two digests, so two autosaves."""
    digest = student_digest(name, student_id)
    assert re.fullmatch(r"[0-9a-f]{6}", digest)
    assert digest == student_digest(unicodedata.normalize("NFD", name), unicodedata.normalize("NFD", student_id))
