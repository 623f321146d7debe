"""Page furniture among the blocks an extractor found in a news page: left out, or named for the teacher.

For :mod:`annotator.core.web_article`. An extractor (trafilatura) finds the article's part of the page
but often keeps the furniture around the text: a byline, a "24 July 2015 · From the section US &
Canada · 941 comments" line, share buttons, "Topics: …", "Previous / Next", "Loading Comments…",
"Advertisement", a caption, a run of teasers under "Other Opinion Columns". Students would highlight
it as the article's words. Each rule here names a kind of furniture by what it *is*, in English,
Spanish and French, and only short blocks (a sentence of the article is never taken):

- a block made only of share, comment, previous/next, advertisement or date words (and numbers);
- "Topics:", "Tags:", "Temas:", "Mots-clés :" … lists, and "Read more: …" / "Lire aussi : …" links;
- a byline ("By …", "Por …", "Par …", or a short line naming the page's author without a sentence);
- a line of dates, sections, comment counts and reading times separated by ``·``, ``|`` or ``,``;
- a caption or photo credit ("Image caption …", "… Photo: J. Smith / Reuters");
- short lines before the article's first sentence (a "Opinion" kicker, a date);
- a line that is all one link and no sentence (a teaser for another page);
- a teaser section: a heading such as "Other Opinion Columns", "Most read", "Lo más leído", "À lire
  aussi" followed by links or short lines, and any run of two or more blocks that are all links.

What is left but still looks like furniture (a short line with no sentence, mostly a link) is not
removed: :func:`suspicious` names it so that ``new-lesson`` can tell the teacher to check it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

_WORD = re.compile(r"[\w’']+")
_SENTENCE_END = re.compile(r"[.!?…:;][\"'’”»)\]]*$")
_SEGMENTS = re.compile(r"\s*(?:[·•|]|\s-\s|,)\s*")
SHORT = 12
"""A block of more words than this is never furniture by its words alone: it could be a sentence."""


@dataclass(frozen=True)
class PageBlock:
    """One block found in the page: ``h1``…``h6``, ``p`` or ``li``, its text, and how much of it is links."""

    kind: str
    text: str
    link_chars: int = 0

    @property
    def is_heading(self) -> bool:
        """Whether the block is a heading."""
        return self.kind.startswith("h")

    @property
    def link_share(self) -> float:
        """The share of the block's characters inside links (a teaser is all link)."""
        return self.link_chars / max(1, len(self.text))

    @property
    def words(self) -> list[str]:
        """The block's words, folded to lower case."""
        return _WORD.findall(self.text.casefold())


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SHARE_CORE = _set("share shares compartir partager tweet twitter facebook whatsapp linkedin email e-mail mail print "
                   "imprimir imprimer reddit pinterest telegram messenger flipboard bluesky threads copy copiar "
                   "copier enviar envoyer courriel correo gift save guardar sauvegarder")
_SHARE = _SHARE_CORE | _set("this article story page on via by with link the x en por esta este nota artículo sur "
                            "par cet le la lien article to a friend link copied url et y and or ou o")
_NAV_CORE = _set("previous next prev older newer anterior siguiente précédent précédente suivant suivante")
_NAV = _NAV_CORE | _set("article story post page nota artículo la le l the el")
_COMMENT_CORE = _set("comment comments comentario comentarios commentaire commentaires réactions réaction "
                     "conversation discussion")
_COMMENT = _COMMENT_CORE | _set("loading load show view read see hide all the add leave a post your join our "
                                "cargando ver los mostrar deja tu agregar añade chargement des voir les afficher "
                                "laisser un réagir votre closed are is on this story article to of no sin aucun "
                                "sé el primero en be first comentar commenter")
_AD_CORE = _set("advertisement advertising publicidad publicité sponsored patrocinado sponsorisé skip annonce")
_AD = _AD_CORE | _set("continue reading the main story below content ad ads article continues after this "
                      "below sigue lectura continúa después de la suite ci dessous contenu")
_MONTHS = _set("january february march april may june july august september october november december jan feb mar "
               "apr jun jul aug sep sept oct nov dec enero febrero marzo abril mayo junio julio agosto septiembre "
               "setiembre octubre noviembre diciembre janvier février mars avril mai juin juillet août septembre "
               "octobre novembre décembre")
_DAYS = _set("monday tuesday wednesday thursday friday saturday sunday lunes martes miércoles jueves viernes "
             "sábado domingo lundi mardi mercredi jeudi vendredi samedi dimanche today yesterday hoy ayer "
             "aujourd'hui hier")
_DATE = _MONTHS | _DAYS | _set("am pm a.m p.m gmt bst utc et est edt pt pst pdt cet cest updated published posted "
                               "modified last on at de del le à h mis jour actualizado actualizada publicado "
                               "publicada el a las hace ago hours hour minutes min mins days day hrs hr il y "
                               "publié publiée modifié modifiée the of read lectura lecture minutos minute "
                               "minute's read time reading temps lectura")
