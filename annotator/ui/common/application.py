"""The one QApplication that every Annotator window lives in, and the language it speaks.

Translations: Qt's own (``qtbase_<lang>.qm``, the words of its standard dialogs and buttons, shipped
with PySide6) and Annotator's (``resources/translations/annotator_<lang>.qm``, compiled from the
``.ts`` sources by ``python -m annotator.translations``). The core is told the same language, so
what it words (a lock's holder, a report) matches the window.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
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


class _Translator(QTranslator):
    """Annotator's ``.qm``, also found by a subclass's context.

    PySide's ``self.tr`` looks a text up under the class of the object (``KeyWindow``), while ``lupdate``
    filed it under the class whose code says it (``StudentWindow``, which ``KeyWindow`` extends). When
    the first finds nothing, the classes the object's class extends are asked, nearest first.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._bases: dict[str, list[str]] = {}

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        """The translation, under ``context`` or the context of a class it extends; None when none.

        None, not "": Qt takes an empty string for a translation and would show nothing.
        """
        found = super().translate(context, source, disambiguation, n)
        if found or not context:
            return found or None
        for base in self._bases_of(context):
            found = super().translate(base, source, disambiguation, n)
            if found:
                return found
        return None

    def _bases_of(self, context: str) -> list[str]:
        if context not in self._bases:
            self._bases[context] = next(
                ([b.__name__ for b in cls.__mro__[1:] if b.__module__.startswith("annotator.")]
                 for cls in _annotator_classes() if cls.__name__ == context),
                [],
            )
        return self._bases[context]


def _annotator_classes() -> list[type]:
    """Every QObject class Annotator defines (the ones loaded so far)."""
    found: list[type] = []
    todo: list[type] = [QObject]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("annotator."):
            found.append(cls)
    return found


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
    ours = _Translator(app)  # English's holds its plurals: "1 file", "2 files"
    if ours.load(f"annotator_{chosen}", str(i18n.translations_dir())):
        app.installTranslator(ours)
    QLocale.setDefault(QLocale(chosen) if chosen != i18n.SOURCE_LANGUAGE else QLocale.system())
    return chosen
