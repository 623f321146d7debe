"""The lesson editor's Article page: deleting and correcting paragraphs, with the key's passages guarded."""

from __future__ import annotations

from pathlib import Path

from annotator.core.library import make_pack
from annotator.core.pack import Pack, load_pack
from annotator.ui.lessons.editor import LessonEditor
from tests.core.mini_summit import ARTICLE_MD, write_pack
from tests.core.test_article_edit import WITH_LINK


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
