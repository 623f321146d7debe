"""Scoring against the key, teacher overrides, heat map and agreement."""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path

import pytest

from annotator.core.anchoring import Status
from annotator.core.annotations import Annotation, Student, Work
from annotator.core.feedback import Feedback, PromptFeedback
from annotator.core.key import AnswerKey, KeyItem, NotFlagged
from annotator.core.lesson import ArticleInfo, Category, Lesson, Prompt
from annotator.core.pack import Pack, load_pack
from annotator.core.schemas import dump_yaml
from annotator.core.scoring import (
    Mark,
    Run,
    StudentScore,
    apply_feedback,
    class_stats,
    counts_per_character,
    highlight_runs,
    merge_spans,
    score_marks,
    score_work,
    unitized_alpha,
)
from annotator.core.text import Article, context
from annotator.core.worksheet import Worksheet

ARTICLE_MD = """# Summit ends in a stunning collapse

Senator Jane Roe said the talks had failed. According to a senior official, the North slammed the door on a deal.

Two people familiar with the talks said more meetings are planned.
"""
TEXT = Article.from_markdown(ARTICLE_MD).text


def span(quote: str, text: str = TEXT) -> tuple[int, int]:
    """Where ``quote`` first is in the text (the test names passages, not numbers)."""
    start = text.index(quote)
    return start, start + len(quote)


def make_lesson(prompts: tuple[Prompt, ...] | None = None) -> Lesson:
    """A three-category, two-prompt lesson on the small article."""
    cats = tuple(Category(cid, label, color, "solid", key, "help") for cid, label, color, key in (
        ("named-source", "Named source", "#0072B2", "n"),
        ("unnamed-source", "Unnamed source", "#D55E00", "u"),
        ("framing", "Framing", "#009E73", "f"),
    ))
    prompts = prompts or (
        Prompt("who-speaks", "Who is speaking?", ("named-source", "unnamed-source"), points=3),
        Prompt("framing", "How is the story framed?", ("framing",), points=0),  # 0: capped at its items' sum
    )
    return Lesson("mini-summit", "Mini summit", ArticleInfo("article.md"), cats, prompts)


def item(text: str, iid: str, quote: str, cats: tuple[str, ...], prompt: str, points: float,
         min_overlap: float = 0.5) -> KeyItem:
    """A key item on the quote's place in the text."""
    s, e = span(quote, text)
    return KeyItem(iid, quote, s, e, cats, f"why {iid}", prompt, False, points, min_overlap)


def make_key(article: Article) -> AnswerKey:
    """Five key items: two per prompt and one with no prompt."""
    t = article.text
    return AnswerKey("mini-summit", article.sha256, (
        item(t, "k1", "Senator Jane Roe", ("named-source",), "who-speaks", 2),
        item(t, "k2", "a senior official", ("unnamed-source",), "who-speaks", 2),
        item(t, "k3", "a stunning collapse", ("framing",), "framing", 1),
        item(t, "k4", "slammed the door", ("framing",), "framing", 1.5, min_overlap=1.0),
        item(t, "k5", "people familiar with the talks", ("unnamed-source", "named-source"), "", 1),
    ), (NotFlagged("said", *span("said", t), "“said” is neutral.", ("framing",)),))


