"""The one zip reader: a hostile or damaged zip is one line naming it or its entry, never a traceback or a file."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.errors import InvalidFile
from annotator.core.zip_reading import MAX_RATIO, ZipEntry, ZipLimits, ZipReader, outside_problem

LIMITS = ZipLimits(files=10, total=1_000_000, entry=100_000, read=150_000)
FUZZ = settings(max_examples=200, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]],
         compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


def _link(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16  # as `zip --symlinks` stores one
    return info


def _read(path: Path, limits: ZipLimits = LIMITS, wanted: tuple[str, ...] = ("",)) -> dict[str, ZipEntry]:
    with ZipReader(path, limits) as archive:
        return {e.name: e for e in archive.entries(wanted=lambda n: n.endswith(wanted))}


def _refusal(path: Path, limits: ZipLimits = LIMITS) -> str:
    with pytest.raises(InvalidFile) as caught:
        _read(path, limits)
    [problem] = caught.value.problems
    assert problem.file == str(path) and "\n" not in problem.message
    return problem.message


def test_good_entries_are_read_in_order_with_their_time(tmp_path: Path) -> None:
    """A teacher's ordinary zip must be read whole, in its order, folders left out."""
    path = _zip(tmp_path / "ok.zip", [("a/", b""), ("a/one.txt", b"one"), ("b\\two.txt", b"two")])
    entries = _read(path)
    assert [(e.name, e.data, e.why) for e in entries.values()] == [("a/one.txt", b"one", ""),
                                                                   ("b/two.txt", b"two", "")]
    assert all(e.mtime > 0 for e in entries.values())


def test_entries_not_wanted_are_not_read_but_still_checked(tmp_path: Path) -> None:
    """A link or an escaping name must be said even when the caller does not read that file."""
    path = _zip(tmp_path / "mixed.zip", [("notes.pdf", b"pdf"), (_link("x.pdf"), b"/etc/passwd"),
                                         ("../evil.pdf", b"x"), ("a.ann", b"T1")])
    entries = _read(path, wanted=(".ann",))
    assert entries["notes.pdf"] == ZipEntry("notes.pdf", mtime=0.0)
    assert "is a link" in entries["x.pdf"].why and entries["x.pdf"].data is None
    assert "outside itself" in entries["../evil.pdf"].why and not entries["../evil.pdf"].inside
    assert entries["a.ann"].data == b"T1"


@pytest.mark.parametrize(("name", "expected"), [
    ("../evil.txt", "outside itself"), ("a/../../evil.txt", "outside itself"), ("/etc/cron.d/evil", "outside itself"),
    ("C:/evil.txt", "outside itself"), ("\\\\server\\evil", "outside itself"), ("evil\n/x.txt", "control character"),
    ("", "control character"), (".", "control character"), ("fine/name.txt", ""),
])
def test_names_outside_the_zip_or_no_file_could_have_are_refused(name: str, expected: str) -> None:
    """A name leaving the zip could make a careless reader write over the teacher's files."""
    why = outside_problem(name.replace("\\", "/"))
    assert (expected in why) if expected else why == ""
    assert "\n" not in why


def test_each_bad_entry_is_one_line_and_the_others_are_read(tmp_path: Path) -> None:
    """One hostile entry must say what is wrong with it and must not stop the good ones."""
    path = _zip(tmp_path / "bad.zip", [("good.txt", b"good"), (_link("link.txt"), b"/etc/passwd"),
                                       ("../up.txt", b"x"), ("bomb.txt", b"a" * (MAX_RATIO * 4096)),
                                       ("big.txt", os.urandom(100_001))])
    entries = _read(path)
    assert entries["good.txt"].data == b"good"
    assert entries["link.txt"].why == "is a link inside the zip; links are not followed"
    assert entries["bomb.txt"].why == "compressed suspiciously well (a zip bomb?); not read"
    assert entries["big.txt"].why == "is 100,001 bytes unpacked, over the limit of 100,000"
    assert all(e.data is None for n, e in entries.items() if n != "good.txt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.zip"], "nothing may be unpacked"


def test_what_is_read_altogether_has_a_limit(tmp_path: Path) -> None:
    """Many files each under the limit could still fill the memory together."""
    path = _zip(tmp_path / "many.zip", [(f"f{i}.bin", os.urandom(60_000)) for i in range(3)], zipfile.ZIP_STORED)
    entries = list(_read(path).values())
    assert [e.data is not None for e in entries] == [True, True, False]
    assert entries[2].why == "is 60,000 bytes unpacked, over the limit of 30,000"


