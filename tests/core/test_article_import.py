"""Importing a news article (.txt, .md, saved web page) into a lesson's article.md."""

from __future__ import annotations

import codecs
import difflib
import json
import os
import random
import re
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core import article_import
from annotator.core.article_decoding import MAX_ARTICLE_BYTES
from annotator.core.article_import import ImportedArticle, import_article, import_text
from annotator.core.errors import ArticleImportError
from annotator.core.text import Article, BlockKind

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "readability"
PAGES = [
    "bbc-1",
    "cnn",
    "guardian-1",
    "la-nacion",
    "lemonde-1",
    "nytimes-1",
    "seattletimes-1",
    "telegraph",
    "wapo-1",
]
# Share of the expected article's words found, in order, in what was imported (and the other
# way round, so that a page dumped whole would fail too). The worst page is at 0.94 today.
MIN_RECALL = 0.90
MIN_PRECISION = 0.90


# --- helpers ------------------------------------------------------------------------------


class _PageText(HTMLParser):
    """Text of an HTML file, split into the text runs of its elements (no lxml needed)."""

    def __init__(self, skip: frozenset[str] = frozenset({"script", "style"})) -> None:
        super().__init__(convert_charrefs=True)
        self.runs: list[str] = []
        self._skip = skip
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._skip:
            self._skipping += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self._skip and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.runs.append(data)


def _html_text(path: Path) -> str:
    parser = _PageText()
    parser.feed(path.read_text(encoding="utf-8"))
    return " ".join(parser.runs)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _paragraphs(article: ImportedArticle) -> list[str]:
    parsed = Article.from_markdown(article.markdown)
    return [parsed.text[b.start : b.end] for b in parsed.blocks if b.kind is BlockKind.PARAGRAPH]


def _body(article: ImportedArticle) -> list[str]:
    """Subheadings and paragraphs: everything but the title heading."""
    parsed = Article.from_markdown(article.markdown)
    return [parsed.text[b.start : b.end] for b in parsed.blocks if b.kind is not BlockKind.HEADING]


def _page(name: str) -> Path:
    folder = CORPUS / name
    if not (folder / "source.html").is_file():
        pytest.skip(f"the news-page corpus is not at {CORPUS} (it lives in the project's shared/ folder)")
    return folder


def _write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def _import_error(path: Path) -> str:
    with pytest.raises(ArticleImportError) as caught:
        import_article(path)
    [problem] = caught.value.problems
    assert problem.file == str(path)
    assert "\n" not in problem.message
    return problem.message


