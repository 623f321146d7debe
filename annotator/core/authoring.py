"""Making a lesson from a news article, for ``annotator new-lesson`` and the app's "New lesson…".

A new lesson has the eight standard categories and four placeholder prompts
(:mod:`annotator.core.defaults`) for the teacher to adapt. Its ``article`` details are what the
source says about itself and stay empty where it says nothing, never guessed; the lesson's
title is the one given, else the article's, else the file's name. Its id is the title's slug.
The lesson's language is the one asked for (``new-lesson --language``), else the page's declared
language (``<html lang>``, ``og:locale``), else the one the text is written in when its common words
say so clearly (Spanish, French or English), else English, the lesson schema's default. The
categories and prompts a new lesson starts with come in that language when Annotator speaks it.

``new-lesson`` never overwrites: a folder that already holds something other than the very
pack it would write is refused, and a failure leaves nothing behind (see
:func:`annotator.core.library.make_pack`).
"""

from __future__ import annotations

import re
from pathlib import Path

from annotator.core.article_import import HTML_SUFFIXES, ImportedArticle, import_article, import_text
from annotator.core.defaults import default_categories, placeholder_prompts
from annotator.core.errors import InvalidFile, Problem
from annotator.core.i18n import QT_TRANSLATE_NOOP, Words
from annotator.core.lesson import ArticleInfo, Lesson
from annotator.core.library import make_pack, render_pack, slug_for
from annotator.core.text import Article, one_line, shorten

ARTICLE_FILE = "article.md"
UNTITLED = QT_TRANSLATE_NOOP("Authoring", "Untitled lesson")
_LANG = rb"([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)"
_HTML_LANG = re.compile(rb"<html\b[^>]*?\slang\s*=\s*[\"']?" + _LANG, re.IGNORECASE)
_OG_LOCALE = re.compile(
    rb"<meta\b[^>]*?property\s*=\s*[\"']og:locale[\"'][^>]*?content\s*=\s*[\"']" + _LANG, re.IGNORECASE
)


class Authoring(Words):
    """The words of making a lesson: its summary, and a title for one without any."""


# A few of each language's commonest words that the other two lack (and few names contain).
_COMMON_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset((
        "the", "and", "of", "to", "is", "was", "that", "with", "for", "have", "has", "said", "this", "which",
        "from", "were",
    )),
    "es": frozenset((
        "el", "los", "las", "del", "y", "por", "una", "con", "para", "según", "fue", "dijo", "como", "pero",
        "más",
    )),
    "fr": frozenset((
        "le", "les", "des", "du", "et", "est", "une", "dans", "pour", "sur", "avec", "qui", "été", "selon",
        "pas", "mais", "au",
    )),
}


def guess_language(text: str) -> str | None:
    """The language (en, es or fr) a text is written in, when its common words leave no doubt; else None."""
    words = re.findall(r"\w+", text[:20_000].casefold())
    if len(words) < 20:
        return None
    counts = sorted(((sum(w in common for w in words), lang) for lang, common in _COMMON_WORDS.items()),
                    reverse=True)
    (best, lang), (second, _) = counts[0], counts[1]
    # Clearly ahead, and common enough: a page of names and numbers says nothing.
    return lang if best >= max(5, 2 * second) and best >= len(words) // 20 else None


def lesson_for_article(
    imported: ImportedArticle, *, title: str | None = None, fallback_title: str = "", language: str = "en"
) -> Lesson:
    """A new lesson on an imported article, with the default categories and placeholder prompts in ``language``."""
    untitled = Authoring.tr(UNTITLED, language=language)
    lesson_title = one_line(title or "") or one_line(imported.title) or one_line(fallback_title) or untitled
    return Lesson(
        id=slug_for(lesson_title),
        title=lesson_title,
        article=ArticleInfo(
            ARTICLE_FILE, imported.title, imported.source, imported.author, imported.published, imported.url
        ),
        categories=default_categories(language),
        prompts=placeholder_prompts(language),
        language=language,
    )


def lesson_from_file(path: Path, *, title: str | None = None,
                     language: str | None = None) -> tuple[Lesson, ImportedArticle]:
    """Import an article file (.txt, .md, .html) and make a new lesson on it; raise ArticleImportError.

    ``language``: the lesson's, when the teacher gives it; otherwise the page's or the text's.
    """
    path = Path(path)
    imported = import_article(path)
    declared = _declared_language(path) if path.suffix.lower() in HTML_SUFFIXES else None
    language = language or declared or guess_language(imported.markdown) or "en"
    fallback = re.sub(r"[-_\s]+", " ", path.stem).strip()
    return lesson_for_article(imported, title=title, fallback_title=fallback, language=language), imported


def lesson_from_text(text: str, title: str, language: str | None = None) -> tuple[Lesson, str]:
    """A new lesson on pasted text, and the text of its ``article.md`` ("New lesson from pasted text")."""
    imported = import_text(text, title=title)
    language = language or guess_language(imported.markdown) or "en"
    return lesson_for_article(imported, title=title, language=language), imported.markdown


def new_lesson(article_path: Path, *, title: str | None = None, out: Path | None = None,
               language: str | None = None) -> Path:
    """Make a checked lesson pack from an article file; return its folder (by default beside the article)."""
    folder, _ = make_lesson_pack(Path(article_path), title=title, out=out, language=language)
    return folder


