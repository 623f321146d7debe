"""What `check` says about a student's file: where each highlight lands, orphans listed, and lines, never a crash."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.anchoring import Status
from annotator.core.annotations import Student, Work
from annotator.core.errors import AnnotatorError
from annotator.core.i18n import speaking
from annotator.core.inspection import check_work_file, status_summary
from annotator.core.pack import load_pack
from annotator.core.workfile import save_work
from annotator.core.worksheet import Worksheet
from tests.commands.checking import (
    BUNDLED,
    GOOD_ANNOTATION,
    PACK,
    SHA,
    copy_pack,
    run,
    snapshot,
    work_yaml,
)


def test_good_annotation_file_reports_each_placement(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A teacher would not see where each of a student's highlights lands on the article."""
    path = tmp_path / "ana.yaml"
    path.write_text(work_yaml(GOOD_ANNOTATION), encoding="utf-8")
    code, out, err = run(capsys, path, "--lesson", PACK)
    assert code == 0, err
    assert f"{path}: A1 framing 0-3 exact: “How”" in out
    assert out.splitlines()[-1] == f"{path}: Ana Pérez: 1 annotation: 1 exact, 0 moved, 0 fuzzy, 0 orphaned"


def test_annotation_file_without_lesson_is_counted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A teacher checking a student file alone would get an error instead of a count."""
    path = tmp_path / "ana.yaml"
    path.write_text(work_yaml(GOOD_ANNOTATION), encoding="utf-8")
    code, out, _ = run(capsys, path)
    assert code == 0
    assert "1 annotation " in out and "--lesson" in out


def test_orphaned_quote_is_reported_not_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A student's highlight that cannot be found would fail the whole file instead of being listed."""
    path = tmp_path / "ana.yaml"
    path.write_text(work_yaml("  - {id: A1, category: framing, start: 10, end: 33, quote: zebras quietly juggling}\n"),
                    encoding="utf-8")
    before = snapshot(tmp_path)
    code, out, err = run(capsys, path, "--lesson", PACK)
    assert code == 0, err
    assert err == ""
    assert f"{path}: A1 framing 10-33 orphaned: “zebras quietly juggling”" in out
    assert "0 exact, 0 moved, 0 fuzzy, 1 orphaned" in out
    assert snapshot(tmp_path) == before


numbers = st.one_of(st.integers(-5, 12_000), st.integers(), st.floats(allow_nan=True), st.sampled_from([0.0, 3.0]))
words = st.one_of(st.sampled_from(["How", "framing", "who-speaks", "no", "0755", "", " ", "a senior", "—"]),
                  st.text(max_size=30))
field_values = st.one_of(numbers, words, st.booleans(), st.none(), st.lists(words, max_size=2))
annotation_data = st.fixed_dictionaries(
    {"id": st.one_of(st.from_regex(r"\A[A-Z0-9]{6}\Z"), field_values),
     "category": st.one_of(st.sampled_from(["framing", "hedge", "gossip"]), field_values),
     "start": st.one_of(st.integers(0, 12_000), field_values),
     "end": st.one_of(st.integers(0, 12_000), field_values),
     "quote": st.one_of(st.sampled_from(["How", "a senior administration official", "progress exclusively"]),
                        field_values)},
    optional={"prompt": st.one_of(st.sampled_from(["who-speaks", "nope"]), field_values),
              "prefix": words, "suffix": words, "note": words, "extra": words},
)


quotes = st.one_of(st.sampled_from(["How", "a senior administration official", "progress exclusively", "said",
                                     "progressexclusively on their", "zebras"]),
                   st.text(min_size=1, max_size=40))
