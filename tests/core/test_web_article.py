"""Finding the article in a saved news web page: its words, headings and what the page says about itself."""

from __future__ import annotations

import difflib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from annotator.core.article_import import import_article
from tests.core.importing import BARE_PAGE, body, import_error, paragraphs, write

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "news-pages"
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


def _page(name: str) -> Path:
    return CORPUS / name


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



# --- the news-page corpus -----------------------------------------------------------------


@pytest.mark.parametrize("name", PAGES)
def test_news_page_text_matches_the_article(name: str) -> None:
    """A saved news page imports as its article's paragraphs, in order, without page furniture."""
    folder = _page(name)
    article = import_article(folder / "source.html")
    expected = _words(_html_text(folder / "expected.html"))
    imported = _words(" ".join(body(article)))
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
    text = "\n".join(body(import_article(folder / "source.html")))
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
    article = import_article(write(tmp_path, "library.html", WEB_PAGE.format(charset="utf-8")))
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
    article = import_article(write(tmp_path, "bare.htm", BARE_PAGE))
    assert (article.author, article.published, article.source, article.url) == ("", "", "", "")
    assert len(paragraphs(article)) == 2


def test_web_page_in_a_legacy_encoding_keeps_its_accents(tmp_path: Path) -> None:
    """A page saved in Windows-1252 keeps “quotes” and accents, and the teacher is told."""
    data = WEB_PAGE.format(charset="windows-1252").encode("cp1252")
    article = import_article(write(tmp_path, "old.html", data))
    assert "“We have no other choice,” said councillor Ana Pérez" in article.markdown
    assert any("Windows-1252" in warning for warning in article.warnings)


def test_web_page_whose_declared_charset_is_wrong(tmp_path: Path) -> None:
    """A page that claims UTF-8 but was saved in Windows-1252 still keeps its accents."""
    data = WEB_PAGE.format(charset="utf-8").encode("cp1252")
    article = import_article(write(tmp_path, "mislabelled.html", data))
    assert "councillor Ana Pérez" in article.markdown
    assert any("Windows-1252" in warning for warning in article.warnings)


def test_web_page_without_an_article_is_refused(tmp_path: Path) -> None:
    """A saved home page or menu gives a clear 'no article' message, not an empty lesson."""
    page = (
        "<html><head><title>Home</title><script>var x = 1;</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><p>Welcome!</p>"
        "<footer>Subscribe</footer></body></html>"
    )
    assert "no article" in import_error(write(tmp_path, "home.html", page))
