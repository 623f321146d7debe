"""Hypothesis annotations, as its API gives them, read to be placed on a lesson's article.

Followed: the Hypothesis API, version 1.0 (h.readthedocs.io, "API reference"): the JSON of
``GET /api/search`` (an object whose ``rows`` are annotations) or of ``GET /api/annotations/{id}``
(one annotation), or a list of annotations. Each annotation has ``id``, ``user``
(``acct:NAME@hypothes.is``), optionally ``user_info.display_name``, ``created``, ``updated``,
``text`` (the note), ``tags`` and ``target``: a list of one ``{source, selector}``, whose
selectors are W3C ``RangeSelector``, ``TextPositionSelector`` and ``TextQuoteSelector``.

What is used: the ``TextQuoteSelector`` places the passage (its positions count characters of
the web page as the browser rendered it, not the lesson's text, so they only break ties between
equally good places); tags give the category (``--map``); ``text`` is the note; the user is the
student (their display name, with their account name as the student number so two people of one
display name stay apart). A **page note** (no selector: about the whole page) and a **reply**
(``references``) are not highlights: they are counted and left out, and the command says so. An
annotation whose target has selectors but no ``TextQuoteSelector`` (a PDF's, say) is reported on
its line and not imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from annotator.core.annotations import Student
from annotator.core.errors import Problem
from annotator.core.formats.foreign import ForeignHighlight, ForeignWork, line_of, text_or_empty
from annotator.core.i18n import Words


class HypothesisFiles(Words):
    """The words of reading Hypothesis's JSON: what in a file could not be imported."""


@dataclass
class HypothesisRead:
    """What one file held: each user's highlights, and what could not be used."""

    works: list[ForeignWork] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    page_notes: int = 0
    replies: int = 0


def _rows(data: Any) -> list[Any] | None:
    if isinstance(data, dict) and isinstance(data.get("rows"), list):
        return list(data["rows"])
    if isinstance(data, dict) and "target" in data:
        return [data]
    if isinstance(data, list) and data and all(isinstance(r, dict) and "target" in r for r in data):
        return data
    return None


def _student(row: dict[str, Any]) -> Student:
    user = row.get("user") if isinstance(row.get("user"), str) else ""
    account = user.removeprefix("acct:").split("@", 1)[0] if user else ""
    info = row.get("user_info")
    display = info.get("display_name") if isinstance(info, dict) else None
    if isinstance(display, str) and display.strip() and display.strip() != account:
        return Student(display.strip(), account)
    return Student(account or HypothesisFiles.tr("(unknown Hypothesis user)"))


def _as_list(value: Any) -> list[Any]:
    """A JSON value that should be a list: a single object counts as a list of one, anything else as none."""
    if isinstance(value, list):
        return value
    return [value] if isinstance(value, dict) else []


def read_hypothesis(data: Any, text: str, name: str) -> HypothesisRead:
    """Highlights in Hypothesis API JSON, grouped by user (``text``: the file's text, for line numbers)."""
    result = HypothesisRead()
    rows = _rows(data)
    if rows is None:
        result.problems.append(Problem(name, HypothesisFiles.tr(
            "not Hypothesis annotation JSON: expected a search result with 'rows', or annotations with a 'target'"),
            line=1))
        return result
    works: dict[tuple[str, str], ForeignWork] = {}
    for n, row in enumerate(rows, 1):
        if not isinstance(row, dict) or not isinstance(row.get("target"), list):
            result.problems.append(Problem(name, HypothesisFiles.tr(
                "row {n} is not a Hypothesis annotation (no 'target' list)").format(n=n),
                                           line=line_of(text, row.get("id")) if isinstance(row, dict) else None))
            continue
        if row.get("references"):
            result.replies += 1
            continue
        selectors = [s for t in row["target"] if isinstance(t, dict) for s in _as_list(t.get("selector"))
                     if isinstance(s, dict)]
        if not selectors:
            result.page_notes += 1
            continue
        quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"
                      and isinstance(s.get("exact"), str)), None)
        if quote is None:
            kinds = ", ".join(sorted({str(s.get("type")) for s in selectors}))
            result.problems.append(Problem(name, HypothesisFiles.tr(
                "annotation {id}: only {kinds}, no TextQuoteSelector to find its passage by; not imported").format(
                id=row.get("id", n), kinds=kinds),
                                           line=line_of(text, row.get("id"))))
            continue
        position = next((s for s in selectors if s.get("type") == "TextPositionSelector"), {})
        start, end = position.get("start"), position.get("end")
        if not (isinstance(start, int) and isinstance(end, int)):
            start = end = None
        tags = tuple(t for t in _as_list(row.get("tags")) if isinstance(t, str))
        student = _student(row)
        highlight = ForeignHighlight(
            name, None, str(row.get("id", "")), tags, quote["exact"], start, end, None,
            text_or_empty(quote.get("prefix")), text_or_empty(quote.get("suffix")), text_or_empty(row.get("text")),
            text_or_empty(row.get("created")), text_or_empty(row.get("updated")))
        works.setdefault((student.name, student.id), ForeignWork(student, name)).highlights.append(highlight)
    result.works = list(works.values())
    return result
