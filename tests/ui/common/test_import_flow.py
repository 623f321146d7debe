"""Importing another program's annotations from a window: categories asked for, problems one line each,
no student's file replaced. Driven through the review window's File ▸ Import annotations…, its main caller."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.core.annotations import Student, Work
from annotator.core.desk import hand_in
from annotator.core.pack import Pack
from annotator.core.roster import load_class
from annotator.core.workfile import load_work
from annotator.core.worksheet import Worksheet
from annotator.ui.common.import_flow import import_annotations
from annotator.ui.review.window import ReviewWindow
from tests.ui.conftest import FakeDialogs


def _names(window: ReviewWindow) -> list[str]:
    return [window.table.item(r, 0).text() for r in range(window.table.rowCount())]


def brat_folder(folder: Path, pack: Pack, stem: str, spans: list[tuple[str, str]]) -> Path:
    """A brat annotator's .txt (the article) and .ann: one T line per (type, phrase)."""
    text = pack.article.text
    lines = []
    for n, (kind, phrase) in enumerate(spans, 1):
        s = text.index(phrase)
        lines.append(f"T{n}\t{kind} {s} {s + len(phrase)}\t{phrase}\n")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    (folder / f"{stem}.ann").write_text("".join(lines), encoding="utf-8")
    return folder


def hypothesis_json(path: Path, pack: Pack, user: str, rows: list[tuple[str, list[str]]]) -> Path:
    """A Hypothesis search result: one annotation per (quote, tags), positions from the web page (not ours)."""
    out = []
    for n, (quote, tags) in enumerate(rows):
        out.append({"id": f"h{n}{user}AAAAAAAAAAAAAAAA", "created": "2026-03-01T10:00:00+00:00",
                    "updated": "2026-03-01T10:05:00+00:00", "user": f"acct:{user}@hypothes.is",
                    "uri": "https://example.org/hanoi", "text": "Seen.", "tags": tags,
                    "target": [{"source": "https://example.org/hanoi", "selector": [
                        {"type": "TextPositionSelector", "start": 9000 + n, "end": 9000 + n + len(quote)},
                        {"type": "TextQuoteSelector", "exact": quote, "prefix": "", "suffix": ""}]}],
                    "user_info": {"display_name": None}})
    path.write_text(json.dumps({"total": len(out), "rows": out}), encoding="utf-8")
    return path


def class_of_one(tmp_path: Path, pack: Pack) -> Path:
    """A class folder with one student's hand-in."""
    folder = tmp_path / "class"
    work = Work(pack.lesson.id, pack.article.sha256, Student("Ana Pérez"))
    Worksheet(pack.lesson, pack.article, work).add(0, 10, "framing")
    hand_in(work, folder)
    return folder


def review_window_on(qtbot, folder: Path, pack: Pack, dialogs: FakeDialogs) -> ReviewWindow:  # type: ignore[no-untyped-def]
    """The review window on a class folder, shown."""
    window = ReviewWindow(load_class([folder], pack), dialogs=dialogs, folder=folder)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


def test_hypothesis_tags_that_are_no_category_are_asked_for_not_guessed(qtbot, tmp_path: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """A guessed category would put a student's highlight under a heading they never chose."""
    folder = class_of_one(tmp_path, hanoi)
    h = hypothesis_json(tmp_path / "h.json", hanoi, "bob", [("Hanoi", ["spin"]), ("Kim Jong Un", ["who", "spin"]),
                                                             ("no longer thinks", ["vague"]), ("Hanoi hotel", [])])
    dialogs = FakeDialogs()
    dialogs.to_import = ("hypothesis", [h])
    dialogs.mapping = {"spin": "framing", "(no type or tag)": "opinion"}  # "who" and "vague" left out
    window = review_window_on(qtbot, folder, hanoi, dialogs)
    window.import_work()
    assert dialogs.asked_types == [{"spin": 2, "who": 1, "vague": 1, "(no type or tag)": 1}]
    assert _names(window) == ["Ana Pérez", "bob"]
    bob = window.roster.submissions[1].work
    assert sorted(a.category for a in bob.annotations.values()) == ["framing", "framing", "opinion"]
    assert dialogs.problems == ["“vague”: 1 highlight left out: no category was chosen."]
    assert "3 moved" in dialogs.problem_intros[-1]


def test_cancelling_the_categories_imports_nothing(qtbot, tmp_path: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """Cancel must mean nothing happened: no half-imported class to clean up by hand."""
    folder = class_of_one(tmp_path, hanoi)
    before = _files(tmp_path)
    dialogs = FakeDialogs()
    dialogs.to_import = ("hypothesis", [hypothesis_json(tmp_path / "h.json", hanoi, "bob", [("Hanoi", ["spin"])])])
    dialogs.mapping = None
    window = review_window_on(qtbot, folder, hanoi, dialogs)
    window.import_work()
    assert _files(tmp_path) == before | {tmp_path / "h.json"} and dialogs.messages == []
    assert _names(window) == ["Ana Pérez"]


def test_a_bad_file_is_one_line_and_the_rest_is_imported(qtbot, tmp_path: Path, hanoi: Pack) -> None:  # type: ignore[no-untyped-def]
    """One broken export in a folder must not cost the teacher the rest of the class."""
    folder = class_of_one(tmp_path, hanoi)
    exports = tmp_path / "exports"
    exports.mkdir()
    hypothesis_json(exports / "a.json", hanoi, "bob", [("Hanoi", ["framing"])])
    (exports / "b.json").write_text('{"rows": [\n  {"id": oops}\n]}', encoding="utf-8")
    dialogs = FakeDialogs()
    dialogs.to_import = ("hypothesis", [exports])
    window = review_window_on(qtbot, folder, hanoi, dialogs)
    window.import_work()
    assert _names(window) == ["Ana Pérez", "bob"]
    assert len(dialogs.problems) == 1 and dialogs.problems[0].startswith(f"{exports / 'b.json'}:2:")
    assert "\n" not in dialogs.problems[0]


def test_a_students_file_is_never_replaced_and_nothing_is_written_elsewhere(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                            hanoi: Pack) -> None:
    """An annotator named like a student must never overwrite the work that student handed in."""
    folder = class_of_one(tmp_path, hanoi)
    (own,) = folder.iterdir()
    before = own.read_bytes()
    corpus = brat_folder(tmp_path / "corpus", hanoi, "Ana Pérez", [("framing", "Hanoi")])
    outside = _files(tmp_path)
    dialogs = FakeDialogs()
    dialogs.to_import = ("brat", [corpus])
    window = review_window_on(qtbot, folder, hanoi, dialogs)
    window.import_work()
    assert own.read_bytes() == before
    new = _files(tmp_path) - outside
    assert [p.parent for p in new] == [folder] and [p.name for p in new] == [own.name.replace(".yaml", "-2.yaml")]
    assert load_work(new.pop())[0].student.name == "Ana Pérez"


def test_a_file_named_as_the_folder_is_refused_before_anything_is_asked(tmp_path: Path, hanoi: Pack) -> None:
    """Asking for files and categories first, then failing to write, wastes the teacher's answers."""
    (tmp_path / "class").write_text("not a folder", encoding="utf-8")
    dialogs = FakeDialogs()
    dialogs.to_import = ("hypothesis", [hypothesis_json(tmp_path / "h.json", hanoi, "bob", [("Hanoi", ["spin"])])])
    assert import_annotations(dialogs, hanoi, tmp_path / "class") is None  # type: ignore[arg-type]
    assert dialogs.messages == [("Not imported", f"{tmp_path / 'class'}: is a file, not a folder")]
    assert dialogs.asked_types == []
