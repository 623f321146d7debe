"""A student's work: annotations, answers, and the edits made to them (file format: the README, "Student's file").

Every change is an edit value. Applying an edit returns a :class:`Change` that says what
changed and carries the inverse edit, so undo lives here, not in the widgets.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Protocol

from annotator.core.schemas import SCHEMA_IDS
from annotator.core.yamlfile import Document

_ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U to misread


def now() -> str:
    """The current time as written in files: ISO 8601 with the UTC offset, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def readable_time(stamp: str, pattern: str = "%d %B %Y, %H:%M") -> str:
    """A time from a file (ISO 8601) in this computer's time zone, as a person reads it; odd text as is.

    Any real date is shown: one too near the year 1 or 9999 to move to this time zone
    (``0001-01-01T00:00:00+14:00`` is in the year 0 in UTC) is shown at its own offset.
    """
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    with suppress(OverflowError, ValueError, OSError):  # OSError: the C library's own range on some systems
        moment = moment.astimezone()
    try:
        return moment.strftime(pattern)
    except ValueError:
        return stamp


def new_id(taken: set[str] | dict[str, Any]) -> str:
    """A short random id, unique among ``taken``, easy to read aloud."""
    import secrets  # not paid for at start-up: only a new highlight needs it

    while True:
        candidate = "".join(secrets.choice(_ID_ALPHABET) for _ in range(6))
        if candidate not in taken:
            return candidate


def to_block(text: str) -> str:
    """Text as written to a file: multi-line text gains a final newline, so YAML writes a plain ``|`` block.

    :func:`from_block` takes exactly that newline off again, so what a student typed (even a
    trailing blank line) comes back unchanged.
    """
    return text + "\n" if "\n" in text else text


def from_block(text: str) -> str:
    """Text as read from a file: the inverse of :func:`to_block` (a hand-written ``|`` block reads as typed)."""
    return text[:-1] if text.endswith("\n") else text


@dataclass(frozen=True)
class Annotation:
    """One highlighted passage: where it is, what it says, its category and the student's note."""

    id: str
    category: str
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    note: str = ""
    prompt: str = ""
    created: str = ""
    modified: str = ""

    def to_data(self) -> dict[str, Any]:
        """Plain data in the documented key order, leaving out what is empty."""
        data: dict[str, Any] = {"id": self.id, "category": self.category}
        if self.prompt:
            data["prompt"] = self.prompt
        data |= {"start": self.start, "end": self.end, "quote": self.quote, "prefix": self.prefix,
                 "suffix": self.suffix}
        if self.note:
            data["note"] = to_block(self.note)
        if self.created:
            data["created"] = self.created
        if self.modified:
            data["modified"] = self.modified
        return data

    @classmethod
    def from_data(cls, d: dict[str, Any]) -> Annotation:
        """An annotation from schema-checked data."""
        return cls(d["id"], d["category"], d["start"], d["end"], d["quote"], d.get("prefix", ""),
                   d.get("suffix", ""), from_block(d.get("note", "")), d.get("prompt", ""),
                   d.get("created", ""), d.get("modified", ""))


@dataclass(frozen=True)
class Student:
    """Who did the work."""

    name: str
    id: str = ""

    def to_data(self) -> dict[str, str]:
        """The ``student:`` mapping of a file (the id only when there is one)."""
        return {"name": self.name} | ({"id": self.id} if self.id else {})

    @classmethod
    def from_data(cls, d: dict[str, str]) -> Student:
        """A student from a schema-checked ``student:`` mapping."""
        return cls(d["name"], d.get("id", ""))


# --- edits -----------------------------------------------------------------------------------


class Edit(Protocol):
    """A change to a student's work, or to an answer key, as a value: it says what it touches and
    gives the edit that undoes it, so one undo history serves every kind of edit."""

    @property
    def annotation_id(self) -> str | None:
        """The highlight (or key passage) it changes, if any."""

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Spans of the article whose look it changes."""

    def inverse(self) -> Edit:
        """The edit that undoes this one."""


@dataclass(frozen=True)
class PutAnnotation:
    """Replace one annotation by another: ``before=None`` adds, ``after=None`` removes."""

    before: Annotation | None
    after: Annotation | None

    @property
    def annotation_id(self) -> str:
        """The annotation added, changed or removed."""
        named = self.after or self.before
        if named is None:
            raise EditConflict("an edit must name an annotation")
        return named.id

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Where the highlight was and is; nothing when only its note or prompt changed (no repaint)."""
        b, a = self.before, self.after
        if b is not None and a is not None and (b.start, b.end, b.quote, b.category) == (
                a.start, a.end, a.quote, a.category):
            return ()
        return tuple((x.start, x.end) for x in (b, a) if x is not None)

    def inverse(self) -> PutAnnotation:
        """The edit that undoes this one."""
        return PutAnnotation(self.after, self.before)


