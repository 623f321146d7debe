"""A lesson: its article details, categories, prompts and rubric (see the README, "Lesson pack").

These are plain values built from a checked ``lesson.yaml``; :mod:`annotator.core.pack` finds
and reads the files of a pack.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from annotator.core.errors import Problem
from annotator.core.i18n import Words
from annotator.core.yamlfile import Document


@dataclass(frozen=True)
class Category:
    """A kind of passage students mark, shown by colour, underline style and label."""

    id: str
    label: str
    color: str
    style: str
    shortcut: str
    help: str
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Expectation:
    """What a complete response to a prompt has."""

    highlights: int = 0
    notes: bool = False
    answer: bool = False


@dataclass(frozen=True)
class Prompt:
    """A question of the lesson, about some of its categories."""

    id: str
    text: str
    categories: tuple[str, ...] = ()
    expects: Expectation = Expectation()
    points: int = 0


@dataclass(frozen=True)
class RubricLevel:
    """One level of a rubric criterion: 4 = advanced … 1 = beginning."""

    level: int
    description: str
    label: str = ""


@dataclass(frozen=True)
class Criterion:
    """One criterion of the rubric, with its levels described in words."""

    id: str
    title: str
    levels: tuple[RubricLevel, ...]


@dataclass(frozen=True)
class ArticleInfo:
    """Where the article comes from; what the source does not say stays empty."""

    file: str
    title: str = ""
    source: str = ""
    author: str = ""
    published: str = ""
    url: str = ""


@dataclass(frozen=True)
class Standard:
    """A curriculum standard the lesson meets, e.g. CCSS RI.9-10.6."""

    code: str
    text: str = ""


@dataclass(frozen=True)
class Lesson:
    """Everything in ``lesson.yaml``."""

    id: str
    title: str
    article: ArticleInfo
    categories: tuple[Category, ...]
    prompts: tuple[Prompt, ...]
    grade_levels: tuple[int, ...] = ()
    minutes: int | None = None
    language: str = "en"
    objectives: tuple[str, ...] = ()
    standards: tuple[Standard, ...] = ()
    rubric: tuple[Criterion, ...] = ()
    _by_id: dict[str, Category] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({c.id: c for c in self.categories})

    def category(self, category_id: str) -> Category | None:
        """The category with an id, or None."""
        return self._by_id.get(category_id)

    def prompt(self, prompt_id: str) -> Prompt | None:
        """The prompt with an id, or None."""
        return next((p for p in self.prompts if p.id == prompt_id), None)

    def to_data(self) -> dict[str, Any]:
        """The lesson as the plain data of a ``lesson.yaml``, in the documented key order."""
        data: dict[str, Any] = {"schema": "annotator/lesson@1", "id": self.id, "title": self.title}
        data["grade_levels"] = list(self.grade_levels)
        if self.minutes is not None:
            data["minutes"] = self.minutes
        data["language"] = self.language
        data["objectives"] = list(self.objectives)
        data["standards"] = [{"code": s.code, "text": s.text} for s in self.standards]
        a = self.article
        data["article"] = {k: getattr(a, k) for k in ("file", "title", "source", "author", "published", "url")}
        data["categories"] = [
            {"id": c.id, "label": c.label, "color": c.color, "style": c.style, "shortcut": c.shortcut, "help": c.help}
            | ({"examples": list(c.examples)} if c.examples else {})
            for c in self.categories
        ]
        data["prompts"] = [
            {"id": p.id, "text": p.text, "categories": list(p.categories),
             "expects": {"highlights": p.expects.highlights, "notes": p.expects.notes, "answer": p.expects.answer},
             "points": p.points}
            for p in self.prompts
        ]
        if self.rubric:
            data["rubric"] = {"criteria": [
                {"id": c.id, "title": c.title,
                 "levels": [{"level": lv.level, "label": lv.label, "description": lv.description} for lv in c.levels]}
                for c in self.rubric
            ]}
        return data


class LessonFile(Words):
    """The words about a lesson file whose parts do not fit together."""


def lesson_from_document(doc: Document) -> tuple[Lesson, list[Problem]]:
    """Build a lesson from a schema-checked document; also return cross-field problems.

    The schema checks each field; this checks what a schema cannot: ids and shortcuts that
    repeat, prompts that name categories the lesson does not have.
    """
    d = doc.data
    problems: list[Problem] = []
    categories = tuple(
        Category(c["id"], c["label"], c["color"], c["style"], c["shortcut"], c["help"], tuple(c.get("examples", ())))
        for c in d["categories"]
    )
    seen_ids: dict[str, int] = {}
    seen_keys: dict[str, int] = {}
    for i, c in enumerate(categories):
        if c.id in seen_ids:
            problems.append(doc.problem(("categories", i, "id"), LessonFile.tr(
                "category id '{id}' is used twice").format(id=c.id)))
        if c.shortcut.lower() in seen_keys:
            other = categories[seen_keys[c.shortcut.lower()]].label
            problems.append(doc.problem(("categories", i, "shortcut"), LessonFile.tr(
                "key '{key}' is also {other}'s key").format(key=c.shortcut, other=other)))
        seen_ids.setdefault(c.id, i)
        seen_keys.setdefault(c.shortcut.lower(), i)
    prompts = []
    prompt_ids: set[str] = set()
    for i, p in enumerate(d["prompts"]):
        if p["id"] in prompt_ids:
            problems.append(doc.problem(("prompts", i, "id"), LessonFile.tr("prompt id '{id}' is used twice").format(
                id=p["id"])))
        prompt_ids.add(p["id"])
        for j, cid in enumerate(p.get("categories", ())):
            if cid not in seen_ids:
                problems.append(doc.problem(("prompts", i, "categories", j), LessonFile.tr(
                    "no category '{category}' in this lesson").format(category=cid)))
        e = p.get("expects", {})
        prompts.append(Prompt(p["id"], p["text"], tuple(p.get("categories", ())),
                              Expectation(e.get("highlights", 0), e.get("notes", False), e.get("answer", False)),
                              p.get("points", 0)))
    rubric = tuple(
        Criterion(c["id"], c["title"],
                  tuple(RubricLevel(lv["level"], lv["description"], lv.get("label", "")) for lv in c["levels"]))
        for c in d.get("rubric", {}).get("criteria", ())
    )
    a = d["article"]
    lesson = Lesson(
        id=d["id"], title=d["title"],
        article=ArticleInfo(a["file"], a.get("title", ""), a.get("source", ""), a.get("author", ""),
                            a.get("published", ""), a.get("url", "")),
        categories=categories, prompts=tuple(prompts),
        grade_levels=tuple(d.get("grade_levels", ())), minutes=d.get("minutes"), language=d.get("language", "en"),
        objectives=tuple(d.get("objectives", ())),
        standards=tuple(Standard(s["code"], s.get("text", "")) for s in d.get("standards", ())),
        rubric=rubric,
    )
    return lesson, problems