def write_pack(folder: Path, *, article_md: str = ARTICLE_MD, with_key: bool = True) -> Pack:
    """The lesson, article and key written as a pack folder, and loaded back as a teacher would."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "lesson.yaml").write_text(dump_yaml(make_lesson().to_data(), "lesson"), encoding="utf-8")
    (folder / "article.md").write_text(article_md, encoding="utf-8")
    if with_key:
        key = make_key(Article.from_markdown(article_md))
        (folder / "key.yaml").write_text(dump_yaml(key.to_data(), "key"), encoding="utf-8")
    return load_pack(folder)


@pytest.fixture
def pack(tmp_path: Path) -> Pack:
    """The small lesson pack, from files."""
    return write_pack(tmp_path / "pack")


def ann(aid: str, category: str, quote: str, *, text: str = TEXT, note: str = "") -> Annotation:
    """An annotation of the first place ``quote`` is in ``text``, as the student app stores it."""
    s, e = span(quote, text)
    prefix, suffix = context(text, s, e)
    return Annotation(aid, category, s, e, quote, prefix, suffix, note)


def work_of(pack: Pack, *annotations: Annotation, name: str = "Ana Pérez") -> Work:
    """A student's work with these annotations, made on the pack's article."""
    return Work(pack.lesson.id, pack.article.sha256, Student(name), annotations={a.id: a for a in annotations})


def ana(pack: Pack) -> Work:
    """Student A of the hand-worked example."""
    return work_of(pack,
                   ann("a1", "named-source", "Senator Jane Roe"),  # all of k1 -> found
                   ann("a2", "unnamed-source", "senior official"),  # 15/17 of k2 >= 0.5 -> found
                   ann("a3", "framing", "slammed the"),  # 11/16 of k4 < 1.0 (k4 asks for all of it) -> extra
                   ann("a4", "framing", "stunning collapse"),  # 17/19 of k3 -> found
                   ann("a5", "named-source", "the talks had failed"))  # no key item -> extra


def ben(pack: Pack) -> Work:
    """Student B: a wrong category, an accepted second category, a full cover and an orphan."""
    orphan = Annotation("b4", "unnamed-source", 5, 20, "words that are nowhere in it", "", "")
    return work_of(pack,
                   ann("b1", "framing", "Senator Jane Roe"),  # k1 does not accept framing -> extra, k1 missed
                   ann("b2", "named-source", "people familiar with the talks"),  # k5 accepts named-source
                   ann("b3", "framing", "slammed the door on a deal"),  # 16/16 of k4 -> found
                   orphan, name="Ben Okafor")


def test_hand_worked_student_a(pack: Pack) -> None:
    """A teacher checking one student's score by hand would get a different number."""
    score = score_work(ana(pack), pack)
    assert [r.item.id for r in score.items if r.found] == ["k1", "k2", "k3"]
    # who-speaks: k1 (2) + k2 (2) = 4, capped at the prompt's 3 points -> 3
    assert score.prompts["who-speaks"].auto == 3
    assert score.prompts["who-speaks"].max == 3
    # framing has points: 0, so its cap is its items' points: k3 (1) + k4 (1.5) = 2.5; found k3 -> 1
    assert score.prompts["framing"].auto == 1
    assert score.prompts["framing"].max == 2.5
    # k5 has no prompt: counts outside the prompts, not found -> 0 of 1
    assert (score.unassigned, score.unassigned_max) == (0, 1)
    # total = 3 + 1 + 0 = 4; max = 3 + 2.5 + 1 = 6.5
    assert (score.total, score.max_total) == (4, 6.5)
    # found k1 k2 k3; missed k4 k5; extra a3 a5
    assert (score.found, score.missed, score.extra) == (3, 2, 2)
    assert [r.mark.id for r in score.marks if r.extra] == ["a5", "a3"]  # reading order


def test_per_category_recall_and_precision(pack: Pack) -> None:
    """The per-category table would disagree with what the student highlighted."""
    cats = score_work(ana(pack), pack).categories
    assert list(cats) == ["named-source", "unnamed-source", "framing"]  # lesson order
    named, unnamed, framing = cats.values()
    # named-source: key items expecting it: k1 (found) -> recall 1/1; annotations a1 (matches k1), a5 -> 1/2
    assert (named.key_items, named.found, named.annotations, named.matching) == (1, 1, 2, 1)
    assert (named.recall, named.precision, named.missed, named.extra) == (1.0, 0.5, 0, 1)
    # unnamed-source: k2 (found), k5 (missed) -> 1/2; a2 matches k2 -> 1/1
    assert (unnamed.recall, unnamed.precision) == (0.5, 1.0)
    # framing: k3 (found), k4 (missed) -> 1/2; a4 matches k3, a3 matches nothing -> 1/2
    assert (framing.recall, framing.precision) == (0.5, 0.5)


