"""The article inside a saved news web page, found with trafilatura, for :mod:`annotator.core.article_import`.

trafilatura finds the article among the page's navigation, scripts, adverts and comments. It is
loaded only when a web page is imported, to keep the app's start quick. Nothing is guessed: a
field the page does not state stays ``""``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from annotator.core.errors import ArticleImportError, Problem

MIN_WEB_ARTICLE_WORDS = 30
"""Fewer words of paragraphs than this in a web page is a menu or a teaser, not an article."""
_WHITESPACE = re.compile(r"\s+")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Login menus ("Username") that trafilatura sometimes takes for a byline.
_NOT_AUTHORS = {"username", "user name", "user", "guest", "admin", "administrator", "login", "sign in"}


@dataclass(frozen=True)
class WebArticle:
    """What a web page holds: its headline, its blocks (``## `` before a heading) and what it says about itself."""

    title: str
    blocks: tuple[str, ...]
    author: str = ""
    published: str = ""  # ISO date, YYYY-MM-DD
    source: str = ""  # site or publication name
    url: str = ""


def one_line(text: str) -> str:
    """Text with every run of white space (line breaks too) folded to one space, trimmed."""
    return _WHITESPACE.sub(" ", text).strip()


# trafilatura's XML: these elements start a block of their own; the rest is inline text.
_XmlElement = Any  # an lxml element; lxml has no type hints of its own
_BLOCK_TAGS = frozenset(
    {"body", "main", "doc", "p", "head", "list", "item", "quote", "table", "row", "cell", "code", "div"}
)
_SKIPPED_TAGS = frozenset({"graphic", "comments", "note", "fw"})


def extract_web_article(html: str, *, where: str) -> WebArticle:
    """The article of a saved web page: its headings and paragraphs, and what the page states."""
    try:
        import trafilatura
        from trafilatura.settings import set_date_params
    except ImportError as exc:  # pragma: no cover - trafilatura is a dependency
        raise ArticleImportError(
            Problem(file=where, message="importing web pages needs the trafilatura package, which is missing")
        ) from exc
    # Dates only from where pages put their publication date (metadata, <time>, the address),
    # not from any date-like words in the text: a wrong date misleads more than a missing one.
    date_params = set_date_params(extensive=False)
    try:
        document: Any = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=False,
            date_extraction_params=date_params,
        )
    except Exception as exc:  # a third-party parser on arbitrary input: its failure is the page's, not ours
        raise ArticleImportError(
            Problem(file=where, message=f"the web page could not be read ({type(exc).__name__})")
        ) from exc
    body = getattr(document, "body", None) if document is not None else None
    blocks = _web_blocks(body) if body is not None else []
    title = one_line(getattr(document, "title", None) or "")
    if not title and blocks and blocks[0][0] == "h1":
        title = blocks[0][1]  # no <title> or metadata, but the article's own headline
    # The headline is usually repeated at the top of the article: it is already the "# " line.
    texts = tuple(
        f"## {text}" if kind.startswith("h") else text
        for kind, text in blocks
        if not (kind.startswith("h") and text == title)
    )
    # Extractors fall back on whatever text a page has; a few words of menu are not an article.
    if sum(len(text.split()) for kind, text in blocks if kind == "p") < MIN_WEB_ARTICLE_WORDS:
        raise ArticleImportError(
            Problem(file=where, message="no article was found in this web page (save the article's own page)")
        )
    return WebArticle(
        title,
        texts,
        author=_author(getattr(document, "author", None)),
        published=_date(getattr(document, "date", None)),
        source=one_line(getattr(document, "sitename", None) or ""),
        url=_url(getattr(document, "url", None)),
    )


def _web_blocks(body: _XmlElement) -> list[tuple[str, str]]:
    """Headings (``h1``…``h6``) and paragraphs (``p``) of trafilatura's XML, in reading order.

    Lists, quotes and table cells become paragraphs; a line break inside a paragraph starts a new
    one (a list written with <br>), since article.md would otherwise fold it into a space.
    """
    blocks: list[tuple[str, str]] = []
    buffer: list[str] = []
    kinds: list[str] = ["p"]

    def flush() -> None:
        text = one_line("".join(buffer))
        buffer.clear()
        if text:
            blocks.append((kinds[-1], text))

    def walk(element: _XmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIPPED_TAGS or not tag:
            buffer.append(element.tail or "")
            return
        block = tag in _BLOCK_TAGS
        if block:
            flush()
            kinds.append(_heading_kind(element) if tag == "head" else "p")
        elif tag == "lb":
            flush()
        buffer.append(element.text or "")
        for child in element:
            walk(child)
        if block:
            flush()
            kinds.pop()
        buffer.append(element.tail or "")

    walk(body)
    flush()
    return blocks


def _heading_kind(element: _XmlElement) -> str:
    rend = str(element.get("rend") or "")
    return rend if re.fullmatch(r"h[1-6]", rend) else "h2"


def _author(value: str | None) -> str:
    """The byline, without repeats ("Jane Roe; JANE ROE") or login-menu placeholders."""
    names: dict[str, str] = {}
    for name in (value or "").split(";"):
        name = one_line(name)
        if name and name.lower() not in _NOT_AUTHORS:
            names.setdefault(name.casefold(), name)
    return "; ".join(names.values())


def _date(value: str | None) -> str:
    value = (value or "").strip()
    return value if _ISO_DATE.fullmatch(value) else ""


def _url(value: str | None) -> str:
    value = (value or "").strip()
    return value if value.startswith(("http://", "https://")) else ""
