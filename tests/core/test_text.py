"""The canonical text of an article: the one thing every offset in every file counts in."""

from __future__ import annotations

import hashlib
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.errors import AnnotatorError
from annotator.core.text import Article, BlockKind, Utf16Map, context, digest
from annotator.core.yamlfile import decode_utf8

PROPERTY = settings(max_examples=300, deadline=None)

# Markdown-ish text: lines, blank lines, heading markers, odd spaces and line endings, accents both ways.
FRAGMENTS = ["# ", "## ", "### ", "#", "- ", "-", "\n", "\n\n", "\r\n", "\r", " ", "\t", "  \n", "\u00a0", "word",
             "Zoë", "Zoe\u0308", "e\u0301", "\u0301", "😀", "\ufeff", "\u2028", "\x85", "—", "“", "”", "."]
markdownish = st.one_of(st.text(), st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=4), max_size=40).map("".join))


def test_blocks_fold_and_join_with_one_newline() -> None:
    """Offsets written by one computer would point at other words on another, if text were folded differently."""
    article = Article.from_markdown("# Title\n\n## Sub title\n\nFirst line\n  second line  \n\n\n  \t\nNext.\n")
    assert article.text == "Title\nSub title\nFirst line second line\nNext."
    assert [b.kind for b in article.blocks] == [BlockKind.HEADING, BlockKind.SUBHEADING, BlockKind.PARAGRAPH,
                                                BlockKind.PARAGRAPH]
    assert [article.text[b.start : b.end] for b in article.blocks] == ["Title", "Sub title", "First line second line",
                                                                       "Next."]


def test_heading_markers_need_a_space_and_are_not_text() -> None:
    """A '#hashtag' paragraph would lose its '#', or a heading keep its marker in the quotes students make."""
    article = Article.from_markdown("#hashtag here\n\n### three\n\n#   spaced  \n\n##")
    assert article.text == "#hashtag here\n### three\nspaced\n##"
    assert [b.kind for b in article.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.HEADING,
                                                BlockKind.PARAGRAPH]


def test_list_items_are_blocks_without_their_markers() -> None:
    """A list would read as one run-on paragraph, or its '- ' would be counted in every offset after it."""
    article = Article.from_markdown("Three ideas:\n\n- one\n- two, which\n  wraps\n\n-dash\n\n- 1. numbered\n")
    assert article.text == "Three ideas:\none\ntwo, which wraps\n-dash\n1. numbered"
    assert [b.kind for b in article.blocks] == [BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
                                                BlockKind.PARAGRAPH, BlockKind.LIST_ITEM]
    assert [b.is_heading for b in Article.from_markdown("# T\n\n## S\n\n- i\n\np").blocks] == [True, True, False,
                                                                                                 False]


def test_line_endings_and_bom_do_not_change_the_text() -> None:
    """An article saved on Windows (CRLF, BOM) would get a different digest and every offset would be off."""
    unix = Article.from_markdown("# T\n\nOne\ntwo.\n\nThree.\n")
    assert Article.from_markdown("\ufeff# T\r\n\r\nOne\r\ntwo.\r\n\r\nThree.\r\n") == unix
    assert Article.from_markdown("# T\r\rOne\rtwo.\r\rThree.\r") == unix


def test_text_is_nfc() -> None:
    """A student's quote typed as 'e + accent' would not match the article's 'é'."""
    assert Article.from_markdown("Cafe\u0301 Zoe\u0308").text == "Café Zoë"


def test_digest_is_sha256_of_the_utf8_canonical_text() -> None:
    """A key or student file would be reported as made for another text although it is the same."""
    article = Article.from_markdown("# Ti\u0301tle\r\n\r\nBody 😀\n")
    assert article.text == "Títle\nBody 😀"
    assert article.sha256 == digest(article.text) == hashlib.sha256("Títle\nBody 😀".encode()).hexdigest()


def test_offsets_count_code_points_and_qt_counts_utf16() -> None:
    """A highlight after an emoji would be drawn one character off in the window."""
    article = Article.from_markdown("😀 smile and 👩🏽‍🏫 teacher")
    start = article.text.index("smile")
    assert start == 2
    mapping = Utf16Map(article.text)
    assert mapping.to_utf16(start) == 3
    assert mapping.from_utf16(3) == start


def test_context_is_up_to_32_code_points() -> None:
    """The prefix and suffix that find a moved passage again would be too short or too long."""
    text = "a" * 40 + "QUOTE" + "b" * 40
    assert context(text, 40, 45) == ("a" * 32, "b" * 32)
    assert context("xQUOTEy", 1, 6) == ("x", "y")


