"""Turning a news article file (.txt, .md or a saved web page) into a lesson's ``article.md``.

A teacher picks a file; :func:`import_article` reads it, works out its encoding, keeps the
article's words as they are and returns the text of ``article.md`` (:mod:`annotator.core.text`) with what
the source says about itself (title, author, date, publication, address). Nothing is guessed:
a field the source does not state stays ``""``. Anything that cannot be imported raises
:class:`ArticleImportError` with one line a teacher can act on.

Web pages go through trafilatura, which finds the article among the page's navigation, scripts,
adverts and comments. It is loaded only when a web page is imported, to keep the app's start quick.
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.errors import ArticleImportError, Problem
from annotator.core.text import Article, BlockKind

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
"""Largest file imported: a long feature is well under 1 MB, a saved news page 2–3 MB."""

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

WRAP_WIDTH = 100
"""Text wrapped to a width (e-mail, Project Gutenberg) never has longer lines than this."""

TITLE_MAX_WORDS = 20
MIN_WEB_ARTICLE_WORDS = 30
"""Fewer words of paragraphs than this in a web page is a menu or a teaser, not an article."""
_FINAL_PUNCTUATION = ".!?…:;,"
_CLOSING_MARKS = "'\"’”»)]"
_MIB = 1024 * 1024

# Files that are documents of another kind, named so that the teacher knows what to do.
_BINARY_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a Word document or a .zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old-style Word document"),
    (b"{\\rtf", "a Rich Text (.rtf) document"),
)
_BOMS = (
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# Labels that browsers read as Windows-1252 whatever they say (WHATWG Encoding Standard).
_WINDOWS_1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"})
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_SURROGATES = re.compile("[\ud800-\udfff]")
_WHITESPACE = re.compile(r"\s+")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Unicode's control characters (category Cc) except tab, line feed, vertical tab, form feed, return.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_BINARY_CONTROL_SHARE = 0.05
# Login menus ("Username") that trafilatura sometimes takes for a byline.
_NOT_AUTHORS = {"username", "user name", "user", "guest", "admin", "administrator", "login", "sign in"}


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


def import_article(path: Path) -> ImportedArticle:
    """Read a .txt, .md or saved web page (.html, .htm) and return its article.

    Plain text follows the rules of :func:`import_text`. Markdown is kept as it is, its first
    ``# `` heading giving the title. A web page keeps its article's headings and paragraphs.
    """
    path = Path(path)
    data = _read_bytes(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES:
        raise _error(path, f"Annotator imports .txt, .md and .html files, not {suffix or 'files without an extension'}")
    text, warnings = _decode(data, path, html=suffix in HTML_SUFFIXES)
    if not text.strip():
        raise _error(path, "the file is empty")
    if suffix in TEXT_SUFFIXES:
        article = _from_plain_text(text, title="", where=str(path))
    elif suffix in MARKDOWN_SUFFIXES:
        article = _from_markdown(text, where=str(path))
    else:
        article = _from_web_page(text, where=str(path))
    return dataclasses.replace(article, warnings=warnings + article.warnings)


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
    where = "pasted text"
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_ARTICLE_BYTES:
        raise ArticleImportError(Problem(file=where, message=_too_big_message(size, "text")))
    # Half of a UTF-16 pair (a clipboard cut mid-emoji) cannot be saved as UTF-8.
    text, broken = _SURROGATES.subn("\ufffd", text)
    text, warnings = _clean_controls(text, where)
    if broken:
        warnings += (f"replaced {broken} broken character(s) with �",)
    article = _from_plain_text(text, title=title, where=where)
    return dataclasses.replace(article, warnings=warnings + article.warnings)


# --- reading and decoding -----------------------------------------------------------------


def _error(path: Path, message: str) -> ArticleImportError:
    return ArticleImportError(Problem(file=str(path), message=message))


def _too_big_message(size: int, what: str = "file") -> str:
    return (
        f"the {what} is {size / _MIB:.1f} MB, more than the {MAX_ARTICLE_BYTES / _MIB:.0f} MB "
        "Annotator imports; is it really one article?"
    )


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing what is missing, not a file, too big or empty."""
    try:
        if path.is_dir():
            raise _error(path, "this is a folder, not a file")
        # Read one byte past the limit rather than trusting stat(): a file can grow meanwhile.
        with path.open("rb") as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)
            if len(data) > MAX_ARTICLE_BYTES:
                size = max(path.stat().st_size, len(data))
                raise _error(path, _too_big_message(size))
    except FileNotFoundError:
        raise _error(path, "the file does not exist (was it moved, renamed or deleted?)") from None
    except PermissionError:
        raise _error(path, "Annotator is not allowed to read this file") from None
    except OSError as exc:
        raise _error(path, f"the file cannot be read: {exc.strerror or exc}") from None
    if not data.strip():
        raise _error(path, "the file is empty")
    return data


