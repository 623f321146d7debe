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
from annotator.core.i18n import Words
from annotator.core.page_furniture import PageBlock, remove_furniture, suspicious
from annotator.core.page_metadata import headline, page_authors, page_headings
from annotator.core.text import one_line

MIN_WEB_ARTICLE_WORDS = 30
"""Fewer words of paragraphs than this in a web page is a menu or a teaser, not an article."""
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class WebArticle:
    """What a web page holds: its headline, its blocks (``## `` before a heading, ``- `` before a list item),
    what it says about itself, the blocks left out as page furniture and those that may still be."""

    title: str
    blocks: tuple[str, ...]
    author: str = ""
    published: str = ""  # ISO date, YYYY-MM-DD
    source: str = ""  # site or publication name
    url: str = ""
    left_out: tuple[tuple[str, str], ...] = ()  # (kind of furniture, its text)
    suspicious: tuple[int, ...] = ()  # indexes into ``blocks``


# trafilatura's XML: these elements start a block of their own; the rest is inline text.
_XmlElement = Any  # an lxml element; lxml has no type hints of its own
_BLOCK_TAGS = frozenset(
    {"body", "main", "doc", "p", "head", "list", "item", "quote", "table", "row", "cell", "code", "div"}
)
_SKIPPED_TAGS = frozenset({"graphic", "comments", "note", "fw"})


class WebPages(Words):
    """The words about a saved web page that holds no article Annotator can read."""


def extract_web_article(html: str, *, where: str) -> WebArticle:
    """The article of a saved web page: its headings, paragraphs and lists, and what the page states."""
    try:
        import trafilatura
        from trafilatura.settings import set_date_params
        from trafilatura.utils import load_html
    except ImportError as exc:  # pragma: no cover - trafilatura is a dependency
        raise ArticleImportError(
            Problem(file=where, message=WebPages.tr("importing web pages needs the trafilatura package, which is "
                                                    "missing"))
        ) from exc
    # Dates only from where pages put their publication date (metadata, <time>, the address),
    # not from any date-like words in the text: a wrong date misleads more than a missing one.
    date_params = set_date_params(extensive=False)
    try:
        tree = load_html(html)  # for the byline and headline; trafilatura changes the tree it is given
        document: Any = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=True,  # how much of a block is links tells a teaser from a paragraph
            include_formatting=False,
            date_extraction_params=date_params,
        )
    except Exception as exc:  # a third-party parser on arbitrary input: its failure is the page's, not ours
        raise ArticleImportError(
            Problem(file=where, message=WebPages.tr("the web page could not be read ({why})").format(
                why=type(exc).__name__))
        ) from exc
    body = getattr(document, "body", None) if document is not None else None
    found = _web_blocks(body) if body is not None else []
    source = one_line(getattr(document, "sitename", None) or "")
    site = [source, *_site_words(document)]
    # trafilatura's byline is one of the places page_authors reads (it weeds out login menus and repeats).
    authors = page_authors(tree, getattr(document, "author", None) or "") if tree is not None else []
    h1s = page_headings(tree) if tree is not None else []
    raw_title = one_line(getattr(document, "title", None) or "")
    title = headline(raw_title, h1s, drop=[*site, *authors])
    if not title and found and found[0].kind == "h1":
        title = found[0].text  # no <title> or metadata, but the article's own headline
    # The headline is usually repeated at the top of the article: it is already the "# " line.
    found = [b for b in found if not (b.is_heading and b.text in (title, raw_title))]
    kept, left_out = remove_furniture(found, authors=authors, names=site)
    # Extractors fall back on whatever text a page has; a few words of menu are not an article.
    if sum(len(b.text.split()) for b in kept if not b.is_heading) < MIN_WEB_ARTICLE_WORDS:
        raise ArticleImportError(
            Problem(file=where, message=WebPages.tr("no article was found in this web page (save the article's own "
                                                    "page)"))
        )
    return WebArticle(
        title,
        tuple(_markdown(block) for block in kept),
        author="; ".join(authors),
        published=_date(getattr(document, "date", None)),
        source=source,
        url=_url(getattr(document, "url", None)),
        left_out=tuple((kind, block.text) for kind, block in left_out),
        suspicious=tuple(suspicious(kept)),
    )


def _markdown(block: PageBlock) -> str:
    """A block as a line of article.md."""
    if block.is_heading:
        return f"## {block.text}"
    return f"- {block.text}" if block.kind == "li" else block.text


def _site_words(document: Any) -> list[str]:
    """Names the page gives its site and section, which its title and date lines repeat."""
    words = [one_line(getattr(document, name, None) or "") for name in ("sitename", "hostname")]
    words += [one_line(c) for c in getattr(document, "categories", None) or [] if isinstance(c, str)]
    return [w for w in words if w]


def _web_blocks(body: _XmlElement) -> list[PageBlock]:
    """Headings (``h1``…``h6``), paragraphs (``p``) and list items (``li``) of trafilatura's XML, in order.

    Quotes and table cells become paragraphs; a line break inside a paragraph starts a new one (a
    list written with <br>), since article.md would otherwise fold it into a space. An item of a
    numbered list keeps its number in its text ("2. …"), since the article may refer to it.
    """
    blocks: list[PageBlock] = []
    buffer: list[str] = []
    links = [0]  # characters of the block being read that are inside links
    kinds: list[str] = ["p"]

    def flush() -> None:
        text = one_line("".join(buffer))
        buffer.clear()
        if text:
            blocks.append(PageBlock(kinds[-1], text, min(links[0], len(text))))
        links[0] = 0

    def walk(element: _XmlElement, in_link: bool) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIPPED_TAGS or not tag:
            buffer.append(element.tail or "")
            return
        block = tag in _BLOCK_TAGS
        if block:
            flush()
            kinds.append(_heading_kind(element) if tag == "head" else "li" if tag == "item" else "p")
            if tag == "item" and _numbered(element):
                buffer.append(f"{_position(element)}. ")
        elif tag == "lb":
            flush()
        in_link = in_link or tag == "ref"
        buffer.append(element.text or "")
        links[0] += len(one_line(element.text or "")) if in_link else 0
        for child in element:
            walk(child, in_link)
        if block:
            flush()
            kinds.pop()
        buffer.append(element.tail or "")

    walk(body, False)
    flush()
    return blocks


def _numbered(item: _XmlElement) -> bool:
    parent = item.getparent()
    return parent is not None and str(parent.get("rend") or "") == "ol"


def _position(item: _XmlElement) -> int:
    return 1 + sum(1 for sibling in item.itersiblings(preceding=True) if sibling.tag == "item")


def _heading_kind(element: _XmlElement) -> str:
    rend = str(element.get("rend") or "")
    return rend if re.fullmatch(r"h[1-6]", rend) else "h2"


def _date(value: str | None) -> str:
    value = (value or "").strip()
    return value if _ISO_DATE.fullmatch(value) else ""


def _url(value: str | None) -> str:
    value = (value or "").strip()
    return value if value.startswith(("http://", "https://")) else ""