def _patch(data: bytes, old: bytes, new: bytes) -> bytes:
    assert data.count(old) >= 2  # the local header and the central directory alike
    return data.replace(old, new)


def test_an_entry_that_lies_about_its_size_or_is_damaged_or_encrypted_is_named(tmp_path: Path) -> None:
    """A header saying 'small' must not make us unpack more; a bad CRC or a password must not crash."""
    text = b"rather famously " * 20
    stored = _zip(tmp_path / "s.zip", [("a.txt", text)], zipfile.ZIP_STORED).read_bytes()
    (tmp_path / "lies.zip").write_bytes(_patch(stored, len(text).to_bytes(4, "little"), (100).to_bytes(4, "little")))
    assert _read(tmp_path / "lies.zip")["a.txt"].why.startswith(("expands past", "cannot be read from the zip"))
    (tmp_path / "crc.zip").write_bytes(stored.replace(b"rather", b"RATHER", 1))
    assert _read(tmp_path / "crc.zip")["a.txt"].why.startswith("cannot be read from the zip (")
    flagged = bytearray(stored)
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        flagged[flagged.index(signature) + flag_at] |= 0x01
    (tmp_path / "locked.zip").write_bytes(bytes(flagged))
    assert _read(tmp_path / "locked.zip")["a.txt"].why == "is encrypted in the zip; zip it again without a password"


def test_a_zip_with_too_many_files_or_too_many_bytes_is_refused_whole(tmp_path: Path) -> None:
    """A zip of thousands of files, or one declaring gigabytes, is refused before anything is read."""
    many = _zip(tmp_path / "many.zip", [(f"f{i}.txt", b"x") for i in range(11)])
    assert _refusal(many) == "zip has 11 files, over the limit of 10"
    big = _zip(tmp_path / "big.zip", [(f"f{i}.txt", b"\0" * 400_000) for i in range(3)])
    assert _refusal(big) == "zip would expand to 1,200,000 bytes, over the limit of 1,000,000"


@pytest.mark.parametrize("data", [b"", b"PK", b"PK\x03\x04 cut short", b"not a zip at all"])
def test_a_damaged_zip_is_named(data: bytes, tmp_path: Path) -> None:
    """A half-downloaded zip must be one line naming it."""
    (tmp_path / "x.zip").write_bytes(data)
    assert _refusal(tmp_path / "x.zip").startswith("not a readable .zip (")


def test_a_missing_zip_a_folder_and_a_pipe_are_named_without_waiting(tmp_path: Path) -> None:
    """Opening a pipe named like a zip would hang the app; a folder or a missing file would crash it."""
    assert _refusal(tmp_path / "gone.zip").startswith("not a readable .zip (")
    (tmp_path / "folder.zip").mkdir()
    assert _refusal(tmp_path / "folder.zip") == "is not an ordinary file (a device or a pipe?)"
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.zip")
        assert _refusal(tmp_path / "pipe.zip") == "is not an ordinary file (a device or a pipe?)"


def _small_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a/one.txt", b"one " * 50)
        archive.writestr("two.ann", b"T1\tframing 0 3\tone\n")
    return buffer.getvalue()


_SMALL = _small_zip()


@FUZZ
@given(data=st.binary(max_size=2000)
       | st.tuples(st.integers(0, len(_SMALL)), st.binary(min_size=1, max_size=8)).map(
           lambda cut: _SMALL[: cut[0]] + cut[1] + _SMALL[cut[0] + len(cut[1]) :]))
def test_any_bytes_give_entries_or_our_error_only(data: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Whatever bytes a zip holds, reading it gives entries or an InvalidFile, on one line, and writes nothing."""
    folder = tmp_path_factory.mktemp("zip")
    (folder / "x.zip").write_bytes(data)
    try:
        entries = list(_read(folder / "x.zip").values())
    except InvalidFile as exc:
        assert all("\n" not in str(p) for p in exc.problems)
        return
    finally:
        assert [p.name for p in folder.iterdir()] == ["x.zip"]
    for e in entries:
        assert (e.data is None) == bool(e.why) and "\n" not in e.why and "\n" not in e.shown
        assert e.data is None or len(e.data) <= LIMITS.entry