def test_hand_worked_student_b(pack: Pack) -> None:
    """Accepted second categories, wrong categories and orphans would be scored unpredictably."""
    score = score_work(ben(pack), pack)
    by_id = {r.item.id: r for r in score.items}
    assert not by_id["k1"].found and by_id["k1"].other_category == ("b1",)  # right place, wrong category
    assert by_id["k5"].found and by_id["k5"].by == ("b2",)  # named-source is accepted for k5
    assert by_id["k4"].found and by_id["k4"].coverage == 1.0
    # who-speaks: nothing found -> 0 of 3; framing: k4 1.5 of 2.5; unassigned: k5 1 of 1
    assert (score.prompts["who-speaks"].auto, score.prompts["framing"].auto, score.unassigned) == (0, 1.5, 1)
    # total = 0 + 1.5 + 1 = 2.5 of 6.5
    assert (score.total, score.max_total) == (2.5, 6.5)
    # found k4 k5; missed k1 k2 k3; extra b1 and the orphan b4 (it covers nothing)
    assert (score.found, score.missed, score.extra, score.orphaned) == (2, 3, 2, 1)
    # k5's expected category is unnamed-source, so it is found there, though a named-source highlight found it
    assert score.categories["unnamed-source"].found == 1
    assert score.categories["named-source"].matching == 1


def test_exactly_min_overlap_counts_and_pieces_do_not_add_up(pack: Pack) -> None:
    """A student who covered exactly half a passage would lose a point the rule promises."""
    assert pack.key is not None
    lesson, key = pack.lesson, pack.key
    k1 = span("Senator Jane Roe")  # 16 characters
    half = score_marks([Mark("x", "named-source", k1[0] + 8, k1[1])], lesson, key)  # "Jane Roe": 8/16 = 0.5
    assert half.items[0].found
    less = score_marks([Mark("x", "named-source", k1[0] + 9, k1[1])], lesson, key)  # 7/16 < 0.5
    assert not less.items[0].found and less.items[0].coverage == 7 / 16
    # "Senator" (7/16) and "Roe" (3/16) are two annotations; each alone is under half, so k1 is missed
    pieces = score_marks([Mark("x", "named-source", k1[0], k1[0] + 7),
                          Mark("y", "named-source", k1[1] - 3, k1[1])], lesson, key)
    assert not pieces.items[0].found and pieces.extra == 2


def test_orphans_cover_nothing(pack: Pack) -> None:
    """An annotation lost from the article would still earn points, though it is nowhere."""
    assert pack.key is not None
    score = score_marks([Mark("x", "named-source", None, None)], pack.lesson, pack.key)
    assert score.found == 0 and score.extra == 1 and score.orphaned == 1


def test_not_flagged_passage_gives_a_caution(pack: Pack) -> None:
    """A student tagging a neutral word would not learn why the key does not count it."""
    assert pack.key is not None
    s, e = span("said")
    score = score_marks([Mark("x", "framing", s, e), Mark("y", "named-source", s, e)], pack.lesson, pack.key)
    cautions = {r.mark.id: r.caution for r in score.marks}
    assert cautions == {"x": "“said” is neutral.", "y": ""}  # the key only names framing for "said"


def test_teacher_overrides_replace_automatic_scores(pack: Pack) -> None:
    """A teacher's score from the feedback file would be ignored in the gradebook."""
    score = score_work(ana(pack), pack)  # who-speaks 3, framing 1, unassigned 0 -> 4
    fb = Feedback("mini-summit", pack.article.sha256, Student("Ana Pérez"))
    fb.prompts = {"who-speaks": PromptFeedback("good", 2), "framing": PromptFeedback("", None),
                  "no-such-prompt": PromptFeedback("", 9)}
    over = apply_feedback(score, fb)
    # who-speaks replaced by 2, framing keeps its automatic 1 (null score), unknown prompt ignored: 2 + 1 + 0 = 3
    assert (over.prompts["who-speaks"].score, over.prompts["framing"].score, over.total) == (2, 1, 3)
    assert over.auto_total == 4 and over.overridden
    fb.total = 5.5
    assert apply_feedback(score, fb).total == 5.5  # the teacher's total wins over any sum
    assert apply_feedback(score, None) is score
    assert not score.overridden


