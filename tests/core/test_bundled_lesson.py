"""The bundled lesson pack (lessons/hanoi-summit-2019): it loads, its key fits its article, its text is the source's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotator.core.key import KeyItem
from annotator.core.pack import Pack, load_pack
from annotator.resources import lessons_dir

PACK_DIR = lessons_dir() / "hanoi-summit-2019"
SOURCE = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "hanoi-summit-2019.txt"

NAMED_SENATORS = ["Chris Murphy", "Ron Johnson", "Jeff Merkley"]
UNNAMED_SOURCES = [
    "one senator who was in the room",
    "a senior administration official",
    "a State Department spokesperson",
    "a senior State Department official",
    "senators who met with him",
    "Many experts",
    "Critics",
    "his own intelligence officials",
    "The State Department has acknowledged",
]
ROLE_ONLY_SOURCES = ["a State Department spokesperson"]


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(PACK_DIR)


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _items_covering(pack: Pack, phrase: str) -> list[KeyItem]:
    text = pack.article.text
    assert text.count(phrase) == 1, f"{phrase!r} should appear exactly once in the article"
    start = text.index(phrase)
    end = start + len(phrase)
    assert pack.key is not None
    return [i for i in pack.key.items if i.start <= start and end <= i.end]


def test_pack_loads(pack: Pack) -> None:
    """The app would show an error instead of the default lesson when it starts."""
    assert pack.lesson.id == "hanoi-summit-2019"
    assert pack.key is not None
    assert pack.article.text.startswith("How the White House Is Spinning the North Korea Summit Collapse\n")


def test_article_details_are_not_invented(pack: Pack) -> None:
    """The lesson would credit an author, date or link that the source never gave."""
    info = pack.lesson.article
    assert info.file == "article.md"
    assert info.source == "The Atlantic"
    assert (info.author, info.published, info.url) == ("", "", "")


def test_eight_categories_with_distinct_keys_colours_and_styles(pack: Pack) -> None:
    """Students would find two categories on one key, or two that look the same on screen."""
    cats = pack.lesson.categories
    assert [c.id for c in cats] == [
        "named-source",
        "unnamed-source",
        "framing",
        "loaded-language",
        "hedge",
        "opinion",
        "check-claim",
        "missing-context",
    ]
    assert [c.shortcut for c in cats] == [str(n) for n in range(1, 9)]
    assert len({c.color.lower() for c in cats}) == 8
    assert len({c.style for c in cats}) == 8


def test_category_examples_come_from_the_article(pack: Pack) -> None:
    """A category's example would point students at words they cannot find in the article."""
    for cat in pack.lesson.categories:
        assert cat.help.strip()
        for example in cat.examples:
            assert example in pack.article.text, f"{cat.id}: {example!r}"


def test_key_quotes_sit_at_their_offsets(pack: Pack) -> None:
    """The teacher's key would highlight the wrong words, and scores would be wrong."""
    text = pack.article.text
    assert pack.key is not None
    for item in pack.key.items:
        assert text[item.start : item.end] == item.quote, item.id
    for entry in pack.key.not_flagged:
        assert text[entry.start : entry.end] == entry.quote, entry.quote


def test_key_matches_this_article_text(pack: Pack) -> None:
    """The teacher would be told the key was made for a different version of the article."""
    assert pack.key is not None
    assert pack.key.article_sha256 == pack.article.sha256
    assert pack.key.lesson_id == pack.lesson.id


def test_every_prompt_can_reach_its_points(pack: Pack) -> None:
    """A student who found every key item for a prompt could still not get full marks on it."""
    assert pack.key is not None
    for prompt in pack.lesson.prompts:
        available = sum(i.points for i in pack.key.items if i.prompt == prompt.id)
        assert prompt.points <= available, prompt.id


def test_every_named_senator_is_in_the_key(pack: Pack) -> None:
    """A student who marked a senator as a named source would get no credit for it."""
    assert pack.key is not None
    for name in NAMED_SENATORS:
        assert any(name in i.quote and "named-source" in i.categories for i in pack.key.items), name


def test_every_unnamed_source_is_in_the_key(pack: Pack) -> None:
    """A student who spotted an anonymous source would get no credit for it."""
    for phrase in UNNAMED_SOURCES:
        items = _items_covering(pack, phrase)
        assert any(i.categories[0] == "unnamed-source" for i in items), phrase


def test_role_only_sources_accept_both_source_categories(pack: Pack) -> None:
    """A student who called a named role (a spokesperson) a named source would be marked wrong."""
    for phrase in ROLE_ONLY_SOURCES:
        items = [i for i in _items_covering(pack, phrase) if i.categories[0] == "unnamed-source"]
        assert items, phrase
        assert all("named-source" in i.categories for i in items), phrase


def test_article_words_are_the_sources_words(pack: Pack) -> None:
    """Students would be reading words the original article never printed, or miss some it did."""
    paragraphs = [_fold(p) for p in SOURCE.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    blocks = [_fold(pack.article.text[b.start : b.end]) for b in pack.article.blocks]
    text = _fold(pack.article.text)
    for paragraph in paragraphs:
        assert paragraph in text, paragraph[:60]
    for block in blocks:
        assert block in paragraphs, block[:60]
    caption = paragraphs[0]
    assert text.count(caption) == 1, "the photo caption should appear once, with its credit"
