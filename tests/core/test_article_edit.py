"""Deleting or correcting paragraphs of a lesson's article: the key moves with the text, students' work is kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.cli import main
from annotator.core.article_edit import (
    ArticleBlock,
    article_blocks,
    blocks_markdown,
    edited_markdown,
    reanchor_key,
    suspicious_blocks,
)
from annotator.core.library import make_pack
from annotator.core.pack import Pack
from annotator.core.text import Article, BlockKind
from annotator.core.workfile import save_work
from tests.core.mini_summit import ARTICLE_MD, ann, work_of, write_pack

# The mini summit article with a line an import let through, before the paragraph the key is about.
WITH_LINK = ARTICLE_MD.replace("\n\nSenator", "\n\nWatch the summit video\n\nSenator", 1)


def _pack(tmp_path: Path) -> Pack:
    return write_pack(tmp_path / "pack", article_md=WITH_LINK)


def test_students_work_on_the_old_text_is_placed_again_and_never_lost(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A student who highlighted the deleted line, or a passage after it, would lose the highlight and its note."""
    pack = _pack(tmp_path)
    text = pack.article.text
    work = work_of(pack, ann("a1", "named-source", "Senator Jane Roe", text=text),
                   ann("a2", "framing", "summit video", text=text, note="why I marked it"))
    save_work(tmp_path / "ana.yaml", work)
    old = Article.from_markdown(WITH_LINK)
    blocks = [b for b in article_blocks(WITH_LINK) if b.text != "Watch the summit video"]
    assert pack.key is not None
    key = reanchor_key(pack.key, old, Article.from_markdown(blocks_markdown(blocks))).key
    make_pack(pack.path, lesson=pack.lesson, article_markdown=blocks_markdown(blocks), key=key)
    capsys.readouterr()
    main(["check", str(tmp_path / "ana.yaml"), "--lesson", str(pack.path)])
    out = capsys.readouterr().out
    assert "moved" in out and "orphaned" in out  # a1 found again, a2 listed as not found: both kept
    assert "summit video" in (tmp_path / "ana.yaml").read_text(encoding="utf-8")


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_deleting_any_paragraph_without_key_passages_keeps_the_whole_key(data: st.DataObject) -> None:
    """Some deletion would leave a key passage pointing at the wrong words."""
    extra = data.draw(st.lists(st.sampled_from(["Share on Twitter", "Watch the video", "Advertisement",
                                                "Read more: Talks resume in May", "Loading Comments…"]),
                               min_size=1, max_size=4))
    blocks = article_blocks(ARTICLE_MD)
    for line in extra:
        blocks.insert(data.draw(st.integers(1, len(blocks))), ArticleBlock(BlockKind.PARAGRAPH, line))
    from tests.core.mini_summit import make_key

    old = Article.from_markdown(blocks_markdown(blocks))
    key = make_key(old)
    new = Article.from_markdown(blocks_markdown([b for b in blocks if b.text not in extra]))
    moved = reanchor_key(key, old, new)
    assert moved.lost == ()
    assert moved.key.article_sha256 == new.sha256
    assert [(i.quote, new.text[i.start : i.end]) for i in moved.key.items] == [(i.quote, i.quote) for i in key.items]


def test_an_edit_that_reads_as_before_changes_nothing() -> None:
    """Spaces typed and taken back, or a block emptied and typed again, must not rewrite article.md or the key."""
    blocks = article_blocks(WITH_LINK)
    assert edited_markdown(WITH_LINK, [ArticleBlock(b.kind, f"  {b.text}\n") for b in blocks]) is None
    without = [b for b in blocks if b.text != "Watch the summit video"]
    edited = edited_markdown(WITH_LINK, without)
    assert edited is not None and "Watch the summit video" not in edited


def test_a_short_line_that_is_no_sentence_is_flagged_for_the_teacher() -> None:
    """The editor marks ⚠ what new-lesson names as possibly not the article's; headings never."""
    blocks = article_blocks(WITH_LINK)
    flagged = suspicious_blocks(blocks)
    assert [blocks[i].text for i in flagged] == ["Watch the summit video"]
