"""The lesson library: default categories, writing packs, and sharing packs as .zip files."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

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
from annotator.core.errors import InvalidFile
from annotator.core.lesson import Category
from annotator.core.library import (
    export_pack,
    free_lesson_id,
    import_pack,
    list_lessons,
    make_pack,
    slug_for,
)
from annotator.core.pack import load_pack
from annotator.core.schemas import schema_of
from annotator.resources import default_lesson
from tests.helpers import snapshot

BUNDLED = default_lesson()


def _zip(path: Path, entries: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _bundled_entries(top: str = "pack/") -> dict[str, bytes]:
    return {top + name: (BUNDLED / name).read_bytes() for name in ("lesson.yaml", "article.md", "key.yaml")}


# --- defaults ----------------------------------------------------------------------------------


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


# --- ids and writing packs -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Who Is Talking? Sources, Spin & Slant", "who-is-talking-sources-spin-slant"),
        ("Māori tribes fear whale strandings", "maori-tribes-fear-whale-strandings"),
        ("What's Next for Straße & Cœur", "whats-next-for-strasse-coeur"),
        ("   ", "lesson"),
        ("東京の地震", "lesson"),
        ("a" * 80, "a" * 48),
        (
            "The quick brown fox jumps over the lazy dog and keeps on running far away",
            "the-quick-brown-fox-jumps-over-the-lazy-dog-and",
        ),
    ],
)
def test_slug_for(title: str, slug: str) -> None:
    """A lesson's id (its folder name) would be unreadable, empty, too long or not allowed by the schema."""
    assert slug_for(title) == slug
    assert len(slug) <= 48


def test_make_pack_writes_a_checked_pack(tmp_path: Path) -> None:
    """Saving a lesson would write files that `annotator check` refuses."""
    source = load_pack(BUNDLED)
    markdown = (BUNDLED / "article.md").read_text(encoding="utf-8")
    folder = make_pack(tmp_path / "a" / "b", lesson=source.lesson, article_markdown=markdown, key=source.key)
    assert sorted(p.name for p in folder.iterdir()) == ["article.md", "key.yaml", "lesson.yaml"]
    pack = load_pack(folder)
    assert pack.lesson == source.lesson and pack.key == source.key
    assert pack.article.sha256 == source.article.sha256


def test_make_pack_refuses_another_pack_and_updates_its_own(tmp_path: Path) -> None:
    """Saving a lesson would overwrite a different lesson, or could not save edits to the same one."""
    source = load_pack(BUNDLED)
    markdown = (BUNDLED / "article.md").read_text(encoding="utf-8")
    folder = make_pack(tmp_path / "pack", lesson=source.lesson, article_markdown=markdown, key=source.key)
    before = snapshot(folder)
    other = dataclasses.replace(source.lesson, id="another-lesson")
    with pytest.raises(InvalidFile, match="another lesson pack"):
        make_pack(folder, lesson=other, article_markdown=markdown)
    assert snapshot(folder) == before

    edited = dataclasses.replace(source.lesson, title="Edited title")
    make_pack(folder, lesson=edited, article_markdown=markdown)  # key=None keeps the key
    pack = load_pack(folder)
    assert pack.lesson.title == "Edited title" and pack.key == source.key
    assert (folder / "lesson.yaml.bak").is_file()

    make_pack(folder, lesson=other, article_markdown=markdown, replace=True)
    pack = load_pack(folder)
    assert pack.lesson.id == "another-lesson" and pack.key is None
    assert (folder / "key.yaml.bak").is_file()  # the old key is kept aside, not deleted


def test_make_pack_checks_before_writing(tmp_path: Path) -> None:
    """A key that does not fit the article would be saved, and the pack would no longer open."""
    source = load_pack(BUNDLED)
    with pytest.raises(InvalidFile, match="different version"):
        make_pack(
            tmp_path / "new" / "pack", lesson=source.lesson, article_markdown="# Other\n\nOther text.\n", key=source.key
        )
    assert snapshot(tmp_path) == {}
    escaping = dataclasses.replace(source.lesson, article=dataclasses.replace(source.lesson.article, file="../x.md"))
    with pytest.raises(InvalidFile, match="leaves the lesson pack"):
        make_pack(tmp_path / "pack", lesson=escaping, article_markdown="# T\n\nText.\n")
    assert snapshot(tmp_path) == {}


# --- the library ---------------------------------------------------------------------------------


def test_list_lessons_shows_bundled_own_and_broken(tmp_path: Path) -> None:
    """The app would hide the teacher's lessons, or stop listing them all because one is broken."""
    user = tmp_path / "user"
    mine = import_pack(_zip(tmp_path / "p.zip", _bundled_entries()), user)
    broken = user / "lessons" / "broken"
    broken.mkdir()
    (broken / "lesson.yaml").write_text("schema: annotator/lesson@1\nid: [oops\n", encoding="utf-8")
    (user / "lessons" / ".import-abc").mkdir()  # an import in progress is not a lesson
    entries = list_lessons(user)
    assert [(e.bundled, e.path) for e in entries] == [(True, BUNDLED), (False, broken), (False, mine)]
    assert entries[0].ok and entries[2].ok and entries[2].id == "hanoi-summit-2019-2"
    assert not entries[1].ok and "lesson.yaml" in entries[1].problem and entries[1].id == "broken"
    assert list_lessons(tmp_path / "nobody") == entries[:1]


