"""The student window, driven as a student would: keyboard, mouse, category keys, undo, hand-in."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QWidget

from annotator.core.anchoring import Status
from annotator.core.annotations import Annotation, Student, Work
from annotator.core.desk import DEFAULT_TEXT_SIZE, Preferences, work_path
from annotator.core.workfile import save_work
from annotator.ui.common.autosave import SAVE_DELAY_MS
from annotator.ui.student.window import StudentWindow
from tests.ui.conftest import FakeDialogs


def formats_at(window: StudentWindow, offset: int) -> list[QTextCharFormat]:
    """The highlight formats Qt draws over one character of the article."""
    view = window.article
    pos16 = view.u16.to_utf16(offset)
    block = view.document().findBlock(pos16)
    inside = pos16 - block.position()
    ranges = block.layout().formats()  # keep the ranges alive while their formats are copied
    return [QTextCharFormat(r.format) for r in ranges if r.start <= inside < r.start + r.length]


def select_by_keyboard(qtbot, window: StudentWindow, start: int, length: int) -> None:  # type: ignore[no-untyped-def]
    """Put the caret at ``start`` and press Shift+Right ``length`` times, as a keyboard user would."""
    window.article.setFocus()
    window.article.place_caret(start)
    for _ in range(length):
        qtbot.keyClick(window.article, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def saved_quotes(path: Path) -> list[str]:
    """Quotes in a saved annotation file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [a["quote"] for a in data["annotations"]]


def mark_quotes(window: StudentWindow, *marks: tuple[str, str]) -> list[str]:
    """Highlight each (quote, category) at its first place in the article, as a student would; return the ids."""
    text = window.sheet.article.text
    ids = []
    for quote, category in marks:
        i = text.index(quote)
        window.article.select_span(i, i + len(quote))
        window.mark(category)
        ids.append(window.current_id)
    return ids  # type: ignore[return-value]


