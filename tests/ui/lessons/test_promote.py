"""Promote to key: the review window's consensus passages arrive in answer-key mode as drafts."""

from __future__ import annotations

from pathlib import Path

from annotator.core.consensus import ConsensusPassage
from annotator.core.key_sheet import KeySheet
from annotator.core.pack import Pack, load_pack
from annotator.resources import default_lesson
from annotator.ui.lessons.teacher_menu import TeacherTools
from tests.ui.conftest import FakeDialogs


def passage(pack: Pack, quote: str, category: str) -> ConsensusPassage:
    """A consensus passage 18 of 24 students marked."""
    start = pack.article.text.index(quote)
    return ConsensusPassage(category, start, start + len(quote), quote, 18, 24)


def test_promoted_passages_open_the_key_of_the_teachers_copy_as_drafts(qtbot, hanoi: Pack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The teacher's key gains the class's passage with its share as rationale; the bundled key never changes."""
    bundled_key = (default_lesson() / "key.yaml").read_bytes()
    assert hanoi.key is not None
    k01 = hanoi.key.items[0]
    fresh = next(c.id for c in hanoi.lesson.categories if c.id not in k01.categories)
    dialogs = FakeDialogs()
    tools = TeacherTools(tmp_path / "data", dialogs)  # type: ignore[arg-type]
    tools.promote_to_key(hanoi, [passage(hanoi, k01.quote, k01.categories[0]), passage(hanoi, k01.quote, fresh)])
    [key_window] = tools.extra_windows
    qtbot.addWidget(key_window)
    assert isinstance(key_window.sheet, KeySheet)
    drafts = [a for a in key_window.sheet.work.annotations.values() if a.note.startswith("Draft from the class")]
    assert [(a.category, a.quote) for a in drafts] == [(fresh, k01.quote)]  # the key's own passage is not doubled
    assert "18 of 24 students (75 %)" in drafts[0].note
    assert "1 draft passage(s) from the class added (1 already in the key)" in key_window.statusBar().currentMessage()
    assert key_window.autosaver.save_now()
    saved = load_pack(key_window.work_file.parent).key
    assert saved is not None and any(it.rationale.startswith("Draft from the class") for it in saved.items)
    assert (default_lesson() / "key.yaml").read_bytes() == bundled_key


def test_annotator_review_can_reach_the_answer_key(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`annotator review` would open a window whose Send-to-the-key button is missing, the promoter never passed."""
    import annotator.ui.review.app as review_app
    from annotator.cli import main

    seen: dict[str, object] = {}
    monkeypatch.setattr(review_app, "run_review_app", lambda **kw: seen.update(kw) or 0)
    assert main(["review", str(tmp_path), "--lesson", str(default_lesson())]) == 0
    promote = seen["promote"]
    assert getattr(promote, "__name__", "") == "promote_to_key"
