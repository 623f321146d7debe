"""The teacher's answer key: the passages an expert would mark (file format: the README, "Answer key")."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.errors import InvalidFile, Problem
from annotator.core.i18n import Words
from annotator.core.lesson import Lesson
from annotator.core.schemas import SCHEMA_IDS, load_document
from annotator.core.text import Article
from annotator.core.yamlfile import Document

DEFAULT_MIN_OVERLAP = 0.5


class KeyFile(Words):
    """The words about an answer key that does not fit its lesson or article."""


@dataclass(frozen=True)
class KeyItem:
    """A passage the key expects: its first category is the expected one, the others are accepted."""

    id: str
    quote: str
    start: int
    end: int
    categories: tuple[str, ...]
    rationale: str
    prompt: str = ""
    required: bool = False
    points: float = 1
    min_overlap: float = DEFAULT_MIN_OVERLAP

    def to_data(self) -> dict[str, Any]:
        """Plain data in the documented key order."""
        data: dict[str, Any] = {"id": self.id, "quote": self.quote, "start": self.start, "end": self.end,
                                "categories": list(self.categories)}
        if self.prompt:
            data["prompt"] = self.prompt
        data |= {"required": self.required, "points": self.points}
        if self.min_overlap != DEFAULT_MIN_OVERLAP:
            data["min_overlap"] = self.min_overlap
        data["rationale"] = self.rationale
        return data


@dataclass(frozen=True)
class NotFlagged:
    """A passage that should not be marked with some categories, and why."""

    quote: str
    start: int
    end: int
    reason: str
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class AnswerKey:
    """The key of one lesson, made against one exact article text."""

    lesson_id: str
    article_sha256: str
    items: tuple[KeyItem, ...]
    not_flagged: tuple[NotFlagged, ...] = ()

    def to_data(self) -> dict[str, Any]:
        """The key as the plain data of a ``key.yaml``."""
        data: dict[str, Any] = {
            "schema": SCHEMA_IDS["key"],
            "lesson": {"id": self.lesson_id, "article_sha256": self.article_sha256},
            "items": [i.to_data() for i in self.items],
        }
        if self.not_flagged:
            data["not_flagged"] = [
                {"quote": n.quote, "start": n.start, "end": n.end}
                | ({"categories": list(n.categories)} if n.categories else {}) | {"reason": n.reason}
                for n in self.not_flagged
            ]
        return data


def check_span(doc: Document, path: tuple[str | int, ...], d: dict[str, Any], article: Article) -> Problem | None:
    """A problem if a span's offsets are reversed, past the text, or do not hold its quote."""
    start, end, n = d["start"], d["end"], len(article.text)
    if end < start:
        return doc.problem((*path, "end"), KeyFile.tr("end {end} is before start {start}").format(end=end, start=start))
    if end > n:
        return doc.problem((*path, "end"), KeyFile.tr(
            "end {end} is past the end of the article ({n} characters)").format(end=end, n=n))
    found = article.text[start:end]
    if found != d["quote"]:
        return doc.problem((*path, "quote"), KeyFile.tr(
            "the article at {start}-{end} reads {found}, not the quote").format(start=start, end=end,
                                                                                found=repr(found[:60])))
    return None


def no_category(category: str) -> str:
    """"no category 'x' in this lesson", in the language spoken."""
    return KeyFile.tr("no category '{category}' in this lesson").format(category=category)


def load_key(
    path: Path, lesson: Lesson, article: Article, *, text: str | None = None, name: str | None = None
) -> AnswerKey:
    """Read and check a key against its lesson and article; raise :class:`InvalidFile` on problems."""
    doc = load_document(path, "key", text=text, name=name)
    d = doc.data
    problems: list[Problem] = []
    if d["lesson"]["id"] != lesson.id:
        problems.append(doc.problem(("lesson", "id"), KeyFile.tr("key is for lesson '{found}', not '{lesson}'").format(
            found=d["lesson"]["id"], lesson=lesson.id)))
    if d["lesson"]["article_sha256"] != article.sha256:
        problems.append(doc.problem(
            ("lesson", "article_sha256"),
            KeyFile.tr("this answer key was made for a different version of the article, so its passages would not "
                       "line up"),
        ))
        raise InvalidFile(problems)
    items = []
    ids: set[str] = set()
    for i, it in enumerate(d["items"]):
        path_i: tuple[str | int, ...] = ("items", i)
        if it["id"] in ids:
            problems.append(doc.problem((*path_i, "id"), KeyFile.tr("key item id '{id}' is used twice").format(
                id=it["id"])))
        ids.add(it["id"])
        for j, cid in enumerate(it["categories"]):
            if lesson.category(cid) is None:
                problems.append(doc.problem((*path_i, "categories", j), no_category(cid)))
        if it.get("prompt") and lesson.prompt(it["prompt"]) is None:
            problems.append(doc.problem((*path_i, "prompt"), KeyFile.tr("no prompt '{prompt}' in this lesson").format(
                prompt=it["prompt"])))
        span_problem = check_span(doc, path_i, it, article)
        if span_problem:
            problems.append(span_problem)
        items.append(KeyItem(it["id"], it["quote"], it["start"], it["end"], tuple(it["categories"]), it["rationale"],
                             it.get("prompt", ""), it.get("required", False), it.get("points", 1),
                             it.get("min_overlap", DEFAULT_MIN_OVERLAP)))
    not_flagged = []
    for i, nf in enumerate(d.get("not_flagged", ())):
        span_problem = check_span(doc, ("not_flagged", i), nf, article)
        if span_problem:
            problems.append(span_problem)
        categories = tuple(nf.get("categories", ()))
        for j, cid in enumerate(categories):
            if lesson.category(cid) is None:  # a typo here would silently drop the key's caution
                problems.append(doc.problem(("not_flagged", i, "categories", j), no_category(cid)))
        not_flagged.append(NotFlagged(nf["quote"], nf["start"], nf["end"], nf["reason"], categories))
    if problems:
        raise InvalidFile(problems)
    return AnswerKey(d["lesson"]["id"], d["lesson"]["article_sha256"], tuple(items), tuple(not_flagged))
