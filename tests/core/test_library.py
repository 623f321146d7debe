"""The lesson library: lesson ids, writing packs, and sharing packs as .zip files."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

import pytest

from annotator.core.errors import InvalidFile
from annotator.core.i18n import speaking
from annotator.core.library import (
    export_pack,
    free_lesson_id,
    import_pack,
    list_lessons,
    make_pack,
    slug_for,
)
from annotator.core.pack import load_pack
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


def test_refusals_speak_the_teachers_language(tmp_path: Path) -> None:
    """A Spanish teacher sharing a lesson without its key, or into a folder, would be told why in English."""
    students = import_pack(export_pack(BUNDLED, tmp_path / "s.zip", include_key=False), tmp_path / "user")
    with speaking("es"), pytest.raises(InvalidFile) as caught:
        export_pack(students, tmp_path / "t.zip", include_key=True)
    assert caught.value.problems[0].message == ("esta lección aún no tiene clave de respuestas (key.yaml); expórtala "
                                                "para los estudiantes o haz primero la clave")
    with speaking("fr"), pytest.raises(InvalidFile) as caught:
        export_pack(students, tmp_path, include_key=False)
    assert caught.value.problems[0].message == "est un dossier\u00a0; donne le nom du fichier .zip à écrire"


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
    with pytest.raises(InvalidFile, match="outside itself"):
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
    with pytest.raises(InvalidFile, match=r"not a readable \.zip"):
        import_pack(_not_a_zip(tmp_path), user)
    assert not user.exists()


def _not_a_zip(tmp_path: Path) -> Path:
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04garbage")
    return path
