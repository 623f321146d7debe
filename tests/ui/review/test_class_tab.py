"""The Class tab, the projector's consensus view, the debrief export and Promote to key, in the review window."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl

from annotator.core.annotations import Student, Work
from annotator.core.consensus import ConsensusPassage
from annotator.core.desk import hand_in
from annotator.core.pack import Pack
from annotator.core.roster import load_class
from annotator.core.worksheet import Worksheet
from annotator.ui.review.window import ReviewWindow
from tests.ui.conftest import FakeDialogs

NAMES = ["Ana Pérez", "Ben Ode", "Cleo Ng", "Dev Rao"]


@pytest.fixture
def big_class(tmp_path: Path, hanoi: Pack) -> Path:
    """Four students: all find k01; three mark k02, two of them as the key says and one in another category."""
    assert hanoi.key is not None
    k01, k02 = hanoi.key.items[0], hanoi.key.items[1]
    other = next(c.id for c in hanoi.lesson.categories if c.id not in k02.categories)
    folder = tmp_path / "class"
    for n, name in enumerate(NAMES):
        work = Work(hanoi.lesson.id, hanoi.article.sha256, Student(name))
        sheet = Worksheet(hanoi.lesson, hanoi.article, work)
        sheet.add(k01.start, k01.end, k01.categories[0], note=f"private note of {name}")
        if n < 2:
            sheet.add(k02.start, k02.end, k02.categories[0])
        elif n == 2:
            sheet.add(k02.start, k02.end, other)
        hand_in(work, folder)
    return folder


def window_on(qtbot, folder: Path, pack: Pack, **kw) -> ReviewWindow:  # type: ignore[no-untyped-def]
    """The review window on a class, shown off screen."""
    window = ReviewWindow(load_class([folder], pack), dialogs=kw.pop("dialogs", FakeDialogs()), **kw)
    qtbot.addWidget(window)
    window.show()
    return window


def test_agreement_shows_three_decimals_and_the_sentence(qtbot, big_class: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """The teacher reads alpha to three decimals with the sentence and intervals under it, all categories first."""
    window = window_on(qtbot, big_class, hanoi)
    assert "first opened" in window.class_tab.agreement.toPlainText()  # not measured while the window opens
    window.tabs.setCurrentWidget(window.class_tab)
    text = window.class_tab.agreement.toPlainText()
    head = re.search(r"All categories: α (-?\d\.\d+)\n(.*)\n", text)
    assert head is not None and len(head.group(1).split(".")[1]) == 3
    assert head.group(2).startswith("Students ") and head.group(2).endswith(".")
    assert text.index("All categories") < text.index(hanoi.lesson.categories[0].label + ": α")
    assert all(f"{name} " in text for name in ("uα", "|uα", "cuα", "per-character α"))


def test_missed_passages_say_what_the_class_took_them_for(qtbot, big_class: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """Each key passage says how many found it and what the others marked it as; its link shows it in the article."""
    assert hanoi.key is not None
    k02 = hanoi.key.items[1]
    window = window_on(qtbot, big_class, hanoi)
    text = window.class_tab.missed.toPlainText()
    line = text[text.index(f"“{k02.quote}”"):].splitlines()[1]
    assert line.startswith("found by 2 of 4 · 1 as ") and line.endswith(" · 1 did not mark it")
    assert re.search(r"→ .*: 1", text)  # the confusion, counted once
    window.class_tab.missed.anchorClicked.emit(QUrl(f"#{k02.start}-{k02.end}"))
    cursor = window.article.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (k02.start, k02.end)


def test_ticked_consensus_passages_are_sent_to_the_key(qtbot, big_class: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """Ticking a passage the whole class marked and pressing the button hands it to the answer key, once."""
    sent: list[list[ConsensusPassage]] = []
    window = window_on(qtbot, big_class, hanoi, promote=sent.append)
    tab = window.class_tab
    assert not tab.promote_button.isEnabled()
    row = tab.consensus_rows[0]
    row.setCheckState(0, Qt.CheckState.Checked)
    assert tab.promote_button.isEnabled() and tab.promote_button.text() == "Send 1 to the answer key…"
    tab.promote_button.click()
    assert len(sent) == 1 and sent[0][0].students == 4 and sent[0][0].of == 4


def test_without_a_promoter_there_is_no_button(qtbot, big_class: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """A review window that cannot reach the answer key does not offer a button that does nothing."""
    window = window_on(qtbot, big_class, hanoi)
    assert window.class_tab.promote_button.isHidden()


def test_f11_shows_the_consensus_full_screen_without_names(qtbot, big_class: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """The projector view shows counts over the article, never a student's name or note; Esc closes it."""
    window = window_on(qtbot, big_class, hanoi)
    window.show_consensus()
    view = window.consensus_view
    assert view is not None and view.isVisible()
    k01 = hanoi.key.items[0]  # type: ignore[union-attr]
    assert view.layer.tooltips(k01.start) == ["4 of 4 students highlighted this"]
    shown = view.article.toPlainText() + view.legend.text() + view.windowTitle()
    assert not any(name in shown for name in NAMES) and "private note" not in shown
    qtbot.keyClick(view.article, Qt.Key.Key_Right)  # the article has the focus; the arrows still change category
    assert view.category.currentIndex() == 1 and view.legend.text().startswith(view.category.currentText())
    qtbot.keyClick(view.article, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_export_debrief_writes_html_and_pdf(qtbot, big_class: Path, hanoi: Pack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """File ▸ Export debrief writes the anonymous page and its PDF, and says where."""
    out = tmp_path / "debrief"
    window = window_on(qtbot, big_class, hanoi, dialogs=FakeDialogs(out))
    window.export_debrief()
    page = (out / "debrief.html").read_text(encoding="utf-8")
    assert (out / "debrief.pdf").read_bytes().startswith(b"%PDF")
    assert "4 of 4" in page and not any(name in page for name in NAMES)
    assert "debrief.pdf" in window.statusBar().currentMessage()


def test_exported_teacher_reports_carry_the_class_section(qtbot, big_class: Path, hanoi: Pack,
                                                          tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Reports exported from the window have what the class missed in the teacher's copy, not the students'."""
    out = tmp_path / "reports"
    window = window_on(qtbot, big_class, hanoi, dialogs=FakeDialogs(out))
    window.export_reports()
    teacher = next((out / "teacher").glob("*.html")).read_text(encoding="utf-8")
    student = next((out / "students").glob("*.html")).read_text(encoding="utf-8")
    assert "The class and the key" in teacher and "The class and the key" not in student


def test_each_students_work_is_a_sentence_with_their_full_name(qtbot, big_class: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """The teacher reads every student's highlights, coverage and time on task, names never cut off."""
    window = window_on(qtbot, big_class, hanoi)
    text = window.class_tab.students.toPlainText()
    assert all(name in text for name in NAMES)
    assert "2 highlights covering" in text and "from start to last change" in text
