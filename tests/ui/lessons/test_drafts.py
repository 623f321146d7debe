"""Drafts in the lesson editor: new ids made from what the teacher typed, never one already taken."""

from __future__ import annotations

from annotator.core.lesson import Category
from annotator.ui.lessons.drafts import CategoryDraft, slug, unique


def test_a_new_id_is_never_one_already_taken() -> None:
    """A second category labelled "Statistic" took the first one's id, and the key's passages moved to it."""
    assert unique("statistic", set()) == "statistic"
    assert unique("statistic", {"statistic"}) == "statistic-2"
    assert unique("statistic", {"statistic", "statistic-2"}) == "statistic-3"


def test_an_id_is_made_from_the_words_or_falls_back() -> None:
    """A category labelled in Chinese got the id 'lesson'; one labelled "Lesson plan" lost its own words."""
    assert slug("Source with a name", "category") == "source-with-a-name"
    assert slug("数据", "category") == "category"
    assert slug("Lesson plan", "category") == "lesson-plan"


def test_a_category_round_trips_through_its_draft_with_spaces_trimmed() -> None:
    """Editing nothing but a stray space would change a category's id, and the key would no longer fit."""
    category = Category("named-source", "Named source", "#0072B2", "solid", "1", "A source with a name.", ("Roe",))
    assert CategoryDraft.of(category).category() == category
    draft = CategoryDraft.of(category)
    draft.id, draft.label = " named-source ", "Named source  "
    assert draft.category() == category
