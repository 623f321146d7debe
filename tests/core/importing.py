"""Helpers for the article import tests: writing a file, the one-line error it gives, its paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.article_import import ImportedArticle, import_article
from annotator.core.errors import ArticleImportError
from annotator.core.text import Article, BlockKind


def paragraphs(article: ImportedArticle) -> list[str]:
    """The paragraphs of an imported article, as the lesson will show them."""
    parsed = Article.from_markdown(article.markdown)
    return [parsed.text[b.start : b.end] for b in parsed.blocks if b.kind is BlockKind.PARAGRAPH]


def body(article: ImportedArticle) -> list[str]:
    """Subheadings and paragraphs: everything but the title heading."""
    parsed = Article.from_markdown(article.markdown)
    return [parsed.text[b.start : b.end] for b in parsed.blocks if b.kind is not BlockKind.HEADING]


def write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    """A file of these bytes (or this text, as UTF-8 with its line ends kept)."""
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def import_error(path: Path) -> str:
    """The one-line message importing ``path`` gives, checked to name the file."""
    with pytest.raises(ArticleImportError) as caught:
        import_article(path)
    [problem] = caught.value.problems
    assert problem.file == str(path)
    assert "\n" not in problem.message
    return problem.message


# A web page that is nothing but an article: no title, byline or date.
BARE_PAGE = """<html><body><main>
<p>The town council voted five to two on Tuesday night to close the Elm Street library, saying the
building needs repairs the town cannot afford this year.</p>
<p>Residents who spoke at the meeting disagreed, and several said the shops next door would lose
customers. A petition to keep the library open has collected more than 800 signatures.</p>
</main></body></html>
"""
