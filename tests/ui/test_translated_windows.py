"""The windows in Spanish and French: no English left, no shortcut letter twice in a menu, a language that sticks."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from annotator.core.authoring import lesson_from_text
from annotator.core.desk import Preferences
from annotator.core.i18n import ts_path
from annotator.core.key_sheet import draft_from_key
from annotator.core.library import add_lesson
from annotator.core.pack import Pack, load_pack
from annotator.core.roster import load_class
from annotator.translations import TRANSLATED, messages
from annotator.ui.common.application import install_language
from annotator.ui.common.language import LanguageMenu
from annotator.ui.lessons.editor import LessonEditor
from annotator.ui.lessons.key_window import KeyWindow
from annotator.ui.lessons.library_dialog import LibraryDialog
from annotator.ui.lessons.new_lesson_dialog import NewLessonDialog
from annotator.ui.lessons.teacher_menu import TeacherTools
from annotator.ui.review.window import ReviewWindow
from tests.ui.conftest import FakeDialogs
from tests.ui.lessons.test_key_window import ARTICLE
from tests.ui.review.classes import hand_in_key_items


def _texts(root: QWidget) -> Iterator[str]:
    """Every text a person can read or hear in a window: labels, buttons, menus, tabs, tips, accessible names."""
    for w in [root, *root.findChildren(QWidget)]:
        yield from (w.windowTitle(), w.toolTip(), w.accessibleName(), w.accessibleDescription())
        if isinstance(w, (QLabel, QAbstractButton)):
            yield w.text()
        if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
            yield w.placeholderText()
        if isinstance(w, QGroupBox):
            yield w.title()
        if isinstance(w, QTabWidget):
            yield from (w.tabText(i) for i in range(w.count()))
        if isinstance(w, QComboBox):
            yield from (w.itemText(i) for i in range(w.count()))
        if isinstance(w, QTreeWidget):
            header = w.headerItem()
            yield from (header.text(i) for i in range(header.columnCount()))
            for i in range(w.topLevelItemCount()):
                yield w.topLevelItem(i).text(0)
    for action in root.findChildren(QAction):
        yield from (action.text(), action.toolTip(), action.statusTip())


def _english_left(root: QWidget, language: str) -> list[str]:
    """The texts in a window that are one of Annotator's English sources, untranslated."""
    patterns = []
    for (context, source, _), message in messages(ts_path(language)).items():
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]  # type: ignore[union-attr]
        words = re.findall(r"[A-Za-z]{3,}", re.sub(r"\{[^}]*\}|%n", "", source))
        holes = source != re.sub(r"\{[^}]*\}|%n", "", source)
        # The bundled lesson is English on purpose; "Total" is "Total" in Spanish; "{why}" or "{a} from {b}"
        # would match any sentence of the lesson.
        if context == "Defaults" or all(f == source for f in forms) or (holes and len(words) < 2):
            continue
        bare = source.replace("&", "")
        pattern = re.escape(bare).replace(re.escape("%n"), r"\d+")
        patterns.append(re.compile(re.sub(r"\\\{\w*(?::[^}]*)?\\\}", ".+", pattern)))
    seen = {t.replace("&", "") for t in _texts(root) if t}
    return sorted(t for t in seen if any(p.fullmatch(t) for p in patterns))


def _student_window(open_window, tmp_path: Path, hanoi: Pack) -> QMainWindow:  # type: ignore[no-untyped-def]
    window = open_window()
    TeacherTools(tmp_path / "data", FakeDialogs(), window.sheet.work.student, teacher=True).attach(window, hanoi)
    LanguageMenu(tmp_path / "data", FakeDialogs()).attach(window)
    return window  # type: ignore[no-any-return]


def _review_window(qtbot, tmp_path: Path, hanoi: Pack) -> QMainWindow:  # type: ignore[no-untyped-def]
    folder = tmp_path / "class"
    hand_in_key_items(hanoi, folder, "Ana Pérez", ["k01", "k02"])
    window = ReviewWindow(load_class([folder], hanoi), dialogs=FakeDialogs())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def _key_window(qtbot, tmp_path: Path) -> QMainWindow:  # type: ignore[no-untyped-def]
    lesson, markdown = lesson_from_text(ARTICLE, "Talks collapse")
    pack_dir = add_lesson(tmp_path / "data", lesson=lesson, article_markdown=markdown)
    pack = load_pack(pack_dir)
    window = KeyWindow(pack, pack_dir, draft_from_key(pack.key, pack.lesson, pack.article), data_dir=tmp_path / "data",
                       prefs=Preferences(), dialogs=FakeDialogs())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


