"""Files at the size limit: checked within bounded memory and bounded work, whatever they hold.

Time is measured by ``python -m annotator.benchmark``, never here: these tests count memory
(tracemalloc) and work (characters searched, schema nodes visited). tracemalloc slows reading
YAML events fifteenfold (a check of the full 16 MB file takes over a minute), so memory is
measured on a fortieth of it against a fortieth of the 300 MB allowed: what a check holds grows
with the number of highlights. The benchmark reports the whole file's figures.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from annotator.core import anchoring, schemas
from annotator.core.errors import InvalidFile
from annotator.core.inspection import check_path
from annotator.core.pack import Pack, load_pack
from annotator.core.workfile import load_work
from annotator.core.yamlfile import MAX_YAML_BYTES
from annotator.resources import default_lesson
from tests.helpers import flood_file

MB = 1024 * 1024
PART = 40  # memory is measured on this fraction of the flood file
SHARE = 195_000 // PART  # its highlights
BIG = 25_000  # highlights: more than jsonschema is asked to go through (2 MB)


@pytest.fixture(scope="module")
def hanoi() -> Pack:
    """The bundled lesson pack."""
    return load_pack(default_lesson(), with_key=False)


def test_the_flood_file_is_just_under_the_size_limit(tmp_path: Path, hanoi: Pack) -> None:
    """The benchmark and the tests below would measure a file smaller than the one a student can hand in."""
    size = flood_file(tmp_path / "flood.yaml", hanoi.lesson.id, hanoi.article.sha256, "framing")
    assert MAX_YAML_BYTES - MB < size <= MAX_YAML_BYTES


def test_unplaceable_highlights_are_checked_in_300_mb_for_16_mb(tmp_path: Path, hanoi: Pack,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """195,000 highlights found nowhere took 1 GB to `check` (a node tree of the file, every search kept)."""
    # The same share of the search: the whole file leaves it a tenth of its budget, used up early.
    monkeypatch.setattr(anchoring, "SEARCH_BUDGET", getattr(anchoring, "SEARCH_BUDGET", 0) // PART, raising=False)
    path = tmp_path / "flood.yaml"
    flood_file(path, hanoi.lesson.id, hanoi.article.sha256, "framing", count=SHARE)
    tracemalloc.start()
    try:
        lines = check_path(path, hanoi)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak <= 300 * MB / PART, f"{peak / MB:.1f} MB for 1/{PART} of the file"
    assert len(lines) == SHARE + 1
    assert lines[-1].endswith(f"{SHARE} annotations: 0 exact, 0 moved, 0 fuzzy, {SHARE} orphaned")


def test_placing_many_unplaceable_highlights_searches_a_bounded_amount(
        hanoi: Pack, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each of 195,000 orphans ran its own edit-distance search: about 50 million characters, 9 s."""
    searched = [0]
    real = anchoring._edit_scores

    def counting(pattern: str, segment: str, anchored: bool) -> list[int]:
        searched[0] += len(segment)
        return real(pattern, segment, anchored)

    monkeypatch.setattr(anchoring, "_edit_scores", counting)
    items = [(f"qxqxqxqxqxqxqx{i:06d}", 0, 9, "", "") for i in range(195_000)]
    placed = anchoring.place_all(hanoi.article.text, items)
    assert {p.status for p in placed} == {anchoring.Status.ORPHANED}
    assert searched[0] <= anchoring.SEARCH_BUDGET // 10 // 300  # what place_all's budget lets it spend at most


def test_a_few_realistic_highlights_are_all_searched_for(hanoi: Pack) -> None:
    """The budget must never orphan a highlight in a class-sized file that an unbounded search would find."""
    text = hanoi.article.text
    changed = "A new first paragraph.\n\n" + text.replace("e", "é")[: len(text) // 2] + text[len(text) // 2 :]
    items = [(text[i : i + 40], i, i + 40, text[max(0, i - 32) : i], text[i + 40 : i + 72])
             for i in range(0, len(text) - 40, len(text) // 300)]
    assert anchoring.place_all(changed, items) == [anchoring.place(changed, *item) for item in items]


def test_a_huge_file_broken_at_its_end_is_explained_without_going_through_it_all(
        tmp_path: Path, hanoi: Pack, monkeypatch: pytest.MonkeyPatch) -> None:
    """jsonschema went through all 195,000 highlights to explain one bad one (9 s), after composing every node."""
    path = tmp_path / "flood.yaml"
    flood_file(path, hanoi.lesson.id, hanoi.article.sha256, "framing", count=BIG, broken=(7, BIG - 1))
    validator = schemas._validator("annotations")
    visited = [0]
    real = type(validator).descend

    def counting(self: Any, *args: Any, **kwargs: Any) -> Any:
        visited[0] += 1
        return real(self, *args, **kwargs)

    monkeypatch.setattr(type(validator), "descend", counting)
    with pytest.raises(InvalidFile) as caught:
        load_work(path)
    first, more = caught.value.problems
    assert (first.line, first.where) == (12, "annotations[7].start")
    assert more.message.startswith("there may be more problems")
    assert visited[0] < 100


def test_a_huge_file_with_a_problem_in_every_highlight_lists_fifty(tmp_path: Path, hanoi: Pack) -> None:
    """Thousands of unknown categories gave thousands of lines, each placed by a walk through a node tree."""
    path = tmp_path / "flood.yaml"
    flood_file(path, hanoi.lesson.id, hanoi.article.sha256, "no-such-category", count=BIG)
    with pytest.raises(InvalidFile) as caught:
        check_path(path, hanoi)
    problems = caught.value.problems
    assert len(problems) == 51
    assert [p.line for p in problems[:50]] == list(range(5, 55))
    assert problems[-1].message == f"and {BIG - 50} more problems like these"
