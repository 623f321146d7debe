"""Offsets into another program's copy of the article, mapped onto the lesson's text by its non-space characters."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.anchoring import Status
from annotator.core.formats.align import Alignment
from annotator.core.formats.foreign import CategoryMap
from annotator.core.formats.importing import build_all, read_foreign
from tests.core.formats.brat_files import WRAPPED, brat_files, t_line
from tests.core.mini_summit import TEXT, write_pack

WORD = st.text(st.sampled_from("abcé😀中ß"), min_size=1, max_size=6)
GAP = st.text(st.sampled_from(" \t\r\n\u00a0"), min_size=1, max_size=4)


def test_offsets_into_a_differently_spaced_text_are_mapped_onto_the_lessons(tmp_path: Path) -> None:
    """brat offsets taken as the lesson's would land on the wrong words whenever line breaks or spaces differ."""
    pack = write_pack(tmp_path / "pack")
    ann = (t_line("T1", "framing", WRAPPED, "stunning collapse")
           + t_line("T2", "named-source", WRAPPED, "Senator Jane Roe")
           + f"T3\tframing {WRAPPED.index('the talks')} {WRAPPED.index('failed') + 6}\tthe talks had failed\n"
           + t_line("T4", "unnamed-source", WRAPPED, "senior  official")
           + t_line("T5", "unnamed-source", WRAPPED, "Two people familiar"))
    brat_files(tmp_path / "in", "ana", WRAPPED, ann)
    reading = read_foreign("brat", [tmp_path / "in"], pack)
    built = build_all(reading, pack, CategoryMap())[0]
    assert built.counts == {Status.EXACT: 1, Status.MOVED: 4, Status.FUZZY: 0, Status.ORPHANED: 0}
    quotes = sorted((a.start, a.quote) for a in built.work.annotations.values())
    assert [q for _, q in quotes] == ["stunning collapse", "Senator Jane Roe", "the talks had failed",
                                      "senior official", "Two people familiar"]
    assert all(TEXT[s : s + len(q)] == q for s, q in quotes)


@given(st.lists(st.tuples(WORD, GAP), min_size=1, max_size=12))
def test_every_word_of_a_respaced_decomposed_copy_maps_onto_the_same_word(words: list[tuple[str, str]]) -> None:
    """A copy with other line breaks, or with accents as their own code points, would shift every later highlight."""
    source, spans = "", []
    for word, gap in words:
        decomposed = unicodedata.normalize("NFD", word)
        spans.append((len(source), len(source) + len(decomposed)))
        source += decomposed + gap
    target = " ".join(w for w, _ in words)
    alignment = Alignment(source, target)
    assert alignment.identical
    at = 0
    for (word, _), (s, e) in zip(words, spans, strict=True):
        assert alignment.span(s, e) == (at, at + len(word))
        at += len(word) + 1


def test_only_the_words_before_and_after_a_change_are_mapped() -> None:
    """A span across a changed word mapped by counting would land a few letters off, on the wrong words."""
    alignment = Alignment("the cat sat\non the mat", "the dog sat on the mat")
    assert not alignment.identical
    assert alignment.span(0, 3) == (0, 3) and alignment.span(19, 22) == (19, 22)
    assert alignment.span(4, 7) is None and alignment.span(0, 11) is None
    assert alignment.span(3, 4) is None  # only a space: nothing to map
