"""Turning a news article file (.txt, .md or a saved web page) into a lesson's ``article.md``.

A teacher picks a file; :func:`import_article` reads it, works out its encoding, keeps the
article's words as they are and returns the text of ``article.md`` (:mod:`annotator.core.text`) with what
the source says about itself (title, author, date, publication, address). Nothing is guessed:
a field the source does not state stays ``""``. Anything that cannot be imported raises
:class:`ArticleImportError` with one line a teacher can act on.

Reading a file's bytes and working out their encoding is :mod:`annotator.core.article_decoding`'s
work; finding the article in a web page is :mod:`annotator.core.web_article`'s.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from annotator.core.article_decoding import (
    MAX_ARTICLE_BYTES,
    ArticleImport,
    clean_controls,
    decode_article,
    read_article_bytes,
    strip_invisible,
    too_big_message,
)
from annotator.core.errors import ArticleImportError, Problem
from annotator.core.text import Article, BlockKind, one_line
from annotator.core.web_article import WebArticle, extract_web_article

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

WRAP_WIDTH = 100
"""Text wrapped to a width (e-mail, Project Gutenberg) never has longer lines than this."""

TITLE_MAX_WORDS = 20
_FINAL_PUNCTUATION = ".!?…:;,"
_CLOSING_MARKS = "'\"’”»)]"
_SURROGATES = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class ImportedArticle:
    """The text of an ``article.md`` and what its source says about itself."""

    markdown: str
    title: str = ""
    author: str = ""
    published: str = ""  # ISO date, YYYY-MM-DD
    source: str = ""  # site or publication name
    url: str = ""
    warnings: tuple[str, ...] = ()
    invisible: int = 0  # invisible characters that split words, removed (soft hyphens, zero-width spaces)
    left_out: tuple[tuple[str, str], ...] = ()  # page furniture left out: (what it is, its text)
    suspicious: tuple[tuple[int, str], ...] = ()  # paragraphs that may still be furniture: (number, text)


def import_article(path: Path) -> ImportedArticle:
    """Read a .txt, .md or saved web page (.html, .htm) and return its article.

    Plain text follows the rules of :func:`import_text`. Markdown is kept as it is, its first
    ``# `` heading giving the title. A web page keeps its article's headings and paragraphs.
    """
    path = Path(path)
    data = read_article_bytes(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES:
        raise _error(path, ArticleImport.tr("Annotator imports .txt, .md and .html files, not {kind}").format(
            kind=suffix or ArticleImport.tr("files without an extension")))
    text, warnings = decode_article(data, path, html=suffix in HTML_SUFFIXES)
    if not text.strip():
        raise _error(path, ArticleImport.tr("the file is empty"))
    if suffix in TEXT_SUFFIXES:
        article = _from_plain_text(text, title="", where=str(path))
    elif suffix in MARKDOWN_SUFFIXES:
        article = _from_markdown(text, where=str(path))
    else:
        article = _from_web_page(text, where=str(path))
    return _without_invisible(dataclasses.replace(article, warnings=warnings + article.warnings), where=str(path))


def import_text(text: str, *, title: str = "") -> ImportedArticle:
    """Turn pasted plain text into an article; ``title`` (when given) becomes its heading.

    Paragraphs: blank lines separate paragraphs, and the lines of a paragraph are joined with a
    space (text wrapped to a width). A block with a line longer than 100 characters was not
    wrapped, so each of its lines is a paragraph; so is each line of a text with no blank line.

    Title, when none is given: the first paragraph is the title only if it was one line of at
    most 20 words, is followed by more text, does not start with a lowercase letter and does not
    end with punctuation (``. ! ? … : ; ,``, looking inside closing quotes). A headline that
    ends with ``?`` therefore stays a paragraph. As in article.md, a paragraph that starts with
    ``# `` or ``## `` is a heading (the first ``# `` one is the title if there is none yet).
    Words are never changed.
    """
    where = ArticleImport.tr("pasted text")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_ARTICLE_BYTES:
        raise ArticleImportError(Problem(file=where, message=too_big_message(size, "text")))
    # Half of a UTF-16 pair (a clipboard cut mid-emoji) cannot be saved as UTF-8.
    text, broken = _SURROGATES.subn("\ufffd", text)
    text, warnings = clean_controls(text, where)
    if broken:
        warnings += (ArticleImport.tr("replaced %n broken character(s) with �", "", broken),)
    article = _from_plain_text(text, title=title, where=where)
    return _without_invisible(dataclasses.replace(article, warnings=warnings + article.warnings), where=where)


def _without_invisible(article: ImportedArticle, *, where: str) -> ImportedArticle:
    """The article without invisible characters that split words (counted, so the teacher is told).

    What is left is checked again: a file of nothing but soft hyphens has no text to annotate.
    """
    markdown, count = strip_invisible(article.markdown)  # the title is in it, as its "# " line
    title, author, source = (strip_invisible(text)[0] for text in (article.title, article.author, article.source))
    suspicious = tuple((n, strip_invisible(text)[0]) for n, text in article.suspicious)
    stripped = dataclasses.replace(article, markdown=markdown, title=title, author=author, source=source,
                                   invisible=count, suspicious=suspicious)
    return _checked(stripped, where=where) if count else stripped


def _error(path: Path, message: str) -> ArticleImportError:
    return ArticleImportError(Problem(file=str(path), message=message))


# --- plain text and Markdown --------------------------------------------------------------


def _plain_paragraphs(text: str) -> list[tuple[str, bool]]:
    """Paragraphs of plain text, each with whether it was a single line of the source."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    groups: list[list[str]] = [[]]
    for line in text.split("\n"):
        line = line.strip()
        if line:
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    groups = [group for group in groups if group]
    if len(groups) == 1:
        return [(line, True) for line in groups[0]]
    paragraphs: list[tuple[str, bool]] = []
    for group in groups:
        if max(len(line) for line in group) > WRAP_WIDTH:
            paragraphs.extend((line, True) for line in group)
        else:
            paragraphs.append((" ".join(group), len(group) == 1))
    return paragraphs


