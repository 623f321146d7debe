"""The Feedback tab: what the teacher types is saved beside the student's file, never in it, and comes back."""

from __future__ import annotations

from pathlib import Path

from annotator.core.feedback import feedback_path, load_feedback
from annotator.core.pack import Pack
from tests.ui.review.classes import window_on


def test_feedback_typed_by_the_teacher_is_saved_beside_the_file_and_comes_back(qtbot, class_folder: Path,
                                                                                  hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """Feedback and a score override land in NAME.feedback.yaml (never the student's file) and reopen."""
    window = window_on(qtbot, class_folder, hanoi)
    window.table.selectRow(0)
    sub = window.roster.submissions[0]
    before = sub.path.read_bytes()
    window.overall.setPlainText("Well spotted: both sources.")
    window.prompt_scores["who-speaks"].setValue(7)
    assert window.autosaver.save_now()
    fb = load_feedback(feedback_path(sub.path))
    assert fb.overall == "Well spotted: both sources."
    assert fb.prompts["who-speaks"].score == 7
    assert sub.path.read_bytes() == before
    assert "✎" in window.table.item(0, 4).text()
    window.close()

    again = window_on(qtbot, class_folder, hanoi)
    again.table.selectRow(0)
    assert again.overall.toPlainText() == "Well spotted: both sources."
    assert again.prompt_scores["who-speaks"].value() == 7


def test_clicking_a_highlight_opens_its_comment_box(qtbot, class_folder: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """A teacher clicks a student's highlight and can type a comment on it right away."""
    window = window_on(qtbot, class_folder, hanoi)
    window.table.selectRow(0)
    aid = next(iter(window.roster.submissions[0].work.annotations))
    window.article.highlightClicked.emit(aid)
    assert window.tabs.currentIndex() == 1 and window.annotation_comment.isEnabled()
    window.annotation_comment.setPlainText("Good catch.")
    assert window.autosaver.save_now()
    assert window.feedback[0].annotations[aid] == "Good catch."


def test_a_score_box_is_wide_enough_for_automatic_and_its_score(qtbot, class_folder: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """At 1366×768 each score box showed "omatic (3)": the box kept the width of the words before."""
    window = window_on(qtbot, class_folder, hanoi)
    window.resize(1366, 768)
    window.tabs.setCurrentIndex(1)
    window.table.selectRow(0)
    qtbot.wait(20)
    for spin in window.prompt_scores.values():
        shown = spin.specialValueText() + spin.suffix()
        assert shown.startswith("automatic (")
        room = spin.lineEdit().width()
        qtbot.waitUntil(lambda s=spin, t=shown: s.lineEdit().width() >= s.fontMetrics().horizontalAdvance(t))
        assert spin.lineEdit().width() >= room
