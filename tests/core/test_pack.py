"""Lesson packs from a folder or a .zip: every path stays inside the pack, hostile zips are refused."""

from __future__ import annotations

import contextlib
import io
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core import pack as pack_module
from annotator.core.errors import AnnotatorError, InvalidFile
from annotator.core.pack import load_pack, unsafe_path
from annotator.resources import default_lesson

PACK = default_lesson()
LESSON_YAML = (PACK / "lesson.yaml").read_bytes()
ARTICLE_MD = (PACK / "article.md").read_bytes()
KEY_YAML = (PACK / "key.yaml").read_bytes()
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def copy_pack(tmp_path: Path, name: str = "pack") -> Path:
    """A copy of the bundled pack to change."""
    return Path(shutil.copytree(PACK, tmp_path / name))


def zip_bytes(entries: list[tuple[str | zipfile.ZipInfo, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip holding exactly these entries."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def problems_of(path: Path) -> list[str]:
    """The lines a teacher would read for a pack that does not load."""
    with pytest.raises(InvalidFile) as caught:
        load_pack(path)
    return [str(p) for p in caught.value.problems]


# --- good packs ----------------------------------------------------------------------------------


def test_folder_and_zip_give_the_same_lesson(tmp_path: Path) -> None:
    """A teacher who zipped the lesson folder to share it would get a different (or broken) lesson."""
    folder = load_pack(PACK)
    nested = tmp_path / "nested.zip"
    nested.write_bytes(zip_bytes([("hanoi/", b""), ("hanoi/lesson.yaml", LESSON_YAML), ("hanoi/article.md", ARTICLE_MD),
                                  ("hanoi/key.yaml", KEY_YAML)]))
    flat = tmp_path / "flat.zip"
    flat.write_bytes(zip_bytes([("lesson.yaml", LESSON_YAML), ("article.md", ARTICLE_MD), ("key.yaml", KEY_YAML)]))
    for archive in (nested, flat):
        zipped = load_pack(archive)
        assert zipped.lesson == folder.lesson
        assert zipped.article == folder.article
        assert zipped.key == folder.key
    assert not (tmp_path / "hanoi").exists(), "reading a zip must not unpack it"


def test_pack_without_key_loads_for_students(tmp_path: Path) -> None:
    """A student copy of a pack (key removed) would refuse to open."""
    copy = copy_pack(tmp_path)
    (copy / "key.yaml").unlink()
    assert load_pack(copy).key is None
    assert load_pack(PACK, with_key=False).key is None


def test_symlinked_pack_folder_is_fine(tmp_path: Path) -> None:
    """A teacher who keeps lessons behind a shortcut would be told the article leaves the pack."""
    link = tmp_path / "link"
    try:
        link.symlink_to(PACK, target_is_directory=True)
    except (OSError, NotImplementedError):
        pytest.skip("this system cannot make symbolic links")
    assert load_pack(link).lesson.id == "hanoi-summit-2019"


# --- paths that leave the pack -------------------------------------------------------------------


@pytest.mark.parametrize(("rel", "phrase"), [
    ("../../etc/passwd", "leaves the lesson pack"),
    ("sub/../../x.md", "leaves the lesson pack"),
    ("..\\..\\Windows\\win.ini", "leaves the lesson pack"),
    ("/etc/passwd", "is absolute"),
    ("\\\\server\\share\\a.md", "is absolute"),
    ("C:\\Users\\a.md", "is absolute"),
    ("C:a.md", "is absolute"),
    ("", "empty"),
    (".", "names the lesson pack itself"),
    ("a\x00b.md", "control character"),
    ("a\nb.md", "control character"),
])
def test_unsafe_paths_are_named(rel: str, phrase: str) -> None:
    """A lesson could make the app read any file on the computer (../../etc/passwd)."""
    assert phrase in unsafe_path(rel)
    assert "\n" not in unsafe_path(rel)


@pytest.mark.parametrize("rel", ["article.md", "texts/article.md", "./article.md", "a..b.md"])
def test_ordinary_paths_are_fine(rel: str) -> None:
    """A teacher's ordinary article path would be refused."""
    assert unsafe_path(rel) == ""


@pytest.mark.parametrize("value", ["../../etc/passwd", "/etc/passwd", "'C:\\Windows\\win.ini'", '"a\\0b"', "."])
def test_article_file_outside_the_pack_is_refused_at_its_line(value: str, tmp_path: Path) -> None:
    """A shared lesson could read a private file and show it to a student as the article."""
    copy = copy_pack(tmp_path)
    (copy / "lesson.yaml").write_bytes(LESSON_YAML.replace(b"file: article.md", b"file: " + value.encode()))
    line = LESSON_YAML[: LESSON_YAML.index(b"file: article.md")].count(b"\n") + 1
    [problem] = problems_of(copy)
    assert problem.startswith(f"{copy / 'lesson.yaml'}:{line}:9: article.file: path ")


@pytest.mark.parametrize("which", ["article.md", "lesson.yaml", "key.yaml"])
def test_symlink_out_of_the_pack_is_refused(which: str, tmp_path: Path) -> None:
    """A pack with a link to a file elsewhere could show a private file to a student."""
    copy = copy_pack(tmp_path)
    outside = tmp_path / f"outside-{which}"
    shutil.copy(copy / which, outside)
    (copy / which).unlink()
    try:
        (copy / which).symlink_to(outside)
    except (OSError, NotImplementedError):
        pytest.skip("this system cannot make symbolic links")
    assert problems_of(copy) == [f"{copy / which}: points outside the lesson pack (through a link)"]


def test_symlink_inside_the_pack_is_fine(tmp_path: Path) -> None:
    """A teacher who linked the article to another name inside the pack would be refused."""
    copy = copy_pack(tmp_path)
    (copy / "article.md").rename(copy / "text.md")
    try:
        (copy / "article.md").symlink_to(copy / "text.md")
    except (OSError, NotImplementedError):
        pytest.skip("this system cannot make symbolic links")
    assert load_pack(copy).article == load_pack(PACK).article


# --- hostile zips --------------------------------------------------------------------------------

GOOD = [("lesson.yaml", LESSON_YAML), ("article.md", ARTICLE_MD)]


def _zip_problem(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "pack.zip"
    path.write_bytes(data)
    [problem] = problems_of(path)
    assert "\n" not in problem
    return problem.removeprefix(str(path))


def _link_entry(name: str, target: bytes) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name)
    info.external_attr = 0o120777 << 16
    return info, target


@pytest.mark.parametrize(("entries", "expected"), [
    ([*GOOD, ("../evil.txt", b"x")], "!../evil.txt: the zip names this file '../evil.txt' outside itself"),
    ([*GOOD, ("a/../../evil.txt", b"x")],
     "!a/../../evil.txt: the zip names this file 'a/../../evil.txt' outside itself"),
    ([*GOOD, ("/etc/cron.d/evil", b"x")],
     "!/etc/cron.d/evil: the zip names this file '/etc/cron.d/evil' outside itself"),
    ([*GOOD, ("C:/evil.txt", b"x")], "!C:/evil.txt: the zip names this file 'C:/evil.txt' outside itself"),
    ([("lesson.yaml", LESSON_YAML), _link_entry("article.md", b"/etc/passwd")],
     "!article.md: is a link inside the zip; links are not followed"),
    ([("article.md", ARTICLE_MD)], ": zip holds no lesson.yaml"),
    ([("hanoi/lesson.yaml", LESSON_YAML)], "!article.md: article file not found in the pack"),
])
def test_zip_entries_that_escape_are_refused(entries: list[tuple[str | zipfile.ZipInfo, bytes]], expected: str,
                                             tmp_path: Path) -> None:
    """Opening a shared zip could write or read files outside it."""
    problem = _zip_problem(tmp_path, zip_bytes(entries))
    assert problem.startswith(expected), problem
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.zip"], "nothing may be unpacked"


def test_zip_bomb_is_refused_quickly(tmp_path: Path) -> None:
    """A tiny zip that expands to gigabytes would fill the memory of a classroom computer."""
    problem = _zip_problem(tmp_path, zip_bytes([*GOOD, ("big.md", b"\0" * 50_000_000)]))
    assert problem == "!big.md: compressed suspiciously well (a zip bomb?); not read"


def test_zip_over_the_total_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A zip of many ordinary-looking files adding up to too much would fill the memory."""
    monkeypatch.setattr(pack_module, "MAX_ZIP_TOTAL", 100_000)
    problem = _zip_problem(tmp_path, zip_bytes([*GOOD, ("more.md", ARTICLE_MD * 10)], zipfile.ZIP_STORED))
    assert problem.startswith(": zip would expand to ")
    assert "over the limit of 100,000" in problem


def test_zip_with_too_many_entries_is_refused(tmp_path: Path) -> None:
    """A zip of thousands of files would keep the app busy instead of being refused."""
    problem = _zip_problem(tmp_path, zip_bytes([*GOOD] + [(f"f{i}.txt", b"x") for i in range(1000)]))
    assert problem == ": zip has 1002 files, over the limit of 200"


def test_zip_whose_header_lies_about_its_size_is_refused(tmp_path: Path) -> None:
    """A zip that says 'small' and expands big would get past the size checks."""
    data = bytearray(zip_bytes([*GOOD], zipfile.ZIP_STORED))
    # Say the article is 100 bytes, in the local header and the central directory alike.
    real = len(ARTICLE_MD).to_bytes(4, "little")
    count = 0
    start = 0
    while (at := data.find(real, start)) != -1:
        data[at : at + 4] = (100).to_bytes(4, "little")
        start = at + 4
        count += 1
    assert count >= 2
    problem = _zip_problem(tmp_path, bytes(data))
    assert problem.startswith("!article.md: ")


@pytest.mark.parametrize("data", [b"", b"PK", b"not a zip at all", None], ids=["empty", "PK", "text", "half"])
def test_damaged_zip_is_named(data: bytes | None, tmp_path: Path) -> None:
    """A half-downloaded zip would crash the app instead of being named."""
    if data is None:
        full = zip_bytes([*GOOD])
        data = full[: len(full) // 2]
    assert "not a readable .zip" in _zip_problem(tmp_path, data)


def test_empty_zip_is_named(tmp_path: Path) -> None:
    """An empty zip would crash the app instead of saying there is no lesson in it."""
    assert _zip_problem(tmp_path, b"PK\x05\x06" + b"\0" * 18) == ": zip holds no lesson.yaml"


def test_encrypted_zip_is_named(tmp_path: Path) -> None:
    """A password-protected zip would crash the app instead of being named."""
    data = bytearray(zip_bytes([*GOOD], zipfile.ZIP_STORED))
    # Set the "encrypted" flag on every entry, in local headers and the central directory.
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (at := data.find(signature, start)) != -1:
            data[at + flag_at] |= 0x01
            start = at + 4
    assert "is encrypted in the zip" in _zip_problem(tmp_path, bytes(data))


# --- pieces too big or missing -------------------------------------------------------------------


def test_article_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A huge article file would freeze the app instead of being refused."""
    monkeypatch.setattr(pack_module, "MAX_ARTICLE_BYTES", 1000)
    copy = copy_pack(tmp_path)
    [problem] = problems_of(copy)
    assert problem == f"{copy / 'article.md'}: article file is {len(ARTICLE_MD):,} bytes, over the limit of 1,000"


def test_missing_pieces_are_named(tmp_path: Path) -> None:
    """A teacher pointing at the wrong folder would get a traceback instead of 'no lesson.yaml'."""
    assert problems_of(tmp_path / "nowhere") == [f"{tmp_path / 'nowhere'}: no lesson pack here (expected a folder "
                                                 "or a .zip)"]
    (tmp_path / "empty").mkdir()
    assert problems_of(tmp_path / "empty") == [f"{tmp_path / 'empty' / 'lesson.yaml'}: lesson pack has no lesson.yaml"]
    copy = copy_pack(tmp_path)
    (copy / "article.md").unlink()
    (copy / "article.md").mkdir()
    assert problems_of(copy) == [f"{copy / 'article.md'}: is a folder, not a file"]


# --- arbitrary input raises only our own errors --------------------------------------------------

LESSON_LINES = LESSON_YAML.decode().splitlines(keepends=True)


@FUZZ
@given(data=st.binary(max_size=300)
       | st.lists(st.sampled_from(LESSON_LINES), max_size=60).map(lambda lines: "".join(lines).encode())
       | st.tuples(st.integers(0, len(LESSON_YAML)), st.binary(max_size=20)).map(
           lambda cut: LESSON_YAML[: cut[0]] + cut[1] + LESSON_YAML[cut[0] :]))
def test_any_lesson_yaml_gives_only_our_errors(data: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A damaged lesson.yaml would crash the app instead of naming the problem."""
    folder = tmp_path_factory.mktemp("pack")
    (folder / "lesson.yaml").write_bytes(data)
    (folder / "article.md").write_bytes(ARTICLE_MD)
    with contextlib.suppress(AnnotatorError):
        load_pack(folder)


@FUZZ
@given(data=st.binary(max_size=2000)
       | st.tuples(st.integers(0, 400), st.binary(min_size=1, max_size=8)).map(
           lambda cut: _SMALL_ZIP[: cut[0]] + cut[1] + _SMALL_ZIP[cut[0] + len(cut[1]) :]))
def test_any_zip_bytes_give_only_our_errors(data: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A corrupted zip would crash the app instead of naming the problem."""
    path = tmp_path_factory.mktemp("zip") / "pack.zip"
    path.write_bytes(data)
    with contextlib.suppress(AnnotatorError):
        load_pack(path)


_SMALL_ZIP = zip_bytes([("lesson.yaml", b"schema: annotator/lesson@1\n"), ("article.md", b"# Hi\n\nText.\n")])


@FUZZ
@given(data=st.binary(max_size=300))
def test_any_article_bytes_give_only_our_errors(data: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A damaged article file would crash the app instead of naming the problem."""
    folder = tmp_path_factory.mktemp("pack")
    (folder / "lesson.yaml").write_bytes(LESSON_YAML)
    (folder / "article.md").write_bytes(data)
    try:
        pack = load_pack(folder)
    except AnnotatorError:
        return
    assert pack.article.text
