"""The compiled schema checks (core/schema_checks.py) are current and judge files as the explaining checks do."""

from __future__ import annotations

import copy
import hashlib
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core import schema_checks
from annotator.core.pack import load_pack
from annotator.core.schemas import SCHEMA_IDS, _validator, validate
from annotator.core.yamlfile import Document
from annotator.resources import default_lesson, schema_path
from tests.core.test_feedback import full_feedback, sample_work


def valid_documents() -> dict[str, dict[str, Any]]:
    """One full, valid document of each kind."""
    pack = load_pack(default_lesson())
    assert pack.key is not None
    return {
        "lesson": pack.lesson.to_data(),
        "key": pack.key.to_data(),
        "annotations": sample_work().to_data(),
        "feedback": full_feedback().to_data(),
        "school": {"schema": "annotator/school@1", "hand_in_folder": "/srv/hand-in/$USER", "lesson_folders": ["~/x"],
                   "teacher_menu": False, "language": "es", "locked": ["teacher_menu", "language"]},
    }


DOCUMENTS = valid_documents()


def accepted_by_compiled(kind: str, data: Any) -> bool:
    try:
        schema_checks.CHECKS[kind](data)
    except schema_checks.JsonSchemaValueException:
        return False
    return True


def accepted_by_jsonschema(kind: str, data: Any) -> bool:
    """jsonschema as storage uses it to explain problems (a final $ in a pattern ends the text)."""
    return bool(_validator(kind).is_valid(data))


@pytest.mark.parametrize("kind", sorted(SCHEMA_IDS))
def test_compiled_checks_match_the_schema_files(kind: str) -> None:
    """A schema edited without recompiling would let the app accept files the schema forbids."""
    digest = hashlib.sha256(schema_path(kind).read_bytes()).hexdigest()
    assert schema_checks.SCHEMA_SHA256[kind] == digest, "schemas changed: run `python -m annotator.schema_compiler`"


@pytest.mark.parametrize("kind", sorted(SCHEMA_IDS))
def test_full_documents_pass_both_checks(kind: str) -> None:
    """A valid lesson, key, student file or feedback file would be refused at start-up."""
    assert accepted_by_jsonschema(kind, DOCUMENTS[kind])
    assert accepted_by_compiled(kind, DOCUMENTS[kind])


def paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a document: each mapping key and each list position, nested."""
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += paths(value, (*prefix, index))
    return found


junk = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 10**7) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8) | st.text(max_size=8).map(lambda t: t + "\n")
    | st.sampled_from(["", "framing", "framing\n", "#0072B2", "annotator/lesson@1", "2026-11-26", "x" * 70]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(sorted(SCHEMA_IDS)), data=st.data())
def test_compiled_checks_agree_with_jsonschema_on_damaged_files(kind: str, data: st.DataObject) -> None:
    """A damaged file the compiled check let through would reach the app unchecked (or a good one be refused)."""
    doc = copy.deepcopy(DOCUMENTS[kind])
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(paths(doc)))
        action = data.draw(st.sampled_from(["replace", "delete", "add"]))
        if not where:
            doc = data.draw(junk) if action == "replace" else doc
            continue
        parent = doc
        for step in where[:-1]:
            parent = parent[step]
        last = where[-1]
        if action == "replace":
            parent[last] = data.draw(junk)
        elif action == "delete":
            del parent[last]
        elif isinstance(parent, dict):
            parent[data.draw(st.text(min_size=1, max_size=8))] = data.draw(junk)
        else:
            parent.insert(last, data.draw(junk))
    assert accepted_by_compiled(kind, doc) == accepted_by_jsonschema(kind, doc)
    assert (validate(Document("damaged.yaml", doc, None), kind) == []) == accepted_by_compiled(kind, doc)


def test_an_id_ending_in_a_newline_is_refused() -> None:
    """Python's re lets a final $ match before a newline: "hanoi\n" would pass as an id and reach file names."""
    lesson = copy.deepcopy(DOCUMENTS["lesson"])
    lesson["id"] = "hanoi-summit-2019\n"
    problems = validate(Document("lesson.yaml", lesson, None), "lesson")
    assert [p.where for p in problems] == ["id"]