def test_prompt_without_items_or_points_is_worth_nothing(tmp_path: Path) -> None:
    """A prompt with no key items would add phantom points to the maximum."""
    lesson = make_lesson((Prompt("who-speaks", "?", points=3), Prompt("essay", "Write.", points=0)))
    key = make_key(Article.from_markdown(ARTICLE_MD))
    score = score_marks([], lesson, key)
    # who-speaks: cap 3; essay: points 0 and no items -> 0; items of the prompt "framing" (not in this lesson)
    # count with the unassigned ones: k3 (1) + k4 (1.5) + k5 (1) = 3.5; max = 3 + 0 + 3.5 = 6.5
    assert score.prompts["essay"].max == 0
    assert score.max_total == 6.5 and score.total == 0


def test_score_work_places_a_work_on_a_changed_article_without_touching_it(tmp_path: Path) -> None:
    """Work made before the teacher fixed the article would score zero, or be rewritten by grading."""
    old = write_pack(tmp_path / "old")
    work = ana(old)
    changed = ARTICLE_MD.replace("Senator Jane Roe said", "On Thursday, Senator Jane Roe said")
    new = write_pack(tmp_path / "new", article_md=changed)
    before = dict(work.annotations)
    score = score_work(work, new)
    assert (score.found, score.total) == (3, 4)  # the same as on the old article: the passages were found again
    assert work.annotations == before
    sheet = Worksheet(new.lesson, new.article, work)
    assert sheet.status("a1") is Status.MOVED and sheet.status("a4") is Status.EXACT  # a4 is in the headline
    assert score_work(sheet, new).found == 3


def test_score_work_without_a_key_says_so(tmp_path: Path) -> None:
    """Grading a lesson that has no key would crash instead of saying what is missing."""
    bare = write_pack(tmp_path / "bare", with_key=False)
    with pytest.raises(ValueError, match="no answer key"):
        score_work(work_of(bare), bare)


# --- class statistics --------------------------------------------------------------------------


def test_merge_and_runs_count_each_student_once() -> None:
    """A student with two overlapping highlights would count twice on the heat map."""
    assert merge_spans([(5, 8), (0, 3), (2, 4), (8, 9), (7, 7)]) == [(0, 4), (5, 9)]
    runs = highlight_runs([[(0, 4), (2, 6)], [(2, 4)], [(4, 8)]])
    # student 1 covers 0-6 once; student 2 2-4; student 3 4-8
    # 0-2: 1, 2-4: 2, 4-6: 2 (students 1 and 3), 6-8: 1 -> 2-6 joins into one run
    assert runs == [Run(0, 2, 1), Run(2, 6, 2), Run(6, 8, 1)]
    assert counts_per_character(runs, 10) == [1, 1, 2, 2, 2, 2, 1, 1, 0, 0]
    assert highlight_runs([]) == []


def test_class_stats_by_hand(pack: Pack) -> None:
    """The class heat map or the found-by counts would not match the students' files."""
    scores = [score_work(ana(pack), pack), score_work(ben(pack), pack), score_work(work_of(pack), pack)]
    stats = class_stats(scores, pack)
    assert stats.students == 3
    # k1 k2 k3 by Ana, k4 k5 by Ben, nothing by the third
    assert stats.found_by_item == {"k1": 1, "k2": 1, "k3": 1, "k4": 1, "k5": 1}
    framing = counts_per_character(stats.heat["framing"], len(TEXT))
    s, e = span("slammed the")
    assert framing[s:e] == [2] * (e - s)  # Ana's "slammed the" and Ben's "slammed the door on a deal"
    s2, e2 = span(" door on a deal")
    assert framing[s2:e2] == [1] * (e2 - s2)
    assert framing[span("Senator Jane Roe")[0]] == 1  # Ben's wrongly-categorised highlight
    anywhere = counts_per_character(stats.heat_any, len(TEXT))
    assert anywhere[span("Senator Jane Roe")[0]] == 2  # Ana as named-source, Ben as framing
    assert set(stats.alpha) == {"named-source", "unnamed-source", "framing"}


# Krippendorff's alpha, binary per character: hand-worked cases.


def test_alpha_perfect_agreement_is_one() -> None:
    """Two students who highlighted the same passage would not show as agreeing."""
    assert unitized_alpha([Run(2, 6, 2)], coders=2, length=10) == 1.0


