"""A news page's authors and headline: the names alone, the headline without the site's name or section."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.article_import import import_article
from annotator.core.page_metadata import clean_name, headline
from tests.core.importing import write
from tests.core.test_page_furniture import ARTICLE, FURNITURE_PAGE


def test_authors_title_and_lists_of_the_furniture_page(tmp_path: Path) -> None:
    """The author only named in JSON-LD was missed, the title kept "| Opinion | Site", the list lost its items."""
    article = import_article(write(tmp_path, "column.html", FURNITURE_PAGE))
    assert article.title == "Why our schools need more librarians"
    assert article.author == "Maria Okafor"
    assert "\n\n- 1. Restore one librarian for every two schools.\n- 2. Keep libraries open" in article.markdown


def test_author_from_meta_and_byline_without_job_title(tmp_path: Path) -> None:
    """A page naming its author only in <meta>, or in a byline with the job title after the name, lost the
    author or kept "Ben Silverman Games Editor" as a name."""
    text = "".join(f"<p>{p}</p>" for p in ARTICLE)
    meta = f'<html><head><meta name="author" content="Ana García"><title>T</title></head><body>{text}</body></html>'
    assert import_article(write(tmp_path, "meta.html", meta)).author == "Ana García"
    byline = ('<html><head><title>Review - Game Site</title></head><body><article><h1>Review</h1>'
              f'<div class="byline">By <span>Ben Silverman</span> Games Editor</div>{text}</article></body></html>')
    assert import_article(write(tmp_path, "byline.html", byline)).author == "Ben Silverman"


@pytest.mark.parametrize(("byline", "name"), [
    ("Ben Silverman Games Editor", "Ben Silverman"),
    ("By JEFFREY GETTLEMAN", "Jeffrey Gettleman"),
    ("Por Ana García, Corresponsal en Madrid", "Ana García"),
    ("Senior Political Correspondent", ""),
    ("Our Foreign Staff", "Our Foreign Staff"),
    ("Mary Senior", "Mary Senior"),
    ("https://www.example.com/people/ana", ""),
    ("Username", ""),
])
def test_a_byline_gives_the_name_alone(byline: str, name: str) -> None:
    """A job title glued to a name, a URL or a login menu would be printed on the lesson as its author."""
    assert clean_name(byline.split(",")[0]) == name


@pytest.mark.parametrize(("title", "h1s", "site", "expected"), [
    ("Obama admits US gun laws are his 'biggest frustration' - BBC News", [], "BBC News",
     "Obama admits US gun laws are his 'biggest frustration'"),
    ("Una solución no violenta - 07.12.2017 - LA NACION", [], "LA NACION", "Una solución no violenta"),
    ("Why our schools need more librarians | Opinion | The Gazette", ["Why our schools need more librarians"], "",
     "Why our schools need more librarians"),
    ("Covid-19 cases rise - in Spain", [], "El País", "Covid-19 cases rise - in Spain"),
    ("Zimbabwe coup: Mugabe 'insisting he finishes his term'", ["The Telegraph"], "The Telegraph",
     "Zimbabwe coup: Mugabe 'insisting he finishes his term'"),
])
def test_headline_loses_site_and_section_suffixes(title: str, h1s: list[str], site: str, expected: str) -> None:
    """The lesson's title would read "… | Opinion | The Gazette" or "… - BBC News", or lose part of a headline."""
    assert headline(title, h1s, drop=[site]) == expected
