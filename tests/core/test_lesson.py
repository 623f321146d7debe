"""A lesson's own rules, beyond what its schema checks: ids and keys used once, prompts about categories it has."""

from __future__ import annotations

from pathlib import Path

from annotator.core.lesson import Lesson, Prompt, lesson_from_document
from annotator.core.schemas import dump_yaml, load_document
from tests.core.mini_summit import make_lesson
from tests.core.test_pack import LESSON_YAML, copy_pack, problems_of


def test_repeated_ids_keys_and_unknown_categories_are_each_named(tmp_path: Path) -> None:
    """A teacher's lesson with two categories on one key would confuse students without a word."""
    copy = copy_pack(tmp_path)
    text = LESSON_YAML.decode()
    text = text.replace("id: unnamed-source", "id: named-source", 1)
    text = text.replace('shortcut: "3"', 'shortcut: "1"', 1) if 'shortcut: "3"' in text else text.replace(
        "shortcut: '3'", "shortcut: '1'", 1)
    (copy / "lesson.yaml").write_text(text, encoding="utf-8")
    problems = problems_of(copy)
    assert any("categories[1].id: category id 'named-source' is used twice" in p for p in problems)
    assert any("categories[2].shortcut: key '1' is also Named source's key" in p for p in problems)
    assert all(p.startswith(f"{copy / 'lesson.yaml'}:") for p in problems)


def lesson_text(lesson: Lesson) -> str:
    """A lesson as its ``lesson.yaml`` is written."""
    return dump_yaml(lesson.to_data(), "lesson")


def test_a_lesson_reads_back_as_it_was_written() -> None:
    """Saving a lesson from the editor and opening it again would change a prompt, a category or its points."""
    lesson = make_lesson()
    read, problems = lesson_from_document(load_document(Path("lesson.yaml"), "lesson", text=lesson_text(lesson)))
    assert problems == [] and read == lesson


def test_a_prompt_about_a_missing_category_and_a_repeated_prompt_are_named_on_their_lines() -> None:
    """A prompt counting highlights of a category the lesson lacks could never be completed, without a word why."""
    prompts = (Prompt("who", "Who speaks?", ("named-source", "rumour")), Prompt("who", "Who else?", ("framing",)))
    text = lesson_text(make_lesson(prompts))
    _, problems = lesson_from_document(load_document(Path("lesson.yaml"), "lesson", text=text))
    lines = text.splitlines()
    rumour = lines.index("      - rumour") + 1
    second = lines.index("  - id: who", rumour) + 1
    assert [str(p) for p in problems] == [
        f"lesson.yaml:{rumour}:9: prompts[0].categories[1]: no category 'rumour' in this lesson",
        f"lesson.yaml:{second}:9: prompts[1].id: prompt id 'who' is used twice",
    ]