WEB_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="{charset}">
<title>Town council votes to close library | The Valley Courier</title>
<meta property="og:site_name" content="The Valley Courier">
<meta name="author" content="Jo Banks">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<link rel="canonical" href="https://courier.example/news/library-vote">
<script>function track() {{ var cookie = document.cookie; }}</script>
<style>body {{ color: black; }}</style>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/subscribe">Subscribe today for unlimited access</a></nav>
<article>
<h1>Town council votes to close library</h1>
<p>The town council voted five to two on Tuesday night to close the Elm Street library, saying the
building needs repairs the town cannot afford this year.</p>
<p>“We have no other choice,” said councillor Ana Pérez, who voted for the closure. Residents who spoke
at the meeting disagreed, and several said the café next door would lose customers.</p>
<h2>What happens next</h2>
<p>The library’s 12,000 books will move to the school library on Oak Avenue until a new building is
found, according to a statement from the council.</p>
<p>A petition to keep the library open has collected more than 800 signatures, organisers said.</p>
</article>
<aside><h3>Most read</h3><ul><li>Ten things to do this weekend in the valley</li></ul></aside>
<footer><p>© 2024 The Valley Courier. All rights reserved. Sign up for our newsletter today.</p></footer>
</body></html>
"""

BARE_PAGE = """<html><body><main>
<p>The town council voted five to two on Tuesday night to close the Elm Street library, saying the
building needs repairs the town cannot afford this year.</p>
<p>Residents who spoke at the meeting disagreed, and several said the shops next door would lose
customers. A petition to keep the library open has collected more than 800 signatures.</p>
</main></body></html>
"""


# --- the news-page corpus -----------------------------------------------------------------


@pytest.mark.parametrize("name", PAGES)
def test_news_page_text_matches_the_article(name: str) -> None:
    """A saved news page imports as its article's paragraphs, in order, without page furniture."""
    folder = _page(name)
    article = import_article(folder / "source.html")
    expected = _words(_html_text(folder / "expected.html"))
    imported = _words(" ".join(_body(article)))
    # Words in order (longest common subsequence of word lists) is what a reader sees: the
    # article's sentences, whatever the extractor did with whitespace, links or markup.
    matcher = difflib.SequenceMatcher(None, expected, imported, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    assert matched / len(expected) >= MIN_RECALL, f"only {matched}/{len(expected)} of the article's words kept"
    assert matched / len(imported) >= MIN_PRECISION, f"{len(imported) - matched} words that are not the article"


@pytest.mark.parametrize("name", PAGES)
def test_news_page_metadata_is_the_pages_own(name: str) -> None:
    """The lesson shows the headline, date and publication the page states, and invents none."""
    folder = _page(name)
    article = import_article(folder / "source.html")
    expected = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
    if expected.get("title"):
        assert article.title == expected["title"]
        assert article.markdown.startswith(f"# {article.title}\n\n")
    if expected.get("publishedTime"):
        assert article.published == expected["publishedTime"][:10]
    if expected.get("siteName"):
        assert article.source.casefold() == expected["siteName"].casefold()
    assert article.published == "" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", article.published)
    assert article.url == "" or article.url.startswith(("http://", "https://"))
    assert article.author.casefold() not in {"username", "user", "admin"}  # wapo-1's login menu
    assert article.warnings == ()  # all nine pages are UTF-8


@pytest.mark.parametrize("name", PAGES)
def test_news_page_leaves_out_scripts_and_menus(name: str) -> None:
    """No script code, cookie notice, menu or footer text ends up in the students' article."""
    folder = _page(name)
    source = (folder / "source.html").read_text(encoding="utf-8")
    expected = " ".join(_html_text(folder / "expected.html").split())
    text = "\n".join(_body(import_article(folder / "source.html")))
    # Only strings that the page has outside its article are checked, so each check is true.
    furniture = ["function(", "var ", "{", "}", "</", "window.", "document.", "cookie", "Cookie"]
    furniture += ["Subscribe", "newsletter", "Newsletter", "Privacy", "Terms of", "©", "All rights reserved"]
    for snippet in furniture:
        if snippet in source and snippet not in expected:
            assert snippet not in text
    # Any phrase of four words or more from the page's menus, header, footer, sidebars and
    # scripts that the article itself does not contain must be left out.
    phrases = {" ".join(run.split()) for run in _furniture_runs(source)}
    leaked = [p for p in phrases if len(p.split()) >= 4 and p not in expected and p in text]
    assert leaked == []


def _furniture_runs(source: str) -> list[str]:
    """Text inside <nav>, <header>, <footer>, <aside>, <script> and <style> of a page."""

    class Furniture(HTMLParser):
        tags = frozenset({"nav", "header", "footer", "aside", "script", "style"})

        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.depth = 0
            self.runs: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.depth += tag in self.tags

        def handle_endtag(self, tag: str) -> None:
            self.depth -= tag in self.tags and self.depth > 0

        def handle_data(self, data: str) -> None:
            if self.depth:
                self.runs.append(data)

    parser = Furniture()
    parser.feed(source)
    return parser.runs


# --- web pages ----------------------------------------------------------------------------


def test_web_page_keeps_headings_paragraphs_and_metadata(tmp_path: Path) -> None:
    """A saved page keeps its subheadings and paragraphs, and fills in title, author, date, site and address."""
    article = import_article(_write(tmp_path, "library.html", WEB_PAGE.format(charset="utf-8")))
    assert article.title == "Town council votes to close library"
    assert article.author == "Jo Banks"
    assert article.published == "2024-03-05"
    assert article.source == "The Valley Courier"
    assert article.url == "https://courier.example/news/library-vote"
    blocks = article.markdown.rstrip("\n").split("\n\n")
    assert blocks[0] == "# Town council votes to close library"
    assert "## What happens next" in blocks
    assert blocks.count("# Town council votes to close library") == 1  # the <h1> is not repeated
    assert "“We have no other choice,” said councillor Ana Pérez" in article.markdown
    for furniture in ("Subscribe", "cookie", "Most read", "newsletter", "Ten things", "color"):
        assert furniture not in article.markdown


def test_web_page_states_nothing_leaves_fields_empty(tmp_path: Path) -> None:
    """A page with no byline, date or site name leaves those fields blank instead of guessing."""
    article = import_article(_write(tmp_path, "bare.htm", BARE_PAGE))
    assert (article.author, article.published, article.source, article.url) == ("", "", "", "")
    assert len(_paragraphs(article)) == 2


def test_web_page_in_a_legacy_encoding_keeps_its_accents(tmp_path: Path) -> None:
    """A page saved in Windows-1252 keeps “quotes” and accents, and the teacher is told."""
    data = WEB_PAGE.format(charset="windows-1252").encode("cp1252")
    article = import_article(_write(tmp_path, "old.html", data))
    assert "“We have no other choice,” said councillor Ana Pérez" in article.markdown
    assert any("Windows-1252" in warning for warning in article.warnings)


def test_web_page_whose_declared_charset_is_wrong(tmp_path: Path) -> None:
    """A page that claims UTF-8 but was saved in Windows-1252 still keeps its accents."""
    data = WEB_PAGE.format(charset="utf-8").encode("cp1252")
    article = import_article(_write(tmp_path, "mislabelled.html", data))
    assert "councillor Ana Pérez" in article.markdown
    assert any("Windows-1252" in warning for warning in article.warnings)


def test_web_page_without_an_article_is_refused(tmp_path: Path) -> None:
    """A saved home page or menu gives a clear 'no article' message, not an empty lesson."""
    page = (
        "<html><head><title>Home</title><script>var x = 1;</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><p>Welcome!</p>"
        "<footer>Subscribe</footer></body></html>"
    )
    assert "no article" in _import_error(_write(tmp_path, "home.html", page))


# --- plain text ---------------------------------------------------------------------------


def test_text_with_blank_lines_keeps_paragraphs_and_words(tmp_path: Path) -> None:
    """Paragraphs of a .txt stay paragraphs, wrapped lines are joined and no quote is 'smartened'."""
    text = (
        "Council closes library\n\n"
        'The council said "no" -- twice.\nIt would not\nsay why.\n\n'
        "Residents were angry, and said so.\n"
    )
    article = import_article(_write(tmp_path, "article.txt", text))
    assert article.title == "Council closes library"
    assert _paragraphs(article) == [
        'The council said "no" -- twice. It would not say why.',
        "Residents were angry, and said so.",
    ]
    assert article.markdown.startswith("# Council closes library\n\n")
    assert article.warnings == ()


def test_text_with_one_paragraph_per_line(tmp_path: Path) -> None:
    """A .txt with one paragraph per line (as word processors save it) keeps each line a paragraph."""
    text = "First paragraph, a sentence.\r\nSecond paragraph.\r\n\r\nThird paragraph.\r\n"
    # Blank line present: the first block's lines are short, so they are read as one wrapped paragraph.
    assert len(_paragraphs(import_article(_write(tmp_path, "a.txt", text)))) == 2
    text = "First paragraph, a sentence.\r\nSecond paragraph.\r\nThird paragraph.\r\n"
    assert _paragraphs(import_article(_write(tmp_path, "b.txt", text))) == [
        "First paragraph, a sentence.",
        "Second paragraph.",
        "Third paragraph.",
    ]


def test_text_with_long_lines_after_a_blank_line(tmp_path: Path) -> None:
    """Pasted paragraphs (long lines) under a title stay separate paragraphs, not one wall of text."""
    long_one = "The council voted on Tuesday to close the library, citing repairs it cannot afford this year. " * 2
    long_two = "Residents said they would fight the decision, and a petition has already collected signatures. " * 2
    text = f"Library to close\n\n{long_one.strip()}\n{long_two.strip()}\n"
    article = import_article(_write(tmp_path, "pasted.txt", text))
    assert article.title == "Library to close"
    assert _paragraphs(article) == [long_one.strip(), long_two.strip()]


@pytest.mark.parametrize(
    "first",
    [
        "The council met on Tuesday.",  # ends like a sentence
        "Is the library closing?",  # a question stays text
        "he said nothing",  # starts in lowercase
        " ".join(["word"] * 21),  # too long for a headline
    ],
)
def test_text_title_only_when_clearly_a_title(tmp_path: Path, first: str) -> None:
    """A first line that reads like a sentence stays in the article instead of becoming its title."""
    article = import_article(_write(tmp_path, "a.txt", f"{first}\n\nThe rest of the article.\n"))
    assert article.title == ""
    assert _paragraphs(article)[0] == first


def test_text_title_inside_quotes(tmp_path: Path) -> None:
    """A headline ending in a quotation is still taken as the title."""
    article = import_article(
        _write(tmp_path, "a.txt", "Obama admits gun laws are his 'biggest frustration'\n\nText.\n")
    )
    assert article.title == "Obama admits gun laws are his 'biggest frustration'"


def test_text_of_one_line_is_a_paragraph_not_a_title(tmp_path: Path) -> None:
    """A one-line text is the article itself, never an article with a title and nothing to read."""
    article = import_article(_write(tmp_path, "a.txt", "Library to close\n"))
    assert article.title == ""
    assert _paragraphs(article) == ["Library to close"]


def test_pasted_text_with_a_given_title() -> None:
    """Pasted text gets the title the teacher typed, without repeating it when it was pasted too."""
    article = import_text("Library to close\n\nThe council voted.\n", title="Library to close")
    assert article.markdown == "# Library to close\n\nThe council voted.\n"
    article = import_text("The council voted.\nResidents objected.", title="Vote")
    assert article.title == "Vote"
    assert _paragraphs(article) == ["The council voted.", "Residents objected."]


def test_text_with_markdown_headings(tmp_path: Path) -> None:
    """A .txt written with Markdown headings keeps them as the title and subheadings."""
    article = import_article(_write(tmp_path, "a.txt", "# Library vote\n\nThe council voted.\n\n## Next\n\nMore.\n"))
    assert article.title == "Library vote"
    assert _paragraphs(article) == ["The council voted.", "More."]


def test_pasted_text_with_a_broken_character() -> None:
    """Text pasted with half an emoji still imports, the broken character shown as �."""
    article = import_text("The council voted \ud83d today.")
    assert article.markdown == "The council voted \ufffd today.\n"
    assert article.warnings


def test_pasted_empty_text_is_refused() -> None:
    """Pasting nothing gives a clear message rather than an empty lesson."""
    with pytest.raises(ArticleImportError, match="no text"):
        import_text(" \n\t\n")


# --- Markdown -----------------------------------------------------------------------------


def test_markdown_is_kept_and_titled_by_its_first_heading(tmp_path: Path) -> None:
    """A Markdown article is kept as written (Windows line endings aside) and titled by its '# ' heading."""
    article = import_article(
        _write(tmp_path, "a.md", "# Library vote\r\n\r\nThe council voted.\r\n\r\n## Next\r\n\r\nMore.\r\n")
    )
    assert article.title == "Library vote"
    assert article.markdown == "# Library vote\n\nThe council voted.\n\n## Next\n\nMore.\n"
    untitled = import_article(_write(tmp_path, "b.markdown", "The council voted.\n"))
    assert untitled.title == ""


def test_markdown_with_headings_only_is_refused(tmp_path: Path) -> None:
    """A Markdown file with nothing but headings is refused: students would have nothing to annotate."""
    assert "no paragraphs" in _import_error(_write(tmp_path, "a.md", "# Title\n\n## Section\n"))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.txt", "Library to close\n\nThe council voted.\n"),
        ("b.md", "# Library to close\n\nThe council voted.\n"),
        ("c.html", BARE_PAGE),
    ],
)
def test_result_is_a_readable_article(tmp_path: Path, name: str, content: str) -> None:
    """What is imported opens as an article with at least one paragraph to annotate."""
    article = import_article(_write(tmp_path, name, content))
    assert len(_paragraphs(article)) >= 1


