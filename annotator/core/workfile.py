"""Reading, checking and saving a student's annotation file.

A file cut short. Every file Annotator writes ends with a ``# annotator-digest:`` line, the
SHA-256 of the text above it. A hand-in cut short (a copy interrupted, a full USB stick, an
upload stopped half way) can still be YAML and still match the schema, and would be graded on
what is left without a word. So a student's file that *claims to be written by Annotator* and
does not end with a digest line matching its text gets a note, from ``check`` and from
``grade``/``export``: it may be cut short or edited by hand. It is still read and graded as it
is; the note is for the teacher to look.

A file claims to be written by Annotator when its first line is the editor modeline exactly as
Annotator writes it for a student's file: ``# yaml-language-server: $schema=`` followed by the
schema's ``$id`` or a ``file:`` address ending in ``/annotations.schema.json``. Text written by
a person does not start so; a teacher's own files (lesson, key, feedback) are meant to be edited
by hand, so they never get the note, and neither does a student's file whose only change is its
line ends (CR LF from a copy through Windows: the digest still matches once they are undone).
Where a file claims nothing, nothing is said.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core import plainyaml
from annotator.core.annotations import Work
from annotator.core.errors import InvalidFile, Problem
from annotator.core.i18n import QT_TRANSLATE_NOOP, Words
from annotator.core.lesson import Lesson
from annotator.core.safe_write import atomic_write
from annotator.core.schemas import dump_yaml, load_document, written_by_annotator
from annotator.core.text import Article
from annotator.core.yamlevents import collector_paused
from annotator.core.yamlfile import MAX_YAML_BYTES, Document, decode_utf8, read_bytes

MAX_LISTED = 50  # problems of one kind listed for one file; a file with thousands says how many more


def load_work(path: Path, *, text: str | None = None) -> tuple[Work, Document]:
    """Read an annotation file and check its own consistency; raise :class:`InvalidFile`.

    A file that may be cut short (see the module docstring) gets that note among its problems.
    """
    if text is None:
        text = decode_utf8(read_bytes(path, limit=MAX_YAML_BYTES, what="annotations file"), str(path))
    with collector_paused():  # 195,000 annotations are a million objects that all stay alive
        try:
            doc = load_document(path, "annotations", text=text)
        except InvalidFile as exc:
            note = cut_short_note(text)
            if note:
                noted = Problem(str(path), WorkFile.tr("note: {note}").format(note=note))
                raise InvalidFile([*exc.problems, noted]) from None
            raise
        found = _Found(doc)
        ids: set[str] = set()
        for i, a in enumerate(doc.data["annotations"]):
            if a["id"] in ids:
                found.add(("annotations", i, "id"), QT_TRANSLATE_NOOP("WorkFile", "annotation id '{id}' is used twice"),
                          id=a["id"])
            ids.add(a["id"])
            if a["end"] < a["start"]:
                found.add(("annotations", i, "end"), QT_TRANSLATE_NOOP("WorkFile", "end {end} is before start {start}"),
                          end=a["end"], start=a["start"])
        if found:
            raise InvalidFile(found.problems())
        return Work.from_document(doc), doc


class _Found:
    """Problems of one file, at most :data:`MAX_LISTED` of them listed (placed in one pass), the rest counted."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.listed: list[tuple[tuple[str | int, ...], str]] = []
        self.more = 0

    def __bool__(self) -> bool:
        return bool(self.listed)

    def add(self, path: tuple[str | int, ...], message: str, **values: object) -> None:
        """Record a problem (``message`` translated and filled in with ``values``, only if it is listed)."""
        if len(self.listed) < MAX_LISTED:
            self.listed.append((path, WorkFile.tr(message).format(**values)))
        else:
            self.more += 1

    def problems(self) -> list[Problem]:
        """The listed problems on their lines, and a line saying how many more there are."""
        self.doc.locate(path for path, _ in self.listed)
        problems = [self.doc.problem(path, message) for path, message in self.listed]
        if self.more:
            problems.append(Problem(self.doc.name, WorkFile.tr("and %n more problem(s) like these", "", self.more)))
        return problems


def cut_short_note(text: str, seal: str | None = None) -> str:
    """"may be cut short or edited by hand: …" for a student's file the module docstring's rule picks, or ""."""
    if not written_by_annotator(text, "annotations"):
        return ""
    seal = plainyaml.seal_problem(text) if seal is None else seal
    if not seal or ("\r\n" in text and not plainyaml.seal_problem(text.replace("\r\n", "\n"))):
        return ""
    if seal == plainyaml.NO_SEAL:
        return WorkFile.tr("may be cut short or edited by hand: its first line says Annotator wrote it, but it does "
                           "not end with the 'annotator-digest' line Annotator ends its files with")
    return WorkFile.tr("may be cut short or edited by hand: its first line says Annotator wrote it, but its "
                       "'annotator-digest' line does not match the text above it")


class WorkFile(Words):
    """The words about a student's file as it was found."""


def seal_note(doc: Document) -> str:
    """:func:`cut_short_note` for a file that was read."""
    return cut_short_note(doc.text, doc.seal) if doc.text else ""


NO_CATEGORY = QT_TRANSLATE_NOOP("WorkFile", "no category '{category}' in lesson '{lesson}' (it has: {known})")
NO_PROMPT = QT_TRANSLATE_NOOP("WorkFile", "no prompt '{prompt}' in lesson '{lesson}'")
END_PAST = QT_TRANSLATE_NOOP("WorkFile", "end {end} is past the end of the article ({n} characters)")
START_PAST = QT_TRANSLATE_NOOP("WorkFile", "start {start} is past the end of the article ({n} characters)")


def problems_against(doc: Document, lesson: Lesson, article: Article) -> list[Problem]:
    """What in an annotation file does not fit a lesson: unknown categories or prompts, offsets past the text."""
    found = _Found(doc)
    n = len(article.text)
    # Offsets past the end are a damaged file only when it claims this very text; for a changed
    # article they are expected, and anchoring finds the passages again.
    same_text = doc.data["lesson"]["article_sha256"] == article.sha256
    prompt_ids = {p.id for p in lesson.prompts}
    known = ", ".join(c.id for c in lesson.categories)
    for i, a in enumerate(doc.data["annotations"]):
        if lesson.category(a["category"]) is None:
            found.add(("annotations", i, "category"), NO_CATEGORY, category=a["category"], lesson=lesson.id,
                      known=known)
        if a.get("prompt") and a["prompt"] not in prompt_ids:
            found.add(("annotations", i, "prompt"), NO_PROMPT, prompt=a["prompt"], lesson=lesson.id)
        if same_text and (a["end"] > n or a["start"] > n):
            if a["end"] > n:
                found.add(("annotations", i, "end"), END_PAST, end=a["end"], n=n)
            else:
                found.add(("annotations", i, "start"), START_PAST, start=a["start"], n=n)
    for prompt_id in doc.data.get("answers", {}):
        if prompt_id not in prompt_ids:
            found.add(("answers", prompt_id), NO_PROMPT, prompt=prompt_id, lesson=lesson.id)
    return found.problems()


def save_work(path: Path, work: Work) -> None:
    """Write an annotation file atomically, keeping the previous version as a backup."""
    atomic_write(path, dump_yaml(work.to_data(), "annotations"))
