"""Deleting or correcting paragraphs of a lesson's article: the key moves with the text, students' work is kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.cli import main
from annotator.core.article_edit import ArticleBlock, article_blocks, blocks_markdown, reanchor_key
from annotator.core.library import make_pack
from annotator.core.pack import Pack, load_pack
from annotator.core.text import Article, BlockKind
from annotator.core.workfile import save_work
from annotator.ui.lessons.editor import LessonEditor
from tests.core.mini_summit import ARTICLE_MD, ann, work_of, write_pack

# The mini summit article with a line an import let through, before the paragraph the key is about.
WITH_LINK = ARTICLE_MD.replace("\n\nSenator", "\n\nWatch the summit video\n\nSenator", 1)


def _pack(tmp_path: Path) -> Pack:
    return write_pack(tmp_path / "pack", article_md=WITH_LINK)


def _editor(qtbot, pack: Pack) -> LessonEditor:  # type: ignore[no-untyped-def]
    editor = LessonEditor(pack.lesson, article_markdown=pack.article_markdown(), key=pack.key)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.article_page is not None
    editor.tabs.setCurrentWidget(editor.article_page)
    return editor


def test_deleting_a_line_moves_the_key_with_the_text(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Deleting a paragraph shifted every offset after it: the key would point at other words, or not load."""
    pack = _pack(tmp_path)
    editor = _editor(qtbot, pack)
    page = editor.article_page
    assert page is not None
    assert page.block_list.item(1).text() == "⚠ 1. Watch the summit video"  # marked as maybe not the article's
    page.block_list.setCurrentRow(1)
    page.delete_button.click()
    assert editor.ok_button.isEnabled()
    markdown = editor.result_article()
    assert markdown == ARTICLE_MD
    key = editor.result_key()
    assert key is not None
    make_pack(pack.path, lesson=editor.result_lesson(), article_markdown=markdown, key=key)  # as Edit lesson saves
    saved = load_pack(pack.path)  # the key is checked against the new text on loading
    assert saved.key is not None and pack.key is not None
    assert [(i.id, i.quote) for i in saved.key.items] == [(i.id, i.quote) for i in pack.key.items]
    assert all(saved.article.text[i.start : i.end] == i.quote for i in saved.key.items)


def test_a_paragraph_holding_a_key_passage_cannot_go_unnoticed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Deleting the paragraph a key passage is in would drop the passage, and every student's score with it."""
    editor = _editor(qtbot, _pack(tmp_path))
    page = editor.article_page
    assert page is not None
    page.block_list.setCurrentRow(3)  # "Two people familiar with the talks said…"
    page.delete_button.click()
    assert not editor.ok_button.isEnabled()
    assert "The answer key marks “people familiar with the talks”, which is no longer in the article" in \
        editor.warnings.text()
    page.block_list.setCurrentRow(0)
    assert not page.delete_button.isEnabled()  # the headline is corrected, not deleted


def test_correcting_a_paragraph_keeps_it_one_paragraph(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A correction typed with a line break would split the paragraph, or be lost when the dialog closes."""
    editor = _editor(qtbot, _pack(tmp_path))
    page = editor.article_page
    assert page is not None
    page.block_list.setCurrentRow(3)
    page.block_text.setPlainText("Two people familiar with the talks said\nmore meetings are planned for May.")
    markdown = editor.result_article()
    assert markdown is not None and markdown.endswith("Two people familiar with the talks said more meetings are "
                                                      "planned for May.\n")
    assert editor.ok_button.isEnabled()
    assert page.block_list.item(3).text().endswith("planned for May.")


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


def test_the_article_page_names_its_controls(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A screen reader user would hear "list" or "button" on the new page with no idea what it is for."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QWidget

    editor = _editor(qtbot, _pack(tmp_path))
    assert editor.article_page is not None
    unnamed = [type(w).__name__ for w in editor.article_page.findChildren(QWidget)
               if w.focusPolicy() & Qt.FocusPolicy.TabFocus
               and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))]
    assert unnamed == []
