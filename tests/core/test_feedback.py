"""Teacher feedback files: kept beside the student's file, never inside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.annotations import Annotation, Student, Work
from annotator.core.errors import InvalidFile
from annotator.core.feedback import (
    Feedback,
    PromptFeedback,
    feedback_path,
    is_feedback_file,
    load_feedback,
    save_feedback,
)
from annotator.core.workfile import save_work

SHA = "ab" * 32


def sample_work() -> Work:
    """A small piece of student work."""
    a = Annotation("7Q2K9C", "unnamed-source", 0, 4, "Some", "", " text", "Why?")
    return Work("mini-summit", SHA, Student("Ana Pérez", "s-0412"), annotations={a.id: a})


def full_feedback() -> Feedback:
    """Feedback with every field the schema has."""
    fb = Feedback.for_work(sample_work(), Path("class/ana.yaml"))
    fb.overall = "Bien hecho, Ana.\nLook again at the headline."
    fb.annotations = {"7Q2K9C": "Yes: nobody can check this source."}
    fb.prompts = {"who-speaks": PromptFeedback("Good list of sources.", 2.5), "framing": PromptFeedback("", None)}
    fb.total = 7
    return fb


def test_feedback_lives_beside_the_submission() -> None:
    """The review window would look for feedback in the wrong place, or on the student's own file."""
    assert feedback_path(Path("class/ana.yaml")) == Path("class/ana.feedback.yaml")
    assert feedback_path(Path("class/ana.yml")) == Path("class/ana.feedback.yaml")
    assert is_feedback_file(Path("class/ana.feedback.yaml"))
    assert not is_feedback_file(Path("class/ana.yaml"))


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    """A teacher's comments or scores would change or vanish after saving and reopening."""
    path = tmp_path / "ana.feedback.yaml"
    fb = full_feedback()
    save_feedback(path, fb)
    back = load_feedback(path)
    del fb.prompts["framing"]  # an entry with neither comment nor score is not written
    assert back == fb  # `modified` was stamped on fb by the save
    assert back.modified and back.submission == "ana.yaml"
    assert back.student == Student("Ana Pérez", "s-0412")
    assert back.overall == "Bien hecho, Ana.\nLook again at the headline."
    assert back.prompts["who-speaks"].score == 2.5


def test_file_is_readable_yaml_for_people(tmp_path: Path) -> None:
    """A teacher opening the feedback file in an editor would find escapes and no schema line."""
    path = tmp_path / "ana.feedback.yaml"
    save_feedback(path, full_feedback())
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    assert "\nschema: annotator/feedback@1\n" in text
    assert "Pérez" in text and "\\u" not in text
    assert "overall: |" in text  # the multi-line comment is a block
    assert "framing" not in text  # an empty prompt entry is left out
    assert "total: 7\n" in text  # a whole number stays whole


def test_feedback_never_writes_into_the_students_file(tmp_path: Path) -> None:
    """Grading would overwrite what the student handed in."""
    student_file = tmp_path / "ana.yaml"
    save_work(student_file, sample_work())
    before = student_file.read_bytes()
    with pytest.raises(ValueError, match="never to student work"):
        save_feedback(student_file, full_feedback())
    save_feedback(feedback_path(student_file), full_feedback())
    assert student_file.read_bytes() == before


def test_a_broken_feedback_file_is_reported_with_its_line(tmp_path: Path) -> None:
    """A typo in a hand-edited feedback file would give a traceback instead of the line to fix."""
    path = tmp_path / "ana.feedback.yaml"
    save_feedback(path, full_feedback())
    path.write_text(path.read_text(encoding="utf-8").replace("score: 2.5", "score: lots"), encoding="utf-8")
    with pytest.raises(InvalidFile) as info:
        load_feedback(path)
    [problem] = info.value.problems
    assert problem.line is not None and "prompts.who-speaks.score" in str(problem)


def test_empty_feedback_is_empty() -> None:
    """The review window would mark untouched students as having feedback."""
    fb = Feedback.for_work(sample_work())
    assert fb.is_empty()
    fb.prompts["framing"] = PromptFeedback()
    assert fb.is_empty()
    fb.prompts["framing"].score = 0
    assert not fb.is_empty()  # a score of 0 is a decision, not nothing
