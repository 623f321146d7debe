"""Dates and times in files: each field the schemas mark ``"format": "date-time"`` must be a real one.

The schemas say which fields hold a date and time; neither schema check enforces it (the
compiled checks are built without formats, and jsonschema only notes them), so both agree and
this check runs after them, on the same fields. A date and time is written as RFC 3339 has it,
``2026-11-26T10:15:00+00:00`` (a ``Z`` for UTC, a space for the ``T`` and seconds' fractions
allowed), and must exist on the calendar and the clock: ``2024-13-45T99:99:99Z`` is reported on
its line. Two things are let through, as Annotator has always read them: a time without its
offset (read as UTC) and an empty text (no date given). Any real date is then safe to use, from
the year 1 to 9999, whatever its offset (see :func:`annotator.core.annotations.readable_time`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from annotator.core.errors import Problem
from annotator.core.i18n import Words
from annotator.core.yamlfile import Document

_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?"
                   r"([Zz]|[+-][0-9]{2}:[0-9]{2})?\Z")
_EXAMPLE = "2026-11-26T10:15:00+00:00"
_ANY = object()  # any list item or mapping value, in a field path
_PATHS: dict[str, list[tuple[Any, ...]]] = {}


class Dates(Words):
    """The words of a date and time that is not one, as a file check reports it."""


def date_time_problem(text: str) -> str:
    """Why ``text`` is not a date and time (RFC 3339, offset optional), or "" if it is one."""
    if not _FORM.match(text):
        return Dates.tr("is not a date and time like '{example}'").format(example=_EXAMPLE)
    stamp = text.upper().replace(" ", "T")
    if stamp[17:19] == "60":
        stamp = stamp[:17] + "59" + stamp[19:]  # a leap second is a real time; Python cannot hold one
    try:
        datetime.fromisoformat(stamp)
    except ValueError as exc:
        return Dates.tr("is not a real date and time ({why})").format(why=exc)
    return ""


def date_problems(doc: Document, schema: dict[str, Any], *, limit: int = 50) -> list[Problem]:
    """Date-time fields of a schema-checked document that hold no real date and time, placed on their lines."""
    found: list[tuple[tuple[str | int, ...], str]] = []
    for pattern in _date_paths(schema):
        for path, value in _values_at(doc.data, pattern, ()):
            if isinstance(value, str) and value:
                why = date_time_problem(value)
                if why:
                    found.append((path, f"{value!r} {why}"))
                    if len(found) >= limit:
                        break
    found = found[:limit]
    doc.locate(path for path, _ in found)
    problems = [doc.problem(path, message) for path, message in found]
    return sorted(problems, key=lambda p: (p.line or 0, p.col or 0))


def _date_paths(schema: dict[str, Any]) -> list[tuple[Any, ...]]:
    key = str(schema.get("$id"))
    if key not in _PATHS:
        _PATHS[key] = list(_walk(schema, ()))
    return _PATHS[key]


def _walk(schema: Any, prefix: tuple[Any, ...]) -> Iterator[tuple[Any, ...]]:
    if not isinstance(schema, dict):
        return
    if schema.get("format") == "date-time":
        yield prefix
    for name, sub in schema.get("properties", {}).items():
        yield from _walk(sub, (*prefix, name))
    yield from _walk(schema.get("items"), (*prefix, _ANY))
    yield from _walk(schema.get("additionalProperties"), (*prefix, _ANY))


def _values_at(data: Any, pattern: tuple[Any, ...], path: tuple[str | int, ...]) -> Iterator[tuple[Any, Any]]:
    if not pattern:
        yield path, data
        return
    step, rest = pattern[0], pattern[1:]
    if step is _ANY:
        entries = enumerate(data) if isinstance(data, list) else data.items() if isinstance(data, dict) else ()
        for k, v in entries:
            yield from _values_at(v, rest, (*path, k))
    elif isinstance(data, dict) and step in data:
        yield from _values_at(data[step], rest, (*path, step))