WINDOWS: dict[str, Callable[..., QWidget]] = {
    "student": lambda qtbot, open_window, tmp_path, hanoi: _student_window(open_window, tmp_path, hanoi),
    "review": lambda qtbot, open_window, tmp_path, hanoi: _review_window(qtbot, tmp_path, hanoi),
    "answer key": lambda qtbot, open_window, tmp_path, hanoi: _key_window(qtbot, tmp_path),
    "lesson editor": lambda qtbot, open_window, tmp_path, hanoi: LessonEditor(hanoi.lesson),
    "new lesson": lambda qtbot, open_window, tmp_path, hanoi: NewLessonDialog(FakeDialogs()),  # type: ignore[arg-type]
    "library": lambda qtbot, open_window, tmp_path, hanoi: LibraryDialog(tmp_path / "user", FakeDialogs()),  # type: ignore[arg-type]
}


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("which", WINDOWS)
def test_no_english_is_left_in_a_window(qtbot, open_window, tmp_path: Path, hanoi: Pack, which: str,  # type: ignore[no-untyped-def]
                                        language: str) -> None:
    """A text whose tr() context differs from lupdate's (a subclass, a helper) would stay English in Spanish."""
    install_language(language)
    window = WINDOWS[which](qtbot, open_window, tmp_path, hanoi)
    qtbot.addWidget(window)
    assert _english_left(window, language) == []


def _menus(window: QMainWindow) -> Iterator[QMenu]:
    todo = [a.menu() for a in window.menuBar().actions()]
    while todo:
        menu = todo.pop()
        if isinstance(menu, QMenu):
            yield menu
            todo.extend(a.menu() for a in menu.actions())


def _clashes(actions: list[QAction]) -> list[str]:
    letters: dict[str, list[str]] = {}
    for action in actions:
        match = re.search(r"&([^&\s])", action.text().replace("&&", ""))
        if match and action.isVisible():
            letters.setdefault(match.group(1).casefold(), []).append(action.text())
    return [" / ".join(texts) for texts in letters.values() if len(texts) > 1]


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
@pytest.mark.parametrize("which", ["student", "review", "answer key"])
def test_no_two_items_of_a_menu_share_a_shortcut_letter(qtbot, open_window, tmp_path: Path, hanoi: Pack,  # type: ignore[no-untyped-def]
                                                        which: str, language: str) -> None:
    """Alt+E would open only one of two menus (or items) whose translations put & before the same letter."""
    install_language(language)
    window = WINDOWS[which](qtbot, open_window, tmp_path, hanoi)
    assert isinstance(window, QMainWindow)
    clashes = _clashes(window.menuBar().actions())
    for menu in _menus(window):
        clashes += _clashes(menu.actions())
    assert clashes == []


def test_a_plural_reads_right_in_each_language(qtbot, tmp_path: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """"Clase: 1 estudiantes" or "Class: 1 student(s)" reads wrong: the count picks the form."""
    expected = {"en": "Class: 1 student", "es": "Clase: 1 estudiante", "fr": "Classe\u00a0: 1 élève"}
    for language, heading in expected.items():
        install_language(language)
        window = _review_window(qtbot, tmp_path / language, hanoi)
        assert heading in {label.text() for label in window.findChildren(QLabel)}


# Words an English sentence can hardly do without, and no Spanish or French one uses.
_ENGLISH = re.compile(r"\b(the|and|with|your|you|key|underline|highlights?|prompts?|saved|lesson|of|to)\b",
                      re.IGNORECASE)
_CLASS_TEXTS = {"es": ("El gobierno anunció el lunes que los precios de la energía bajarán, según dijo el ministro. "
                       "Pero la oposición criticó la medida y pidió más datos para la población.\n\n"
                       "Los expertos consultados por este diario dudan de que el plan se cumpla en los plazos."),
                "fr": ("Le gouvernement a annoncé lundi que les prix de l'énergie vont baisser, selon le ministre. "
                       "Mais l'opposition a critiqué la mesure et demande des chiffres pour les familles.\n\n"
                       "Les experts interrogés par le journal doutent qu'il soit tenu dans les délais.")}


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_class_in_its_own_language_reads_no_english(qtbot, open_window, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    """A new student in a Spanish class, on a Spanish lesson, must meet no English: not in a tooltip, a colour
    or an underline's name, nor in a text the code forgot to pass through tr()."""
    install_language(language)
    lesson, markdown = lesson_from_text(_CLASS_TEXTS[language], "")
    pack = load_pack(add_lesson(tmp_path / "lessons", lesson=lesson, article_markdown=markdown))
    window = open_window(pack=pack)
    TeacherTools(tmp_path / "data", FakeDialogs(), window.sheet.work.student, teacher=True).attach(window, pack)
    LanguageMenu(tmp_path / "data", FakeDialogs()).attach(window)
    editor = LessonEditor(pack.lesson)
    qtbot.addWidget(editor)
    english = sorted({t for root in (window, editor) for t in _texts(root)
                      if t and _ENGLISH.search(re.sub(r"<[^>]+>|/\S+|\S+\.yaml", "", t))})
    assert english == [], "\n".join(english)