valid_annotation = st.fixed_dictionaries(
    {"id": st.from_regex(r"\A[A-Z0-9]{6}\Z"),
     "category": st.sampled_from([c.id for c in BUNDLED.lesson.categories]),
     "start": st.integers(0, 12_000) | st.integers(0, 10**30), "end": st.integers(0, 12_000) | st.integers(0, 10**30),
     "quote": quotes, "prefix": st.text(max_size=40), "suffix": st.text(max_size=40)},
    optional={"prompt": st.sampled_from([p.id for p in BUNDLED.lesson.prompts]), "note": st.text(max_size=20)},
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(annotations=st.lists(valid_annotation, max_size=6, unique_by=lambda a: a["id"]),
       odd=st.lists(annotation_data, max_size=1),
       sha=st.sampled_from([SHA, "ab" * 32]), answers=st.dictionaries(words, words, max_size=2))
def test_any_annotation_file_gets_lines_never_a_crash(annotations: list[dict[str, object]],
                                                      odd: list[dict[str, object]], sha: str,
                                                      answers: dict[str, str]) -> None:
    """Some odd student file would crash `check` (or the app opening it) instead of being explained."""
    data = {"schema": "annotator/annotations@1", "lesson": {"id": "hanoi-summit-2019", "article_sha256": sha},
            "student": {"name": "Ana"}, "annotations": annotations + odd, "answers": answers}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    try:
        lines = check_path_text(text)
    except AnnotatorError as exc:
        assert exc.problems
        assert all("\n" not in " ".join(str(p).splitlines()) for p in exc.problems)
    else:
        assert lines[-1].startswith("work.yaml: Ana: ")


def check_path_text(text: str) -> list[str]:
    """The lines ``check`` prints for an annotation file with this text, against the bundled lesson."""
    return check_work_file(Path("work.yaml"), text, BUNDLED)


INSERTED = "This paragraph was added by the editors after the article first appeared, to test re-anchoring."
BEFORE_INSERT = ["How the White House Is Spinning", "no longer thinks Trump alone can reach a deal",
                 "AP Photo/Evan Vucci"]
AFTER_INSERT = [
    "per a wisdom that fast took root back in Washington",
    "one senator who was in the room",
    "a senior administration official",
    "Critics have argued",
    "a senior State Department official",
    "Ron Johnson, a Republican from Wisconsin",
    "Many experts had interpreted a speech",
    "The “two leaders have learned that love does not conquer all,”",
]
TYPO_PASSAGE = "pinning progressexclusively on their personal abilities to make a deal with each other"


def test_changed_article_reports_exact_moved_and_fuzzy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """After the article is corrected, students' highlights would be lost or misplaced instead of found again."""
    pack = load_pack(PACK)
    text = pack.article.text
    sheet = Worksheet(pack.lesson, pack.article, Work(pack.lesson.id, pack.article.sha256, Student("Ana Pérez")))
    ids: dict[str, str] = {}
    categories = [c.id for c in pack.lesson.categories]
    for n, quote in enumerate([*BEFORE_INSERT, *AFTER_INSERT, TYPO_PASSAGE]):
        assert text.count(quote) == 1, quote
        start = text.index(quote)
        change = sheet.add(start, start + len(quote), categories[n % len(categories)], note=f"note {n}\nline two")
        assert change.annotation_id is not None
        ids[quote] = change.annotation_id
    blocks = {pack.article.block_index_at(text.index(q)) for q in ids}
    assert len(blocks) >= 10, "the annotations should spread over many paragraphs"
    work_file = tmp_path / "ana.yaml"
    save_work(work_file, sheet.work)

    changed = copy_pack(tmp_path, "changed", key=False)
    source = (changed / "article.md").read_text(encoding="utf-8")
    caption_end = source.index("AP Photo/Evan Vucci") + len("AP Photo/Evan Vucci")
    assert source.count("progressexclusively") == 1
    source = source[:caption_end] + "\n\n" + INSERTED + source[caption_end:]
    (changed / "article.md").write_text(source.replace("progressexclusively", "progress exclusively"),
                                        encoding="utf-8")
    new_text = load_pack(changed).article.text
    before = snapshot(tmp_path)

    code, out, err = run(capsys, work_file, "--lesson", changed)
    assert code == 0, err
    assert err == ""
    assert snapshot(tmp_path) == before
    statuses: dict[str, tuple[str, str]] = {}
    for line in out.splitlines():
        m = re.match(re.escape(str(work_file)) + r": (\w+) [\w-]+ \d+-\d+(?: -> (\d+-\d+))? (\w+): ", line)
        if m:
            statuses[m.group(1)] = (m.group(3), m.group(2) or "")
    assert len(statuses) == len(ids)
    for quote in BEFORE_INSERT:
        assert statuses[ids[quote]][0] == "exact", quote
    for quote in AFTER_INSERT:
        status, span = statuses[ids[quote]]
        assert status == "moved", quote
        s, e = map(int, span.split("-"))
        assert new_text[s:e] == quote
    status, span = statuses[ids[TYPO_PASSAGE]]
    assert status == "fuzzy"
    s, e = map(int, span.split("-"))
    assert new_text[s:e] == TYPO_PASSAGE.replace("progressexclusively", "progress exclusively")
    assert "orphaned" not in {status for status, _ in statuses.values()}
    n_before, n_after = len(BEFORE_INSERT), len(AFTER_INSERT)
    assert out.splitlines()[-1] == (f"{work_file}: Ana Pérez: {len(ids)} annotations: "
                                    f"{n_before} exact, {n_after} moved, 1 fuzzy, 0 orphaned")
    assert "made for a different text of the article" in out


def test_the_placement_summary_agrees_with_its_numbers_in_spanish_and_french() -> None:
    """A French teacher read "2 exact, 3 déplacé": each word now takes the plural its number asks for."""
    counts = {Status.EXACT: 2, Status.MOVED: 1, Status.FUZZY: 0, Status.ORPHANED: 3}
    assert status_summary(counts) == "2 exact, 1 moved, 0 fuzzy, 3 orphaned"
    with speaking("fr"):
        assert status_summary(counts) == "2 exacts, 1 déplacé, 0 approché, 3 orphelins"
    with speaking("es"):
        assert status_summary(counts) == "2 exactos, 1 desplazado, 0 aproximados, 3 huérfanos"