_SECTION = re.compile(r"^(?:from the section|section|sección|rubrique|in|en)\b\s*:?\s*\S", re.IGNORECASE)
_TAGS = re.compile(
    r"^(?:related\s+)?(?:topics?|tags?|temas?|etiquetas?|sujets?|mots[- ]clés|thèmes?|filed under|categories|"
    r"categorías|catégories|keywords|palabras clave|more on this story|related|relacionad[oa]s?)\s*[:：]",
    re.IGNORECASE,
)
_READ_MORE = re.compile(
    r"^[\[(]?\s*(?:read more|read next|read also|also read|read|more|related|see also|watch|listen|lee también|"
    r"leer más|lire|lea "
    r"también|ver también|más información|lire aussi|à lire aussi|voir aussi|à voir aussi|écouter|regarder)\s*[:：]",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:by|por|par|von|door)\s*:?\s+\w", re.IGNORECASE)
_CAPTION_START = re.compile(
    r"^(?:image caption|image copyright|media caption|photo caption|caption|photo|photograph|picture|foto|"
    r"fotografía|crédit(?: photo)?|credit|illustration|source image)\s*[:：]?\s", re.IGNORECASE,
)
_CREDIT_END = re.compile(
    r"(?:\b(?:photo|photograph|picture|foto|crédit|credit|image|illustration)\s*[:：]\s*(?:\w\.\s|[^.!?]){2,80}|"
    r"\((?:AP|AFP|Reuters|EFE|Getty)[^()]{0,60}\)|/\s*(?:getty images|afp|reuters|ap|efe|shutterstock))\s*$",
    re.IGNORECASE,
)
_SUBSCRIBE = re.compile(
    r"^(?:sign up|subscribe|get our|join our|suscríbete|suscribite|regístrate|abonnez-vous|inscrivez-vous|recevez)"
    r"\b|\bnewsletter\b.*\b(?:sign up|subscribe|inbox)\b", re.IGNORECASE,
)
_TEASER_HEADING = re.compile(
    r"^(?:other\b|more\b|related\b|recommended|popular|most\b|read more|read next|also\b|you may|you might|latest|"
    r"top stories|trending|don['’]t miss|further reading|editor['’]s picks|what to read|in case you missed|"
    r"más\b|relacionad|te puede|lo más|lee también|también|otras?\b|notas relacionadas|últimas|"
    r"lire aussi|à lire|sur le même sujet|les plus|voir aussi|à voir|dans la même rubrique|en continu|"
    r"nos\b|autres?\b|plus de\b|derniers?\b|dernières?\b)",
    re.IGNORECASE,
)


def _only(words: list[str], vocabulary: frozenset[str], core: frozenset[str]) -> bool:
    """Whether every word is in ``vocabulary`` (or a number) and one of them is a ``core`` word."""
    return (0 < len(words) <= SHORT and any(w in core for w in words)
            and all(w in vocabulary or w.isdigit() for w in words))


def _is_date(words: list[str]) -> bool:
    return bool(words) and all(w in _DATE or w.isdigit() or re.fullmatch(r"\d+(?:h\d*|am|pm|st|nd|rd|th)?", w)
                               for w in words) and any(w.isdigit() or w in _MONTHS or w in _DAYS for w in words)


def _is_sentence(block: PageBlock) -> bool:
    return bool(_SENTENCE_END.search(block.text))


def _is_byline(block: PageBlock, authors: Iterable[str]) -> bool:
    if len(block.words) > SHORT or _is_sentence(block):
        return False
    if _BYLINE.match(block.text) and block.text.split()[1][:1].isupper():
        return True
    text = block.text.casefold()
    return len(block.words) <= 8 and any(a and a.casefold() in text for a in authors)


def _is_meta_line(block: PageBlock, names: Iterable[str]) -> bool:
    """A line of dates, sections, comment counts, reading times or names ("24 July 2015 · 941 comments")."""
    if len(block.words) > 2 * SHORT:
        return False
    known = {n.casefold() for n in names if n}
    places, dates = 0, 0
    for segment in filter(None, _SEGMENTS.split(block.text.strip())):
        words = _WORD.findall(segment.casefold())
        if not words or segment.casefold() in known:
            continue
        if _is_date(words):
            dates += 1
        elif _is_place(segment):
            places += 1  # a dateline's place ("Villaverde | 05/03/2024"): furniture only beside a date
        elif not ((_SECTION.match(segment) and len(words) <= 6) or _only(words, _COMMENT, _COMMENT_CORE)
                  or _is_reading_time(words)):
            return False
    return places <= 1 and (dates > 0 or places == 0)


def _is_place(segment: str) -> bool:
    """A name of one to three capitalised words, such as the place of a dateline."""
    words = segment.split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words)


def _is_reading_time(words: list[str]) -> bool:
    return any(w.isdigit() for w in words) and all(w in _DATE or w.isdigit() for w in words)


