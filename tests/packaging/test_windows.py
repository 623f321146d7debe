"""The Windows installer: what ``annotator.iss`` tells Inno Setup, and how the build calls its compiler."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from annotator.packaging import windows
from annotator.packaging.layout import APP_ID, ROOT, VERSION

SCRIPT = windows.SCRIPT.read_text(encoding="utf-8")


def _section(name: str) -> list[str]:
    """The lines of one ``[Section]`` of the script, comments left out."""
    body = SCRIPT.split(f"\n[{name}]\n", 1)[1].split("\n[", 1)[0]
    return [line for line in body.splitlines() if line.strip() and not line.startswith(";")]


def test_a_silent_install_starts_no_annotator_and_asks_nothing() -> None:
    """IT's /VERYSILENT push would leave Annotator open on every classroom screen, or wait for a click."""
    assert "/VERYSILENT /SUPPRESSMSGBOXES /NORESTART" in SCRIPT  # as the header tells IT
    (run,) = _section("Run")
    assert "skipifsilent" in run and "postinstall" in run
    setup = dict(line.split("=", 1) for line in _section("Setup"))
    assert setup["PrivilegesRequired"] == "admin"  # per machine: students get it without rights of their own
    assert setup["CloseApplications"] == "yes" and setup["RestartApplications"] == "no"


def test_lessons_and_work_are_offered_without_taking_over_zip_and_yaml() -> None:
    """Writing the default value of .zip or .yaml would make Annotator every pupil's zip and YAML program."""
    registry = _section("Registry")
    progids = {ext: re.search(r'ValueName: "([^"]+)"', line)[1]  # type: ignore[index]
               for line in registry for ext in (".zip", ".yaml", ".yml")
               if f'Software\\Classes\\{ext}\\OpenWithProgids"' in line}
    assert progids == {".zip": "Annotator.Lesson", ".yaml": "Annotator.Work", ".yml": "Annotator.Work"}
    defaults = [line for line in registry if re.search(r'Subkey: "Software\\Classes\\\.[a-z]+"', line)]
    assert defaults == []
    opens = [line for line in registry if "shell\\open\\command" in line]
    assert len(opens) == 2 and all(line.endswith('ValueData: """{app}\\annotator.exe"" ""%1"""') for line in opens)


def test_the_start_menu_entry_has_the_apps_id_and_the_script_its_icon() -> None:
    """Another AppUserModelID splits the taskbar button from the shortcut; a missing .ico fails the build."""
    (icon,) = _section("Icons")
    assert f'AppUserModelID: "{APP_ID}"' in icon
    setup = dict(line.split("=", 1) for line in _section("Setup"))
    assert (ROOT / setup["SetupIconFile"].replace("{#RepoDir}\\", "").replace("\\", "/")).is_file()


def test_the_compiler_is_given_the_version_and_the_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An installer named 0.0.0, or one packing the source folder instead of the bundle, would reach schools."""
    ran: list[list[str]] = []
    monkeypatch.setattr(windows, "find_iscc", lambda: Path("C:/Inno/ISCC.exe"))
    monkeypatch.setattr(subprocess, "run", lambda argv, check: ran.append(argv))
    out = windows.make_installer(tmp_path / "Annotator", tmp_path)
    assert out == tmp_path / f"Annotator-{VERSION}-setup.exe"
    (argv,) = ran
    assert f"/DAppVersion={VERSION}" in argv and f"/DSourceDir={tmp_path / 'Annotator'}" in argv
    assert f"/DOutputDir={tmp_path}" in argv and argv[-1] == str(windows.SCRIPT)


def test_without_inno_setup_the_build_says_where_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bare "file not found" would leave whoever builds on Windows guessing which tool is missing."""
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.delenv("PROGRAMFILES(X86)", raising=False)
    monkeypatch.delenv("PROGRAMFILES", raising=False)
    assert windows.find_iscc() is None
    with pytest.raises(FileNotFoundError, match="Inno Setup 6 is not installed"):
        windows.make_installer(Path("bundle"), Path("dist"))
