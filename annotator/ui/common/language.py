"""Choosing the interface language at start and in View ▸ Language.

At start: a school's preset (``ANNOTATOR_LANGUAGE``) fixes it; else ``--lang`` (remembered, as a choice
in the menu is); else the remembered choice; else the system's language; else English. A choice in
the menu is saved at once and speaks from the next start: widgets take their words when they are
built, and rebuilding a student's window mid-lesson would risk their selection and undo history.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from annotator.core import i18n, school
from annotator.core.desk import Preferences
from annotator.ui.common.application import QtWords, install_language, system_language
from annotator.ui.common.dialogs import Dialogs

FOLLOW_SYSTEM = ""




def start_language(data_dir: Path, explicit: str | None = None) -> str:
    """Install the language the app starts in (see the module's docstring); return it."""
    prefs = Preferences.load(data_dir)
    asked = i18n.supported(explicit)
    if asked and asked != prefs.language and school.fixed_language() is None:
        # A read-only data folder: this start still speaks it, the next one asks the system again.
        with contextlib.suppress(OSError):
            Preferences.update(data_dir, prefs, language=asked)
    language = school.language_to_speak(explicit=asked, remembered=prefs.language, system=[system_language() or ""])
    return install_language(language)


class LanguageMenu(QtWords):
    """View ▸ Language: follow the system, or one of the languages Annotator speaks, each named in itself."""

    def __init__(self, data_dir: Path, dialogs: Dialogs) -> None:
        self.data_dir = data_dir
        self.dialogs = dialogs
        self.actions: dict[str, QAction] = {}

    def attach(self, window: QMainWindow) -> QMenu | None:
        """Add the Language menu to the window's View menu (the last menu when none is found)."""
        menus = [a.menu() for a in window.menuBar().actions()]
        view = next((m for m in menus if isinstance(m, QMenu) and m.objectName() == "view"), None)
        if view is None:
            contrast = getattr(window, "contrast_action", None)
            view = next((m for m in menus if isinstance(m, QMenu) and contrast in m.actions()), None)
        if view is None:
            return None
        window.language_menu = self  # type: ignore[attr-defined]  # lives as long as its window
        view.addSeparator()
        menu = view.addMenu(LanguageMenu.tr("&Language"))
        group = QActionGroup(menu)
        prefs = getattr(window, "prefs", None)  # the student window's, read once at its start
        remembered = (prefs if isinstance(prefs, Preferences) else Preferences.load(self.data_dir)).language
        preset = school.fixed_language()
        chosen = preset or (remembered if remembered in i18n.LANGUAGES else FOLLOW_SYSTEM)
        # Each language is named in itself and without a mnemonic: "English" and "Español" would share E.
        choices = [(FOLLOW_SYSTEM, LanguageMenu.tr("Follow the &system")), *i18n.LANGUAGES.items()]
        for code, text in choices:
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            group.addAction(action)
            menu.addAction(action)
            self.actions[code] = action
        if preset is not None:
            menu.setEnabled(False)
            menu.setToolTip(LanguageMenu.tr("Your school set the language on this computer."))
            menu.menuAction().setToolTip(menu.toolTip())
        return menu

    def choose(self, code: str) -> None:
        """Remember a language (or following the system) for the next start, and say so."""
        try:
            Preferences.update(self.data_dir, language=code)
        except OSError as exc:
            self.dialogs.warn("Annotator", LanguageMenu.tr("The language could not be saved: {why}").format(
                why=exc.strerror or exc))
            return
        name = i18n.LANGUAGES.get(code) or LanguageMenu.tr("the system's language")
        self.dialogs.inform("Annotator", LanguageMenu.tr(
            "Annotator will speak {language} the next time it starts.").format(language=name))
