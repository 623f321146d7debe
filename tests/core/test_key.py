"""The teacher's answer key, read against its lesson and article: every passage where it says, every id known."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from annotator.core.errors import InvalidFile
from annotator.core.key import AnswerKey, load_key
from annotator.core.schemas import dump_yaml
from annotator.core.text import Article
from tests.core.mini_summit import ARTICLE_MD, make_key, make_lesson

ARTICLE = Article.from_markdown(ARTICLE_MD)
LESSON = make_lesson()


def read(data: dict[str, Any]) -> AnswerKey:
    """The key written as ``key.yaml`` holds ``data``, read back as the app reads it."""
    return load_key(Path("key.yaml"), LESSON, ARTICLE, text=dump_yaml(data, "key"))


def problems(data: dict[str, Any]) -> list[str]:
    """The lines a teacher reads for a key that cannot be used."""
    with pytest.raises(InvalidFile) as caught:
        read(data)
    return [str(p) for p in caught.value.problems]


def test_a_key_reads_back_as_it_was_written() -> None:
    """Saving the key from answer-key mode and opening it again would move a passage or change its points."""
    key = make_key(ARTICLE)
    assert read(key.to_data()) == key


def test_a_passage_whose_words_are_not_at_its_offsets_is_named() -> None:
    """A key passage one character off would score students against the wrong words, without a word said."""
    data = make_key(ARTICLE).to_data()
    data["items"][0]["start"] += 1
    start, end = data["items"][0]["start"], data["items"][0]["end"]
    [line] = problems(data)
    assert line.endswith(f": items[0].quote: the article at {start}-{end} reads 'enator Jane Roe', not the quote")


def test_a_key_for_another_text_of_the_article_says_so_and_nothing_else() -> None:
    """A key made before the article was corrected gave a problem per passage instead of the one reason."""
    data = make_key(ARTICLE).to_data()
    data["lesson"]["article_sha256"] = "ab" * 32
    data["items"][0]["categories"] = ["rumour"]
    [line] = problems(data)
    assert "lesson.article_sha256: this answer key was made for a different version of the article" in line


def test_every_unknown_category_prompt_and_repeated_id_is_listed_at_once() -> None:
    """A teacher fixing a hand-edited key would find its typos one run at a time."""
    data = make_key(ARTICLE).to_data()
    data["lesson"]["id"] = "other-lesson"
    data["items"][0]["categories"] = ["rumour"]
    data["items"][1]["prompt"] = "nope"
    data["items"][2]["id"] = data["items"][3]["id"]
    data["not_flagged"][0]["categories"] = ["gossip"]
    wheres = [line.split(": ")[1] for line in problems(data)]
    assert wheres == ["lesson.id", "items[0].categories[0]", "items[1].prompt", "items[3].id",
                      "not_flagged[0].categories[0]"]