def _decode(data: bytes, path: Path, *, html: bool) -> tuple[str, tuple[str, ...]]:
    """The file's text and, when it was not UTF-8, a warning naming the encoding used.

    Order: UTF-8 (with or without BOM); UTF-16 with a BOM; for a web page, the charset its
    ``<meta>`` declares; then a legacy encoding (see :func:`_guess_legacy_encoding`).
    """
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise _error(path, f"this is {kind}, not text; save it as plain text (.txt) or a web page (.html)")
    text: str | None = None
    used = ""  # which encoding, and why, for the teacher; "" for UTF-8
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text, used = data.decode(codec), f"{name} (the file says so with a byte-order mark)"
            except UnicodeDecodeError:
                raise _error(path, f"the file starts like {name} text but is not {name}; it cannot be read") from None
            break
    if text is None and b"\x00" in data:
        # UTF-16 without a BOM is not produced by any editor teachers use; NULs mean binary.
        raise _error(path, "this is not a text file (it holds binary data, like a picture or a program)")
    if text is None:
        with contextlib.suppress(UnicodeDecodeError):
            text = data.decode("utf-8-sig")
    # A page's own declaration beats a guess; a declaration its bytes contradict is ignored.
    if text is None and html:
        text, used = _try_decode(data, _declared_charset(data), "as the page declares")
    if text is None:
        text, used = _try_decode(
            data, _guess_legacy_encoding(data), "the file is not UTF-8; check that accents and quotes look right"
        )
    if text is None:
        raise _error(
            path, "the file is not UTF-8 and its encoding is not one Annotator recognises; save it as UTF-8 and retry"
        )
    warnings = (f"decoded as {used}",) if used else ()
    text, control_warnings = _clean_controls(text, str(path))
    return text, warnings + control_warnings


def _try_decode(data: bytes, codec: str | None, why: str) -> tuple[str | None, str]:
    """The text in ``codec`` and "NAME (why)", or ``(None, "")`` when the bytes do not fit it."""
    if codec is None:
        return None, ""
    try:
        return data.decode(codec), f"{_encoding_name(codec)} ({why})"
    except UnicodeDecodeError:
        return None, ""