def test_alpha_partial_overlap_by_hand() -> None:
    """The agreement figure for a half-overlap would not be the one worked out by hand."""
    # A: 0-4, B: 2-6, text of 10. n_u = 1,1,2,2,1,1,0,0,0,0; m = 2, N·m = 20
    # ones = 8, zeros = 12; Σ n_u(m - n_u) = 4 · 1 · 1 = 4
    # alpha = 1 - 19 · 4 / (1 · 12 · 8) = 1 - 76/96 = 5/24
    runs = highlight_runs([[(0, 4)], [(2, 6)]])
    assert unitized_alpha(runs, 2, 10) == pytest.approx(5 / 24)


def test_alpha_systematic_disagreement_is_negative() -> None:
    """Students who marked complementary halves would look as if they agreed."""
    # A: 0-5, B: 5-10: every character 1 of 2; ones = zeros = 10; Σ = 10; alpha = 1 - 19·10/(10·10) = -0.9
    assert unitized_alpha(highlight_runs([[(0, 5)], [(5, 10)]]), 2, 10) == pytest.approx(-0.9)


def test_alpha_three_students_by_hand() -> None:
    """With more than two students, the agreement figure would be wrong."""
    # N = 4, m = 3, n_u = 3, 2, 0, 1: ones = 6, zeros = 6; Σ n_u(m-n_u) = 0 + 2 + 0 + 2 = 4
    # alpha = 1 - 11 · 4 / (2 · 6 · 6) = 1 - 44/72 = 7/18
    runs = highlight_runs([[(0, 2)], [(0, 2), (3, 4)], [(0, 1)]])
    assert unitized_alpha(runs, 3, 4) == pytest.approx(7 / 18)


def test_alpha_is_undefined_without_variation() -> None:
    """An empty category or a one-student class would show a made-up agreement figure."""
    assert unitized_alpha([], 5, 100) is None  # nobody highlighted
    assert unitized_alpha([Run(0, 10, 3)], 3, 10) is None  # everybody highlighted everything
    assert unitized_alpha([Run(0, 4, 1)], 1, 10) is None  # one student


def textbook_alpha(matrix: list[list[int]]) -> float | None:
    """Krippendorff's nominal alpha from a units × coders table, by the coincidence matrix."""
    coincidences: defaultdict[tuple[int, int], float] = defaultdict(float)
    for values in matrix:
        m = len(values)
        for i, a in enumerate(values):
            for j, b in enumerate(values):
                if i != j:
                    coincidences[a, b] += 1 / (m - 1)
    totals: defaultdict[int, float] = defaultdict(float)
    for (a, _), v in coincidences.items():
        totals[a] += v
    n = sum(totals.values())
    observed = sum(v for (a, b), v in coincidences.items() if a != b)
    expected = sum(totals[a] * totals[b] for a in totals for b in totals if a != b)
    return None if expected == 0 else 1 - (n - 1) * observed / expected


def test_alpha_agrees_with_the_textbook_formula_on_random_classes() -> None:
    """The fast formula over heat-map runs would drift from Krippendorff's definition."""
    rng = random.Random(7)
    for _ in range(40):
        length, coders = rng.randint(5, 60), rng.randint(2, 6)
        students = []
        for _ in range(coders):
            spans = []
            for _ in range(rng.randint(0, 3)):
                s = rng.randrange(length)
                spans.append((s, min(length, s + rng.randint(1, 12))))
            students.append(spans)
        runs = highlight_runs(students)
        matrix = [[int(any(s <= u < e for s, e in spans)) for spans in students] for u in range(length)]
        expected = textbook_alpha(matrix)
        got = unitized_alpha(runs, coders, length)
        if expected is None:
            assert got is None
        else:
            assert got == pytest.approx(expected)


def test_student_score_is_a_plain_value(pack: Pack) -> None:
    """The review window could not show per-item results without re-scoring."""
    score = score_work(ana(pack), pack)
    assert isinstance(score, StudentScore)
    assert {r.item.id: r.by for r in score.items}["k1"] == ("a1",)
