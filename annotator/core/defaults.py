"""What a new lesson starts with: the standard categories, placeholder prompts, and the checks
that keep a teacher's own categories easy to tell apart.

The eight categories are those of the bundled lesson (same ids, labels, colours, underline
styles and keys), with help text that fits any news article. Colours come from the Okabe–Ito
palette, which people with the common kinds of colour blindness can tell apart; the underline
style is a second cue, so that colour is never the only one (see the README, "Accessibility").
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from annotator.core.i18n import QT_TRANSLATE_NOOP, Words
from annotator.core.lesson import Category, Expectation, Prompt
from annotator.core.schemas import schema_of

OKABE_ITO: tuple[str, ...] = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    "#000000",
)
"""Okabe & Ito's colour-blind-safe palette (2008), in their order."""

COLOR_NAMES: dict[str, str] = dict(
    zip(
        OKABE_ITO,
        ("orange", "sky blue", "bluish green", "yellow", "blue", "vermilion", "reddish purple", "black"),
        strict=True,
    )
)
"""A name for each palette colour, for screen readers and tooltips (a swatch is not enough)."""

UNDERLINE_STYLES: tuple[str, ...] = tuple(
    schema_of("lesson")["properties"]["categories"]["items"]["properties"]["style"]["enum"]
)
"""The underline styles a category may have, read from the lesson schema (the one source of truth)."""

SIMILAR_COLOR_DELTA_E = 20.0
"""Colours closer than this (CIE76 ΔE in CIELAB) are hard to tell apart in a thin underline.
The closest Okabe–Ito pair (sky blue and blue) is 26 apart; 2.3 is the smallest difference
anyone notices side by side, and underlines are neither side by side nor large."""


class Defaults(Words):
    """The words a new lesson starts with, in the lesson's language (English when it has no translation)."""


class CategoryWarnings(Words):
    """Why two categories would be confused, in the interface's language (the lesson editor shows them)."""


def default_categories(language: str = "en") -> tuple[Category, ...]:
    """The eight standard categories in ``language`` (es and fr; any other gets English), with help a
    13-year-old understands and no article-specific examples."""
    return tuple(
        Category(c.id, Defaults.tr(c.label, language=language), c.color, c.style, c.shortcut,
                 Defaults.tr(c.help, language=language))
        for c in _categories()
    )


def _categories() -> tuple[Category, ...]:
    # Marked for lupdate here (QT_TRANSLATE_NOOP); default_categories translates them.
    return (
        Category(
            "named-source",
            QT_TRANSLATE_NOOP("Defaults", "Named source"),
            "#0072B2",
            "solid",
            "1",
            QT_TRANSLATE_NOOP(
                "Defaults",
                "A person or group the article names as the source of information, so you can look up who they "
                "are and why they might say it. For example: “Mayor Ana Ruiz said”.",
            ),
        ),
        Category(
            "unnamed-source",
            QT_TRANSLATE_NOOP("Defaults", "Unnamed source"),
            "#D55E00",
            "dashed",
            "2",
            QT_TRANSLATE_NOOP(
                "Defaults",
                "Someone whose information is used but whose name is kept hidden, so you cannot check who they "
                "are. For example: “officials said” or “a source close to the talks”.",
            ),
        ),
        Category(
            "framing",
            QT_TRANSLATE_NOOP("Defaults", "Framing"),
            "#009E73",
            "dotted",
            "3",
            QT_TRANSLATE_NOOP(
                "Defaults",
                "How the story is set up: what it is called, what comes first, what it is compared to. Framing "
                "shapes how you see the events before you know the facts.",
            ),
        ),
        Category(
            "loaded-language",
            QT_TRANSLATE_NOOP("Defaults", "Loaded language"),
            "#CC79A7",
            "wavy",
            "4",
            QT_TRANSLATE_NOOP(
                "Defaults",
                "Words chosen to make you feel something (anger, fear, admiration, scorn) instead of just "
                "describing. For example: “slammed” instead of “criticised”.",
            ),
        ),
        Category(
            "hedge",
            QT_TRANSLATE_NOOP("Defaults", "Hedge / speculation"),
            "#E69F00",
            "dash-dot",
            "5",
            QT_TRANSLATE_NOOP(
                "Defaults",
                "Words that show something is a guess, a possibility or a second-hand report, not a sure fact. "
                "For example: “may”, “could”, “reportedly”, “is expected to”.",
            ),
        ),
        Category(
            "opinion",
            QT_TRANSLATE_NOOP("Defaults", "Opinion"),
            "#56B4E9",
            "dash-dot-dot",
            "6",
            QT_TRANSLATE_NOOP(
                "Defaults",
                "The writer's own judgement or conclusion: not a fact you could check, and not something a source"
                " said.",
            ),
        ),
        Category(
            "check-claim",
            QT_TRANSLATE_NOOP("Defaults", "Check this claim"),
            "#000000",
            "boxed",
            "7",
            QT_TRANSLATE_NOOP(
                "Defaults",
                "A statement of fact that matters to the story and that you would want to check somewhere else "
                "before you believe it, such as a number, a date or a “first ever”.",
            ),
        ),
        Category(
            "missing-context",
            QT_TRANSLATE_NOOP("Defaults", "Missing voice / context"),
            "#F0E442",
            "wavy-boxed",
            "8",
            QT_TRANSLATE_NOOP(
                "Defaults",
                "A place where a side of the story, a person affected or some background is left out, so you only"
                " hear part of it.",
            ),
        ),
    )


