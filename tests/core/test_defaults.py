"""What a new lesson starts with: the standard categories and prompts, and warnings about look-alike categories."""

from __future__ import annotations

import dataclasses

import pytest

from annotator.core.defaults import (
    OKABE_ITO,
    UNDERLINE_STYLES,
    category_warnings,
    default_categories,
    delta_e,
    placeholder_prompts,
    srgb_to_lab,
)
from annotator.core.lesson import Category
from annotator.core.pack import load_pack
from annotator.core.schemas import schema_of
from annotator.resources import default_lesson

BUNDLED = default_lesson()


def test_default_categories_match_the_bundled_lesson() -> None:
    """New lessons would use other colours, underlines or keys than the lesson students already know."""
    bundled = load_pack(BUNDLED, with_key=False).lesson.categories
    look = [(c.id, c.label, c.color, c.style, c.shortcut) for c in bundled]
    assert [(c.id, c.label, c.color, c.style, c.shortcut) for c in default_categories()] == look


def test_default_help_is_generic_and_short() -> None:
    """A new lesson's help would talk about Hanoi, or be too long for a 13-year-old to read."""
    for category in default_categories():
        assert category.help and len(category.help) < 260
        assert not any(word in category.help for word in ("Hanoi", "Kim", "Trump", "Biegun", "North Korea"))
        assert category.examples == ()


def test_placeholder_prompts_are_about_the_default_categories() -> None:
    """A placeholder prompt would name a category the lesson does not have, and the pack would not load."""
    ids = {c.id for c in default_categories()}
    prompts = placeholder_prompts()
    assert 3 <= len(prompts) <= 4
    assert len({p.id for p in prompts}) == len(prompts)
    for prompt in prompts:
        assert set(prompt.categories) <= ids and prompt.categories
        assert prompt.expects.highlights >= 1 and prompt.expects.notes and prompt.points > 0


def test_palette_and_styles() -> None:
    """The editor would offer colours outside the colour-blind-safe palette, or styles the schema refuses."""
    assert len(set(OKABE_ITO)) == 8
    style_schema = schema_of("lesson")["properties"]["categories"]["items"]["properties"]["style"]
    assert list(UNDERLINE_STYLES) == style_schema["enum"]
    assert {c.color for c in default_categories()} == set(OKABE_ITO)


def test_lab_conversion_matches_reference_values() -> None:
    """Colour warnings would come and go for the wrong pairs of colours."""
    assert srgb_to_lab("#FFFFFF") == pytest.approx((100, 0, 0), abs=0.01)
    assert srgb_to_lab("#000000") == pytest.approx((0, 0, 0), abs=0.01)
    assert srgb_to_lab("#FF0000") == pytest.approx((53.24, 80.09, 67.20), abs=0.05)
    assert delta_e("#0072B2", "#0072b2") == 0
    with pytest.raises(ValueError):
        srgb_to_lab("blue")


def test_category_warnings() -> None:
    """A teacher would give two categories the same key, or the same look, and students could not tell them apart."""
    categories = list(default_categories())
    assert category_warnings(categories) == []
    assert category_warnings(load_pack(BUNDLED, with_key=False).lesson.categories) == []

    shared_key = [*categories[:2], dataclasses.replace(categories[2], shortcut="1")]
    (warning,) = category_warnings(shared_key)
    assert "“Named source” and “Framing”" in warning and "key 1" in warning

    lookalike = Category("rumour", "Rumour", "#0175B0", "solid", "9", "Something people say without evidence.")
    (warning,) = category_warnings([*categories, lookalike])
    assert "“Named source” and “Rumour”" in warning
    assert "nearly the same colour" in warning and "solid" in warning

    same_colour_other_style = dataclasses.replace(lookalike, color="#0072B2", style="wavy-boxed", shortcut="0")
    warnings = category_warnings([categories[0], same_colour_other_style])
    assert warnings == []  # the underline tells them apart

    same = dataclasses.replace(lookalike, color="#0072b2", shortcut="0")
    (warning,) = category_warnings([categories[0], same])
    assert "the same colour (#0072B2)" in warning
