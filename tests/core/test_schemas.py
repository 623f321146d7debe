"""The JSON Schemas in resources/schemas are the one source of truth: valid, and the models agree with them."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.annotations import Annotation, Student, Work
from annotator.core.errors import InvalidFile
from annotator.core.i18n import speaking
from annotator.core.key import AnswerKey, KeyItem, NotFlagged
from annotator.core.lesson import (
    ArticleInfo,
    Category,
    Criterion,
    Expectation,
    Lesson,
    Prompt,
    RubricLevel,
    Standard,
)
from annotator.core.pack import Pack, load_pack
from annotator.core.schemas import SCHEMA_IDS, load_document, schema_of
from annotator.core.yamlfile import parse_yaml
from annotator.resources import default_lesson, resources_dir

SCHEMA_FILES = sorted((resources_dir() / "schemas").glob("*.schema.json"))
Validator = jsonschema.Draft202012Validator


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(default_lesson())


def validator(kind: str, *pointer: str) -> jsonschema.protocols.Validator:
    """A validator for a file kind's schema, or for the part of it at ``pointer``."""
    schema: Any = schema_of(kind)
    for step in pointer:
        schema = schema[step]
    return Validator(schema)


def properties(kind: str, *pointer: str) -> set[str]:
    """The field names the schema allows at ``pointer``."""
    schema: Any = schema_of(kind)
    for step in pointer:
        schema = schema[step]
    return set(schema["properties"])


def fields(cls: type) -> set[str]:
    """A model's public fields."""
    return {f.name for f in dataclasses.fields(cls) if not f.name.startswith("_")}


# --- the schema files ----------------------------------------------------------------------------