def placeholder_prompts(language: str = "en") -> tuple[Prompt, ...]:
    """Four questions that work for most news articles, in ``language``, for the teacher to adapt."""
    return tuple(
        Prompt(p.id, Defaults.tr(p.text, language=language), p.categories, p.expects, points=p.points)
        for p in _prompts()
    )


def _prompts() -> tuple[Prompt, ...]:
    return (
        Prompt(
            "who-speaks",
            QT_TRANSLATE_NOOP(
                "Defaults",
                "Who is speaking? Highlight every source the article uses, named or not. In each note, say how we"
                " know who the source is (a name, a job, nothing at all) and why they might say what they say.",
            ),
            ("named-source", "unnamed-source"),
            Expectation(highlights=4, notes=True, answer=False),
            points=8,
        ),
        Prompt(
            "framing",
            QT_TRANSLATE_NOOP(
                "Defaults",
                "Which words frame the story? Start with the headline and the first paragraph. Highlight words "
                "that tell you how to see the events or how to feel about them, and in each note suggest a more "
                "neutral word. Then answer: does the rest of the article support the headline?",
            ),
            ("framing", "loaded-language", "opinion"),
            Expectation(highlights=3, notes=True, answer=True),
            points=6,
        ),
        Prompt(
            "what-to-check",
            QT_TRANSLATE_NOOP(
                "Defaults",
                "What needs checking? Highlight claims you would want to check before you believe them, and words"
                " that show a guess rather than a fact. In each note, say where you could check it or what "
                "evidence is missing.",
            ),
            ("check-claim", "hedge"),
            Expectation(highlights=3, notes=True, answer=False),
            points=6,
        ),
        Prompt(
            "missing-voices",
            QT_TRANSLATE_NOOP(
                "Defaults",
                "Whose voice is missing? Highlight a place where another side, a person affected or some "
                "background would change the picture. In your answer, say who else you would want to hear from, "
                "and why.",
            ),
            ("missing-context",),
            Expectation(highlights=1, notes=True, answer=True),
            points=5,
        ),
    )


def category_warnings(categories: Sequence[Category]) -> list[str]:
    """Why some categories would be confused: a shared key, id or label, or the same look.

    Two categories look the same when their colours are equal or nearly so (ΔE below
    :data:`SIMILAR_COLOR_DELTA_E`) and their underline style is the same too; a different style
    is enough to tell them apart, which is why it exists.
    """
    warnings: list[str] = []
    for a, b in itertools.combinations(categories, 2):
        names = {"a": a.label, "b": b.label}
        if a.shortcut and a.shortcut.casefold() == b.shortcut.casefold():
            warnings.append(CategoryWarnings.tr("“{a}” and “{b}” both use the key {key}; give each category its own "
                                                "key").format(key=a.shortcut, **names))
        if a.id == b.id:
            warnings.append(CategoryWarnings.tr("“{a}” and “{b}” have the same id '{id}'; give each category its own "
                                                "id").format(id=a.id, **names))
        if a.label.strip().casefold() == b.label.strip().casefold():
            warnings.append(CategoryWarnings.tr("two categories are both called “{a}”; students could not tell which "
                                                "is which").format(**names))
        if a.style == b.style:
            warnings.extend(_look_alike(a, b))
    return warnings


def _look_alike(a: Category, b: Category) -> list[str]:
    """Why two categories of the same underline cannot be told apart by colour either, or nothing."""
    names = {"a": a.label, "b": b.label, "style": a.style}
    if a.color.casefold() == b.color.casefold():
        return [CategoryWarnings.tr("“{a}” and “{b}” look alike: the same colour ({color}) and the same underline "
                                    "({style}); change the colour or the underline of one of them").format(
            color=a.color.upper(), **names)]
    try:
        distance = delta_e(a.color, b.color)
    except ValueError:
        return []
    if distance < SIMILAR_COLOR_DELTA_E:
        return [CategoryWarnings.tr("“{a}” and “{b}” look alike: nearly the same colour ({color_a} and {color_b}, "
                                    "ΔE {delta}) and the same underline ({style}); change the colour or the "
                                    "underline of one of them").format(
            color_a=a.color.upper(), color_b=b.color.upper(), delta=f"{distance:.0f}", **names)]
    return []


def delta_e(a: str, b: str) -> float:
    """How different two ``#RRGGBB`` colours look: the CIE76 distance between them in CIELAB."""
    return math.dist(srgb_to_lab(a), srgb_to_lab(b))


def srgb_to_lab(color: str) -> tuple[float, float, float]:
    """CIELAB (D65 white) of an sRGB ``#RRGGBB`` colour; raise ValueError for anything else."""
    text = color.strip().lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #RRGGBB colour: {color!r}")
    channels = [int(text[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    # Undo sRGB's gamma, then linear RGB -> XYZ (sRGB primaries, D65), relative to the white point.
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)
