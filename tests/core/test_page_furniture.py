"""A news page's furniture stays out of the students' article; its authors and headline are the page's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core import page_furniture
from annotator.core.article_import import import_article, import_text
from annotator.core.page_furniture import PageBlock, remove_furniture, suspicious
from tests.core.importing import body, write

ARTICLE = [
    "When the district cut its last two school librarians in 2019, officials said students could find what they "
    "needed online. Five years later, reading scores in the middle grades have fallen further than anywhere else.",
    "Librarians do more than stamp books. They teach children how to tell a reliable source from a rumour, which "
    "is a skill no search engine teaches.",
    "None of this is expensive. The district spent more on new scoreboards last spring than two librarians would "
    "cost in a year, according to its own budget.",
    "Our children deserve better than a search box. The board should act before the next budget vote in June.",
]
# Every kind of furniture that four unseen news pages let through as article text (issue 15).
FURNITURE_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Why our schools need more librarians | Opinion | The Harbor Gazette</title>
<meta property="og:site_name" content="The Harbor Gazette">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "OpinionNewsArticle",
 "author": {{"@type": "Person", "name": "Maria Okafor", "jobTitle": "Education Columnist"}}}}</script>
</head><body><div class="story">
<p>Opinion</p>
<h1>Why our schools need more librarians</h1>
<p>Maria Okafor Education Columnist</p>
<p>11 February 2024 · Opinion · 312 comments</p>
<p>Share on Twitter Share on Facebook Email</p>
<p>{ARTICLE[0]}</p>
<p>{ARTICLE[1]}</p>
<p>Three things the district could do this year:</p>
<ol><li>Restore one librarian for every two schools.</li><li>Keep libraries open after lessons end.</li></ol>
<p>Advertisement</p>
<p>{ARTICLE[2]}</p>
<p>Students read in the library at Elm Street Middle School in 2018. Photo: J. Smith / Harbor Gazette</p>
<p>{ARTICLE[3]}</p>
<p>24 February 2024 · From the section Education · 941 comments</p>
<p>Topics: Education, Libraries, School budget</p>
<p>Share on Twitter</p>
<h3>Other Opinion Columns</h3>
<p><a href="/o/1">The bridge tolls are too high, and here is why the council must act now</a></p>
<p><a href="/o/2">Let the city council meet in the evening again so that working parents can come</a></p>
<p><a href="/o/3">Our parks deserve a proper maintenance budget this year, not another study</a></p>
<p><a href="/o/prev">Previous</a> / <a href="/o/next">Next</a></p>
<p>Loading Comments…</p>
</div></body></html>
"""
LEFT_OUT = ["Opinion", "Education Columnist", "312 comments", "Share on", "Advertisement", "Photo:", "Elm Street",
            "941 comments", "From the section", "Topics", "Other Opinion Columns", "bridge tolls", "city council",
            "parks", "Previous", "Next", "Loading Comments"]


def test_furniture_named_in_the_issue_is_left_out(tmp_path: Path) -> None:
    """Students would highlight a byline, share buttons, a date line, "Topics:", teasers, "Previous / Next" and
    "Loading Comments…" as the article's words."""
    article = import_article(write(tmp_path, "column.html", FURNITURE_PAGE))
    kept = body(article)
    assert kept == [ARTICLE[0], ARTICLE[1], "Three things the district could do this year:",
                    "1. Restore one librarian for every two schools.", "2. Keep libraries open after lessons end.",
                    ARTICLE[2], ARTICLE[3]]
    for words in LEFT_OUT:
        assert words not in article.markdown.split("\n", 1)[1]
    kinds = {kind for kind, _ in article.left_out}
    assert {"byline", "share", "advertisement", "caption", "topics", "teaser", "comments",
            "date/section/comments"} <= kinds
    assert article.suspicious == ()


SPANISH_AND_FRENCH = [
    "Por Ana García", "Compartir en Facebook", "Compartir en Twitter WhatsApp", "Temas: Educación, Bibliotecas",
    "Cargando comentarios…", "Anterior Siguiente", "Publicidad", "12 comentarios", "Leer más: El puente más largo",
    "Par Jean Dupont", "Partager sur Facebook", "Mots-clés : école, budget", "Lire aussi : Le pont le plus long",
    "Article précédent", "34 commentaires", "Publicité", "Mis à jour le 12 mars 2024 à 10h32",
    "Sevilla | 12/04/2024 - 10:15 | Actualizado: 12/04/2024 - 11:40 | 8 comentarios",  # a dateline's place and date
]


