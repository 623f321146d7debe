"""Saving a student's work and handing it in: a named copy in the chosen folder, and nothing lost on close."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.ui.driving import mark_quotes, saved_quotes


def test_hand_in_writes_lesson_and_student_named_copy(qtbot, open_window, dialogs) -> None:  # type: ignore[no-untyped-def]
    """Hand in puts <lesson-id>__<student>.yaml, with the highlights, in the folder the student chose."""
    window = open_window()
    text = window.sheet.article.text
    start = text.index("Ron Johnson")
    window.article.select_span(start, start + len("Ron Johnson"))
    window.mark("named-source")
    window.hand_in_work()
    handed = dialogs.folder / "hanoi-summit-2019__ana-perez-s-0412.yaml"
    assert handed.exists()
    data = yaml.safe_load(handed.read_text(encoding="utf-8"))
    assert data["student"] == {"name": "Ana Pérez", "id": "s-0412"}
    assert [a["quote"] for a in data["annotations"]] == ["Ron Johnson"]
    assert any("Handed in" in title for title, _ in dialogs.messages)


def test_failed_save_warns_and_keeps_work_until_a_save_succeeds(qtbot, open_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On a full or read-only disk the status bar warns, the work stays open, and a later save succeeds."""
    window = open_window()
    real_write = window._write

    def full_disk() -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(window.autosaver, "_save", full_disk)
    text = window.sheet.article.text
    start = text.index("Victor Cha")
    window.article.select_span(start, start + len("Victor Cha"))
    window.mark("named-source")
    assert window.autosaver.save_now() is False
    assert "Could not save" in window.save_state.text()
    assert window.autosaver.dirty and len(window.sheet.work.annotations) == 1
    window.statusBar().showMessage("a menu's hint")  # passing messages do not hide the warning
    assert "Could not save" in window.save_state.text() and window.save_state.isVisible()
    monkeypatch.setattr(window.autosaver, "_save", real_write)
    assert window.autosaver.save_now() is True
    assert window.save_state.text().startswith("✔ All work saved at")
    assert saved_quotes(window.work_file) == ["Victor Cha"]


def test_a_window_that_cannot_save_can_still_be_closed_after_handing_in(qtbot, open_window, dialogs,
                                                                        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On a disk that stays read-only, a student who changed anything could never close the window."""
    window = open_window()

    def read_only_disk() -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(window.autosaver, "_save", read_only_disk)
    mark_quotes(window, ("Victor Cha", "named-source"))
    window.close()
    assert window.isVisible(), "closed with the change unsaved and nobody asked"
    assert "Keep working" in dialogs.messages[-1][1] and "Hand in" in dialogs.messages[-1][1]

    window.hand_in_work()  # to the folder the FakeDialogs choose
    window.close()
    assert not window.isVisible()
    handed = next((dialogs.folder or Path()).glob("*.yaml"))
    assert saved_quotes(handed) == ["Victor Cha"]


def test_closing_unsaved_work_that_changed_after_the_hand_in_asks_first(qtbot, open_window, dialogs,
                                                                        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A change made after handing in was lost without a word when the window closed."""
    window = open_window()
    monkeypatch.setattr(window.autosaver, "_save", lambda: (_ for _ in ()).throw(OSError(28, "No space left")))
    window.hand_in_work()
    mark_quotes(window, ("Victor Cha", "named-source"))
    window.close()
    assert window.isVisible()
    dialogs.answer = True  # "Close and lose the changes"
    window.close()
    assert not window.isVisible()
