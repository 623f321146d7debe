"""Highlights read from another program's file, and how they become a student's work on a lesson.

Every reader (:mod:`.brat`, :mod:`.hypothesis`, :mod:`.w3c`) gives :class:`ForeignWork`: who made
the highlights and, for each, its quoted words, the offsets its own file gives, its type or tags
and its note. :func:`build_work` then places each highlight on the lesson's article by the first
rule that works, as a student's file is placed when it is opened:

1. **exact** — the quote is at the very offsets the file gives (they count code points into the
   lesson's own text);
2. **moved** — found where aligning the source's text with the lesson's puts it, or found by its
   quoted words elsewhere (best context, then nearest), line breaks and runs of spaces counting
   as one space, since other programs keep a text's line breaks where the lesson folds them;
3. **fuzzy** — found with a few edits (:mod:`annotator.core.anchoring`); the quote is kept, so
   the student (or teacher) is asked to confirm it, as for any fuzzy highlight;
4. **orphaned** — not found: kept in the file with its quote and note, and listed by ``check``
   and the review window; never dropped.

Categories are never guessed. A type or tag becomes a category by, in order: ``--map
TYPE=CATEGORY``; a category whose id is the type, or whose label is the type ignoring case;
``--map '(no type or tag)=CATEGORY'`` for a highlight with none; ``--map '*=CATEGORY'`` for
everything else. A highlight none of whose types maps is left out
and its types are listed, so the teacher can add a mapping and import again.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from annotator.core.anchoring import Placement, Status, place
from annotator.core.annotations import Annotation, Student, Work, now
from annotator.core.errors import InvalidFile, Problem
from annotator.core.i18n import Words
from annotator.core.lesson import Lesson
from annotator.core.names import name_key
from annotator.core.text import Article, context

MAX_INPUT_BYTES = 64 * 1024 * 1024  # a whole class's Hypothesis export is a few MB; far past it is a mistake
FALLBACK = "*"  # --map '*=CATEGORY': the category of every highlight whose types map to nothing else
NO_KIND = "(no type or tag)"  # --map '(no type or tag)=CATEGORY': highlights with no type or tag at all
_ID_OK = re.compile(r"^[A-Za-z0-9_-]{1,32}$")  # the annotation id an Annotator file allows
_SPACES = re.compile(r"\s+")


class ForeignFiles(Words):
    """The words of reading another program's annotations: problems with a file and with ``--map``."""


@dataclass(frozen=True)
class ForeignHighlight:
    """One highlight as another program's file has it, before it is placed on the lesson's article."""

    source: str  # the file named in messages
    line: int | None  # where in that file, when known
    ident: str  # its id there (brat ``T3``, a Hypothesis id); kept as the annotation id when it fits
    kinds: tuple[str, ...]  # its type, tags or classifying bodies, in order
    quote: str
    start: int | None = None  # the offsets its file gives (maybe into another text)
    end: int | None = None
    aligned: tuple[int, int] | None = None  # where aligning its file's text with the lesson's puts it
    prefix: str = ""
    suffix: str = ""
    note: str = ""
    created: str = ""
    modified: str = ""


@dataclass
class ForeignWork:
    """One annotator's highlights read from one or more files."""

    student: Student
    source: str
    highlights: list[ForeignHighlight] = field(default_factory=list)


@dataclass
class Reading:
    """What reading foreign files gave: each annotator's highlights, problems (the exit status is 1) and notes."""

    works: list[ForeignWork] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Built:
    """A foreign annotator's work made into Annotator's, with how each highlight was placed."""

    work: Work
    counts: dict[Status, int]
    unmapped: Counter[str]  # type -> highlights left out because it maps to no category
    source: str