# --- encodings ----------------------------------------------------------------------------


def test_utf8_with_bom_is_plain_utf8(tmp_path: Path) -> None:
    """A UTF-8 file saved by Notepad (with a BOM) imports silently, without a stray character."""
    article = import_article(_write(tmp_path, "a.txt", codecs.BOM_UTF8 + "Café «crème» — ok.\n".encode()))
    assert article.markdown == "Café «crème» — ok.\n"
    assert article.warnings == ()


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    """A UTF-16 file (Notepad's 'Unicode') imports with its accents, and says which encoding it was."""
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    article = import_article(_write(tmp_path, "a.txt", bom + "Señor Pérez dijo “hola”.\r\n".encode(codec)))
    assert article.markdown == "Señor Pérez dijo “hola”.\n"
    assert any("UTF-16" in warning for warning in article.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Le café est fermé. « Très bien », dit-il. L’été sera chaud.",
        "El señor Pérez dijo “hola” a la niña en Año Nuevo.",
        "He said it wasn’t “fair” — really.",
        "Größere Änderungen für Bürger.",
        "café",
    ],
)
def test_windows_1252_text(tmp_path: Path, text: str) -> None:
    """An old Windows text file keeps its accents and curly quotes, and the teacher is told how it was read."""
    article = import_article(_write(tmp_path, "a.txt", text.encode("cp1252")))
    assert article.markdown == text + "\n"
    assert any("Windows-1252" in warning for warning in article.warnings)


