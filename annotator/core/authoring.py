"""Making a lesson from a news article, for ``annotator new-lesson`` and the app's "New lesson…".

A new lesson has the eight standard categories and four placeholder prompts
(:mod:`annotator.core.defaults`) for the teacher to adapt. Its ``article`` details are what the
source says about itself and stay empty where it says nothing, never guessed; the lesson's
title is the one given, else the article's, else the file's name. Its id is the title's slug.
The page's declared language (``<html lang>``, ``og:locale``) becomes the lesson's; when a
source does not say, the lesson schema's default, English, is kept.

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
from annotator.core.lesson import ArticleInfo, Lesson
from annotator.core.library import make_pack, render_pack, slug_for
from annotator.core.text import Article, BlockKind

ARTICLE_FILE = "article.md"
UNTITLED = "Untitled lesson"
_LANG = rb"([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)"
_HTML_LANG = re.compile(rb"<html\b[^>]*?\slang\s*=\s*[\"']?" + _LANG, re.IGNORECASE)
_OG_LOCALE = re.compile(
    rb"<meta\b[^>]*?property\s*=\s*[\"']og:locale[\"'][^>]*?content\s*=\s*[\"']" + _LANG, re.IGNORECASE
)


def lesson_for_article(
    imported: ImportedArticle, *, title: str | None = None, fallback_title: str = UNTITLED, language: str = "en"
) -> Lesson:
    """A new lesson on an imported article, with the default categories and placeholder prompts."""
    lesson_title = _one_line(title or "") or _one_line(imported.title) or _one_line(fallback_title) or UNTITLED
    return Lesson(
        id=slug_for(lesson_title),
        title=lesson_title,
        article=ArticleInfo(
            ARTICLE_FILE, imported.title, imported.source, imported.author, imported.published, imported.url
        ),
        categories=default_categories(),
        prompts=placeholder_prompts(),
        language=language,
    )


def lesson_from_file(path: Path, *, title: str | None = None) -> tuple[Lesson, ImportedArticle]:
    """Import an article file (.txt, .md, .html) and make a new lesson on it; raise ArticleImportError."""
    path = Path(path)
    imported = import_article(path)
    language = _declared_language(path) if path.suffix.lower() in HTML_SUFFIXES else "en"
    fallback = re.sub(r"[-_\s]+", " ", path.stem).strip()
    return lesson_for_article(imported, title=title, fallback_title=fallback, language=language), imported


def lesson_from_text(text: str, title: str) -> tuple[Lesson, str]:
    """A new lesson on pasted text, and the text of its ``article.md`` ("New lesson from pasted text")."""
    imported = import_text(text, title=title)
    return lesson_for_article(imported, title=title), imported.markdown


def new_lesson(article_path: Path, *, title: str | None = None, out: Path | None = None) -> Path:
    """Make a checked lesson pack from an article file; return its folder (by default beside the article)."""
    folder, _ = make_lesson_pack(Path(article_path), title=title, out=out)
    return folder


def make_lesson_pack(
    article_path: Path, *, title: str | None, out: Path | None
) -> tuple[Path, tuple[Lesson, ImportedArticle]]:
    """Make a lesson pack from an article file; return its folder, the lesson and what was imported."""
    lesson, imported = lesson_from_file(article_path, title=title)
    folder = Path(out) if out is not None else article_path.parent / lesson.id
    if _holds_something_else(folder, lesson, imported.markdown):
        what = "a lesson pack" if (folder / "lesson.yaml").exists() else "other files"
        raise InvalidFile(
            Problem(
                str(folder),
                f"this folder already holds {what} and new-lesson never overwrites; choose another folder with --out",
            )
        )
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
    paragraphs = [b for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    words = sum(len(article.text[b.start : b.end].split()) for b in paragraphs)
    a = lesson.article
    facts = "; ".join(
        f"{name}: {value or '(not stated)'}"
        for name, value in (("source", a.source), ("author", a.author), ("published", a.published), ("address", a.url))
    )
    return (
        f"“{lesson.title}” ({lesson.id}): {_count(len(paragraphs), 'paragraph')}, {_count(words, 'word')}; "
        f"{facts}; {_count(len(lesson.categories), 'category', 'categories')} and "
        f"{_count(len(lesson.prompts), 'placeholder prompt')}"
    )


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n:,} {one if n == 1 else many or one + 's'}"


def _declared_language(path: Path) -> str:
    """The language a saved web page declares (``<html lang>``, then ``og:locale``), else English."""
    try:
        with path.open("rb") as handle:
            head = handle.read(256 * 1024)
    except OSError:
        return "en"
    for pattern in (_HTML_LANG, _OG_LOCALE):
        match = pattern.search(head)
        if match:
            primary, *rest = match.group(1).decode("ascii").replace("_", "-").split("-")
            return "-".join([primary.lower(), *rest])
    return "en"


def _one_line(text: str) -> str:
    return " ".join(text.split())
