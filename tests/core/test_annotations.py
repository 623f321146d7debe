"""A student's work: what it writes fits its schema, notes keep every line, edits undo exactly."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.annotations import (
    Annotation,
    EditConflict,
    PutAnnotation,
    SetAnswer,
    Student,
    Work,
    from_block,
    to_block,
    with_category,
    with_note,
)
from annotator.core.schemas import dump_yaml, load_document

PROPERTY = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
SHA = "0" * 64

# Strings that YAML 1.1 or a careless writer would turn into something else.
TRICKY = ["no", "No", "yes", "on", "off", "y", "n", "0755", "0x1F", "1e3", "1_000", "12:30", "- x", ": ", "#", " # x",
          "null", "~", "", " ", "  lead", "trail  ", "'", '"', "`", "@x", "%x", "!x", "&a", "*a", "|", ">", "[", "{",
          "2019-02-28", "2019-02-28T10:15:00+00:00", "---", "...", "é", "Ana Pérez", "Zoë 👩🏽‍🏫", "\t", "a\tb",
          "\u2028", "\x85", "\ufeff", "\x07", "a\r\nb", "\r"]
texts = st.one_of(st.sampled_from(TRICKY), st.text(max_size=40),
                  st.lists(st.sampled_from(TRICKY) | st.text(max_size=8), max_size=5).map("".join))
notes = st.one_of(texts, st.lists(texts, min_size=1, max_size=4).map("\n".join),
                  st.lists(texts, max_size=3).map(lambda parts: "\n".join(parts) + "\n\n"))
slugs = st.from_regex(r"\A[a-z0-9][a-z0-9-]{0,20}\Z")
ids = st.from_regex(r"\A[A-Za-z0-9_-]{1,32}\Z")
stamps = st.sampled_from(["", "2026-11-26T10:15:00+00:00", "2026-11-26T10:41:12Z", "2026-11-26 10:41:12"])


@st.composite
def annotations(draw: st.DrawFn, annotation_id: str) -> Annotation:
    start = draw(st.integers(min_value=0, max_value=10**9))
    end = start + draw(st.integers(min_value=0, max_value=10**6))
    return Annotation(
        id=annotation_id, category=draw(slugs), start=start, end=end,
        quote=draw(texts.filter(bool)), prefix=draw(texts), suffix=draw(texts), note=draw(notes),
        prompt=draw(st.just("") | slugs), created=draw(stamps), modified=draw(stamps),
    )


@st.composite
def works(draw: st.DrawFn) -> Work:
    annotation_ids = draw(st.lists(ids, max_size=8, unique=True))
    return Work(
        lesson_id=draw(slugs),
        article_sha256=draw(st.from_regex(r"\A[0-9a-f]{64}\Z")),
        student=Student(draw(texts), draw(st.just("") | texts)),
        created=draw(stamps.filter(bool)),
        modified=draw(stamps.filter(bool)),
        annotations={i: draw(annotations(i)) for i in annotation_ids},
        answers=draw(st.dictionaries(slugs, notes.filter(bool), max_size=4)),
    )


@PROPERTY
@given(work=works())
def test_saved_file_is_valid_against_its_schema(work: Work) -> None:
    """A teacher's editor (or `annotator check`) would flag a file the app itself wrote."""
    load_document(Path("work.yaml"), "annotations", text=dump_yaml(work.to_data(), "annotations"))


@PROPERTY
@given(text=notes)
def test_block_text_round_trips(text: str) -> None:
    """A note typed with a trailing blank line would lose it on the next save."""
    assert from_block(to_block(text)) == text


# --- edits --------------------------------------------------------------------------------------


def _work() -> Work:
    return Work("lesson", SHA, Student("Ana"))


def test_each_edit_returns_its_inverse_and_undo_restores() -> None:
    """Undo would leave a highlight behind, or bring back the wrong note."""
    work = _work()
    a = Annotation("A1", "framing", 0, 3, "How")
    added = work.apply(PutAnnotation(None, a))
    assert added.annotation_id == "A1" and added.spans == ((0, 3),)
    noted = work.apply(PutAnnotation(a, with_note(a, "why")))
    recat = work.apply(PutAnnotation(work.annotations["A1"], with_category(work.annotations["A1"], "hedge")))
    answered = work.apply(SetAnswer("p1", "", "my answer"))
    for change in (answered, recat, noted, added):
        work.apply(change.inverse)
    assert work.annotations == {} and work.answers == {}


def test_edit_against_another_state_is_refused() -> None:
    """Undoing twice, or an edit made on an old copy, would silently overwrite a newer change."""
    work = _work()
    a = Annotation("A1", "framing", 0, 3, "How")
    work.apply(PutAnnotation(None, a))
    with pytest.raises(EditConflict):
        work.apply(PutAnnotation(None, a))
    with pytest.raises(EditConflict):
        work.apply(SetAnswer("p1", "old text", "new text"))


@PROPERTY
@given(script=st.lists(st.tuples(st.sampled_from(["A", "B", "C"]), st.sampled_from(["add", "note", "remove"]),
                                 st.text(alphabet=string.ascii_letters + "\n ", max_size=12)), max_size=20))
def test_undoing_every_edit_returns_to_the_start(script: list[tuple[str, str, str]]) -> None:
    """After undoing everything a student would not get back the work they started from."""
    work = _work()
    work.apply(PutAnnotation(None, Annotation("A", "framing", 0, 3, "How")))
    start = dict(work.annotations)
    inverses = []
    for aid, action, text in script:
        current = work.annotations.get(aid)
        if action == "add" and current is None:
            edit = PutAnnotation(None, Annotation(aid, "hedge", 5, 9, "quote", note=text))
        elif action == "note" and current is not None:
            edit = PutAnnotation(current, with_note(current, text))
        elif action == "remove" and current is not None:
            edit = PutAnnotation(current, None)
        else:
            continue
        inverses.append(work.apply(edit).inverse)
    for inverse in reversed(inverses):
        work.apply(inverse)
    assert work.annotations == start
