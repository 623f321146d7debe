"""Importing into a class folder: every readable file read, one Annotator file per annotator, none lost."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotator.core.formats.foreign import CategoryMap
from annotator.core.formats.importing import build_all, folder_problem, read_foreign, write_imported
from annotator.core.pack import load_pack
from annotator.core.workfile import load_work
from tests.core.formats.brat_files import brat_files, t_line
from tests.core.mini_summit import TEXT, write_pack


def test_one_unreadable_file_in_a_folder_does_not_stop_the_others(tmp_path: Path) -> None:
    """A folder with one file in Latin-1 or one huge .txt must still import every other annotator."""
    pack = write_pack(tmp_path / "pack")
    brat_files(tmp_path / "in", "ana", TEXT, t_line("T1", "framing", TEXT, "stunning collapse"))
    brat_files(tmp_path / "in", "ben", TEXT, "")
    (tmp_path / "in" / "ben.ann").write_bytes("T1\tframing 0 3\tSum\xe9\n".encode("latin-1"))
    with (tmp_path / "in" / "cy.txt").open("wb") as handle:
        handle.truncate(9 * 1024 * 1024)
    (tmp_path / "in" / "cy.ann").write_text(t_line("T1", "framing", TEXT, "stunning collapse"), encoding="utf-8")
    reading = read_foreign("brat", [tmp_path / "in"], pack)
    assert [str(p) for p in reading.problems] == [
        f"{tmp_path / 'in' / 'cy.txt'}: brat text is 9,437,184 bytes, over the limit of 8,388,608",
        f"{tmp_path / 'in' / 'ben.ann'}:1:19: is not UTF-8 text (byte 0xe9); save it as UTF-8"]
    assert [w.student.name for w in reading.works] == ["ana"]


def test_inputs_that_are_missing_or_hold_no_json_are_one_line_each(tmp_path: Path) -> None:
    """A mistyped path or the wrong folder would import nothing and say nothing."""
    pack = write_pack(tmp_path / "pack")
    (tmp_path / "empty" / ".git").mkdir(parents=True)
    (tmp_path / "empty" / ".git" / "config.json").write_text("{}", encoding="utf-8")  # hidden: not an export
    reading = read_foreign("hypothesis", [tmp_path / "gone.json", tmp_path / "empty"], pack)
    assert [str(p) for p in reading.problems] == [f"{tmp_path / 'gone.json'}: no such file or folder",
                                                  f"{tmp_path / 'empty'}: no .json or .jsonld files in this folder"]


def test_a_file_already_in_the_folder_is_kept_when_the_window_asks(tmp_path: Path) -> None:
    """Importing into the class being reviewed must never replace a student's own file."""
    pack = write_pack(tmp_path / "pack")
    brat_files(tmp_path / "in", "Ana", TEXT, t_line("T1", "framing", TEXT, "stunning collapse"))
    built = build_all(read_foreign("brat", [tmp_path / "in"], pack), pack, CategoryMap())
    (first,) = write_imported(built, tmp_path / "class")
    first.write_text("the student's own", encoding="utf-8")
    (second,) = write_imported(built, tmp_path / "class", keep_existing=True)
    assert second.name == first.name.replace(".yaml", "-2.yaml")
    assert first.read_text(encoding="utf-8") == "the student's own"
    assert load_work(second)[0].student.name == "Ana"


def test_annotators_whose_names_make_one_file_name_get_a_file_each(tmp_path: Path) -> None:
    """"Ana Pérez" and "Ana Perez" written to one file would lose one annotator's highlights."""
    pack = write_pack(tmp_path / "pack")
    for folder in ("Ana Pérez", "Ana Perez"):
        brat_files(tmp_path / "in" / folder, "doc", TEXT, t_line("T1", "framing", TEXT, "stunning collapse"))
    built = build_all(read_foreign("brat", [tmp_path / "in"], pack), pack, CategoryMap())
    written = write_imported(built, tmp_path / "class")
    assert len(written) == 2 and written[1].name == written[0].name.replace(".yaml", "-2.yaml")
    assert sorted(load_work(p)[0].student.name for p in written) == ["Ana Perez", "Ana Pérez"]


def test_the_import_folder_check_refuses_what_would_harm_the_lesson_or_the_inputs(tmp_path: Path) -> None:
    """Importing into a file, into the lesson pack or over the inputs would lose work; a new folder is fine."""
    pack = write_pack(tmp_path / "pack")
    (tmp_path / "notes.txt").write_text("a file", encoding="utf-8")
    (tmp_path / "class").mkdir()
    given = tmp_path / "class" / "ana.yaml"
    given.write_text("x", encoding="utf-8")
    assert folder_problem(tmp_path / "notes.txt", pack) == "is a file, not a folder"
    assert folder_problem(pack.path / "imported", pack).startswith("is inside the lesson pack")
    assert folder_problem(tmp_path / "class", pack, [given]) == "holds the files being imported"
    assert folder_problem(tmp_path / "class", pack) == ""  # the windows never replace a file there
    assert folder_problem(tmp_path / "new" / "folder", pack, [given]) == ""


def test_the_import_folder_check_survives_a_link_loop(tmp_path: Path) -> None:
    """A folder that is a link to itself would crash the check before anything is said."""
    pack = write_pack(tmp_path / "pack")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    for out in (tmp_path / "loop", tmp_path / "loop" / "class"):  # was "cannot write: File exists" for the first
        assert folder_problem(out, pack) == "is, or is inside, a link that leads back to itself (a link loop)"


def test_a_folder_that_cannot_be_made_or_looked_at_is_said_before_anything_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A name too long raised from Path.exists (a traceback); a dangling link said only "File exists"."""
    pack = write_pack(tmp_path / "pack")
    (tmp_path / "gone").symlink_to(tmp_path / "nowhere")
    (tmp_path / "notes.txt").write_text("a file", encoding="utf-8")
    assert folder_problem(tmp_path / "gone", pack) == f"is a link to {tmp_path / 'nowhere'}, which does not exist"
    assert folder_problem(tmp_path / "notes.txt" / "class", pack) == f"{tmp_path / 'notes.txt'} is a file, not a folder"
    assert folder_problem(tmp_path / ("x" * 300), pack) == "cannot be used: File name too long"
    assert folder_problem(tmp_path / ("d/" * 3000), pack) == "cannot be used: File name too long"
    usb = tmp_path / "usb"
    real_stat = Path.stat

    def removed(path: Path, **kwargs: bool) -> os.stat_result:
        if path == usb:
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(path))
        return real_stat(path, **kwargs)

    monkeypatch.setattr(Path, "stat", removed)  # a USB stick taken out: the kernel answers EIO
    assert folder_problem(usb, pack) == "cannot be used: Input/output error"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=300))
@example(os.fsdecode(b"\xff\xfe"))  # a name that is not UTF-8, as Python gives it from the command line
def test_any_folder_name_gets_an_answer_not_an_error(tmp_path: Path, name: str) -> None:
    """Whatever a teacher types as the folder (or an input), the check answers on one line."""
    pack = write_pack(tmp_path / "pack") if not (tmp_path / "pack").exists() else load_pack(tmp_path / "pack")
    why = folder_problem(tmp_path / name, pack, [tmp_path / name / "a.yaml"])
    assert "\n" not in why
