"""Opening a student's window: their saved work, a lock that keeps a second window read-only, returned files."""

from __future__ import annotations

from pathlib import Path

from annotator.core.annotations import Student, Work
from annotator.core.desk import work_path
from annotator.core.workfile import save_work
from tests.ui.driving import mark_quotes


def test_second_window_on_the_same_work_is_read_only(qtbot, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A second copy of the app on the same student's work cannot overwrite it, and says why."""
    first = open_window()
    second = open_window()
    assert first.read_only_reason == ""
    assert "open in another Annotator window" in second.read_only_reason
    assert not second.palette_box.isEnabled()
    assert "Read only" in second.statusBar().currentMessage()
    text = second.sheet.article.text
    start = text.index("Ron Johnson")
    second.article.select_span(start, start + 11)
    second.mark("named-source")
    assert second.sheet.work.annotations == {}
    first.close()
    assert not first.lock.held


def test_reopening_continues_where_the_student_stopped(qtbot, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Closing and reopening the lesson brings back every highlight and note."""
    window = open_window()
    text = window.sheet.article.text
    start = text.index("Jeff Merkley")
    window.article.select_span(start, start + len("Jeff Merkley"))
    window.mark("named-source")
    window.sheet.set_note(next(iter(window.sheet.work.annotations)), "A Democrat from Oregon.")
    window.close()
    again = open_window()
    [a] = again.sheet.work.annotations.values()
    assert (a.quote, a.note) == ("Jeff Merkley", "A Democrat from Oregon.")


def test_unreadable_autosave_is_kept_aside_and_the_student_told(qtbot, open_window, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    """A damaged saved file is renamed, not deleted, and the student learns what happened."""
    data_dir = tmp_path / "data"
    path = work_path(data_dir, "hanoi-summit-2019", "Ana Pérez", "s-0412")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"schema: annotator/annotations@1\nannotations: [\x00\xff")
    window = open_window(data_dir=data_dir)
    kept = list(path.parent.glob("*.unreadable-*.yaml"))
    assert len(kept) == 1 and kept[0].read_bytes().endswith(b"\x00\xff")
    qtbot.waitUntil(lambda: bool(dialogs.messages))
    assert "could not be read" in dialogs.messages[0][1]
    assert window.sheet.work.annotations == {}


def test_a_returned_file_is_shown_but_never_changed(qtbot, open_window, tmp_path: Path, hanoi) -> None:  # type: ignore[no-untyped-def]
    """A student opening their returned file in the class folder would change the copy the teacher graded."""
    from annotator.core.feedback import Feedback, feedback_path, save_feedback

    work = Work(hanoi.lesson.id, hanoi.article.sha256, Student("Ana Pérez"))
    path = tmp_path / "class" / "hanoi-summit-2019__ana-perez.yaml"
    save_work(path, work)
    fb = Feedback.for_work(work, path)
    fb.overall = "Look again at the headline."
    save_feedback(feedback_path(path), fb)
    before = path.read_bytes()

    window = open_window(work_file=path, student=None)
    assert "returned" in window.read_only_reason
    text = window.sheet.article.text
    i = text.index("Spinning")
    window.article.select_span(i, i + len("Spinning"))
    window.mark("framing")
    window.autosaver.save_now()
    window.close()
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.lock"))


def test_a_returned_file_with_an_unreadable_feedback_file_is_not_changed_either(qtbot, open_window, tmp_path: Path,
                                                                                hanoi) -> None:  # type: ignore[no-untyped-def]
    """A broken feedback file beside a returned file let the student's window write over the graded copy."""
    from annotator.core.feedback import feedback_path

    work = Work(hanoi.lesson.id, hanoi.article.sha256, Student("Ana Pérez"))
    path = tmp_path / "class" / "hanoi-summit-2019__ana-perez.yaml"
    save_work(path, work)
    feedback_path(path).write_text("schema: annotator/feedback@1\ntotal: [\n", encoding="utf-8")
    before = path.read_bytes()
    window = open_window(work_file=path, student=None)
    assert "returned" in window.read_only_reason
    qtbot.waitUntil(lambda: any("feedback file could not be read" in m for _, m in window.dialogs.messages))
    mark_quotes(window, ("Spinning", "framing"))
    window.autosaver.save_now()
    assert path.read_bytes() == before