def test_latin1_text(tmp_path: Path) -> None:
    """A Latin-1 (ISO-8859-1) file keeps its accents."""
    text = "Ça coûte cher, señor: ½ de l'année."
    article = import_article(_write(tmp_path, "a.txt", text.encode("latin-1")))
    assert article.markdown == text + "\n"
    assert article.warnings


def test_cyrillic_legacy_text(tmp_path: Path) -> None:
    """A Russian text in Windows-1251 is read as Cyrillic, not as accented gibberish."""
    text = "Президент заявил, что переговоры продолжатся на следующей неделе."
    article = import_article(_write(tmp_path, "a.txt", text.encode("cp1251")))
    assert article.markdown == text + "\n"
    assert any("Windows-1251" in warning for warning in article.warnings)


def test_stray_control_characters_are_dropped(tmp_path: Path) -> None:
    """An odd invisible control character does not show up as a box in the article."""
    article = import_article(_write(tmp_path, "a.txt", "The council\x07 voted on Tuesday night to close it.\x1a"))
    assert article.markdown == "The council voted on Tuesday night to close it.\n"
    assert any("control" in warning for warning in article.warnings)


# --- bad input ----------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    """Opening a file that was moved away says so instead of crashing."""
    assert _import_error(tmp_path / "gone.txt") == "article not found"