def _looks_like_title(paragraph: str) -> bool:
    """Whether a one-line first paragraph is clearly a headline (rule in :func:`import_text`)."""
    if len(paragraph.split()) > TITLE_MAX_WORDS or paragraph[0].islower() or paragraph.startswith("#"):
        return False  # a "# " line is a heading already
    end = paragraph.rstrip(_CLOSING_MARKS)
    return bool(end) and end[-1] not in _FINAL_PUNCTUATION


def _from_plain_text(text: str, *, title: str, where: str) -> ImportedArticle:
    paragraphs = _plain_paragraphs(text)
    if not paragraphs:
        raise ArticleImportError(Problem(file=where, message=ArticleImport.tr("there is no text to import")))
    title = one_line(title)
    if title:
        if paragraphs[0][0] == title:
            paragraphs = paragraphs[1:]  # the title was pasted with the text
    elif len(paragraphs) > 1 and paragraphs[0][1] and _looks_like_title(paragraphs[0][0]):
        title = paragraphs.pop(0)[0]
    return _article(title, [text for text, _ in paragraphs], where=where)


def _from_markdown(text: str, *, where: str) -> ImportedArticle:
    """Markdown is kept as written; its first ``# `` heading is the title."""
    markdown = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n") + "\n"
    return _checked(ImportedArticle(markdown=markdown), where=where)


def list_chunks(lines: Iterable[str]) -> list[str]:
    """Lines of article.md (markers included) as its blank-line-separated chunks: a list's items together.

    Consecutive ``- `` lines go on consecutive lines of one chunk, so that article.md reads as a list.
    """
    chunks: list[str] = []
    previous = ""
    for line in lines:
        if line.startswith("- ") and previous.startswith("- "):
            chunks[-1] += "\n" + line
        else:
            chunks.append(line)
        previous = line
    return chunks


def _article(
    title: str,
    blocks: list[str],
    *,
    where: str,
    author: str = "",
    published: str = "",
    source: str = "",
    url: str = "",
) -> ImportedArticle:
    """Assemble article.md: the title as a ``# `` heading, then the blocks."""
    markdown = "\n\n".join(([f"# {title}"] if title else []) + blocks) + "\n"
    article = ImportedArticle(markdown, title, author=author, published=published, source=source, url=url)
    return _checked(article, where=where)


def _checked(article: ImportedArticle, *, where: str) -> ImportedArticle:
    """Refuse an article with nothing to annotate; take the title from a ``# `` heading if need be.

    Read the way the lesson will read it: a paragraph that starts with ``# `` or ``## `` (in
    Markdown, or pasted from it) is a heading, not text to annotate.
    """
    parsed = Article.from_markdown(article.markdown)
    if all(block.is_heading for block in parsed.blocks):
        message = (ArticleImport.tr("there are headings but no paragraphs to annotate") if parsed.blocks
                   else ArticleImport.tr("there is no text to import"))
        raise ArticleImportError(Problem(file=where, message=message))
    if article.title:
        return article
    titles = [parsed.text[b.start : b.end] for b in parsed.blocks if b.kind is BlockKind.HEADING]
    return dataclasses.replace(article, title=titles[0]) if titles else article


def _from_web_page(html: str, *, where: str) -> ImportedArticle:
    """The article of a saved web page: its headings and paragraphs, and what the page states."""
    page = extract_web_article(html, where=where)
    article = _article(page.title, list_chunks(page.blocks), where=where, author=page.author, published=page.published,
                       source=page.source, url=page.url)
    return dataclasses.replace(article, left_out=page.left_out, suspicious=_numbered(article, page))


def _numbered(article: ImportedArticle, page: WebArticle) -> tuple[tuple[int, str], ...]:
    """The suspicious blocks of a page with their numbers as the lesson counts paragraphs (headings aside)."""
    parsed = Article.from_markdown(article.markdown)
    body = parsed.blocks[1:] if page.title else parsed.blocks
    if len(body) != len(page.blocks):  # a block that parses as two: no numbers rather than wrong ones
        return ()
    number, numbers = 0, []
    for block in body:
        number += not block.is_heading
        numbers.append(number)
    return tuple((numbers[i], parsed.text[body[i].start : body[i].end]) for i in page.suspicious)