def test_export_for_students_leaves_the_key_out(tmp_path: Path) -> None:
    """Students would get the answer key with their lesson."""
    zip_path = export_pack(BUNDLED, tmp_path / "out" / "students.zip", include_key=False)
    names = zipfile.ZipFile(zip_path).namelist()
    assert sorted(names) == ["hanoi-summit-2019/article.md", "hanoi-summit-2019/lesson.yaml"]
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["students.zip"]  # no temporary file left


def test_export_for_teachers_has_the_key_and_nothing_else(tmp_path: Path) -> None:
    """A colleague would get a pack without its key, or with the class's work that sat in the folder."""
    source = load_pack(BUNDLED)
    folder = make_pack(
        tmp_path / "pack",
        lesson=source.lesson,
        article_markdown=(BUNDLED / "article.md").read_text(encoding="utf-8"),
        key=source.key,
    )
    (folder / "hanoi-summit-2019__ana.yaml").write_text("student work", encoding="utf-8")
    zip_path = export_pack(folder, tmp_path / "teachers.zip", include_key=True)
    names = sorted(zipfile.ZipFile(zip_path).namelist())
    assert names == ["hanoi-summit-2019/article.md", "hanoi-summit-2019/key.yaml", "hanoi-summit-2019/lesson.yaml"]
    assert load_pack(zip_path).key == source.key


def test_export_for_teachers_needs_a_key(tmp_path: Path) -> None:
    """A "for teachers" export of a lesson without a key would look complete but hold no key."""
    students = import_pack(export_pack(BUNDLED, tmp_path / "s.zip", include_key=False), tmp_path / "user")
    with pytest.raises(InvalidFile, match="no answer key"):
        export_pack(students, tmp_path / "t.zip", include_key=True)
    assert not (tmp_path / "t.zip").exists()


def test_exports_reimport_under_fresh_ids(tmp_path: Path) -> None:
    """A shared pack would not import, or would overwrite a lesson already in the library."""
    user = tmp_path / "user"
    students = export_pack(BUNDLED, tmp_path / "students.zip", include_key=False)
    teachers = export_pack(BUNDLED, tmp_path / "teachers.zip", include_key=True)
    first = import_pack(students, user)
    before = snapshot(first)
    second = import_pack(teachers, user)
    third = import_pack(teachers, user)
    assert [p.name for p in (first, second, third)] == [
        "hanoi-summit-2019-2",
        "hanoi-summit-2019-3",
        "hanoi-summit-2019-4",
    ]
    assert snapshot(first) == before
    assert load_pack(first).key is None
    for folder in (second, third):
        pack = load_pack(folder)
        assert pack.lesson.id == folder.name and pack.key is not None and pack.key.lesson_id == folder.name
    # Importing a pack whose id is free keeps its id and its files as written.
    fresh = import_pack(
        _zip(
            tmp_path / "f.zip",
            {
                "x/lesson.yaml": (BUNDLED / "lesson.yaml").read_bytes().replace(b"id: hanoi-summit-2019", b"id: fresh"),
                "x/article.md": (BUNDLED / "article.md").read_bytes(),
            },
        ),
        user,
    )
    assert fresh.name == "fresh" and load_pack(fresh).lesson.id == "fresh"
    assert (fresh / "lesson.yaml").read_bytes().startswith(b"# yaml-language-server: $schema=../../resources")
    assert free_lesson_id(user, "fresh") == "fresh-2"


def _library_with_one_lesson(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    user = tmp_path / "user"
    import_pack(_zip(tmp_path / "good.zip", _bundled_entries()), user)
    return user, snapshot(user)


def test_import_refuses_entries_outside_the_pack(tmp_path: Path) -> None:
    """A hostile zip would write files outside the lesson library."""
    user, before = _library_with_one_lesson(tmp_path)
    evil = _zip(tmp_path / "evil.zip", {**_bundled_entries(), "pack/../../evil.txt": b"gotcha", "../evil": b"x"})
    with pytest.raises(InvalidFile, match="leaves the lesson pack"):
        import_pack(evil, user)
    assert snapshot(user) == before
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path / "evil").exists()


def test_import_refuses_a_zip_bomb(tmp_path: Path) -> None:
    """A zip bomb would fill the teacher's disk."""
    user, before = _library_with_one_lesson(tmp_path)
    bomb = _zip(tmp_path / "bomb.zip", {**_bundled_entries(), "pack/notes.txt": bytes(20_000_000)})
    with pytest.raises(InvalidFile, match="zip bomb"):
        import_pack(bomb, user)
    assert snapshot(user) == before


def test_import_refuses_a_key_for_another_article(tmp_path: Path) -> None:
    """A key made for another text would mark students wrong everywhere."""
    user, before = _library_with_one_lesson(tmp_path)
    entries = _bundled_entries()
    entries["pack/article.md"] = entries["pack/article.md"].replace(b"Biegun", b"Beagun", 1)
    with pytest.raises(InvalidFile, match="different version of the article"):
        import_pack(_zip(tmp_path / "mismatch.zip", entries), user)
    assert snapshot(user) == before


def test_failed_first_import_leaves_no_library_folder(tmp_path: Path) -> None:
    """A failed import would leave an empty lessons folder (or half a pack) in a fresh library."""
    user = tmp_path / "user"
    with pytest.raises(InvalidFile, match=r"no lesson\.yaml"):
        import_pack(_zip(tmp_path / "x.zip", {"readme.txt": b"hello"}), user)
    with pytest.raises(InvalidFile, match=r"not a lesson pack folder or a readable \.zip"):
        import_pack(_not_a_zip(tmp_path), user)
    assert not user.exists()


def _not_a_zip(tmp_path: Path) -> Path:
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04garbage")
    return path
