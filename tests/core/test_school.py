"""The school's machine-wide settings: read when present, ignored with one sentence when not usable."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.library import list_lessons
from annotator.core.school import (
    SchoolSettings,
    default_locations,
    language_to_speak,
    load_school_settings,
    school_settings,
    settings_file,
)

ROOT = Path(__file__).resolve().parents[2]


def write(folder: Path, text: str) -> Path:
    path = folder / "settings.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_settings_file_changes_nothing(tmp_path: Path) -> None:
    """Most computers have no settings file: Annotator must behave exactly as without this feature."""
    read = load_school_settings(tmp_path / "missing.yaml")
    assert read == SchoolSettings()
    assert read.hand_in_start(None) is None and read.teacher_menu_shown(True) and not read.teacher_menu_shown(False)


def test_a_full_file_is_read_with_home_and_variables_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One file serves every account only if $USER and ~ in its folders become each student's own."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("CLASS", "7b")
    (tmp_path / "drive" / "7b").mkdir(parents=True)
    (tmp_path / "lessons").mkdir()
    path = write(tmp_path, "schema: annotator/school@1\nhand_in_folder: $HOME/drive/$CLASS\n"
                           "lesson_folders: [~/lessons]\nteacher_menu: false\nlanguage: es\nlocked: [teacher_menu]\n")
    read = load_school_settings(path)
    assert read.problems == ()
    assert read.hand_in_folder == tmp_path / "drive" / "7b"
    assert read.lesson_folders == (tmp_path / "lessons",)
    assert (read.teacher_menu, read.language, read.locked, read.source) is not None
    assert read.teacher_menu is False and read.language == "es" and read.locked == {"teacher_menu"}


@pytest.mark.parametrize(("text", "said"), [
    ("schema: annotator/school@1\nhand_in_folder: [unclosed\n", "settings.yaml:3:1: not valid YAML"),
    ("schema: annotator/school@1\nteacher_menu: maybe\n", "teacher_menu"),
    ("schema: annotator/school@1\nlocked: [lesson_folders]\n", "locked"),
    ("hand_in_folder: /srv\n", "schema"),
])
def test_a_bad_file_is_ignored_with_one_sentence_naming_the_place(tmp_path: Path, text: str, said: str) -> None:
    """IT's typo must not stop 300 computers from starting Annotator, and must say where the typo is."""
    read = load_school_settings(write(tmp_path, text))
    assert read.hand_in_folder is None and read.teacher_menu is None
    assert len(read.problems) == 1 and "\n" not in read.problems[0]
    assert read.problems[0].startswith("The school's settings file is ignored because it could not be used: ")
    assert said in read.problems[0]


def test_a_folder_that_does_not_exist_is_left_out_alone(tmp_path: Path) -> None:
    """An unmounted shared drive loses only that setting: the rest of the school's choices still apply."""
    (tmp_path / "ok").mkdir()
    read = load_school_settings(write(tmp_path, f"schema: annotator/school@1\nhand_in_folder: {tmp_path}/gone\n"
                                                f"lesson_folders: [{tmp_path}/ok, {tmp_path}/none]\nlanguage: fr\n"))
    assert read.hand_in_folder is None and read.lesson_folders == (tmp_path / "ok",) and read.language == "fr"
    assert [p.split(" named in")[0] for p in read.problems] == [f"The folder {tmp_path}/gone",
                                                                 f"The folder {tmp_path}/none"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_settings_file_gives_settings_never_a_crash(tmp_path: Path, raw: bytes) -> None:
    """Whatever is in the file (binary junk, half a YAML file), Annotator starts, with at most one line per problem."""
    path = tmp_path / "settings.yaml"
    path.write_bytes(raw)
    read = load_school_settings(path)
    assert all("\n" not in p for p in read.problems)


@pytest.mark.parametrize(("preset", "locked", "last", "start"), [
    (True, False, None, "school"), (True, False, "own", "own"), (True, True, "own", "school"),
    (False, True, "own", "own"), (False, False, None, None),
])
def test_hand_in_starts_at_the_school_folder_unless_the_student_chose_another(
        tmp_path: Path, preset: bool, locked: bool, last: str | None, start: str | None) -> None:
    """Students find the class drive first; a locked one keeps a USB stick used once from becoming the default."""
    school = SchoolSettings(hand_in_folder=tmp_path / "school" if preset else None,
                            locked=frozenset({"hand_in_folder"} if locked else set()))
    got = school.hand_in_start(tmp_path / last if last else None)
    assert got == (tmp_path / start if start else None)


@pytest.mark.parametrize(("preset", "locked", "asked", "shown"), [
    (None, False, True, True), (None, False, False, False), (True, False, False, True),
    (False, False, True, True), (False, True, True, False), (True, True, False, True),
])
def test_a_locked_teacher_menu_cannot_be_asked_for(preset: bool | None, locked: bool, asked: bool, shown: bool) -> None:
    """On students' computers `annotator --teacher` must not open the answer key when the school said no."""
    school = SchoolSettings(teacher_menu=preset, locked=frozenset({"teacher_menu"} if locked else set()))
    assert school.teacher_menu_shown(asked) is shown


@pytest.mark.parametrize(("settings", "asked", "remembered", "spoken"), [
    ("language: fr\n", "es", None, "es"),  # only suggested: the person's own choice wins
    ("language: fr\n", None, "es", "es"),
    ("language: fr\n", None, None, "fr"),  # ... and the school's suggestion comes before the system's
    ("language: fr\nlocked: [language]\n", "es", "es", "fr"),
])
def test_a_locked_language_wins_over_the_persons_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: str,
                                                     asked: str | None, remembered: str | None, spoken: str) -> None:
    """A school teaching in French locks the language so that every screen matches the teacher's instructions."""
    path = write(tmp_path, "schema: annotator/school@1\n" + settings)
    monkeypatch.setenv("ANNOTATOR_SCHOOL_SETTINGS", str(path))
    monkeypatch.delenv("ANNOTATOR_LANGUAGE", raising=False)
    school_settings.cache_clear()
    try:
        assert language_to_speak(explicit=asked, remembered=remembered, system=["en"]) == spoken
    finally:
        school_settings.cache_clear()


