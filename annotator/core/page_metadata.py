"""Who wrote a saved news page and what its headline is, from what the page states about itself.

For :mod:`annotator.core.web_article`. The author comes from the first of these that names one: the
page's JSON-LD (schema.org ``NewsArticle`` and kin: ``author`` as a name, a ``Person`` or
``Organization``, or a list of them), its ``<meta>`` tags (``author``, ``byl``, ``article:author``,
``og:article:author``, ``parsely-author``, ``sailthru.author``, ``dc.creator``; an address is not a
name), a visible ``itemprop="author"`` or ``rel="author"`` element, trafilatura's own finding, and
last a byline ("By Erin Cunningham"). A byline's "By"/"Por"/"Par" goes, "X and Y", "X (avec Y et Z)"
become three names, and a job title after a name ("Ben Silverman Games Editor") is cut off when the
words before it look like a name.

The title is the headline: the ``<h1>`` that the ``<title>``/``og:title`` begins with, else that
title without trailing parts (after `` | ``, `` - ``, `` – ``, `` — ``) that name the site, an author,
a section or a date ("… | Opinion | The Harbor Gazette", "… - 07.12.2017 - LA NACION").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from annotator.core.text import one_line

_Tree = Any  # an lxml element; lxml has no type hints of its own
_ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "opinionnewsarticle", "analysisnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "socialmediaposting", "report", "webpage",
    "liveblogposting", "scholarlyarticle", "techarticle",
})
_META_AUTHORS = ("author", "byl", "article:author", "og:article:author", "parsely-author", "sailthru.author",
                 "dc.creator", "dcterms.creator", "cxenseparse:author")
_NOT_NAMES = frozenset({"username", "user name", "user", "guest", "admin", "administrator", "login", "sign in",
                        "unknown", "staff", "anonymous"})
_BY = re.compile(r"^(?:by|por|par|von|door|di|de)\s*:?\s+", re.IGNORECASE)
# "X and Y", "X, Y", "X (avec Y et Z)", "X y Y": one name each.
_NAME_SPLIT = re.compile(r"\s*(?:;|,|&|\||/|\(|\)|\s(?:and|avec|with|con|et|y|e|und)\s)\s*", re.IGNORECASE)
_CONNECTOR = re.compile(r"^(?:and|avec|with|con|et|y|e|und)\s+", re.IGNORECASE)
# The last word of a job title: cut a byline before the title these end ("Games Editor", "Education Columnist").
_ROLES = frozenset({
    "editor", "editors", "correspondent", "reporter", "writer", "columnist", "contributor", "producer",
    "analyst", "critic", "journalist", "photographer", "host", "anchor", "staff", "blogger", "author",
    "redactor", "redactora", "periodista", "corresponsal", "columnista", "enviado", "enviada", "cronista",
    "journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice", "chroniqueur",
    "chroniqueuse", "envoyé", "envoyée", "reportera", "editora", "directora", "director",
})
# Words that come before a role in a job title ("Senior Political Correspondent").
_QUALIFIERS = frozenset({
    "senior", "chief", "deputy", "political", "politics", "business", "games", "gaming", "sports", "sport",
    "science", "health", "tech", "technology", "foreign", "world", "national", "international", "economics",
    "economy", "education", "environment", "environmental", "culture", "arts", "film", "music", "food",
    "travel", "contributing", "associate", "executive", "managing", "investigative", "data", "opinion", "news",
    "staff", "special", "white", "house", "legal", "courts", "city", "metro", "local", "media", "climate",
    "security", "defence", "defense", "diplomatic", "europe", "america", "africa", "asia", "middle", "east",
    "north", "south", "editorial", "digital", "social", "general", "global", "regional", "weather", "crime",
})
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|»)\s+")
_DATE_PART = re.compile(r"^[\d\s./-]+$")


def page_authors(tree: _Tree, found: str) -> list[str]:
    """The names of the article's authors, in the page's order, from the first place that states any."""
    for names in (_json_ld_authors(tree), _meta_authors(tree), _marked_authors(tree), _split_names(found),
                  _byline_authors(tree)):
        if names:
            return names
    return []


def clean_name(text: str) -> str:
    """One author's name, without "By", a trailing job title or a login-menu placeholder; "" if none."""
    text = one_line(_CONNECTOR.sub("", _BY.sub("", one_line(text))))
    words = text.split()
    if not words or text.casefold() in _NOT_NAMES or "@" in text or "://" in text or any(c.isdigit() for c in text):
        return ""
    if words[0].casefold() in _ROLES | _QUALIFIERS - {"our"}:  # a job title on its own ("Senior Writer")
        return ""
    cut = _job_title_start(words)
    if cut is not None:
        words = words[:cut]
    name = " ".join(words)
    if name.isupper() and len(name) > 3:  # "By JEFFREY GETTLEMAN", a newspaper's capitals, not his name's
        name = " ".join(w.capitalize() for w in words)
    return name if len(words) <= 6 else ""


