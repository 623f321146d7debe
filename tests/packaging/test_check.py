"""The bundle's self-check catches a broken build, without building one: fake bundles stand in for it."""

from __future__ import annotations

import io
import os
import shutil
import stat
import sys
from pathlib import Path

import pytest

from annotator.packaging.check import StepFailed, check_bundle, check_libraries, describe_changes, tree_digest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="the fake bundles are shell scripts")


def fake_bundle(folder: Path, script: str) -> Path:
    """A folder laid out as a Linux bundle (program + bundled lesson) whose program is ``script``."""
    lessons = folder / "_internal" / "annotator" / "_lessons"
    shutil.copytree(ROOT / "lessons" / "hanoi-summit-2019", lessons / "hanoi-summit-2019")
    program = folder / "annotator"
    program.write_text(script, encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return folder


def run_check(bundle: Path) -> tuple[int, str]:
    out = io.StringIO()
    status = check_bundle(bundle, out=out, as_nobody=False, xvfb=False)
    return status, out.getvalue()


def test_a_working_app_passes_every_step(tmp_path: Path) -> None:
    """A check that fails a good build would be switched off, and then catch nothing."""
    # The source app stands in for the frozen one: same commands, same outputs.
    script = f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -m annotator "$@"\n'
    status, said = run_check(fake_bundle(tmp_path / "Annotator", script))
    assert status == 0, said
    for step in ("version", "check", "grade", "new-lesson", "screenshot offscreen", "unchanged"):
        assert f"ok   {step}:" in said
    assert "all steps passed" in said


def test_a_program_that_fails_fails_the_check_and_names_the_step(tmp_path: Path) -> None:
    """A bundle missing a module exits 1 at its first command: CI must go red and say which command."""
    script = "#!/bin/sh\necho 'ModuleNotFoundError: No module named trafilatura' >&2\nexit 1\n"
    status, said = run_check(fake_bundle(tmp_path / "Annotator", script))
    assert status == 1
    assert "FAIL version: exit status 1: ModuleNotFoundError: No module named trafilatura" in said
    assert "FAIL grade:" in said and "FAIL screenshot offscreen:" in said


def test_a_blank_screenshot_fails(tmp_path: Path) -> None:
    """A window that starts but draws nothing (no fonts, a broken platform plugin) would look like a pass."""
    from PySide6.QtGui import QImage

    blank = tmp_path / "blank.png"
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    assert image.save(str(blank))
    script = ('#!/bin/sh\nwhile [ $# -gt 0 ]; do\n  if [ "$1" = --screenshot ]; then cp "' + str(blank)
              + '" "$2"; exit 0; fi\n  shift\ndone\nexit 3\n')
    status, said = run_check(fake_bundle(tmp_path / "Annotator", script))
    assert status == 1
    assert "FAIL screenshot offscreen: the screenshot looks blank (1 colours)" in said


def test_an_app_writing_into_its_install_folder_fails(tmp_path: Path) -> None:
    """Students cannot write to the install folder: an app that tries works for IT's account and breaks for theirs."""
    bundle = tmp_path / "Annotator"
    script = f'#!/bin/sh\necho cache > "{bundle}/_internal/cache.bin"\nexit 0\n'
    status, said = run_check(fake_bundle(bundle, script))
    assert status == 1
    assert "FAIL unchanged: the app wrote into its install folder: added _internal/cache.bin" in said


def test_a_folder_without_the_program_is_refused_in_one_line(tmp_path: Path) -> None:
    """Pointing the check at the wrong folder says so, instead of failing every step with a traceback."""
    status, said = run_check(tmp_path)
    assert status == 1
    assert said.strip().splitlines() == [f"FAIL {tmp_path.resolve()}: no Annotator program in this folder "
                                          "(expected annotator)"]


def test_webengine_or_qml_in_the_bundle_fails_the_library_step(tmp_path: Path) -> None:
    """A dependency that starts pulling in QtWebEngine would add 200 MB the app never uses."""
    lib = tmp_path / "_internal" / "PySide6" / "Qt" / "lib"
    lib.mkdir(parents=True)
    (lib / "libQt6WebEngineCore.so.6").write_bytes(b"")
    with pytest.raises(StepFailed, match=r"Qt parts it must not ship: libQt6WebEngineCore\.so\.6"):
        check_libraries(tmp_path)


def test_changes_to_a_folder_are_named(tmp_path: Path) -> None:
    """'unchanged' must notice a changed byte and a removed file, not only new files."""
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / "b.txt").write_text("two", encoding="utf-8")
    before = tree_digest(tmp_path)
    (tmp_path / "a.txt").write_text("One", encoding="utf-8")
    (tmp_path / "b.txt").unlink()
    assert describe_changes(before, tree_digest(tmp_path)) == "removed b.txt; changed a.txt"
    assert describe_changes(before, before) == ""
