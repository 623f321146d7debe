"""Finds the bundled ``resources/`` and ``lessons/`` folders, in a source checkout or an install.

A wheel carries them inside the package as ``annotator/_resources`` and ``annotator/_lessons``;
a source checkout (and an editable install) has them beside the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(installed: str, checkout: str) -> Path:
    inside = _PACKAGE / installed
    return inside if inside.is_dir() else _PACKAGE.parent / checkout


@cache
def resources_dir() -> Path:
    """The folder of icons, style sheets and schemas."""
    return _find("_resources", "resources")


@cache
def lessons_dir() -> Path:
    """The folder of the lesson packs that ship with Annotator."""
    return _find("_lessons", "lessons")


def schema_path(kind: str) -> Path:
    """The JSON Schema file for one file kind: ``lesson``, ``annotations``, ``key`` or ``feedback``."""
    return resources_dir() / "schemas" / f"{kind}.schema.json"


DEFAULT_LESSON = "hanoi-summit-2019"


def default_lesson() -> Path:
    """The lesson pack a student sees when Annotator starts without one named."""
    return lessons_dir() / DEFAULT_LESSON
