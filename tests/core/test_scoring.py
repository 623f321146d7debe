"""Scoring one student against the key, and the teacher's overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.anchoring import Status
from annotator.core.annotations import Student
from annotator.core.feedback import Feedback, PromptFeedback
from annotator.core.lesson import Prompt
from annotator.core.pack import Pack
from annotator.core.scoring import (
    Mark,
    StudentScore,
    apply_feedback,
    score_marks,
    score_with_feedback,
    score_work,
)
from annotator.core.text import Article
from annotator.core.worksheet import Worksheet
from tests.core.mini_summit import ARTICLE_MD, ana, ben, make_key, make_lesson, span, work_of, write_pack


@pytest.fixture
def pack(tmp_path: Path) -> Pack:
    """The small lesson pack, from files."""
    return write_pack(tmp_path / "pack")


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


def test_score_with_feedback_is_the_score_that_counts(pack: Pack) -> None:
    """The window, the gradebook and the reports each put the teacher's scores in by hand and could drift apart."""
    fb = Feedback("mini-summit", pack.article.sha256, Student("Ana Pérez"))
    fb.prompts = {"who-speaks": PromptFeedback("", 2)}
    counted = score_with_feedback(ana(pack), pack, fb)
    assert counted == apply_feedback(score_work(ana(pack), pack), fb)
    assert (counted.auto_total, counted.total) == (4, 3)
    assert score_with_feedback(ana(pack), pack, None) == score_work(ana(pack), pack)


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


def test_student_score_is_a_plain_value(pack: Pack) -> None:
    """The review window could not show per-item results without re-scoring."""
    score = score_work(ana(pack), pack)
    assert isinstance(score, StudentScore)
    assert {r.item.id: r.by for r in score.items}["k1"] == ("a1",)
