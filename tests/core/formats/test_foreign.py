"""Another program's highlights made into a student's work: placed by the first rule that works, never guessed."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.anchoring import Status
from annotator.core.annotations import Student
from annotator.core.formats.foreign import (
    FALLBACK,
    NO_KIND,
    CategoryMap,
    ForeignHighlight,
    ForeignWork,
    merge_by_student,
    parse_map,
    read_map_file,
    timestamp,
)
from annotator.core.formats.importing import build_all, read_foreign
from tests.core.formats.brat_files import WRAPPED, brat_files, t_line
from tests.core.mini_summit import make_lesson, write_pack


def test_a_changed_word_is_found_again_by_the_quoted_words(tmp_path: Path) -> None:
    """Where the texts differ in more than spacing, alignment stops; the quote must still place what it can."""
    pack = write_pack(tmp_path / "pack")
    changed = WRAPPED.replace("slammed", "shut").replace("Senator", "Sen.")
    ann = (t_line("T1", "framing", changed, "the door on a deal") + t_line("T2", "framing", changed, "Jane Roe said")
           + t_line("T3", "framing", changed, "shut the door") + t_line("T4", "framing", changed, "Sen. Jane Roe"))
    brat_files(tmp_path / "in", "ana", changed, ann)
    built = build_all(read_foreign("brat", [tmp_path / "in"], pack), pack, CategoryMap())[0]
    by_id = {a.id: a for a in built.work.annotations.values()}
    assert by_id["T1"].quote == "the door on a deal" and by_id["T2"].quote == "Jane Roe said"
    assert built.counts[Status.ORPHANED] + built.counts[Status.FUZZY] == 2  # the changed words: never dropped
    assert len(by_id) == 4


def test_a_type_becomes_a_category_only_by_a_rule_never_by_a_guess() -> None:
    """A tag like "Person" put under some category by likeness would file students' highlights wrongly."""
    lesson = make_lesson()
    assert CategoryMap().category_for(("Person",), lesson) is None
    assert CategoryMap().category_for(("framing",), lesson) == "framing"  # a category's id
    assert CategoryMap().category_for(("NAMED SOURCE",), lesson) == "named-source"  # its label, any case
    assert CategoryMap({"framing": "named-source"}).category_for(("framing",), lesson) == "named-source"
    assert CategoryMap({NO_KIND: "framing"}).category_for((), lesson) == "framing"
    assert CategoryMap({FALLBACK: "framing"}).category_for(("Person",), lesson) == "framing"


def test_a_mapping_names_what_is_wrong_with_an_entry() -> None:
    """--map Person (no category) or a misspelt category must say which entry and what the lesson has."""
    lesson = make_lesson()
    assert parse_map(read_map_file("# brat types\nPerson\tnamed-source\nSpin = framing  # ours\n"), lesson) == \
        CategoryMap({"Person": "named-source", "Spin": "framing"})
    with pytest.raises(ValueError, match=r"--map 'Person': write TYPE=CATEGORY"):
        parse_map(["Person"], lesson)
    with pytest.raises(ValueError, match=r"no category 'frame' in lesson 'mini-summit' \(it has: named-source, "):
        parse_map(["Spin=frame"], lesson)


def test_times_are_kept_only_when_they_are_points_in_time() -> None:
    """A time without its offset is hours off in another school's zone: better none than a wrong one."""
    assert timestamp("2026-03-01T10:00:00.123Z") == "2026-03-01T10:00:00+00:00"
    assert timestamp("2026-03-01T10:00:00+01:00") == "2026-03-01T10:00:00+01:00"
    assert timestamp("2026-03-01T10:00:00") == "" and timestamp("yesterday") == "" and timestamp(3) == ""


def test_files_by_the_same_annotator_become_one_students_work() -> None:
    """Two files of one annotator written as two students would count her twice in the class's agreement."""
    def work(name: str, source: str) -> ForeignWork:
        return ForeignWork(Student(name), source, [ForeignHighlight("T1", "x", 0, 1, ("framing",))])

    merged = merge_by_student([work("Ana  Pérez", "a.ann"), work("ana pérez", "b.ann"), work("Ben", "c.ann")])
    assert [(w.student.name, w.source, len(w.highlights)) for w in merged] == [
        ("Ana  Pérez", "a.ann, b.ann", 2), ("Ben", "c.ann", 1)]


def test_an_unmapped_highlight_with_two_tags_counts_under_each_tag(tmp_path: Path) -> None:
    """The hint said to map 'foo, bar' — a name no --map can match — so the highlight could never be imported."""
    from annotator.core.formats.foreign import build_work

    pack = write_pack(tmp_path / "pack")
    fw = ForeignWork(Student("Ana"), "h.json", [ForeignHighlight("h.json", None, "x1", ("foo", "bar"), "stunning")])
    built = build_work(fw, pack.lesson, pack.article, CategoryMap())
    assert dict(built.unmapped) == {"foo": 1, "bar": 1}
    mapped = build_work(fw, pack.lesson, pack.article, CategoryMap({"bar": "framing"}))
    assert not mapped.unmapped and len(mapped.work.annotations) == 1


def test_two_brat_files_of_one_annotator_become_one_students_work(tmp_path: Path) -> None:
    """brat files given with --student wrote ana.yaml and ana-2.yaml: one student graded twice."""
    from tests.core.mini_summit import TEXT

    pack = write_pack(tmp_path / "pack")
    brat_files(tmp_path / "in", "part1", TEXT, t_line("T1", "framing", TEXT, "stunning collapse"))
    brat_files(tmp_path / "in", "part2", TEXT, t_line("T1", "framing", TEXT, "Jane Roe"))
    reading = read_foreign("brat", [tmp_path / "in"], pack, student="Ana")
    assert [(w.student.name, len(w.highlights)) for w in reading.works] == [("Ana", 2)]