@dataclass(frozen=True)
class CategoryMap:
    """How types and tags become the lesson's categories (see the module docstring)."""

    explicit: dict[str, str] = field(default_factory=dict)

    def category_for(self, kinds: tuple[str, ...], lesson: Lesson) -> str | None:
        """The category of a highlight with these types, or None when none maps."""
        if not kinds and NO_KIND in self.explicit:
            return self.explicit[NO_KIND]
        for kind in kinds:
            if kind in self.explicit:
                return self.explicit[kind]
            for c in lesson.categories:
                if kind == c.id or kind.casefold() == c.label.casefold():
                    return c.id
        return self.explicit.get(FALLBACK)


def parse_map(entries: list[str], lesson: Lesson) -> CategoryMap:
    """``TYPE=CATEGORY`` entries as a map; raise ValueError saying what is wrong with one."""
    explicit: dict[str, str] = {}
    known = {c.id for c in lesson.categories}
    for entry in entries:
        kind, sep, category = entry.rpartition("=")
        kind, category = kind.strip(), category.strip()
        if not sep or not kind:
            raise ValueError(ForeignFiles.tr("--map {entry}: write TYPE=CATEGORY, e.g. Person=named-source").format(
                entry=repr(entry)))
        if category not in known:
            raise ValueError(ForeignFiles.tr("--map {entry}: no category '{category}' in lesson '{lesson}' (it has: "
                                             "{categories})").format(
                entry=repr(entry), category=category, lesson=lesson.id,
                categories=", ".join(c.id for c in lesson.categories)))
        explicit[kind] = category
    return CategoryMap(explicit)


def read_map_file(text: str) -> list[str]:
    """The ``TYPE=CATEGORY`` lines of a mapping file (a tab works as well as ``=``; ``#`` starts a comment)."""
    entries = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            entries.append(line.replace("\t", "=", 1) if "=" not in line else line)
    return entries


# --- placing ---------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Text with line breaks and runs of spaces as one space, in Unicode NFC (as an article is)."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text))


def place_foreign(text: str, h: ForeignHighlight) -> Placement:
    """Where a foreign highlight lands on the lesson's text (rules in the module docstring)."""
    quote = unicodedata.normalize("NFC", h.quote)
    s, e = h.start, h.end
    if quote and s is not None and e is not None and 0 <= s <= e <= len(text) and text[s:e] in (h.quote, quote):
        return Placement(Status.EXACT, s, e, text[s:e])
    folded = fold(quote).strip()
    if h.aligned is not None:
        a, b = h.aligned
        if 0 <= a < b <= len(text) and fold(text[a:b]).strip() == folded:
            return Placement(Status.MOVED, a, b, text[a:b])
    if not folded:
        return Placement(Status.ORPHANED, None, None)
    guess = s if s is not None else (h.aligned[0] if h.aligned is not None else 0)
    found = place(text, folded, guess, guess + len(folded), fold(h.prefix), fold(h.suffix))
    if found.status in (Status.EXACT, Status.MOVED) and found.start is not None and found.end is not None:
        return Placement(Status.MOVED, found.start, found.end, text[found.start : found.end])
    spaced = _spaced_search(text, folded, guess)
    if spaced is not None:
        return Placement(Status.MOVED, spaced[0], spaced[1], text[spaced[0] : spaced[1]])
    return found


def _spaced_search(text: str, folded: str, guess: int) -> tuple[int, int] | None:
    """The quote found with any run of spaces or line breaks where it has one space, nearest ``guess``."""
    words = folded.split(" ")
    if len(words) < 2:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    spans = [(m.start(), m.end()) for m in pattern.finditer(text)]
    return min(spans, key=lambda se: (abs(se[0] - guess), se[0])) if spans else None


