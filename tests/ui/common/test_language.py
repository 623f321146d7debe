"""Choosing the interface language: --lang and View ▸ Language remembered, a school's preset above both."""

from __future__ import annotations

from pathlib import Path

from annotator.core.desk import Preferences
from annotator.core.i18n import preset_language
from annotator.ui.common.language import LanguageMenu, start_language
from tests.ui.conftest import FakeDialogs


def test_lang_on_the_command_line_is_remembered(tmp_path: Path) -> None:
    """`annotator --lang fr` once must keep the app in French at the next plain `annotator`."""
    assert start_language(tmp_path, "fr") == "fr"
    assert Preferences.load(tmp_path).language == "fr"
    assert start_language(tmp_path) == "fr"


def test_the_language_menu_remembers_the_choice(qtbot, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A student who picks Español in View ▸ Language must find Annotator in Spanish when it starts again."""
    dialogs = FakeDialogs()
    window = open_window()
    menu = LanguageMenu(tmp_path / "data", dialogs).attach(window)
    assert menu is not None and menu.isEnabled()
    menu.actions()[[a.text() for a in menu.actions()].index("Español")].trigger()
    assert Preferences.load(tmp_path / "data").language == "es"
    assert "Español" in dialogs.messages[-1][1]
    assert start_language(tmp_path / "data") == "es"
    LanguageMenu(tmp_path / "data", dialogs).choose("")  # follow the system again
    assert start_language(tmp_path / "data") == "en"  # the tests' system speaks English


def test_a_school_preset_fixes_the_language(qtbot, open_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A school that sets the language for its computers must not see --lang or the menu change it."""
    monkeypatch.setenv("ANNOTATOR_LANGUAGE", "fr")
    assert preset_language() == "fr"
    assert start_language(tmp_path / "data", "es") == "fr"
    assert Preferences.load(tmp_path / "data").language == ""  # nothing remembered over the school's choice
    menu = LanguageMenu(tmp_path / "data", FakeDialogs()).attach(open_window())
    assert menu is not None and not menu.isEnabled()
