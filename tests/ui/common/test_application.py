"""The one application every window lives in, and the language it speaks: Qt's own words and Annotator's."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialogButtonBox,
)

from annotator.ui.common.application import install_language


def test_qts_own_buttons_speak_the_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt's own dialogs (file choosers, OK and Cancel) would stay English without Qt's translations loaded."""
    install_language("es")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"


def test_words_outside_a_widget_are_found_under_their_class_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A sentence worded outside a widget (starting the review window) stayed English in a Spanish class."""
    from annotator.ui.review.app import Review

    install_language("es")
    assert Review.tr("This lesson could not be opened: {path}") == "No se pudo abrir esta lección: {path}"


def test_back_in_english_no_other_language_is_left_behind(qtbot) -> None:  # type: ignore[no-untyped-def]
    """After a switch to French and back, Qt's buttons kept saying "Annuler" to an English class."""
    install_language("fr")
    assert install_language("en") == "en"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"
    assert QLocale().language() == QLocale.system().language()