def build_work(fw: ForeignWork, lesson: Lesson, article: Article, mapping: CategoryMap) -> Built:
    """Place a foreign annotator's highlights on the lesson's article and make them Annotator's work."""
    text = article.text
    counts = dict.fromkeys(Status, 0)
    unmapped: Counter[str] = Counter()
    annotations: dict[str, Annotation] = {}
    stamps: list[str] = []
    for n, h in enumerate(fw.highlights, 1):
        category = mapping.category_for(h.kinds, lesson)
        if category is None:
            unmapped.update(h.kinds or (NO_KIND,))  # each tag on its own, as --map TAG=CATEGORY names them
            continue
        p = place_foreign(text, h)
        counts[p.status] += 1
        aid = _unique_id(h.ident, n, annotations)
        prompt = next((q.id for q in lesson.prompts if category in q.categories), "")
        created, modified = timestamp(h.created), timestamp(h.modified)
        stamps += [x for x in (created, modified) if x]
        annotations[aid] = _annotation(text, h, p, aid, category, prompt, created, modified or created)
    first = min(stamps, default="") or now()
    work = Work(lesson.id, article.sha256, fw.student, created=first, modified=max(stamps, default="") or first,
                annotations=annotations)
    return Built(work, counts, unmapped, fw.source)


def _annotation(text: str, h: ForeignHighlight, p: Placement, aid: str, category: str, prompt: str,
                created: str, modified: str) -> Annotation:
    if p.start is not None and p.end is not None:
        prefix, suffix = context(text, p.start, p.end)
        # A fuzzy match keeps the words the source quoted, so the place is confirmed by a person.
        quote = text[p.start : p.end] if p.status is not Status.FUZZY else fold(h.quote).strip()
        return Annotation(aid, category, p.start, p.end, quote, prefix, suffix, h.note, prompt, created, modified)
    # An orphan keeps its words and note; offsets stay inside the text so the file stays valid.
    start = min(max(h.start or 0, 0), len(text))
    end = min(max(h.end or start, start), len(text))
    quote = unicodedata.normalize("NFC", h.quote).strip() or ForeignFiles.tr("(no quoted words)")
    return Annotation(aid, category, start, end, quote, h.prefix, h.suffix, h.note, prompt, created, modified)


def _unique_id(ident: str, n: int, taken: dict[str, Annotation]) -> str:
    base = ident if _ID_OK.match(ident) else f"X{n}"
    aid, k = base, 2
    while aid in taken:
        aid, k = f"{base[:28]}-{k}", k + 1
    return aid


def timestamp(value: object) -> str:
    """An ISO 8601 time as Annotator writes it (to the second, with its offset), or "" if it is not one."""
    if not isinstance(value, str) or not value:
        return ""
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if stamp.tzinfo is None:
        return ""  # a time without its offset is not a point in time; better none than a wrong one
    return stamp.replace(microsecond=0).isoformat()


def merge_by_student(works: list[ForeignWork]) -> list[ForeignWork]:
    """One work per annotator: files by the same person (same name and id) are put together."""
    merged: dict[tuple[str, str], ForeignWork] = {}
    for fw in works:
        key = (name_key(fw.student.name), fw.student.id)
        if key in merged:
            merged[key].highlights.extend(fw.highlights)
            if fw.source not in merged[key].source.split(", "):
                merged[key].source += f", {fw.source}"
        else:
            merged[key] = ForeignWork(fw.student, fw.source, list(fw.highlights))
    return list(merged.values())


# --- reading JSON ----------------------------------------------------------------------------


def load_json(text: str, name: str) -> Any:
    """Parsed JSON, or :class:`InvalidFile` naming the line and column where it stops being JSON."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidFile(Problem(name, ForeignFiles.tr("is not JSON ({why})").format(why=exc.msg),
                                  line=exc.lineno, col=exc.colno)) from None
    except RecursionError:
        raise InvalidFile(Problem(name, ForeignFiles.tr(
            "is not JSON Annotator can read (nested too deeply)"))) from None


def text_or_empty(value: object) -> str:
    """A JSON value that should be a string: itself if it is one, else ""."""
    return value if isinstance(value, str) else ""


def line_of(text: str, value: object) -> int | None:
    """The line of a JSON file where a string value (an annotation's id) is first written, if it is."""
    if not isinstance(value, str) or not value:
        return None
    at = text.find(json.dumps(value))
    if at < 0:
        at = text.find(json.dumps(value, ensure_ascii=False))
    return text.count("\n", 0, at) + 1 if at >= 0 else None