@dataclass(frozen=True)
class SetAnswer:
    """Change the free-text answer to a prompt."""

    prompt: str
    before: str
    after: str

    @property
    def annotation_id(self) -> None:
        """An answer belongs to a prompt, not to a highlight."""
        return None

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """An answer changes nothing drawn over the article."""
        return ()

    def inverse(self) -> SetAnswer:
        """The edit that undoes this one."""
        return SetAnswer(self.prompt, self.after, self.before)


WorkEdit = PutAnnotation | SetAnswer  # the edits a Work applies to itself


@dataclass(frozen=True)
class Change:
    """What one applied edit changed, and the edit undoing it."""

    edit: Edit
    inverse: Edit

    @property
    def annotation_id(self) -> str | None:
        """The id of the annotation that changed, if an annotation did."""
        return self.edit.annotation_id

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Spans of the article whose look may have changed."""
        return self.edit.spans


class EditConflict(ValueError):
    """An edit that does not fit the current work (it was made against another state)."""


@dataclass
class Work:
    """Everything a student hands in for one lesson, in memory."""

    lesson_id: str
    article_sha256: str
    student: Student
    created: str = field(default_factory=now)
    modified: str = ""
    annotations: dict[str, Annotation] = field(default_factory=dict)
    answers: dict[str, str] = field(default_factory=dict)

    def apply(self, edit: WorkEdit) -> Change:
        """Apply an edit and say what changed; raise :class:`EditConflict` if it does not fit."""
        if isinstance(edit, PutAnnotation):
            named = edit.after or edit.before
            if named is None:
                raise EditConflict("an edit must name an annotation")
            key = named.id
            if self.annotations.get(key) != edit.before:
                raise EditConflict(f"annotation {key} is not as the edit expects")
            if edit.after is None:
                del self.annotations[key]
            else:
                self.annotations[key] = edit.after
        else:
            if self.answers.get(edit.prompt, "") != edit.before:
                raise EditConflict(f"the answer to {edit.prompt} is not as the edit expects")
            if edit.after:
                self.answers[edit.prompt] = edit.after
            else:
                self.answers.pop(edit.prompt, None)
        self.modified = now()
        return Change(edit, edit.inverse())

    def sorted_annotations(self) -> list[Annotation]:
        """Annotations in reading order."""
        return sorted(self.annotations.values(), key=lambda a: (a.start, a.end, a.id))

    def to_data(self) -> dict[str, Any]:
        """The work as the plain data of an annotation file, in the documented order."""
        return {
            "schema": SCHEMA_IDS["annotations"],
            "lesson": {"id": self.lesson_id, "article_sha256": self.article_sha256},
            "student": self.student.to_data(),
            "created": self.created,
            "modified": self.modified or self.created,
            "annotations": [a.to_data() for a in self.sorted_annotations()],
            "answers": {k: to_block(v) for k, v in self.answers.items()},
        }

    @classmethod
    def from_document(cls, doc: Document) -> Work:
        """Work from a schema-checked annotation file."""
        d = doc.data
        return cls(
            lesson_id=d["lesson"]["id"], article_sha256=d["lesson"]["article_sha256"],
            student=Student.from_data(d["student"]), created=d.get("created", ""), modified=d.get("modified", ""),
            annotations={a["id"]: Annotation.from_data(a) for a in d["annotations"]},
            answers={k: from_block(v) for k, v in d.get("answers", {}).items()},
        )


def with_note(a: Annotation, note: str) -> Annotation:
    """The same annotation with another note."""
    return replace(a, note=note, modified=now())


def with_category(a: Annotation, category: str) -> Annotation:
    """The same annotation in another category."""
    return replace(a, category=category, modified=now())