@PROPERTY
@given(source=markdownish)
def test_canonical_text_rules_hold_for_any_input(source: str) -> None:
    """Some article could produce text with stray line breaks, blank blocks or blocks that miss their offsets."""
    article = Article.from_markdown(source)
    text = article.text
    assert "\r" not in text
    assert unicodedata.is_normalized("NFC", text)
    assert article.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    pieces = [text[b.start : b.end] for b in article.blocks]
    assert "\n".join(pieces) == text
    expected_start = 0
    for block, piece in zip(article.blocks, pieces, strict=True):
        assert block.start == expected_start
        assert piece and "\n" not in piece and piece == piece.strip()
        expected_start = block.end + 1
    assert all(not (p.startswith("# ") or p.startswith("## ")) for p, b in zip(pieces, article.blocks, strict=True)
               if b.kind is BlockKind.PARAGRAPH)


@PROPERTY
@given(source=markdownish)
def test_canonical_text_is_stable(source: str) -> None:
    """Re-saving an article.md would shift every student's offsets."""
    article = Article.from_markdown(source)
    marker = {BlockKind.HEADING: "# ", BlockKind.SUBHEADING: "## ", BlockKind.PARAGRAPH: "", BlockKind.LIST_ITEM: "- "}
    again = "\n\n".join(marker[b.kind] + article.text[b.start : b.end] for b in article.blocks)
    assert Article.from_markdown(again) == article
    unix = source.replace("\r\n", "\n").replace("\r", "\n")
    assert Article.from_markdown(unix.replace("\n", "\r\n")) == article
    assert Article.from_markdown(unicodedata.normalize("NFD", source)) == article


@PROPERTY
@given(data=st.binary(max_size=500))
def test_any_bytes_give_an_article_or_our_error(data: bytes) -> None:
    """A damaged article file would crash the app instead of being named."""
    try:
        text = decode_utf8(data, "article.md")
    except AnnotatorError:
        return
    Article.from_markdown(text)


@PROPERTY
@given(text=st.text(max_size=60))
def test_utf16_map_round_trips(text: str) -> None:
    """Clicking in the window would select a different character from the one under the mouse."""
    mapping = Utf16Map(text)
    for offset in range(len(text) + 1):
        position = mapping.to_utf16(offset)
        assert position == len(text[:offset].encode("utf-16-le")) // 2
        assert mapping.from_utf16(position) == offset


@pytest.mark.parametrize(("offset", "block"), [(0, 0), (5, 0), (6, 1), (12, 2)])
def test_block_index_at(offset: int, block: int) -> None:
    """The wrong paragraph would be repainted after an edit."""
    article = Article.from_markdown("Hello\n\nthere\n\nfriend")
    assert article.text == "Hello\nthere\nfriend"
    assert article.block_index_at(offset) == block


def test_a_cut_word_is_made_whole() -> None:
    """A drag a little short would save "Stephen Bie" as the student's quote."""
    from annotator.core.text import whole_words

    text = "Stephen Biegun’s lower-level talks, 2019."
    assert text[slice(*whole_words(text, 0, 11))] == "Stephen Biegun’s"  # from "Stephen Bie"
    assert text[slice(*whole_words(text, 3, 10))] == "Stephen Biegun’s"  # from "phen Bi"
    assert text[slice(*whole_words(text, 19, 22))] == "lower-level"
    assert whole_words(text, 8, 16) == (8, 16)  # already whole: unchanged
    assert whole_words(text, 34, 36) == (34, 36)  # ", " is left as it is
    assert whole_words(text, 5, 5) == (5, 5)


@given(st.text(alphabet="ab ’-.,\n", max_size=40), st.data())
def test_whole_words_only_widens_and_is_stable(text: str, data: st.DataObject) -> None:
    """Snapping could drop words the student selected, or keep moving on a second snap."""
    from annotator.core.text import whole_words

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    wide = whole_words(text, start, end)
    assert wide[0] <= start and wide[1] >= end
    assert whole_words(text, *wide) == wide


def test_words_with_combining_marks_and_numbers_are_made_whole() -> None:
    """A drag over part of "नमस्ते" or "3.5" would save half a letter or half a number."""
    from annotator.core.text import whole_words

    hindi = "कहा नमस्ते दोस्त"
    assert hindi[slice(*whole_words(hindi, 4, 7))] == "नमस्ते"
    numbers = "about 3.5 million, or 1,000 people."
    assert numbers[slice(*whole_words(numbers, 6, 8))] == "3.5"
    assert numbers[slice(*whole_words(numbers, 22, 24))] == "1,000"
    assert numbers[slice(*whole_words(numbers, 6, 16))] == "3.5 million"  # the comma after it stays out
