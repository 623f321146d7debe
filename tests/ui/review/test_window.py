"""The teacher's review window as a whole: a lesson without an answer key shows the class without scores."""

from __future__ import annotations

from pathlib import Path

from annotator.core.annotations import Student, Work
from annotator.core.desk import hand_in
from annotator.core.pack import Pack
from annotator.core.worksheet import Worksheet
from tests.ui.review.classes import window_on


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
    window = window_on(qtbot, folder, bare)
    assert [window.table.item(0, col).text() for col in (3, 4, 5)] == ["—", "—", "—"]
    assert window.key_list.topLevelItem(0).text(0) == "No answer key in this lesson pack."
    assert not window.key_toggle.isEnabled()
    window.tabs.setCurrentWidget(window.class_tab)
    window.class_tab.finish_agreement()
    assert "How far the 1 student agrees" in window.class_tab.agreement.toPlainText()  # agreement needs no key
    assert "no answer key" in window.class_tab.missed.toPlainText()
    window.heat_toggle.setChecked(True)
    assert window.layer.tooltips(0) == ["1 of 1 student highlighted this"]  # the heat map needs no key
