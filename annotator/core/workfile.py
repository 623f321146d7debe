"""Reading, checking and saving a student's annotation file."""

from __future__ import annotations

from pathlib import Path

from annotator.core.annotations import Work
from annotator.core.errors import InvalidFile, Problem
from annotator.core.lesson import Lesson
from annotator.core.safe_write import atomic_write
from annotator.core.schemas import dump_yaml, load_document
from annotator.core.text import Article
from annotator.core.yamlfile import Document


def load_work(path: Path, *, text: str | None = None) -> tuple[Work, Document]:
    """Read an annotation file and check its own consistency; raise :class:`InvalidFile`."""
    doc = load_document(path, "annotations", text=text)
    problems: list[Problem] = []
    ids: set[str] = set()
    for i, a in enumerate(doc.data["annotations"]):
        if a["id"] in ids:
            problems.append(doc.problem(("annotations", i, "id"), f"annotation id '{a['id']}' is used twice"))
        ids.add(a["id"])
        if a["end"] < a["start"]:
            problems.append(doc.problem(("annotations", i, "end"), f"end {a['end']} is before start {a['start']}"))
    if problems:
        raise InvalidFile(problems)
    return Work.from_document(doc), doc


def problems_against(doc: Document, lesson: Lesson, article: Article) -> list[Problem]:
    """What in an annotation file does not fit a lesson: unknown categories or prompts, offsets past the text.

    """
    problems: list[Problem] = []
    n = len(article.text)
    # Offsets past the end are a damaged file only when it claims this very text; for a changed
    # article they are expected, and anchoring finds the passages again.
    same_text = doc.data["lesson"]["article_sha256"] == article.sha256
    prompt_ids = {p.id for p in lesson.prompts}
    for i, a in enumerate(doc.data["annotations"]):
        if lesson.category(a["category"]) is None:
            known = ", ".join(c.id for c in lesson.categories)
            problems.append(doc.problem(("annotations", i, "category"),
                                        f"no category '{a['category']}' in lesson '{lesson.id}' (it has: {known})"))
        if a.get("prompt") and a["prompt"] not in prompt_ids:
            problems.append(doc.problem(("annotations", i, "prompt"),
                                        f"no prompt '{a['prompt']}' in lesson '{lesson.id}'"))
        if same_text and (a["end"] > n or a["start"] > n):
            field = "end" if a["end"] > n else "start"
            problems.append(doc.problem(("annotations", i, field),
                                        f"{field} {a[field]} is past the end of the article ({n} characters)"))
    for prompt_id in doc.data.get("answers", {}):
        if prompt_id not in prompt_ids:
            problems.append(doc.problem(("answers", prompt_id), f"no prompt '{prompt_id}' in lesson '{lesson.id}'"))
    return problems


def save_work(path: Path, work: Work) -> None:
    """Write an annotation file atomically, keeping the previous version as a backup."""
    atomic_write(path, dump_yaml(work.to_data(), "annotations"))
