"""The W3C Web Annotation Data Model: a class's highlights as one JSON-LD Annotation Collection.

Followed: *Web Annotation Data Model*, W3C Recommendation 23 February 2017
(https://www.w3.org/TR/annotation-model/), with the ``http://www.w3.org/ns/anno.jsonld`` context.
Exports are checked in the tests against the Working Group's JSON Schemas for its test assertions
(``resources/formats/w3c-annotation-tests``).

What an export holds (:func:`collection`):

- one ``AnnotationCollection`` (the class, or one student when there is one), labelled with the
  lesson's title, whose one embedded ``AnnotationPage`` holds the annotations;
- per highlight an ``Annotation`` with motivation ``highlighting``; its target is a
  ``SpecificResource`` whose ``source`` is the article (its URL where the lesson gives one, else
  ``urn:sha256:`` and the SHA-256 of its canonical text) with a ``TextQuoteSelector`` (exact, prefix,
  suffix) and a ``TextPositionSelector``. **Positions count Unicode code points** of the article's
  canonical text (the standard leaves the unit to the implementation), end exclusive, as
  everywhere in Annotator. The category is a ``TextualBody`` with purpose ``classifying`` whose
  value is the category's id; the note is one with purpose ``commenting``. ``creator`` is the
  student (a ``Person`` with their name; their student number, when there is one, in its id
  ``urn:annotator:student:NUMBER``), and ``created`` / ``modified`` are kept;
- a highlight is exported where it sits on the article now (after anchoring); an orphan, which has
  no place, keeps only its ``TextQuoteSelector``;
- the teacher's comment on a highlight is an ``Annotation`` with motivation ``assessing`` whose
  target is the student's annotation.

Ids are stable, so exporting twice gives the same ids: ``urn:annotator:LESSON:STUDENT:ID`` from
the lesson id, the student's file-name stem and the highlight's id.

Import (:func:`read_w3c`) reads such a collection, a page, an annotation or a list of them (from
Annotator or another tool): the ``classifying`` and ``tagging`` bodies give the category, a
``commenting`` body (or ``bodyValue``) the note, ``TextQuoteSelector`` the words and
``TextPositionSelector`` the offsets. Teacher feedback (``assessing``) is counted and left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote as url_quote
from urllib.parse import unquote

from annotator.core.annotations import Annotation, Student
from annotator.core.errors import Problem
from annotator.core.formats.foreign import ForeignHighlight, ForeignWork, line_of, text_or_empty
from annotator.core.i18n import Words
from annotator.core.lesson import Lesson
from annotator.core.names import student_stem
from annotator.core.text import Article, context

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
STUDENT_URN = "urn:annotator:student:"
_SELECTORS = {"TextQuoteSelector", "TextPositionSelector"}


class W3CFiles(Words):
    """The words of reading W3C Web Annotation JSON: what in a file could not be imported (an export's JSON
    itself, labels included, stays in English: it is a file format)."""


@dataclass(frozen=True)
class Placed:
    """A highlight to export: the annotation, and where it sits on the article now (None for an orphan)."""

    annotation: Annotation
    span: tuple[int, int] | None
    feedback: str = ""  # the teacher's comment on it


def source_of(lesson: Lesson, article: Article) -> str:
    """The IRI of the article: its URL where the lesson gives one, else a URN from its digest."""
    return lesson.article.url or f"urn:sha256:{article.sha256}"


def _urn(*parts: str) -> str:
    return "urn:annotator:" + ":".join(url_quote(p, safe="-._~") for p in parts)


def creator_of(student: Student) -> dict[str, str]:
    """The ``creator`` of a student's annotations."""
    agent = {"type": "Person", "name": student.name or "(no name)"}
    if student.id:
        agent = {"id": STUDENT_URN + url_quote(student.id, safe="-._~"), **agent}
    return agent


def annotations_of(lesson: Lesson, article: Article, student: Student,
                   placed: Iterable[Placed]) -> Iterator[dict[str, Any]]:
    """One student's highlights as W3C annotations, each followed by the teacher's comment on it, if any."""
    text, source = article.text, source_of(lesson, article)
    stem = student_stem(student.name, student.id)
    for p in placed:
        a = p.annotation
        anno_id = _urn(lesson.id, stem, a.id)
        if p.span is not None:
            s, e = p.span
            quote = text[s:e]
            prefix, suffix = context(text, s, e)
            selectors: list[dict[str, Any]] = [
                {"type": "TextQuoteSelector", "exact": quote, "prefix": prefix, "suffix": suffix},
                {"type": "TextPositionSelector", "start": s, "end": e},
            ]
        else:
            selectors = [{"type": "TextQuoteSelector", "exact": a.quote, "prefix": a.prefix, "suffix": a.suffix}]
        bodies: list[dict[str, Any]] = [{"type": "TextualBody", "purpose": "classifying", "value": a.category}]
        if a.note:
            bodies.append({"type": "TextualBody", "purpose": "commenting", "value": a.note, "format": "text/plain"})
        anno: dict[str, Any] = {"id": anno_id, "type": "Annotation", "motivation": "highlighting",
                                "creator": creator_of(student)}
        if a.created:
            anno["created"] = a.created
        if a.modified:
            anno["modified"] = a.modified
        anno["body"] = bodies
        anno["target"] = {"type": "SpecificResource", "source": source, "selector": selectors}
        yield anno
        if p.feedback:
            yield {"id": anno_id + ":feedback", "type": "Annotation", "motivation": "assessing",
                   "body": {"type": "TextualBody", "purpose": "assessing", "value": p.feedback,
                            "format": "text/plain"},
                   "target": anno_id}


