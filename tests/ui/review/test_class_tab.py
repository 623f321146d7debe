"""The Class tab: agreement, what the class missed and took passages for, consensus sent to the key, each student."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl

from annotator.core.consensus import ConsensusPassage
from annotator.core.pack import Pack
from tests.ui.review.classes import NAMES, window_on


def test_agreement_shows_three_decimals_and_the_sentence(qtbot, big_class: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """The teacher reads alpha to three decimals with the sentence and intervals under it, all categories first."""
    window = window_on(qtbot, big_class, hanoi)
    assert "first opened" in window.class_tab.agreement.toPlainText()  # not measured while the window opens
    window.tabs.setCurrentWidget(window.class_tab)
    qtbot.waitUntil(lambda: not window.class_tab.measuring)
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


def test_each_students_work_is_a_sentence_with_their_full_name(qtbot, big_class: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """The teacher reads every student's highlights, coverage and time on task, names never cut off."""
    window = window_on(qtbot, big_class, hanoi)
    text = window.class_tab.students.toPlainText()
    assert all(name in text for name in NAMES)
    assert "2 highlights covering" in text and "from start to last change" in text


def test_the_class_tab_counts_who_found_each_key_passage(qtbot, class_folder: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """The Class tab would miscount the students who found a passage, or lose the agreement per category."""
    window = window_on(qtbot, class_folder, hanoi)
    assert hanoi.key is not None
    missed = window.class_tab.missed.toPlainText()
    k01, k02 = hanoi.key.items[0], hanoi.key.items[1]
    assert f"“{k01.quote}”" in missed and "found by 2 of 2" in missed  # k01 by Ana and Ben
    assert "found by 1 of 2" in missed  # k02 by Ana only
    assert missed.count("found by 0 of 2") == len(hanoi.key.items) - 2
    assert missed.index(f"“{k02.quote}”") < missed.index(f"“{k01.quote}”")  # most missed first
    window.tabs.setCurrentWidget(window.class_tab)  # agreement is measured when the tab is first opened
    window.class_tab.finish_agreement()
    agreement = window.class_tab.agreement.toPlainText()
    assert all(f"{c.label}: α" in agreement for c in hanoi.lesson.categories) and "All categories: α" in agreement


def test_agreement_is_worked_out_in_steps_while_the_window_answers(qtbot, big_class: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """Opening the Class tab says agreement is on its way and works it out between turns of the event loop."""
    window = window_on(qtbot, big_class, hanoi)
    tab = window.class_tab
    seen: list[str] = []
    tab.agreement.textChanged.connect(lambda: seen.append(tab.agreement.toPlainText()))
    window.tabs.setCurrentWidget(tab)
    assert tab.measuring and tab.agreement.toPlainText() == "Working out how far the students agree… 0 %"
    qtbot.waitUntil(lambda: not tab.measuring)
    shares = [int(m.group(1)) for text in seen if (m := re.fullmatch(r"Working out .* (\d+) %", text))]
    assert len(shares) >= 3 and shares == sorted(shares)  # several turns of the loop, each a little further
    assert "How far the 4 students agree" in tab.agreement.toPlainText()
    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentWidget(tab)  # measured once: coming back shows the same figures at once
    assert not tab.measuring and "How far the 4 students agree" in tab.agreement.toPlainText()


def test_a_french_class_tab_spaces_its_colons_as_french_does(qtbot, big_class: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """"Cadrage: α 0.412" and "Source nommée → Cadrage: 1" were put together in English punctuation by the code."""
    from annotator.ui.common.application import install_language

    install_language("fr")
    window = window_on(qtbot, big_class, hanoi)
    window.tabs.setCurrentWidget(window.class_tab)
    qtbot.waitUntil(lambda: not window.class_tab.measuring)
    # (toPlainText gives the no-break space as a plain one: a space before the colon is the French spacing.)
    assert re.search(r"\S : α -?\d\.\d{3}\n", window.class_tab.agreement.toPlainText())
    assert re.search(r"→ [^\n]*\S : \d", window.class_tab.missed.toPlainText())