def _declared_charset(data: bytes) -> str | None:
    """The Python codec for the charset a web page declares in its first few kilobytes."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    label = match.group(1).decode("ascii", "replace").strip().lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    # A declared UTF-8 or UTF-16 was already tried (and failed) above.
    return None if codec.startswith("utf") else codec


def _guess_legacy_encoding(data: bytes) -> str | None:
    """The most plausible legacy (one-language) encoding of bytes that are not UTF-8.

    charset_normalizer ranks candidates, but on a short text it cannot tell Windows-1252 from its
    neighbours. Annotator's classrooms mostly read Western European languages, so Windows-1252 is
    taken whenever it is as plausible as the best guess; otherwise a Windows code page is
    preferred among equally good guesses. Latin-1 is not tried on its own: every printable Latin-1
    character is the same in Windows-1252, and where they differ Latin-1 has control characters.
    """
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return "cp1252"
    matches = [m for m in from_bytes(data) if not m.encoding.startswith("utf")]
    if not matches:
        return None
    best_chaos = min(m.chaos for m in matches)
    plausible = [m for m in matches if m.chaos <= best_chaos + 0.01]
    if any("cp1252" in m.could_be_from_charset for m in plausible):
        return "cp1252"
    windows = [m.encoding for m in plausible if m.encoding.startswith("cp125")]
    return windows[0] if windows else plausible[0].encoding


def _encoding_name(codec: str) -> str:
    """How people name an encoding: ``cp1252`` is "Windows-1252"."""
    codec = codecs.lookup(codec).name
    if re.fullmatch(r"cp125\d", codec):
        return f"Windows-{codec[2:]}"
    if codec.startswith("iso8859"):
        return f"ISO-8859-{codec.split('_')[-1]}"
    return codec.upper().replace("_", "-")


def _clean_controls(text: str, where: str) -> tuple[str, tuple[str, ...]]:
    """Refuse text that is mostly control characters; drop the odd one (they show as boxes)."""
    controls = len(_CONTROLS.findall(text))
    if controls == 0:
        return text, ()
    if controls > _BINARY_CONTROL_SHARE * len(text):
        raise ArticleImportError(
            Problem(file=where, message="this does not look like text (it is mostly control characters)")
        )
    return _CONTROLS.sub("", text), (f"removed {controls} invisible control character(s)",)


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


def _one_line(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def _from_plain_text(text: str, *, title: str, where: str) -> ImportedArticle:
    paragraphs = _plain_paragraphs(text)
    if not paragraphs:
        raise ArticleImportError(Problem(file=where, message="there is no text to import"))
    title = _one_line(title)
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
    if not any(block.kind is BlockKind.PARAGRAPH for block in parsed.blocks):
        message = "there are headings but no paragraphs to annotate" if parsed.blocks else "there is no text to import"
        raise ArticleImportError(Problem(file=where, message=message))
    if article.title:
        return article
    titles = [parsed.text[b.start : b.end] for b in parsed.blocks if b.kind is BlockKind.HEADING]
    return dataclasses.replace(article, title=titles[0]) if titles else article


# --- web pages ----------------------------------------------------------------------------

# trafilatura's XML: these elements start a block of their own; the rest is inline text.
_XmlElement = Any  # an lxml element; lxml has no type hints of its own
_BLOCK_TAGS = frozenset(
    {"body", "main", "doc", "p", "head", "list", "item", "quote", "table", "row", "cell", "code", "div"}
)
_SKIPPED_TAGS = frozenset({"graphic", "comments", "note", "fw"})


def _from_web_page(html: str, *, where: str) -> ImportedArticle:
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
    title = _one_line(getattr(document, "title", None) or "")
    if not title and blocks and blocks[0][0] == "h1":
        title = blocks[0][1]  # no <title> or metadata, but the article's own headline
    # The headline is usually repeated at the top of the article: it is already the "# " line.
    texts = [
        f"## {text}" if kind.startswith("h") else text
        for kind, text in blocks
        if not (kind.startswith("h") and text == title)
    ]
    # Extractors fall back on whatever text a page has; a few words of menu are not an article.
    if sum(len(text.split()) for kind, text in blocks if kind == "p") < MIN_WEB_ARTICLE_WORDS:
        raise ArticleImportError(
            Problem(file=where, message="no article was found in this web page (save the article's own page)")
        )
    return _article(
        title,
        texts,
        where=where,
        author=_author(getattr(document, "author", None)),
        published=_date(getattr(document, "date", None)),
        source=_one_line(getattr(document, "sitename", None) or ""),
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
        text = _one_line("".join(buffer))
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
        name = _one_line(name)
        if name and name.lower() not in _NOT_AUTHORS:
            names.setdefault(name.casefold(), name)
    return "; ".join(names.values())


def _date(value: str | None) -> str:
    value = (value or "").strip()
    return value if _ISO_DATE.fullmatch(value) else ""


def _url(value: str | None) -> str:
    value = (value or "").strip()
    return value if value.startswith(("http://", "https://")) else ""
