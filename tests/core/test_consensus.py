"""The class's consensus, anonymous: passages most of the class marked, shading steps, the handout and key drafts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.agreement import Coder
from annotator.core.consensus import consensus_passages, draft_passages, level, needed, render_debrief
from annotator.core.key_sheet import KeySheet, draft_from_key
from annotator.core.pack import Pack
from tests.commands.test_grade import span, write_pack


@pytest.fixture
def pack(tmp_path: Path) -> Pack:
    """The small lesson, without its key."""
    return write_pack(tmp_path / "pack", with_key=False)


def test_consensus_needs_half_the_class_and_two_students(pack: Pack) -> None:
    """A passage one student of two marked is no consensus; three of four in one category is, in whole words."""
    t = pack.article.text
    official = span("a senior official", t)
    coders = [Coder(f"c{n}", {"unnamed-source": [official]}) for n in range(3)] + [Coder("c3", {})]
    found = consensus_passages(coders, pack.lesson, t)
    assert [(p.quote, p.students, p.of) for p in found] == [("a senior official", 3, 4)]
    assert consensus_passages(coders[:1], pack.lesson, t) == []  # one student is never a consensus
    assert needed(1) == 2 and needed(24) == 12 and needed(5) == 3
    s, e = official
    cut = [Coder("x", {"framing": [(s + 3, e)]}), Coder("y", {"framing": [(s + 3, e - 2)]})]
    assert consensus_passages(cut, pack.lesson, t)[0].quote == "senior official"  # widened to whole words


def test_promoted_passages_become_key_drafts_with_the_class_share(tmp_path: Path) -> None:
    """Promote to key adds each consensus passage once, with the class's share as the rationale, and undoes."""
    pack = write_pack(tmp_path / "pack")
    t = pack.article.text
    coders = [Coder(f"c{n}", {"framing": [span("the talks had failed", t)],
                              "named-source": [span("Senator Jane Roe", t)]}) for n in range(3)]
    passages = consensus_passages(coders, pack.lesson, t)
    sheet = KeySheet(pack.lesson, pack.article, draft_from_key(pack.key, pack.lesson, pack.article))
    before = len(sheet.work.annotations)
    added = draft_passages(sheet, passages)
    assert len(added) == 1  # "Senator Jane Roe" is in the key already
    new = sheet.work.annotations[added[0]]
    assert (new.quote, new.category) == ("the talks had failed", "framing")
    assert new.note.startswith("Draft from the class: 3 of 3 students (100 %) marked this as Framing.")
    assert draft_passages(sheet, passages) == []  # sending twice adds nothing twice
    sheet.undo()
    assert len(sheet.work.annotations) == before


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 40), st.integers(1, 40))
def test_shading_steps_are_one_to_four(students: int, of: int) -> None:
    """Every count gets a step from 0 (nobody) to 4, never past it, even when the numbers are odd."""
    step = level(min(students, of), of)
    assert 0 <= step <= 4 and (step == 0) == (min(students, of) == 0)


def test_render_escapes_the_article(tmp_path: Path) -> None:
    """An article with markup in it is shown as text on the handout, never as HTML."""
    pack = write_pack(tmp_path / "pack", "# Title\n\nThe <b>bold</b> & the rest.\n", with_key=False)
    t = pack.article.text
    coders = [Coder(f"c{n}", {"framing": [span("<b>bold</b>", t)]}) for n in range(3)]
    page = render_debrief(pack.lesson, pack.article, coders)
    assert "&lt;b&gt;bold&lt;/b&gt;" in page and "<b>bold" not in page
    assert re.search(r"3 of 3 students", page)


def test_half_the_class_is_underlined_like_the_consensus() -> None:
    """A passage exactly half the class marked is a consensus, so its shading step is the underlined one."""
    assert (level(12, 24), level(11, 24), level(18, 24), level(24, 24), level(1, 24)) == (3, 2, 4, 4, 1)
