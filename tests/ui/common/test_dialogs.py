"""The real dialogs (every other test uses a fake): the welcome question, the problem list, messages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from annotator.ui.common.dialogs import Dialogs


def when_shown(act: Callable[[QWidget], None]) -> None:
    """Run ``act`` on the modal dialog once it is open (the dialogs block in exec())."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, poll)
        else:
            act(modal)

    QTimer.singleShot(0, poll)


def test_welcome_asks_a_name_and_needs_one_before_ok(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A student could go on without a name, or their name and number would not be kept."""
    seen: dict[str, object] = {}

    def answer(dialog: QWidget) -> None:
        name, number = dialog.findChildren(QLineEdit)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen["ok before"] = ok.isEnabled()
        seen["name label"] = name.accessibleName()
        qtbot.keyClicks(name, "  Ana Lee ")
        qtbot.keyClicks(number, "s-0412")
        seen["ok after"] = ok.isEnabled()
        ok.click()

    when_shown(answer)
    assert Dialogs().ask_student("Who Is Talking?") == ("Ana Lee", "s-0412")
    assert seen == {"ok before": False, "name label": "Your name", "ok after": True}


def test_welcome_cancelled_gives_no_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Cancelling the welcome would start a lesson under an empty name."""
    when_shown(lambda dialog: dialog.reject())
    assert Dialogs().ask_student("Who Is Talking?") is None


def test_problems_are_listed_as_check_prints_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A student given a broken lesson would see a crash or a partial list instead of the problems."""
    lines = ["lesson.yaml:3:8: title: expected text", "article.md: missing"]
    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        seen.append(dialog.findChild(QPlainTextEdit).toPlainText())
        assert isinstance(dialog, QDialog)
        dialog.reject()

    when_shown(read)
    Dialogs().show_problems("Annotator", "This lesson could not be opened", lines)
    assert seen == ["\n".join(lines)]


def test_warnings_and_messages_show_their_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A warning about unsaved work would never reach the student."""
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    when_shown(read)
    Dialogs().warn("Annotator", "Your saved work could not be read.")
    when_shown(read)
    Dialogs().inform("Annotator", "Handed in.")
    assert seen == ["Your saved work could not be read.", "Handed in."]


def test_an_offer_is_ok_by_default_and_true_only_for_its_action(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Enter after "Handed in" opened a file manager, or Show the folder did nothing."""
    seen: list[str] = []

    def press_enter(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.defaultButton().text())
        box.defaultButton().click()

    when_shown(press_enter)
    assert Dialogs().offer("Handed in", "Handed in.", action="Show the folder") is False

    def choose_action(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "Show the folder").click()

    when_shown(choose_action)
    assert Dialogs().offer("Handed in", "Handed in.", action="Show the folder") is True
    assert seen == ["OK"] or seen == ["&OK"]
