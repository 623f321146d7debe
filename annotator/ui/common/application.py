"""The one QApplication that every Annotator window lives in, and the language it speaks.

Translations: Qt's own (``qtbase_<lang>.qm``, the words of its standard dialogs and buttons, shipped
with PySide6) and Annotator's (``resources/translations/annotator_<lang>.qm``, compiled from the
``.ts`` sources by ``python -m annotator.translations``). The core is told the same language, so
what it words (a lock's holder, a report) matches the window.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from annotator.core import i18n


def application() -> QApplication:
    """The one QApplication, made on first use."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Annotator")
    app.setOrganizationName("Annotator")
    _install(app, i18n.current_language())  # English too: its plurals ("1 file", "2 files") are a translation
    return app


class QtWords:
    """Translatable words outside a widget's own methods: subclass it and call ``Name.tr("text")``.

    ``lupdate`` files ``Name.tr(...)`` under the context ``Name``, and this looks it up under the
    class's own name, so the two agree (``self.tr`` on a plain object, or ``other.tr``, would not).
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str = "", n: int = -1) -> str:
        """``text`` in the interface's language; ``n`` picks the plural form and fills ``%n``."""
        return QCoreApplication.translate(cls.__name__, text, disambiguation or None, n)


def system_language() -> str | None:
    """The interface language the operating system asks for, if Annotator speaks it."""
    for tag in QLocale.system().uiLanguages():
        found = i18n.supported(tag)
        if found:
            return found
    return None


def install_language(language: str) -> str:
    """Make the application (and the core) speak ``language``; return the one installed.

    Call it before the first window is made: widgets take their words when they are built.
    """
    return _install(application(), language)


def _install(app: QApplication, language: str) -> str:
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    chosen = i18n.set_language(language)
    if chosen != i18n.SOURCE_LANGUAGE:
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{chosen}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
    # English's holds its plurals ("1 file", "2 files"). A subclass's self.tr finds its base class's texts:
    # PySide looks the text up under each class of the object's in turn.
    ours = QTranslator(app)
    if ours.load(f"annotator_{chosen}", str(i18n.translations_dir())):
        app.installTranslator(ours)
    if chosen != i18n.SOURCE_LANGUAGE:
        QLocale.setDefault(QLocale(chosen))  # numbers and dates in spin boxes and calendars, too
    elif QLocale().name() != QLocale.system().name():
        QLocale.setDefault(QLocale.system())  # back from another language (the tests switch)
    return chosen