def furniture_kind(block: PageBlock, *, authors: Iterable[str] = (), names: Iterable[str] = ()) -> str:
    """What kind of furniture a block is on its own ("share", "byline", …), or "" when it may be the article's."""
    words = block.words
    if not words:
        return "empty"
    if len(words) > SHORT and _is_sentence(block):  # a sentence of the article, unless it says it is a caption
        return "caption" if _CAPTION_START.match(block.text) and len(words) <= 5 * SHORT else ""
    checks: tuple[tuple[str, Callable[[], bool]], ...] = (
        ("share", lambda: _only(words, _SHARE, _SHARE_CORE)),
        ("previous/next", lambda: _only(words, _NAV, _NAV_CORE) and len(words) <= 6),
        ("comments", lambda: _only(words, _COMMENT, _COMMENT_CORE)),
        ("advertisement", lambda: _only(words, _AD, _AD_CORE)),
        ("topics", lambda: bool(_TAGS.match(block.text)) and len(words) <= 3 * SHORT),
        ("read more", lambda: bool(_READ_MORE.match(block.text)) and len(words) <= 2 * SHORT),
        ("subscribe", lambda: bool(_SUBSCRIBE.search(block.text)) and len(words) <= 2 * SHORT),
        ("caption", lambda: bool(_CAPTION_START.match(block.text) or _CREDIT_END.search(block.text))
                            and len(words) <= 5 * SHORT),
        ("teaser", lambda: block.kind == "p" and block.link_share >= 0.9 and len(words) <= SHORT
                           and not _is_sentence(block)),
        ("byline", lambda: not block.is_heading and _is_byline(block, authors)),
        ("date/section/comments", lambda: not block.is_heading and _is_meta_line(block, names)),
    )
    return next((kind for kind, check in checks if check()), "")


def _is_real_paragraph(block: PageBlock) -> bool:
    return block.kind == "p" and len(block.words) > SHORT and _is_sentence(block) and block.link_share < 0.5


def _is_teaser_like(block: PageBlock) -> bool:
    """A line that teases another page: mostly a link, or a short line that is not a sentence."""
    if block.link_share >= 0.5:
        return True
    return len(block.words) <= 2 * SHORT and (block.kind == "li" or not _is_sentence(block))


def remove_furniture(blocks: list[PageBlock], *, authors: Iterable[str] = (),
                     names: Iterable[str] = ()) -> tuple[list[PageBlock], list[tuple[str, PageBlock]]]:
    """The blocks that may be the article's, and those left out, each with the kind of furniture it is.

    ``authors``: the page's authors (a line naming them is a byline); ``names``: other names the
    page gives itself (its site, its section), which a date line may carry.
    """
    authors, names = list(authors), list(names)
    out: set[int] = set()
    why: dict[int, str] = {}

    def drop(i: int, kind: str) -> None:
        out.add(i)
        why.setdefault(i, kind)

    for i, block in enumerate(blocks):
        kind = furniture_kind(block, authors=authors, names=[*names, *authors])
        if kind:
            drop(i, kind)
    first_real = next((i for i, b in enumerate(blocks) if _is_real_paragraph(b)), len(blocks))
    for i in range(first_real):  # a kicker ("Opinion"), a date: short lines before the first sentence
        b = blocks[i]
        if b.kind == "p" and len(b.words) <= 6 and not _is_sentence(b):
            drop(i, "before the article")
    _drop_teasers(blocks, drop)
    last_real = max((i for i, b in enumerate(blocks) if _is_real_paragraph(b) and i not in out), default=-1)
    for i in range(last_real + 1, len(blocks)):  # links after the article's last sentence
        if blocks[i].link_share >= 0.8:
            drop(i, "teaser")
    kept = [i for i in range(len(blocks)) if i not in out]
    while kept and blocks[kept[-1]].is_heading:  # a heading whose section was all furniture
        drop(kept.pop(), "teaser")
    return [blocks[i] for i in kept], [(why[i], blocks[i]) for i in sorted(out)]


def _drop_teasers(blocks: list[PageBlock], drop: Callable[[int, str], None]) -> None:
    """Teaser sections under a heading such as "Other Opinion Columns", and runs of two or more links."""
    i = 0
    while i < len(blocks):
        block = blocks[i]
        heading_like = block.is_heading or (len(block.words) <= 6 and not _is_sentence(block))
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if (heading_like and _TEASER_HEADING.match(block.text) and following is not None
                and not following.is_heading and _is_teaser_like(following)):
            drop(i, "teaser")
            i += 1
            while i < len(blocks) and not blocks[i].is_heading and _is_teaser_like(blocks[i]):
                drop(i, "teaser")
                i += 1
            continue
        run = i
        while run < len(blocks) and blocks[run].link_share >= 0.8 and len(blocks[run].words) <= 2 * SHORT:
            run += 1
        if run - i >= 2:
            for j in range(i, run):
                drop(j, "teaser")
            i = run
            continue
        i += 1


def suspicious(blocks: list[PageBlock]) -> list[int]:
    """Indexes of kept blocks that may still be furniture: short lines with no sentence, or mostly links.

    A list item after a line that announces it ("Three things the district could do:") is the
    article's; so is any heading.
    """
    found = []
    for i, block in enumerate(blocks):
        if block.is_heading:
            continue
        linky = block.link_share >= 0.5
        bare = block.kind == "p" and len(block.words) <= SHORT and not _is_sentence(block)
        if linky or bare:
            found.append(i)
    return found