def test_there_is_a_schema_for_every_file_kind() -> None:
    """A teacher's editor would offer no completion or checks for one kind of file."""
    assert {p.name.removesuffix(".schema.json") for p in SCHEMA_FILES} >= set(SCHEMA_IDS)


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda p: p.name)
def test_each_schema_is_valid_draft_2020_12(path: Path) -> None:
    """A broken schema would make editors (and the app) check files wrongly or not at all."""
    schema = json.loads(path.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Validator.check_schema(schema)


@pytest.mark.parametrize("kind", sorted(SCHEMA_IDS))
def test_each_schema_pins_its_schema_line(kind: str) -> None:
    """A file of one kind could be taken for another, or a future version read as this one."""
    schema = schema_of(kind)
    assert schema["properties"]["schema"] == {"const": SCHEMA_IDS[kind]}
    assert "schema" in schema["required"]
    assert schema["additionalProperties"] is False


def test_bundled_files_validate_and_name_their_schema(pack: Pack) -> None:
    """The lesson that ships with the app would fail the checks a teacher's editor runs."""
    for name, kind in (("lesson.yaml", "lesson"), ("key.yaml", "key")):
        text = (default_lesson() / name).read_text(encoding="utf-8")
        assert text.startswith(f"# yaml-language-server: $schema=../../resources/schemas/{kind}.schema.json\n")
        validator(kind).validate(parse_yaml(text, name).data)


# --- the models agree with the schemas ----------------------------------------------------------

LESSON_PARTS = [
    (Lesson, ()),
    (ArticleInfo, ("properties", "article")),
    (Standard, ("properties", "standards", "items")),
    (Category, ("properties", "categories", "items")),
    (Prompt, ("properties", "prompts", "items")),
    (Expectation, ("properties", "prompts", "items", "properties", "expects")),
    (Criterion, ("properties", "rubric", "properties", "criteria", "items")),
    (RubricLevel, ("properties", "rubric", "properties", "criteria", "items", "properties", "levels", "items")),
]
KEY_PARTS = [
    (KeyItem, ("properties", "items", "items")),
    (NotFlagged, ("properties", "not_flagged", "items")),
]
ANNOTATION_PARTS = [
    (Annotation, ("properties", "annotations", "items")),
    (Student, ("properties", "student")),
]
# Model fields stored under another name in the file.
RENAMED = {"lesson_id": "lesson", "article_sha256": "lesson", "rubric": "rubric"}


@pytest.mark.parametrize(("kind", "cls", "pointer"), [("lesson", c, p) for c, p in LESSON_PARTS]
                         + [("key", c, p) for c, p in KEY_PARTS]
                         + [("annotations", c, p) for c, p in ANNOTATION_PARTS])
def test_model_fields_are_schema_properties(kind: str, cls: type, pointer: tuple[str, ...]) -> None:
    """A field the app keeps but the schema does not allow would make every saved file invalid."""
    assert fields(cls) <= properties(kind, *pointer)


@pytest.mark.parametrize(("kind", "cls", "pointer"), [("lesson", c, p) for c, p in LESSON_PARTS]
                         + [("key", c, p) for c, p in KEY_PARTS]
                         + [("annotations", c, p) for c, p in ANNOTATION_PARTS])
def test_schema_properties_are_model_fields(kind: str, cls: type, pointer: tuple[str, ...]) -> None:
    """A field a teacher may write (the schema allows it) would be silently dropped when the app reads it."""
    assert properties(kind, *pointer) - {"schema"} <= fields(cls)


def test_top_level_models_cover_their_files() -> None:
    """A top-level field of a key or annotation file would be dropped on reading."""
    assert properties("key") - {"schema"} <= {RENAMED.get(f, f) for f in fields(AnswerKey)}
    assert properties("annotations") - {"schema"} <= {RENAMED.get(f, f) for f in fields(Work)}


def test_bundled_models_write_valid_files(pack: Pack) -> None:
    """A lesson or key the app writes back (for example from `new-lesson`) would fail its own schema."""
    validator("lesson").validate(pack.lesson.to_data())
    assert pack.key is not None
    validator("key").validate(pack.key.to_data())
    for item in pack.key.items:
        validator("key", "properties", "items", "items").validate(item.to_data())


def test_bundled_lesson_survives_model_round_trip(pack: Pack) -> None:
    """Reading and writing the lesson would lose or change a field the teacher wrote."""
    data = parse_yaml((default_lesson() / "lesson.yaml").read_text(encoding="utf-8"), "lesson.yaml").data
    written = pack.lesson.to_data()
    for field in data:
        assert written[field] == data[field] or field == "prompts", field
    for original, again in zip(data["prompts"], written["prompts"], strict=True):
        assert {k: v for k, v in again.items() if k in original} == original


slugs = st.from_regex(r"\A[a-z0-9][a-z0-9-]{0,12}\Z")
texts = st.text(max_size=20)


@settings(max_examples=100, deadline=None)
@given(st.builds(Annotation, id=st.from_regex(r"\A[A-Za-z0-9_-]{1,32}\Z"), category=slugs,
                 start=st.integers(0, 10**6), end=st.integers(0, 10**6), quote=texts.filter(bool), prefix=texts,
                 suffix=texts, note=texts, prompt=st.just("") | slugs,
                 created=st.just("") | st.just("2026-11-26T10:15:00+00:00"), modified=st.just("")))
def test_every_annotation_writes_schema_valid_data(annotation: Annotation) -> None:
    """A highlight the app saves could make the student's file fail its own schema."""
    validator("annotations", "properties", "annotations", "items").validate(annotation.to_data())
    work = Work("lesson", "ab" * 32, Student("Ana"), "2026-11-26T10:15:00+00:00", "",
                {annotation.id: annotation}, {"p": "x\ny"})
    validator("annotations").validate(work.to_data())


@settings(max_examples=100, deadline=None)
@given(st.builds(KeyItem, id=st.from_regex(r"\A[A-Za-z0-9_-]{1,32}\Z"), quote=texts.filter(bool),
                 start=st.integers(0, 10**6), end=st.integers(0, 10**6),
                 categories=st.lists(slugs, min_size=1).map(tuple),
                 rationale=texts, prompt=st.just("") | slugs, required=st.booleans(),
                 points=st.integers(0, 5) | st.floats(0, 5), min_overlap=st.floats(0.01, 1)))
def test_every_key_item_writes_schema_valid_data(item: KeyItem) -> None:
    """A key the app writes could fail its own schema and be refused when a teacher opens it."""
    key = AnswerKey("lesson", "ab" * 32, (item,), (NotFlagged("said", 1, 5, "neutral verb", ("loaded-language",)),))
    validator("key").validate(key.to_data())



@pytest.mark.parametrize(("language", "said"), [
    ("en", ["categories[0].color: 'blue' must be a colour like '#0072B2'",
            "minutes: expected a whole number, found '50m'",
            "minutos: unknown field 'minutos' (did you mean 'minutes'?)"]),
    ("es", ["categories[0].color: 'blue' debe ser un color como '#0072B2'",
            "minutes: se esperaba un número entero, se encontró '50m'",
            "minutos: campo desconocido 'minutos' (¿querías decir 'minutes'?)"]),
    ("fr", ["categories[0].color: 'blue' doit être une couleur comme '#0072B2'",
            "minutes: attendu\u00a0: un nombre entier, trouvé\u00a0: '50m'",
            "minutos: champ inconnu 'minutos' (voulais-tu dire 'minutes'\u00a0?)"]),
])
def test_a_files_problems_are_said_in_the_language_spoken(tmp_path: Path, language: str, said: list[str]) -> None:
    """`annotator check --lang es` said a broken lesson's problems in English, though its summary was Spanish."""
    text = (default_lesson() / "lesson.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "lesson.yaml"
    broken.write_text(text.replace("minutes: 50", "minutos: 3\nminutes: 50m", 1)
                      .replace('color: "#0072B2"', 'color: "blue"', 1), encoding="utf-8")
    with speaking(language), pytest.raises(InvalidFile) as raised:
        load_document(broken, "lesson")
    assert sorted(f"{p.where}: {p.message}" for p in raised.value.problems) == said


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=-(2**20_000), max_value=2**20_000), st.sampled_from(["{:d}", "0x{:x}", "0o{:o}", "{}.0"]))
def test_any_number_in_a_file_is_read_or_refused_in_one_line(tmp_path_factory: pytest.TempPathFactory, value: int,
                                                            form: str) -> None:
    """A number past 4,300 digits crashed the first message that wrote it out; one past 2**53 is no offset."""
    if form in ("{:d}", "{}.0"):
        value %= 10**4000  # Python writes no more digits: YAML reads them as text, which the schema refuses
    written = form.format(abs(value)) if value >= 0 else "-" + form.format(-value)
    path = tmp_path_factory.mktemp("numbers") / "work.yaml"
    path.write_text("schema: annotator/annotations@1\nlesson: {id: x, article_sha256: " + "0" * 64 + "}\n"
                    "student: {name: Ana}\nannotations:\n  - id: a1\n    category: framing\n"
                    f"    start: {written}\n    end: 3\n    quote: How\n", encoding="utf-8")
    try:
        doc = load_document(path, "annotations")
    except InvalidFile as exc:
        assert all("\n" not in str(p) and len(str(p)) < 400 for p in exc.problems)
    else:
        assert abs(doc.data["annotations"][0]["start"]) <= 2**53