def collection(lesson: Lesson, article: Article, students: list[tuple[Student, list[Placed]]]) -> dict[str, Any]:
    """The Annotation Collection of a class (or of one student), with its one page embedded."""
    if len(students) == 1:
        who = students[0][0]
        cid = _urn(lesson.id, student_stem(who.name, who.id))
        label = f"{lesson.title} — {who.name or '(no name)'}"
    else:
        cid, label = _urn(lesson.id, "class"), f"{lesson.title} — the class"
    items = [anno for student, placed in students for anno in annotations_of(lesson, article, student, placed)]
    # The page describes the collection it is part of, as the model's examples of a page do.
    part_of = {"id": cid, "label": label, "total": len(items)}
    page = {"id": cid + ":page1", "type": "AnnotationPage", "partOf": part_of, "startIndex": 0, "items": items}
    return {"@context": CONTEXT, "id": cid, "type": "AnnotationCollection", "label": label, "total": len(items),
            "first": page, "last": page["id"]}


# --- import ----------------------------------------------------------------------------------


@dataclass
class W3CRead:
    """What one file held: each creator's highlights, and what could not be used."""

    works: list[ForeignWork] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: int = 0  # teacher feedback (motivation assessing), which is not a highlight


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _items(data: Any) -> list[Any] | None:
    """The annotations of a collection, a page, a list or a single annotation; None if it is none of those."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        return None
    kind = _as_list(data.get("type"))
    if "AnnotationCollection" in kind:
        first = data.get("first")
        return _items(first) if isinstance(first, dict) else None
    if "AnnotationPage" in kind:
        return _as_list(data.get("items"))
    return [data] if "Annotation" in kind else None


def read_w3c(data: Any, text: str, name: str, *, default_student: str) -> W3CRead:
    """Highlights in W3C Web Annotation JSON, grouped by creator (``text``: the file's text, for line numbers)."""
    result = W3CRead()
    items = _items(data)
    if items is None:
        result.problems.append(Problem(name, W3CFiles.tr(
            "not W3C Web Annotation JSON: expected an AnnotationCollection with its first page, an AnnotationPage "
            "or an Annotation"), line=1))
        return result
    works: dict[tuple[str, str], ForeignWork] = {}
    for n, item in enumerate(items, 1):
        # Finding an id's line costs a pass over the file: done only for an annotation with a problem.
        if not isinstance(item, dict) or "Annotation" not in _as_list(item.get("type")):
            result.problems.append(Problem(name, W3CFiles.tr("item {n} is not an Annotation").format(n=n),
                                           line=line_of(text, item.get("id") if isinstance(item, dict) else None)))
            continue
        if "assessing" in _as_list(item.get("motivation")):
            result.skipped += 1
            continue
        highlight = _highlight(item, name, text, n, result.problems)
        if highlight is None:
            continue
        student = _student(item.get("creator"), default_student)
        works.setdefault((student.name, student.id), ForeignWork(student, name)).highlights.append(highlight)
    result.works = list(works.values())
    return result


def _student(creator: Any, default: str) -> Student:
    agent = next(iter(_as_list(creator)), None)
    if isinstance(agent, str):
        return Student(agent.rsplit("/", 1)[-1] or default)
    if not isinstance(agent, dict):
        return Student(default)
    ident = agent.get("id", "")
    number = unquote(ident[len(STUDENT_URN):]) if isinstance(ident, str) and ident.startswith(STUDENT_URN) else ""
    name = agent.get("name") or agent.get("nickname") or ""
    name = name if isinstance(name, str) else ""
    return Student(name or (ident if isinstance(ident, str) and not number else "") or default, number)


def _highlight(item: dict[str, Any], name: str, text: str, n: int,
               problems: list[Problem]) -> ForeignHighlight | None:
    kinds: list[str] = []
    note = item["bodyValue"] if isinstance(item.get("bodyValue"), str) else ""
    for body in _as_list(item.get("body")):
        if not isinstance(body, dict) or not isinstance(body.get("value"), str):
            continue
        purposes = _as_list(body.get("purpose"))
        if "classifying" in purposes or "tagging" in purposes:
            kinds.append(body["value"])
        elif "commenting" in purposes or not purposes:
            note = body["value"] if not note else f"{note}\n\n{body['value']}"
    quote: dict[str, Any] | None = None
    position: dict[str, Any] | None = None
    unknown: list[str] = []
    for target in _as_list(item.get("target")):
        if not isinstance(target, dict):
            continue
        for selector in _as_list(target.get("selector")):
            kind = selector.get("type") if isinstance(selector, dict) else None
            if kind == "TextQuoteSelector" and isinstance(selector.get("exact"), str) and quote is None:
                quote = selector
            elif kind == "TextPositionSelector" and position is None:
                position = selector
            elif kind not in _SELECTORS:
                unknown.append(str(kind))
    if quote is None:
        found = (W3CFiles.tr("only {selectors}").format(selectors=", ".join(sorted(set(unknown)))) if unknown
                 else W3CFiles.tr("no selector"))
        problems.append(Problem(name, W3CFiles.tr("annotation {n}: {found}; Annotator finds a passage by its "
                                                  "TextQuoteSelector, so it is not imported").format(n=n, found=found),
                                line=line_of(text, item.get("id"))))
        return None
    start = position.get("start") if position else None
    end = position.get("end") if position else None
    if not (isinstance(start, int) and isinstance(end, int)):
        start = end = None
    ident = str(item.get("id", "")).rsplit(":", 1)[-1].rsplit("/", 1)[-1]
    return ForeignHighlight(name, None, ident, tuple(kinds), quote["exact"], start, end, None,
                            text_or_empty(quote.get("prefix")), text_or_empty(quote.get("suffix")), note,
                            text_or_empty(item.get("created")), text_or_empty(item.get("modified")))