def test_the_environment_variable_names_the_file_or_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests and IT's trials point at a file of their own without touching the machine's."""
    path = write(tmp_path, "schema: annotator/school@1\nlanguage: es\n")
    monkeypatch.setenv("ANNOTATOR_SCHOOL_SETTINGS", str(path))
    school_settings.cache_clear()
    try:
        assert settings_file() == path and school_settings().language == "es"
        monkeypatch.setenv("ANNOTATOR_SCHOOL_SETTINGS", "")
        assert settings_file() is None
    finally:
        school_settings.cache_clear()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are Linux's")
def test_linux_looks_in_each_xdg_config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A distribution that moves /etc/xdg (or a school image that adds a folder) must still be honoured."""
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path}/a:{tmp_path}/b")
    assert default_locations() == [tmp_path / "a" / "Annotator" / "settings.yaml",
                                   tmp_path / "b" / "Annotator" / "settings.yaml"]
    monkeypatch.delenv("XDG_CONFIG_DIRS")
    assert default_locations() == [Path("/etc/xdg/Annotator/settings.yaml")]


def test_the_schools_lesson_folders_appear_in_the_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Lessons IT put on the shared drive must be in every teacher's library, beside the bundled ones."""
    import shutil

    shared = tmp_path / "shared"
    shutil.copytree(ROOT / "lessons" / "hanoi-summit-2019", shared / "hanoi-copy")
    path = write(tmp_path, f"schema: annotator/school@1\nlesson_folders: ['{shared}']\n")
    monkeypatch.setenv("ANNOTATOR_SCHOOL_SETTINGS", str(path))
    school_settings.cache_clear()
    try:
        entries = list_lessons(tmp_path / "user", bundled_dir=tmp_path / "no-bundled")
    finally:
        school_settings.cache_clear()
    assert [(e.path, e.bundled) for e in entries] == [(shared / "hanoi-copy", True)]


def test_a_school_that_locks_spanish_gets_the_commands_in_spanish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A school that fixed the language in its settings file still got English from `annotator check`."""
    from annotator.cli import main
    from annotator.core.i18n import set_language

    monkeypatch.setenv("ANNOTATOR_SCHOOL_SETTINGS", str(write(tmp_path, "schema: annotator/school@1\n"
                                                                        "language: es\nlocked: [language]\n")))
    school_settings.cache_clear()
    try:
        assert main(["check", str(ROOT / "lessons" / "hanoi-summit-2019"), "--lang", "fr"]) == 0
        assert "lección" in capsys.readouterr().out
    finally:
        school_settings.cache_clear()
        set_language("en")


def test_a_settings_problem_is_said_in_the_language_spoken_when_it_is_shown(tmp_path: Path) -> None:
    """The settings are read before the language is chosen, so their problems were always in English."""
    from annotator.core.i18n import speaking

    read = load_school_settings(write(tmp_path, "schema: annotator/school@1\nlesson_folders: [/no/such/folder]\n"))
    with speaking("fr"):
        (problem,) = read.problems
    assert "n'existe pas" in problem