@pytest.mark.parametrize("line", SPANISH_AND_FRENCH)
def test_spanish_and_french_furniture_is_left_out(line: str) -> None:
    """A Spanish or French page's share buttons, tags and bylines would stay in the article."""
    blocks = [PageBlock("p", ARTICLE[0]), PageBlock("p", line), PageBlock("p", ARTICLE[1])]
    kept, left_out = remove_furniture(blocks, authors=["Ana García", "Jean Dupont"])
    assert kept == [blocks[0], blocks[2]]
    assert [block for _, block in left_out] == [blocks[1]]


def test_teasers_under_a_spanish_heading_and_runs_of_links_go() -> None:
    """"Lo más leído" and its links, or three teaser links in a row, were 19 % of one imported article."""
    teasers = [PageBlock("h3", "Lo más leído"), *(PageBlock("p", f"Una noticia número {n}", 20) for n in "abc")]
    links = [PageBlock("li", f"Another story about the town, part {n}", 38) for n in "123"]
    blocks = [PageBlock("p", ARTICLE[0]), *teasers, PageBlock("p", ARTICLE[1]), *links, PageBlock("p", ARTICLE[2])]
    kept, _ = remove_furniture(blocks)
    assert [b.text for b in kept] == ARTICLE[:3]


def test_a_subheading_like_a_teaser_heading_stays_when_the_article_follows() -> None:
    """"More protests expected" over two paragraphs of the article is a subheading, not a teaser section."""
    blocks = [PageBlock("p", ARTICLE[0]), PageBlock("h2", "More protests expected"), PageBlock("p", ARTICLE[1])]
    assert remove_furniture(blocks)[0] == blocks


def test_what_may_still_be_furniture_is_named_with_its_paragraph_number(tmp_path: Path) -> None:
    """A short link left in the article would reach students without the teacher being told where it is."""
    text = "".join(f"<p>{p}</p>" for p in ARTICLE[:2])
    page = (f'<html><head><title>T</title></head><body><article>{text}<p>Watch the council meeting video</p>'
            f'<p>{ARTICLE[2]}</p></article></body></html>')
    article = import_article(write(tmp_path, "page.html", page))
    assert article.suspicious == ((3, "Watch the council meeting video"),)
    assert suspicious([PageBlock("p", ARTICLE[0]), PageBlock("li", "Restore one librarian")]) == []


_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzáéñ", min_size=1, max_size=9)
# A sentence that starts like a caption ("Photo …", "Caption …") is a caption by the module's rule, not the article's.
_SENTENCES = st.lists(_WORDS, min_size=13, max_size=40).map(lambda ws: " ".join(ws).capitalize() + ".").filter(
    lambda sentence: not page_furniture._CAPTION_START.match(sentence))
_FURNITURE = st.sampled_from(["Share on Twitter", "Loading Comments…", "Previous / Next", "Topics: Schools, Budget",
                              "941 comments", "24 July 2015", "Advertisement", "By Jo Banks", *SPANISH_AND_FRENCH])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_SENTENCES, st.lists(_FURNITURE, max_size=3)), min_size=1, max_size=8))
def test_the_articles_sentences_always_stay_and_the_furniture_always_goes(
    parts: list[tuple[str, list[str]]],
) -> None:
    """A rule that took a sentence of the article would drop words students must read; one that missed a share
    button between paragraphs would let it through."""
    blocks = [PageBlock("p", text) for sentence, furniture in parts for text in (sentence, *furniture)]
    kept, _ = remove_furniture(blocks, authors=["Jo Banks", "Ana García", "Jean Dupont"])
    assert [b.text for b in kept] == [sentence for sentence, _ in parts]


def test_invisible_characters_that_split_words_are_removed_and_counted(tmp_path: Path) -> None:
    """Ctrl+F "Vladimir" found nothing and a double-click selected "Vladi" where a soft hyphen was left in."""
    page = ("<html><head><title>Pu&shy;tin</title></head><body><article><p>Vladi&shy;mir Pu\u200btin met the "
            "pre\u2060sident, said the min\u200dister, in a long meeting that lasted three hours.</p><p>The talks "
            "ended\u200c without an agreement, and both sides said they would meet again next year in Hanoi.</p>"
            "</article></body></html>")
    article = import_article(write(tmp_path, "soft.html", page))
    assert "Vladimir Putin met the president, said the minister," in article.markdown
    assert "ended without" in article.markdown and article.title == "Putin"
    assert article.invisible == 5
    pasted = import_text("می\u200cخواهم بروم 👩🏽\u200d🏫 Zo\u00ade")
    assert "می\u200cخواهم" in pasted.markdown and "👩🏽\u200d🏫" in pasted.markdown  # spelling and emoji, kept
    assert "Zoe" in pasted.markdown and pasted.invisible == 1
