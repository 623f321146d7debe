"""What the lesson editor's pages share: drafts of categories and prompts, and how new ids are made.

Prompts point at category drafts, not at ids, so renaming a category's id renames it everywhere and
removing a category unticks it in every prompt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from annotator.core.lesson import Category
from annotator.core.library import slug_for

W = TypeVar("W", bound=QWidget)

CATEGORY_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
CATEGORY_KEY = re.compile(r"[0-9A-Za-z]")


def named(widget: W, name: str, tip: str = "") -> W:
    """Give a control the name a screen reader says and, for one that needs it, a tooltip."""
    widget.setAccessibleName(name)
    if tip:
        widget.setToolTip(tip)
    return widget


def unique(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever is not taken."""
    n, candidate = 2, base
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def slug(text: str, fallback: str) -> str:
    """An id made from ``text``, or ``fallback`` when the text has no ascii letter or digit."""
    # slug_for names lessons and falls back to "lesson" for text with no ascii letter or digit.
    made = slug_for(text)
    return fallback if made == "lesson" and "lesson" not in text.casefold() else made


@dataclass(eq=False)
class CategoryDraft:
    """A category being edited; prompts point at drafts, so renaming an id renames it everywhere."""

    label: str
    id: str
    color: str
    style: str
    shortcut: str
    help: str
    examples: tuple[str, ...] = ()
    id_follows_label: bool = False

    @classmethod
    def of(cls, c: Category) -> CategoryDraft:
        """A draft of a lesson's category, to edit."""
        return cls(c.label, c.id, c.color, c.style, c.shortcut, c.help, c.examples)

    def category(self) -> Category:
        """The category as drafted so far."""
        return Category(
            self.id.strip(), self.label.strip(), self.color, self.style, self.shortcut, self.help, self.examples
        )


@dataclass(eq=False)
class PromptDraft:
    """A prompt being edited; ``id`` is "" for a new prompt until the lesson is built."""

    id: str
    text: str
    categories: list[CategoryDraft] = field(default_factory=list)
    highlights: int = 0
    notes: bool = False
    answer: bool = False
    points: int = 0
