"""Finding the bundled files: beside the package in a checkout, inside it in an installed wheel."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator import resources


def test_a_checkout_finds_the_schemas_and_the_bundled_lesson() -> None:
    """A developer's `annotator` would start without its lesson, or check files against no schema."""
    assert (resources.default_lesson() / "lesson.yaml").is_file()
    assert resources.default_lesson().parent == resources.lessons_dir()
    assert resources.schema_path("key").is_file() and resources.schema_path("key").parent.name == "schemas"


def test_an_installed_copy_uses_the_folders_inside_the_package(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """An installed app would look for lessons beside site-packages, find none, and start with an error."""
    package = tmp_path / "site-packages" / "annotator"
    (package / "_lessons").mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE", package)
    assert resources._find("_lessons", "lessons") == package / "_lessons"
    assert resources._find("_resources", "resources") == package.parent / "resources"  # not installed: beside it
