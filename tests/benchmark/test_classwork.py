"""A class's files for the benchmark: as many students and highlights as asked, all of them gradeable."""

from __future__ import annotations

from pathlib import Path

from annotator.benchmark.classwork import make_class
from annotator.core.pack import load_pack
from annotator.core.roster import load_class
from annotator.resources import default_lesson


def test_a_made_class_is_read_whole_with_nothing_skipped(tmp_path: Path) -> None:
    """Grading figures would time a class whose files are skipped as broken or as one student handing in twice."""
    folder = make_class(tmp_path / "class", students=6, per_student=12)
    roster = load_class([folder], load_pack(default_lesson()))
    assert roster.problems == [] and len(roster.submissions) == 6
    assert len({s.student.id for s in roster.submissions}) == 6
    assert all(len(s.work.annotations) == 12 for s in roster.submissions)


def test_the_same_class_is_made_each_run(tmp_path: Path) -> None:
    """Two benchmark runs would grade different highlights, so their figures could not be compared."""
    pack = load_pack(default_lesson())

    def spans(folder: Path) -> list[list[tuple[str, int, int]]]:
        roster = load_class([folder], pack)
        return [sorted((a.category, a.start, a.end) for a in s.work.annotations.values()) for s in roster.submissions]

    assert spans(make_class(tmp_path / "first", 3, 5)) == spans(make_class(tmp_path / "second", 3, 5))
