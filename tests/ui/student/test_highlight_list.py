"""My highlights: lost ones listed, not dropped; walked with the keyboard; grouped by category or by prompt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.core.anchoring import Status
from annotator.core.annotations import Annotation, Student, Work
from annotator.core.desk import Preferences
from annotator.core.workfile import save_work
from annotator.ui.student.window import StudentWindow
from tests.ui.driving import mark_quotes


def _lost_and_moved(tmp_path: Path, hanoi) -> Path:  # type: ignore[no-untyped-def]
    """Ben's saved work: one highlight whose words no article has (lost), one with a typo in its quote (moved)."""
    i = hanoi.article.text.index("whole enchilada")
    work = Work(hanoi.lesson.id, "0" * 64, Student("Ben Ode"))
    work.annotations["GONE01"] = Annotation("GONE01", "opinion", 10, 40, "words that no article ever contained")
    work.annotations["TYPO01"] = Annotation("TYPO01", "loaded-language", i, i + 15, "whole enchilida")
    path = tmp_path / "ben.yaml"
    save_work(path, work)
    return path


def test_orphaned_and_fuzzy_annotations_are_listed_and_marked(qtbot, open_window, tmp_path: Path, hanoi) -> None:  # type: ignore[no-untyped-def]
    """A highlight whose words are gone is listed as not found, never dropped; a changed one asks to be checked."""
    path = _lost_and_moved(tmp_path, hanoi)
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


def test_lost_and_moved_highlights_are_marked_in_the_students_language(qtbot, open_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                        hanoi) -> None:
    """A French student read "⚠ check:" and "✖ not found:" in English in a French list."""
    from annotator.ui.common.application import install_language

    path = _lost_and_moved(tmp_path, hanoi)
    install_language("fr")
    window = open_window(work_file=path, student=None)
    assert "✖ introuvable\u00a0: " in window.highlights.row_of("GONE01").text(0)
    assert "⚠ à vérifier\u00a0: " in window.highlights.row_of("TYPO01").text(0)


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