def _job_title_start(words: list[str]) -> int | None:
    """Where a job title begins after a name ("Ben Silverman | Games Editor" -> 2), when the rest is a name."""
    folded = [w.casefold().strip(".,:;") for w in words]
    for i, word in enumerate(folded):
        if word in _ROLES and i >= 1:
            start = i
            while start > 0 and folded[start - 1] in _QUALIFIERS:
                start -= 1
            name = words[:start]
            # The words kept must look like a name: two or more, capitalised, none of them part of a title.
            if len(name) >= 2 and all(w[:1].isupper() and w.casefold() not in _QUALIFIERS for w in name):
                return start
            return None
    return None


def _split_names(text: str) -> list[str]:
    """The names in a byline or an author field ("By Jo Banks and Sam Lee": two); an address names nobody."""
    if "://" in text or text.strip().startswith("www."):
        return []
    return _unique([name for name in map(clean_name, _NAME_SPLIT.split(_BY.sub("", one_line(text)))) if name])


def _json_ld_authors(tree: _Tree) -> list[str]:
    names: list[str] = []
    for script in tree.xpath('//script[contains(translate(@type, "JSONLD", "jsonld"), "ld+json")]'):
        try:
            data = json.loads((script.text or "").strip().removeprefix("<![CDATA[").removesuffix("]]>"))
        except ValueError:
            continue
        for item in _json_objects(data):
            kinds = item.get("@type")
            kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
            if any(isinstance(k, str) and k.casefold() in _ARTICLE_TYPES for k in kinds):
                names += _json_names(item.get("author"))
    return _unique(names)


def _json_objects(data: object) -> Iterator[dict[str, Any]]:
    """Every JSON object of a JSON-LD block, including those in ``@graph`` and in lists."""
    if isinstance(data, list):
        for item in data:
            yield from _json_objects(item)
    elif isinstance(data, dict):
        yield data
        yield from _json_objects(data.get("@graph"))


def _json_names(value: object) -> list[str]:
    if isinstance(value, str):
        return _split_names(value)
    if isinstance(value, list):
        return [name for item in value for name in _json_names(item)]
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return _split_names(value["name"])
    return []


def _meta_authors(tree: _Tree) -> list[str]:
    metas = [((m.get("name") or m.get("property") or m.get("itemprop") or "").casefold(), m.get("content") or "")
             for m in tree.xpath("//meta[@content]")]
    for key in _META_AUTHORS:
        for attribute, content in metas:
            if attribute == key:
                names = _split_names(content)
                if names:
                    return names
    return []


def _marked_authors(tree: _Tree) -> list[str]:
    """Names in visible ``itemprop="author"`` (its ``itemprop="name"`` when it has one) or ``rel="author"``."""
    names: list[str] = []
    for element in tree.xpath('//*[@itemprop="author" and not(self::meta)] | //a[@rel="author"]'):
        inner = element.xpath('.//*[@itemprop="name"]')
        texts = [_text(e) for e in inner] if inner else [_text(element)]
        for text in texts:
            if len(text.split()) <= 12:
                names += _split_names(text)
    return _unique(names)


def _byline_authors(tree: _Tree) -> list[str]:
    """Names in an element whose class says byline and whose text starts with "By", "Por" or "Par"."""
    for element in tree.xpath('//*[contains(@class, "byline") or contains(@class, "author")]'):
        text = _text(element)
        if _BY.match(text) and len(text.split()) <= 12:
            names = _split_names(text)
            if names:
                return names
    return []


def _text(element: _Tree) -> str:
    return one_line(" ".join(element.itertext()))


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())


def page_headings(tree: _Tree) -> list[str]:
    """The text of the page's ``<h1>`` elements, hidden ones too (a headline kept for screen readers)."""
    return [text for text in (_text(h) for h in tree.xpath("//h1")) if text]


def headline(title: str, h1s: list[str], *, drop: list[str]) -> str:
    """The headline in a page's title: the ``<h1>`` it begins with, else the title without its site parts.

    ``drop``: names whose part of the title goes (the site's, the authors', the section's).
    """
    title = one_line(title)
    for h1 in sorted(h1s, key=len, reverse=True):
        rest = title[len(h1) :]
        if title.casefold().startswith(h1.casefold()) and (not rest or _TITLE_SEPARATORS.match(rest)):
            return title[: len(h1)]
    parts = _TITLE_SEPARATORS.split(title)
    dropped = {one_line(d).casefold() for d in drop if d}
    while len(parts) > 1 and (parts[-1].casefold() in dropped or _DATE_PART.match(parts[-1])):
        parts.pop()
    return _rejoin(title, parts)


def _rejoin(title: str, parts: list[str]) -> str:
    """The title cut after its ``len(parts)``-th part, keeping the separators it had."""
    pieces = _TITLE_SEPARATORS.split(title)
    if len(pieces) == len(parts):
        return title
    cut = [m.start() for m in _TITLE_SEPARATORS.finditer(title)][len(parts) - 1]
    return title[:cut]