def test_folder_instead_of_a_file(tmp_path: Path) -> None:
    """Picking a folder says it is a folder."""
    assert "folder" in _import_error(tmp_path)


@pytest.mark.parametrize("name", ["a.txt", "a.md", "a.html"])
@pytest.mark.parametrize(
    "content", [b"", b"  \n\t\r\n  ", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")]
)
def test_empty_file(tmp_path: Path, name: str, content: bytes) -> None:
    """An empty (or blank) file is reported as empty."""
    assert "empty" in _import_error(_write(tmp_path, name, content))


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (b"The council\x00voted", "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "Word"),
        (bytes(range(1, 9)) * 40 + b"some text", "not look like text"),
    ],
)
def test_binary_file(tmp_path: Path, content: bytes, says: str) -> None:
    """A picture, PDF or Word file renamed to .txt is refused with a message naming the problem."""
    assert says in _import_error(_write(tmp_path, "a.txt", content))


def test_undecodable_file(tmp_path: Path) -> None:
    """Bytes that are in no known encoding are refused with advice to save the file as UTF-8."""
    # Noise without NUL bytes: not UTF-8, and no legacy encoding makes sense of it.
    content = random.Random(0).randbytes(400).replace(b"\x00", b"a")
    message = _import_error(_write(tmp_path, "a.txt", content))
    assert "encoding" in message or "not look like text" in message


def test_broken_utf16(tmp_path: Path) -> None:
    """A file that starts like UTF-16 but is cut in half is refused, not half-read."""
    assert "UTF-16" in _import_error(_write(tmp_path, "a.txt", codecs.BOM_UTF16_LE + "abc".encode("utf-16-le")[:-1]))


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    """A huge file is refused with its size and the limit, before it is read into memory."""
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: costs no disk
    message = _import_error(path)
    assert "MB" in message and "5 MB" in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_refused_instead_of_waited_on(tmp_path: Path) -> None:
    """Picking a pipe named like an article froze the import forever, waiting for a writer that never came."""
    pipe = tmp_path / "article.txt"
    os.mkfifo(pipe)
    assert "not an ordinary file" in _import_error(pipe)


def test_pasted_text_over_the_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pasting a huge text is refused like a huge file."""
    monkeypatch.setattr(article_import, "MAX_ARTICLE_BYTES", 100)
    with pytest.raises(ArticleImportError, match="MB"):
        import_text("word " * 100)


@pytest.mark.parametrize("name", ["article.docx", "article.pdf", "article"])
def test_unsupported_kind_of_file(tmp_path: Path, name: str) -> None:
    """A file of a kind Annotator cannot import says which kinds it can."""
    assert ".txt, .md and .html" in _import_error(_write(tmp_path, name, "The council voted."))


# --- any bytes at all ---------------------------------------------------------------------

_ANY_CONTENT = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(max_size=500).map(lambda t: t.encode("cp1252", "ignore")),
    st.text(max_size=300).map(lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le", "surrogatepass")),
    st.text(max_size=500).map(lambda t: f"<html><body><p>{t}</p></body></html>".encode("utf-8", "surrogatepass")),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=_ANY_CONTENT, suffix=st.sampled_from([".txt", ".html", ".md"]))
def test_any_bytes_import_or_give_a_clear_error(content: bytes, suffix: str) -> None:
    """Whatever file a teacher picks, the app shows an article or a message — never a crash."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(content)
        try:
            article = import_article(path)
        except ArticleImportError as error:
            assert error.problems and all("\n" not in p.message for p in error.problems)
            return
    assert isinstance(article, ImportedArticle)
    assert len(_paragraphs(article)) >= 1
    assert "\n" not in article.title