def make_lesson_pack(
    article_path: Path, *, title: str | None, out: Path | None, language: str | None = None
) -> tuple[Path, tuple[Lesson, ImportedArticle]]:
    """Make a lesson pack from an article file; return its folder, the lesson and what was imported."""
    lesson, imported = lesson_from_file(article_path, title=title, language=language)
    folder = Path(out) if out is not None else article_path.parent / lesson.id
    if _holds_something_else(folder, lesson, imported.markdown):
        why = (Authoring.tr("this folder already holds a lesson pack and new-lesson never overwrites; choose another "
                            "folder with --out") if (folder / "lesson.yaml").exists()
               else Authoring.tr("this folder already holds other files and new-lesson never overwrites; choose "
                                 "another folder with --out"))
        raise InvalidFile(Problem(str(folder), why))
    make_pack(folder, lesson=lesson, article_markdown=imported.markdown)
    return folder, (lesson, imported)


def _holds_something_else(folder: Path, lesson: Lesson, markdown: str) -> bool:
    """Whether a folder holds anything but exactly the pack about to be written (a re-run is harmless)."""
    if not folder.is_dir():
        return False  # missing (fine), or a file (make_pack says so)
    visible = {p.name for p in folder.iterdir() if not p.name.startswith(".")}
    if not visible:
        return False
    files = render_pack(lesson, markdown)
    if visible != set(files):
        return True
    return any((folder / rel).read_bytes() != text.encode("utf-8") for rel, text in files.items())


def summary(lesson: Lesson, imported: ImportedArticle) -> str:
    """One line on a new lesson: its title, how long the article is, and what its source says."""
    article = Article.from_markdown(imported.markdown)
    paragraphs = [b for b in article.blocks if not b.is_heading]
    words = sum(len(article.text[b.start : b.end].split()) for b in paragraphs)
    a = lesson.article
    unknown = Authoring.tr("(not stated)")
    return Authoring.tr(
        "“{title}” ({id}): {paragraphs}, {words}; source: {source}; author: {author}; published: {published}; "
        "address: {address}; {categories} and {prompts}"
    ).format(
        title=lesson.title, id=lesson.id, source=a.source or unknown, author=a.author or unknown,
        published=a.published or unknown, address=a.url or unknown,
        paragraphs=Authoring.tr("%n paragraph(s)", "", len(paragraphs)),
        words=Authoring.tr("%n word(s)", "", words),
        categories=Authoring.tr("%n category(ies)", "", len(lesson.categories)),
        prompts=Authoring.tr("%n placeholder prompt(s)", "", len(lesson.prompts)),
    )


# What each kind of page furniture is called when new-lesson lists what it left out.
_FURNITURE_NAMES = {
    "byline": QT_TRANSLATE_NOOP("Authoring", "bylines"),
    "share": QT_TRANSLATE_NOOP("Authoring", "share buttons"),
    "previous/next": QT_TRANSLATE_NOOP("Authoring", "“Previous / Next” links"),
    "comments": QT_TRANSLATE_NOOP("Authoring", "comment counts and links"),
    "advertisement": QT_TRANSLATE_NOOP("Authoring", "advertisement markers"),
    "topics": QT_TRANSLATE_NOOP("Authoring", "topic and tag lists"),
    "read more": QT_TRANSLATE_NOOP("Authoring", "“Read more” links"),
    "subscribe": QT_TRANSLATE_NOOP("Authoring", "subscription offers"),
    "caption": QT_TRANSLATE_NOOP("Authoring", "photo captions and credits"),
    "teaser": QT_TRANSLATE_NOOP("Authoring", "teasers for other articles"),
    "date/section/comments": QT_TRANSLATE_NOOP("Authoring", "date, section and comment-count lines"),
    "before the article": QT_TRANSLATE_NOOP("Authoring", "short lines above the article"),
    "empty": QT_TRANSLATE_NOOP("Authoring", "empty lines"),
}


def import_notes(imported: ImportedArticle) -> list[str]:
    """What the import did to the article that the teacher should know, one line each, for new-lesson's output.

    Invisible characters removed, page furniture left out (how many blocks, of which kinds), and
    the paragraphs that may still be furniture, by number, for the teacher to read and delete or
    edit in the lesson editor.
    """
    notes = []
    if imported.invisible:
        notes.append(Authoring.tr(
            "removed %n invisible character(s) that split words (soft hyphens, zero-width spaces), so that "
            "searching and selecting find whole words", "", imported.invisible))
    if imported.left_out:
        kinds = dict.fromkeys(kind for kind, _ in imported.left_out)
        names = ", ".join(Authoring.tr(_FURNITURE_NAMES.get(kind, kind)) for kind in kinds)
        notes.append(Authoring.tr("left out %n block(s) of page furniture: {kinds}", "",
                                  len(imported.left_out)).format(kinds=names))
    if imported.suspicious:
        notes.append(Authoring.tr(
            "%n paragraph(s) may not be the article's (a link, a button, a teaser): read them, and delete or edit "
            "them (Teacher ▸ Edit this lesson… ▸ Article text) if they are not", "", len(imported.suspicious)))
        notes += ["  " + Authoring.tr("paragraph {number}: “{text}”").format(number=n, text=shorten(text, 80))
                  for n, text in imported.suspicious]
    return notes


def _declared_language(path: Path) -> str | None:
    """The language a saved web page declares (``<html lang>``, then ``og:locale``), if it does."""
    try:
        with path.open("rb") as handle:
            head = handle.read(256 * 1024)
    except OSError:
        return None
    for pattern in (_HTML_LANG, _OG_LOCALE):
        match = pattern.search(head)
        if match:
            primary, *rest = match.group(1).decode("ascii").replace("_", "-").split("-")
            return "-".join([primary.lower(), *rest])
    return None

