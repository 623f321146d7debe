"""A teacher's feedback on one student's work, kept in a file of its own beside it.

``ana.yaml`` gets ``ana.feedback.yaml``: an overall comment, comments on annotations (by id),
a comment and an optional score per prompt, and an optional total. A score given here replaces
the automatic one; ``null`` (or no score) keeps the automatic one. Nothing here ever writes
into the student's file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.annotations import Student, Work, from_block, now, to_block
from annotator.core.safe_write import atomic_write
from annotator.core.schemas import SCHEMA_IDS, dump_yaml, load_document
from annotator.core.yamlfile import Document

FEEDBACK_SUFFIX = ".feedback.yaml"


def number(x: float) -> str:
    """A score as a teacher writes it: ``2``, ``1.5``, ``0.33``."""
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.2f}".rstrip("0").rstrip(".")


@dataclass
class PromptFeedback:
    """The teacher's comment on a prompt and, optionally, the score that replaces the automatic one."""

    comment: str = ""
    score: float | None = None


@dataclass
class Feedback:
    """Everything a teacher says about one student's work for one lesson."""

    lesson_id: str
    article_sha256: str
    student: Student
    submission: str = ""  # file name of the work this is about
    modified: str = ""
    overall: str = ""
    annotations: dict[str, str] = field(default_factory=dict)  # comment by annotation id
    prompts: dict[str, PromptFeedback] = field(default_factory=dict)
    total: float | None = None  # replaces the sum of the prompt scores

    @classmethod
    def for_work(cls, work: Work, submission: Path | str = "") -> Feedback:
        """Empty feedback about a student's work."""
        name = submission.name if isinstance(submission, Path) else submission
        return cls(work.lesson_id, work.article_sha256, work.student, submission=name)

    def is_empty(self) -> bool:
        """Whether the teacher has written or scored nothing yet."""
        return not (self.overall or any(self.annotations.values()) or self.total is not None
                    or any(p.comment or p.score is not None for p in self.prompts.values()))

    def to_data(self) -> dict[str, Any]:
        """Plain data of a feedback file, in the schema's order, leaving out what is empty."""
        data: dict[str, Any] = {
            "schema": SCHEMA_IDS["feedback"],
            "lesson": {"id": self.lesson_id, "article_sha256": self.article_sha256},
            "student": self.student.to_data(),
        }
        if self.submission:
            data["submission"] = self.submission
        if self.modified:
            data["modified"] = self.modified
        if self.overall:
            data["overall"] = to_block(self.overall)
        comments = {k: to_block(v) for k, v in self.annotations.items() if v}
        if comments:
            data["annotations"] = comments
        prompts = {}
        for pid, pf in self.prompts.items():
            entry: dict[str, Any] = {}
            if pf.comment:
                entry["comment"] = to_block(pf.comment)
            if pf.score is not None:
                entry["score"] = _number(pf.score)
            if entry:
                prompts[pid] = entry
        if prompts:
            data["prompts"] = prompts
        if self.total is not None:
            data["total"] = _number(self.total)
        return data

    @classmethod
    def from_document(cls, doc: Document) -> Feedback:
        """Feedback from a schema-checked feedback file."""
        d = doc.data
        return cls(
            lesson_id=d["lesson"]["id"], article_sha256=d["lesson"]["article_sha256"],
            student=Student.from_data(d["student"]), submission=d.get("submission", ""),
            modified=d.get("modified", ""), overall=from_block(d.get("overall", "")),
            annotations={k: from_block(v) for k, v in d.get("annotations", {}).items()},
            prompts={k: PromptFeedback(from_block(v.get("comment", "")), v.get("score"))
                     for k, v in d.get("prompts", {}).items()},
            total=d.get("total"),
        )


def _number(x: float) -> float | int:
    return int(x) if float(x).is_integer() else x


def feedback_path(submission: Path) -> Path:
    """Where the feedback on a handed-in file lives: ``NAME.feedback.yaml`` beside ``NAME.yaml``."""
    return submission.with_name(submission.stem + FEEDBACK_SUFFIX)


def is_feedback_file(path: Path) -> bool:
    """Whether a file is a teacher's feedback file (by its name), not a student's work."""
    return path.name.lower().endswith((FEEDBACK_SUFFIX, ".feedback.yml"))


def load_feedback(path: Path) -> Feedback:
    """Read and check a feedback file; raise :class:`~annotator.core.errors.InvalidFile` on problems."""
    return Feedback.from_document(load_document(path, "feedback"))


def save_feedback(path: Path, feedback: Feedback) -> None:
    """Write a feedback file atomically, stamping the time; refuse any name but ``*.feedback.yaml``.

    The name check is what keeps feedback from ever landing on a student's own file.
    """
    if not is_feedback_file(path):
        raise ValueError(f"{path}: feedback is written only to a '*{FEEDBACK_SUFFIX}' file, never to student work")
    feedback.modified = now()
    atomic_write(path, dump_yaml(feedback.to_data(), "feedback"))