def test_keyboard_selection_and_key_2_highlights_exactly_that_text(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """A student who selects with Shift+arrows and presses 2 sees exactly those words marked as unnamed source."""
    window = open_window()
    text = window.sheet.article.text
    quote = "a senior State Department official"
    start = text.index(quote)
    select_by_keyboard(qtbot, window, start, len(quote))
    assert window.article.selection() == (start, start + len(quote))
    qtbot.keyClick(window.article, Qt.Key.Key_2)

    [a] = window.sheet.work.annotations.values()
    assert (a.quote, a.category) == (quote, "unnamed-source")
    dashed = QTextCharFormat.UnderlineStyle.DashUnderline
    for offset in (start, start + len(quote) // 2, start + len(quote) - 1):
        assert [f.underlineStyle() for f in formats_at(window, offset)] == [dashed]
    assert formats_at(window, start - 1) == [] and formats_at(window, start + len(quote)) == []
    assert window.note_panel.note.hasFocus() or window.focusWidget() is window.note_panel.note

    qtbot.waitUntil(
        lambda: window.work_file.exists() and quote in saved_quotes(window.work_file), timeout=SAVE_DELAY_MS + 2000
    )

    window.undo()
    assert window.sheet.work.annotations == {}
    assert formats_at(window, start) == []
    qtbot.waitUntil(lambda: saved_quotes(window.work_file) == [], timeout=SAVE_DELAY_MS + 2000)


def test_note_typed_after_highlighting_is_saved(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """The note a student types goes into their file without any save button."""
    window = open_window()
    text = window.sheet.article.text
    start = text.index("Stephen Biegun")
    window.article.select_span(start, start + len("Stephen Biegun"))
    window.palette_box.buttons["named-source"].click()
    qtbot.keyClicks(window.note_panel.note, "His job is named.")
    qtbot.keyClick(window.note_panel.note, Qt.Key.Key_Escape)
    assert window.article.hasFocus() or window.focusWidget() is window.article
    [a] = window.sheet.work.annotations.values()
    assert a.note == "His job is named."
    qtbot.waitUntil(
        lambda: window.work_file.exists() and "His job is named." in window.work_file.read_text(encoding="utf-8"),
        timeout=4000,
    )
    window.undo()  # typing a note undoes as one step
    assert window.sheet.work.annotations[a.id].note == ""


def test_overlapping_highlights_both_stay_visible(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """A quote inside a longer highlighted sentence still shows its own category where they overlap."""
    window = open_window()
    text = window.sheet.article.text
    outer = "Nevertheless, a senior State Department official conceded"
    inner = "a senior State Department official"
    s_out, s_in = text.index(outer), text.index(inner)
    window.article.select_span(s_out, s_out + len(outer))
    window.mark("framing")
    window.article.select_span(s_in, s_in + len(inner))
    window.mark("unnamed-source")
    dotted, dashed = QTextCharFormat.UnderlineStyle.DotLine, QTextCharFormat.UnderlineStyle.DashUnderline
    assert [f.underlineStyle() for f in formats_at(window, s_out)] == [dotted]
    overlap = formats_at(window, s_in + 3)
    assert [f.underlineStyle() for f in overlap] == [dashed]
    alone = formats_at(window, s_out).pop().background().color()
    both = overlap[0].background().color()
    assert both.lightness() < alone.lightness()  # the overlap is drawn darker, so both are visible


def test_category_change_and_delete_can_be_undone(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Changing a highlight's category, deleting it, and undoing both work as a student expects."""
    window = open_window()
    text = window.sheet.article.text
    start = text.index("blunder")
    window.article.select_span(start, start + 7)
    window.mark("framing")
    [aid] = window.sheet.work.annotations
    window.mark("loaded-language")  # caret inside the highlight, nothing selected: re-categorise
    assert window.sheet.work.annotations[aid].category == "loaded-language"
    window.delete_current()
    assert aid not in window.sheet.work.annotations
    window.undo()
    assert window.sheet.work.annotations[aid].category == "loaded-language"
    window.undo()
    assert window.sheet.work.annotations[aid].category == "framing"
    window.redo()
    assert window.sheet.work.annotations[aid].category == "loaded-language"


def test_orphaned_and_fuzzy_annotations_are_listed_and_marked(qtbot, open_window, tmp_path: Path, hanoi) -> None:  # type: ignore[no-untyped-def]
    """A highlight whose words are gone is listed as not found, never dropped; a changed one asks to be checked."""
    text = hanoi.article.text
    i = text.index("whole enchilada")
    work = Work(hanoi.lesson.id, "0" * 64, Student("Ben Ode"))
    work.annotations["GONE01"] = Annotation("GONE01", "opinion", 10, 40, "words that no article ever contained")
    work.annotations["TYPO01"] = Annotation("TYPO01", "loaded-language", i, i + 15, "whole enchilida")
    path = tmp_path / "ben.yaml"
    save_work(path, work)
    window = open_window(work_file=path, student=None)
    assert window.sheet.status("GONE01") is Status.ORPHANED
    assert window.sheet.status("TYPO01") is Status.FUZZY
    orphan_row = window.highlights.row_of("GONE01")
    assert orphan_row.parent().text(0).startswith("Not found in the article")
    assert "not found" in orphan_row.text(0)
    assert "check" in window.highlights.row_of("TYPO01").text(0)
    window.choose("TYPO01")
    assert window.note_panel.confirm.isVisibleTo(window)
    window.note_panel.confirm.click()
    assert window.sheet.work.annotations["TYPO01"].quote == "whole enchilada"
    # The orphan is still written back when the work is saved.
    window.autosaver.save_now()
    assert "words that no article ever contained" in path.read_text(encoding="utf-8")


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


def test_find_selects_the_next_match(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+F finds words in the article and selects them, so the student can mark them."""
    window = open_window()
    window.show_find()
    qtbot.keyClicks(window.find_box, "love letters")
    qtbot.keyClick(window.find_box, Qt.Key.Key_Return)
    start, end = window.article.selection()
    assert window.sheet.article.text[start:end].lower() == "love letters"
    qtbot.keyClick(window.find_box, Qt.Key.Key_Return)
    assert window.article.selection()[0] > start


def test_find_counts_the_matches_and_shift_enter_goes_back(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """A student looking for every "senator" could only go forward, and not know how many there are."""
    window = open_window()
    text = window.sheet.article.text
    places = [i for i in range(len(text)) if text.lower().startswith("senator", i)]
    assert len(places) > 2
    window.show_find()
    qtbot.keyClicks(window.find_box, "senator")
    for n in (1, 2, 3):
        qtbot.keyClick(window.find_box, Qt.Key.Key_Return)
        assert window.article.selection()[0] == places[n - 1]
        assert window.find_status.text().startswith(f"{n} of {len(places)}")
    qtbot.keyClick(window.find_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.article.selection()[0] == places[1]
    assert window.find_status.text().startswith(f"2 of {len(places)}")


def test_select_sentence_extends_to_the_whole_sentence(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Alt+S turns a caret in a sentence into a selection of that whole sentence."""
    window = open_window()
    text = window.sheet.article.text
    sentence = "Each side balked at the other’s proposal."
    window.article.place_caret(text.index(sentence) + 6)
    window.select_sentence()
    start, end = window.article.selection()
    assert text[start:end] == sentence


def test_text_size_is_remembered(qtbot, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Bigger text chosen once stays bigger the next time the lesson opens."""
    window = open_window()
    before = window.article.text_size
    window.zoom(+2)
    assert Preferences.load(tmp_path / "data").text_size == before + 2
    window.close()
    assert open_window().article.text_size == before + 2


def test_every_control_has_an_accessible_name(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """A screen reader can name every control a student can reach."""
    window = open_window()
    unnamed = []
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        name = w.accessibleName() or getattr(w, "text", lambda: "")()
        if not name and type(w).__name__ not in {
            "QScrollBar",
            "QTabBar",
            "QSplitterHandle",
            "QMenuBar",
            "QScrollArea",
            "QWidget",
        }:
            unnamed.append(type(w).__name__)
    assert unnamed == []


def test_teacher_feedback_beside_a_returned_file_is_shown(qtbot, open_window, tmp_path: Path, hanoi) -> None:  # type: ignore[no-untyped-def]
    """A student opening their returned file sees the teacher's comments next to what they concern."""
    from annotator.core.feedback import Feedback, PromptFeedback, feedback_path, save_feedback

    work = Work(hanoi.lesson.id, hanoi.article.sha256, Student("Ana Pérez"))
    text = hanoi.article.text
    i = text.index("Ron Johnson")
    work.annotations["RJ0001"] = Annotation("RJ0001", "named-source", i, i + 11, "Ron Johnson")
    path = tmp_path / "returned" / "hanoi-summit-2019__ana-perez.yaml"
    save_work(path, work)
    fb = Feedback.for_work(work, path)
    fb.overall = "Careful work."
    fb.annotations["RJ0001"] = "Say which party he belongs to."
    fb.prompts["who-speaks"] = PromptFeedback("Find the unnamed ones too.", 6)
    save_feedback(feedback_path(path), fb)

    window = open_window(work_file=path, student=None)
    labels = [w.text() for w in window.prompts.findChildren(type(window.note_panel.teacher))]
    assert any("Careful work." in t for t in labels)
    assert any("Find the unnamed ones too. (score: 6)" in t for t in labels)
    window.choose("RJ0001")
    assert window.note_panel.teacher.isVisibleTo(window)
    assert "Say which party" in window.note_panel.teacher.text()
    assert "teacher" in window.highlights.row_of("RJ0001").text(0)


def test_keys_never_change_a_highlight_the_caret_has_left(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Pressing 3 or Delete away from a highlight must not silently change or delete one scrolled out of view."""
    window = open_window()
    text = window.sheet.article.text
    start = text.index("a senior administration official")
    window.article.select_span(start, start + len("a senior administration official"))
    window.mark("unnamed-source")
    [aid] = window.sheet.work.annotations
    window.article.setFocus()
    window.article.place_caret(text.index("Jeff Merkley"))
    assert window.current_id is None
    qtbot.keyClick(window.article, Qt.Key.Key_3)
    window.delete_current()
    assert window.sheet.work.annotations[aid].category == "unnamed-source"
    assert "First select some words" in window.statusBar().currentMessage()


def test_esc_in_the_find_box_returns_to_the_article_with_the_match_selected(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """After finding words, Esc goes back to the article so pressing a number marks them."""
    window = open_window()
    window.show_find()
    qtbot.keyClicks(window.find_box, "whole enchilada")
    qtbot.keyClick(window.find_box, Qt.Key.Key_Return)
    qtbot.keyClick(window.find_box, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    qtbot.keyClick(window.article, Qt.Key.Key_4)
    [a] = window.sheet.work.annotations.values()
    assert (a.quote, a.category) == ("whole enchilada", "loaded-language")


def test_arrowing_through_my_highlights_shows_each_and_a_key_recategorises(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """A keyboard user can walk the list, see each note, and press a category key to change one."""
    window = open_window()
    mark_quotes(window, ("Ron Johnson", "named-source"), ("Jeff Merkley", "named-source"))
    window.tabs.setCurrentIndex(1)
    window.highlights.setFocus()
    window.highlights.setCurrentItem(window.highlights.row_of(next(iter(window.sheet.work.annotations))))
    first = window.current_id
    qtbot.keyClick(window.highlights, Qt.Key.Key_Down)
    assert window.current_id not in (None, first)
    qtbot.keyClick(window.highlights, Qt.Key.Key_6)
    assert window.sheet.work.annotations[window.current_id].category == "opinion"


def test_open_a_returned_file_from_the_file_menu(qtbot, open_window, tmp_path: Path, hanoi) -> None:  # type: ignore[no-untyped-def]
    """File ▸ Open finds the file's lesson and shows the student's work, teacher's comments included."""
    from annotator.core.feedback import Feedback, feedback_path, save_feedback
    from annotator.ui.lessons.teacher_menu import TeacherTools
    from tests.ui.conftest import FakeDialogs

    work = Work(hanoi.lesson.id, hanoi.article.sha256, Student("Ana Pérez"))
    i = hanoi.article.text.index("Ron Johnson")
    work.annotations["RJ0001"] = Annotation("RJ0001", "named-source", i, i + 11, "Ron Johnson")
    returned = tmp_path / "returned.yaml"
    save_work(returned, work)
    fb = Feedback.for_work(work, returned)
    fb.overall = "Well done."
    save_feedback(feedback_path(returned), fb)

    window = open_window()
    tools = TeacherTools(tmp_path / "data", FakeDialogs(folder=returned), window.sheet.work.student)  # type: ignore[arg-type]
    tools.attach(window, hanoi)
    tools.open_work_file()
    opened = tools.window
    qtbot.addWidget(opened)
    assert opened is not window and opened.work_file == returned
    assert list(opened.sheet.work.annotations) == ["RJ0001"]
    assert opened.feedback is not None and opened.feedback.overall == "Well done."


def test_every_category_draws_its_thick_line_without_error(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """All eight underline styles are painted under their words, in the category's colour."""
    from PySide6.QtGui import QColor

    from annotator.ui.common.decorations import line_colour

    window = open_window()
    text = window.sheet.article.text
    quotes = ["President Donald Trump", "North Korean leader", "Sofitel Legend", "Metropole Hanoi hotel",
              "Thursday, Feb. 28", "AP Photo", "Evan Vucci", "take a walk"]
    for quote, cat in zip(quotes, window.sheet.lesson.categories, strict=True):
        i = text.index(quote)
        window.article.select_span(i, i + len(quote))
        window.mark(cat.id)
    window.article.place_caret(0)
    image = window.article.viewport().grab().toImage()
    colours = {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 2) for y in range(image.height())}
    for cat in window.sheet.lesson.categories:
        if cat.style not in ("wavy", "wavy-boxed"):  # waves are antialiased: their exact colour blends
            assert line_colour(cat).name() in colours, cat.id


def test_the_next_student_on_a_shared_computer_gets_their_own_work(qtbot, open_window, tmp_path: Path, hanoi) -> None:  # type: ignore[no-untyped-def]
    """File ▸ Switch student opens the lesson with the new student's own, empty work, not the last one's."""
    from annotator.ui.lessons.teacher_menu import TeacherTools
    from tests.ui.conftest import FakeDialogs

    window = open_window()
    i = hanoi.article.text.index("Ron Johnson")
    window.article.select_span(i, i + 11)
    window.mark("named-source")
    dialogs = FakeDialogs(student=("Ben Ode", ""))
    tools = TeacherTools(tmp_path / "data", dialogs, window.sheet.work.student)  # type: ignore[arg-type]
    tools.attach(window, hanoi)
    tools.switch_student()
    ben = tools.window
    qtbot.addWidget(ben)
    assert ben.sheet.work.student.name == "Ben Ode"
    assert ben.sheet.work.annotations == {}
    assert Preferences.load(tmp_path / "data").student_name == "Ben Ode"
    assert "ana" in window.work_file.name and window.work_file.exists()  # Ana's work was saved on close


def group_rows(window: StudentWindow) -> dict[str, list[str]]:
    """What My highlights shows: each visible group's title and its rows' text."""
    tree = window.highlights
    out: dict[str, list[str]] = {}
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        if not group.isHidden():
            out[group.text(0)] = [group.child(j).text(0) for j in range(group.childCount())]
    return out


def test_my_highlights_can_be_grouped_by_prompt_and_the_choice_is_kept(qtbot, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A student answering one prompt could not see which highlights count for it, or would regroup every day."""
    window = open_window()
    mark_quotes(window, ("Ron Johnson", "named-source"), ("ridiculed", "loaded-language"))
    window.tabs.setCurrentIndex(1)
    assert group_rows(window) == {"Named source (1)": ["“Ron Johnson”"], "Loaded language (1)": ["“ridiculed”"]}

    window.group_choice.setCurrentIndex(window.group_choice.findData("prompt"))
    groups = group_rows(window)
    # Each highlight is listed under every prompt about its category, as the progress lines count it:
    # named sources for prompts 1 and 5, loaded language for prompts 2, 3 and 6.
    assert [title.split(".")[0] for title in groups] == ["1", "2", "3", "5", "6"]
    assert list(groups.values()) == [["Named source: “Ron Johnson”"], *[["Loaded language: “ridiculed”"]] * 2,
                                     ["Named source: “Ron Johnson”"], ["Loaded language: “ridiculed”"]]
    assert Preferences.load(tmp_path / "data").group_by == "prompt"

    mark_quotes(window, ("Biegun", "named-source"))  # made while grouped by prompt: straight to its prompts
    in_reading_order = ["Named source: “Biegun”", "Named source: “Ron Johnson”"]
    text = window.sheet.article.text
    assert text.index("Biegun") < text.index("Ron Johnson")
    assert next(iter(group_rows(window).values())) == in_reading_order
    window.close()

    again = open_window()
    assert again.group_choice.currentData() == "prompt"
    assert next(iter(group_rows(again).values())) == in_reading_order


def test_lines_of_saved_highlights_are_drawn_when_the_lesson_opens(qtbot, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Highlights from an earlier lesson would come back as colour only, without their underline styles."""
    from PySide6.QtGui import QColor

    from annotator.benchmark.large import make_large_pack
    from annotator.core.pack import load_pack
    from annotator.ui.common.decorations import line_colour

    # A long article: Qt lays it out again bit by bit after the window takes its size.
    pack = load_pack(make_large_pack(tmp_path / "long", annotations=0, chars=120_000)[0], with_key=False)
    first = open_window(pack=pack)
    text = first.sheet.article.text
    first_paragraph = first.sheet.article.blocks[1]
    for offset, cat in ((first_paragraph.start, "named-source"), (first_paragraph.start + 30, "framing")):
        first.article.select_span(offset, offset + 12)
        first.mark(cat)
    first.autosaver.save_now()
    first.close()

    window = open_window(pack=pack)
    assert len(window.sheet.work.annotations) == 2 and text == window.sheet.article.text
    qtbot.wait(50)
    image = window.article.viewport().grab().toImage()
    colours = {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 2) for y in range(image.height())}
    for cat_id in ("named-source", "framing"):
        category = window.sheet.lesson.category(cat_id)
        assert category is not None and line_colour(category).name() in colours, cat_id


def test_marking_the_same_words_again_shows_the_highlight_there_is(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Selecting words again and pressing the key would make a second, identical highlight."""
    window = open_window()
    text = window.sheet.article.text
    i = text.index("\nRon Johnson") + 1
    assert text[i - 1].isspace()
    window.article.select_span(i - 1, i + len("Ron Johnson"))  # a space before is trimmed: the same words
    window.mark("named-source")
    first = window.current_id
    window.article.select_span(i, i + len("Ron Johnson"))
    window.mark("named-source")
    assert window.current_id == first and len(window.sheet.work.annotations) == 1
    assert "already highlighted" in window.statusBar().currentMessage()
    window.article.select_span(i, i + len("Ron Johnson"))
    window.mark("framing")  # another category over the same words is a second reading: allowed
    assert len(window.sheet.work.annotations) == 2


def test_changing_the_text_size_keeps_the_reader_in_place(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Each Ctrl++ would throw the student back to another part of the article."""
    from PySide6.QtCore import QPoint

    window = open_window()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    view = window.article
    view.place_caret(window.sheet.article.text.index("A year ago"))
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + view.cursorRect().top())  # at the top

    def first_words() -> int:
        return view.cursorForPosition(QPoint(view.viewport().width() // 2, 5)).position()

    before = first_words()
    for step in (+3, -3):
        window.zoom(step)
        qtbot.wait(20)  # the side panel grows or shrinks with the text, and the article with it
        assert abs(first_words() - before) < 80  # the same lines at the top, give or take one
    window.zoom(+4)
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    next(a for a in view_menu.actions() if "Normal" in a.text()).trigger()
    assert view.text_size == DEFAULT_TEXT_SIZE


def test_a_mouse_drag_a_little_short_selects_whole_words(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """A drag that stops inside "Biegun" would save "Stephen Bie" as the quote."""
    from PySide6.QtGui import QTextCursor

    window = open_window()
    qtbot.waitExposed(window)
    view = window.article
    text = window.sheet.article.text
    i = text.index("Stephen Biegun")

    def point(offset: int):  # type: ignore[no-untyped-def]
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.u16.to_utf16(offset))
        return view.cursorRect(cursor).center()

    view.place_caret(i)
    view.center_selection()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=point(i + 2))  # inside "Stephen"
    qtbot.mouseMove(view.viewport(), point(i + 11))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=point(i + 11))  # inside "Biegun"
    start, end = view.selection()
    assert text[start:end] == "Stephen Biegun"
    window.mark("named-source")
    assert window.sheet.work.annotations[window.current_id].quote == "Stephen Biegun"


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


@pytest.mark.parametrize("width", [1024, 1360])
def test_with_big_text_the_category_buttons_stay_readable(qtbot, open_window, width: int) -> None:  # type: ignore[no-untyped-def]
    """With big text the category buttons kept small type, or their labels were cut off."""
    window = open_window()
    window.resize(width, 760)
    qtbot.waitExposed(window)
    buttons = list(window.palette_box.buttons.values())
    normal = buttons[0].font().pointSizeF()
    window.zoom(+15)
    qtbot.wait(20)
    assert buttons[0].font().pointSizeF() > normal + 5
    assert window.title_label.font().pointSizeF() > buttons[0].font().pointSizeF()
    for button in buttons:  # the whole label shows: icon, gap and text inside the button's padding
        needed = button.iconSize().width() + button.fontMetrics().horizontalAdvance(button.text()) + 16
        assert button.width() >= needed, button.text()
    window.zoom(-15)
    qtbot.wait(20)
    grid = window.palette_box.layout()
    if width >= 1360:
        assert grid.getItemPosition(grid.indexOf(buttons[1]))[:2] == (0, 1)  # two columns again


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


def test_opening_the_work_already_open_says_so_instead_of_a_read_only_copy(qtbot, open_window, tmp_path: Path,
                                                                            hanoi) -> None:  # type: ignore[no-untyped-def]
    """File ▸ Open on the student's own work found it locked by their own window and opened it read-only."""
    from annotator.ui.lessons.teacher_menu import TeacherTools

    window = open_window()
    dialogs = FakeDialogs(folder=window.work_file)
    tools = TeacherTools(tmp_path / "data", dialogs, window.sheet.work.student, teacher=False)  # type: ignore[arg-type]
    tools.attach(window, hanoi)
    tools.open_work_file()
    assert tools.window is window and not window.read_only_reason
    assert dialogs.messages and "already" in dialogs.messages[-1][0].lower()


def test_a_read_only_window_refuses_note_edits_and_deletion_visibly(qtbot, open_window, tmp_path: Path,
                                                                    hanoi) -> None:  # type: ignore[no-untyped-def]
    """In a returned file, choosing a highlight let the student type in its note and delete it, both unsaved."""
    from annotator.core.feedback import Feedback, feedback_path, save_feedback

    i = hanoi.article.text.index("Ron Johnson")
    a = Annotation("RONJ01", "named-source", i, i + 11, "Ron Johnson", note="a senator")
    work = Work(hanoi.lesson.id, hanoi.article.sha256, Student("Ana Pérez"), annotations={a.id: a})
    path = tmp_path / "class" / "hanoi-summit-2019__ana-perez.yaml"
    save_work(path, work)
    save_feedback(feedback_path(path), Feedback.for_work(work, path))

    window = open_window(work_file=path, student=None)
    window.choose("RONJ01")
    panel = window.note_panel
    assert panel.note.isReadOnly() and panel.note.toPlainText() == "a senator"
    assert not panel.delete.isEnabled() and not panel.category.isEnabled()
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, " and more")
    window.article.setFocus()
    window.article.place_caret(i + 3)
    window.delete_current()
    assert window.sheet.work.annotations == {"RONJ01": a}
    assert "Read only" in window.statusBar().currentMessage()
    assert all(box.isReadOnly() for box in window.prompts.answer_boxes.values())


def test_a_category_key_on_a_selected_line_break_says_to_select_words(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """A category key on nothing but a paragraph break did nothing and said nothing."""
    window = open_window()
    block = window.sheet.article.blocks[1]
    window.article.select_span(block.end, block.end + 1)
    window.mark("opinion")
    assert window.sheet.work.annotations == {}
    assert "no words" in window.statusBar().currentMessage()


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
