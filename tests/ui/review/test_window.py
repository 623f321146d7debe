"""The teacher's review window: the class, one student against the key, feedback that persists."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from annotator.core.annotations import Student, Work
from annotator.core.desk import hand_in
from annotator.core.feedback import feedback_path, load_feedback
from annotator.core.pack import Pack
from annotator.core.roster import load_class
from annotator.core.worksheet import Worksheet
from annotator.ui.review.window import ReviewWindow
from tests.ui.conftest import FakeDialogs


def _hand_in(pack: Pack, folder: Path, name: str, item_ids: list[str], extra: tuple[int, int] | None = None) -> Path:
    work = Work(pack.lesson.id, pack.article.sha256, Student(name))
    sheet = Worksheet(pack.lesson, pack.article, work)
    assert pack.key is not None
    for item in pack.key.items:
        if item.id in item_ids:
            sheet.add(item.start, item.end, item.categories[0], note="Seen.")
    if extra:
        sheet.add(*extra, "opinion", note="<b>not html</b>")
    return hand_in(work, folder)


@pytest.fixture
def class_folder(tmp_path: Path, hanoi: Pack) -> Path:
    """Two students: Ana found k01 and k02, Ben found k01 and added an extra highlight."""
    folder = tmp_path / "class"
    _hand_in(hanoi, folder, "Ana Pérez", ["k01", "k02"])
    _hand_in(hanoi, folder, "Ben Ode", ["k01"], extra=(0, 10))
    (folder / "notes.txt").write_text("not a submission", encoding="utf-8")
    return folder


def _window(qtbot, folder: Path, pack: Pack, dialogs: FakeDialogs | None = None) -> ReviewWindow:  # type: ignore[no-untyped-def]
    window = ReviewWindow(load_class([folder], pack), dialogs=dialogs or FakeDialogs())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def test_class_table_lists_students_and_the_broken_file(qtbot, class_folder: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """The teacher sees every student who handed in, and which file could not be used."""
    window = _window(qtbot, class_folder, hanoi)
    names = [window.table.item(r, 0).text() for r in range(window.table.rowCount())]
    assert names == ["Ana Pérez", "Ben Ode"]
    assert any("notes.txt" in str(p) for p in window.roster.problems)


def test_a_missed_key_item_is_shown_as_missed(qtbot, class_folder: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """Choosing Ben and comparing with the key shows k02 under Missed, drawn hatched in the article."""
    window = _window(qtbot, class_folder, hanoi)
    window.table.selectRow(1)
    window.key_toggle.setChecked(True)
    groups = {window.key_list.topLevelItem(i).text(0).split(" (")[0]: window.key_list.topLevelItem(i)
              for i in range(window.key_list.topLevelItemCount())}
    missed = [groups["✖ Missed"].child(i).text(0) for i in range(groups["✖ Missed"].childCount())]
    assert hanoi.key is not None
    k02 = next(it for it in hanoi.key.items if it.id == "k02")
    assert any(k02.quote[:20] in line for line in missed)
    assert groups["+ Extra: matches nothing in the key"].childCount() == 1
    # The missed passage is drawn with a pattern, not only a colour.
    view = window.article
    pos16 = view.u16.to_utf16(k02.start)
    block = view.document().findBlock(pos16)
    ranges = block.layout().formats()
    styles = [r.format.background().style() for r in ranges if r.start <= pos16 - block.position() < r.start + r.length]
    from PySide6.QtCore import Qt

    assert Qt.BrushStyle.BDiagPattern in styles


def test_feedback_typed_by_the_teacher_is_saved_beside_the_file_and_comes_back(qtbot, class_folder: Path,
                                                                                  hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """Feedback and a score override land in NAME.feedback.yaml (never the student's file) and reopen."""
    window = _window(qtbot, class_folder, hanoi)
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

    again = _window(qtbot, class_folder, hanoi)
    again.table.selectRow(0)
    assert again.overall.toPlainText() == "Well spotted: both sources."
    assert again.prompt_scores["who-speaks"].value() == 7


def test_export_grades_applies_overrides_and_is_safe(qtbot, class_folder: Path, hanoi: Pack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The exported gradebook has the teacher's score and a BOM, ready for the LMS."""
    out = tmp_path / "grades.csv"
    dialogs = FakeDialogs(folder=out)
    window = _window(qtbot, class_folder, hanoi, dialogs)
    window.table.selectRow(1)
    window.total_spin.setValue(9)
    window.export_grades()
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    ben = next(r for r in rows if r["student_name"] == "Ben Ode")
    assert ben["total"] == "9"


def test_reports_are_written_as_html_and_pdf(qtbot, class_folder: Path, hanoi: Pack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Each student gets a readable report, with what they typed escaped, and a PDF of it."""
    out = tmp_path / "reports"
    out.mkdir()
    window = _window(qtbot, class_folder, hanoi, FakeDialogs(folder=out))
    window.export_reports()
    html_files = sorted((out / "teacher").glob("*.html"))
    pdfs = sorted((out / "teacher").glob("*.pdf"))
    assert len(html_files) == 2 and len(pdfs) == 2
    assert len(list((out / "students").glob("*.pdf"))) == 2  # copies to hand back, without the key
    assert all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
    ben = next(p for p in html_files if "ben" in p.name.lower())
    assert "&lt;b&gt;not html&lt;/b&gt;" in ben.read_text(encoding="utf-8")


def test_heat_map_counts_students_per_passage(qtbot, class_folder: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """The heat map says how many students highlighted a passage both of them marked."""
    window = _window(qtbot, class_folder, hanoi)
    window.heat_toggle.setChecked(True)
    assert hanoi.key is not None
    k01 = next(it for it in hanoi.key.items if it.id == "k01")
    assert window.layer.tooltips(k01.start) == ["2 of 2 students highlighted this"]


def test_clicking_a_highlight_opens_its_comment_box(qtbot, class_folder: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """A teacher clicks a student's highlight and can type a comment on it right away."""
    window = _window(qtbot, class_folder, hanoi)
    window.table.selectRow(0)
    aid = next(iter(window.roster.submissions[0].work.annotations))
    window.article.highlightClicked.emit(aid)
    assert window.tabs.currentIndex() == 1 and window.annotation_comment.isEnabled()
    window.annotation_comment.setPlainText("Good catch.")
    assert window.autosaver.save_now()
    assert window.feedback[0].annotations[aid] == "Good catch."


def test_the_heat_map_says_how_to_read_it_instead_of_a_students_name(qtbot, class_folder: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """With the class heat map on, the name above the article suggested it was still one student's work."""
    window = _window(qtbot, class_folder, hanoi)
    name = window.student_label.text()
    assert name in ("Ana Pérez", "Ben Ode")
    window.heat_toggle.setChecked(True)
    assert window.student_label.text() == "Class heat map: darker = more of the 2 students marked it"
    window.heat_toggle.setChecked(False)
    assert window.student_label.text() == name


def test_the_class_tab_counts_who_found_each_key_passage(qtbot, class_folder: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """The Class tab would miscount the students who found a passage, or lose the agreement per category."""
    window = _window(qtbot, class_folder, hanoi)
    assert hanoi.key is not None
    missed = window.class_tab.missed.toPlainText()
    k01, k02 = hanoi.key.items[0], hanoi.key.items[1]
    assert f"“{k01.quote}”" in missed and "found by 2 of 2" in missed  # k01 by Ana and Ben
    assert "found by 1 of 2" in missed  # k02 by Ana only
    assert missed.count("found by 0 of 2") == len(hanoi.key.items) - 2
    assert missed.index(f"“{k02.quote}”") < missed.index(f"“{k01.quote}”")  # most missed first
    window.tabs.setCurrentWidget(window.class_tab)  # agreement is measured when the tab is first opened
    agreement = window.class_tab.agreement.toPlainText()
    assert all(f"{c.label}: α" in agreement for c in hanoi.lesson.categories) and "All categories: α" in agreement


def test_choosing_an_extra_highlight_in_the_key_tab_shows_it_and_opens_its_comment(qtbot, class_folder: Path,
                                                                                   hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """Clicking Ben's extra highlight in the Key tab would not select it in the article nor open its comment."""
    window = _window(qtbot, class_folder, hanoi)
    window.table.selectRow(1)
    extra_group = next(window.key_list.topLevelItem(i) for i in range(window.key_list.topLevelItemCount())
                       if window.key_list.topLevelItem(i).text(0).startswith("+ Extra"))
    window.key_list.itemClicked.emit(extra_group.child(0), 0)
    ben = window.roster.submissions[1]
    extra = next(a for a in ben.work.annotations.values() if a.category == "opinion")
    assert window.chosen_annotation == extra.id and window.annotation_comment.isEnabled()
    cursor = window.article.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (extra.start, extra.end)


def test_a_lesson_without_a_key_shows_the_class_without_scores(qtbot, tmp_path: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """A pack with no answer key would crash the window or show made-up scores."""
    import shutil

    from annotator.core.pack import load_pack

    bare_folder = tmp_path / "bare"
    shutil.copytree(hanoi.path, bare_folder)
    (bare_folder / "key.yaml").unlink()
    bare = load_pack(bare_folder)
    folder = tmp_path / "class"
    work = Work(bare.lesson.id, bare.article.sha256, Student("Ana Pérez"))
    Worksheet(bare.lesson, bare.article, work).add(0, 10, "opinion")
    hand_in(work, folder)
    window = _window(qtbot, folder, bare)
    assert [window.table.item(0, col).text() for col in (3, 4, 5)] == ["—", "—", "—"]
    assert window.key_list.topLevelItem(0).text(0) == "No answer key in this lesson pack."
    assert not window.key_toggle.isEnabled()
    window.tabs.setCurrentWidget(window.class_tab)
    assert "How far the 1 student agrees" in window.class_tab.agreement.toPlainText()  # agreement needs no key
    assert "no answer key" in window.class_tab.missed.toPlainText()
    window.heat_toggle.setChecked(True)
    assert window.layer.tooltips(0) == ["1 of 1 students highlighted this"]  # the heat map needs no key
