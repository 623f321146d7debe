"""Export as W3C Web Annotation JSON-LD, checked against the Working Group's test assertions, and import it back."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.annotations import Student
from annotator.core.feedback import Feedback, feedback_path, save_feedback
from annotator.core.formats import w3c
from annotator.core.formats.exporting import write_w3c
from annotator.core.formats.importing import read_foreign
from tests.core.formats.classes import ARTICLE_MD, essentials, hand_in, highlights, import_into, roster
from tests.core.formats.suites import assertion_passes, w3c_failures
from tests.core.mini_summit import ana, ben, write_pack

OPTIONAL_FEATURES = (
    "annotations/specificResource/4.2.4-textQuoteSelector.json",
    "annotations/specificResource/4.2.5-textPositionSelector.json",
    "annotations/bodiesTargets/3.3.5-bodyPurpose.json",
    "annotations/3.3.1-annotationCreatorImplemented.json",
    "annotations/3.3.1-annotationCreatedImplemented.json",
    "annotations/3.3.1-annotationModifiedImplemented.json",
    "annotations/3.3.5-annotationMotivationImplemented.json",
)


def export_class(tmp_path: Path) -> dict[str, object]:
    """The mini lesson's two students (one with an orphan), one with the teacher's comment, exported."""
    pack = write_pack(tmp_path / "pack")
    folder = tmp_path / "class"
    a, b = ana(pack), ben(pack)
    hand_in(folder, pack, a.student, list(a.annotations.values()))
    ben_file = hand_in(folder, pack, b.student, list(b.annotations.values()))
    fb = Feedback(pack.lesson.id, pack.article.sha256, b.student, annotations={"b3": "Good: a loaded verb."})
    save_feedback(feedback_path(ben_file), fb)
    write_w3c(tmp_path / "class.jsonld", roster(folder, pack))
    data: dict[str, object] = json.loads((tmp_path / "class.jsonld").read_text(encoding="utf-8"))
    return data


def test_every_exported_annotation_passes_the_working_groups_must_assertions(tmp_path: Path) -> None:
    """An export another annotation tool rejects (no target, a body both ways, a bad id) is caught here."""
    data = export_class(tmp_path)
    items = data["first"]["items"]  # type: ignore[index]
    assert len(items) == 10  # 9 highlights (one orphan) and the teacher's comment
    for item in items:
        # An embedded annotation is read with the document's @context, as JSON-LD says.
        assert w3c_failures({"@context": data["@context"], **item}, "annotations/annotationMusts.test") == []


def test_the_collection_and_its_page_pass_their_must_assertions(tmp_path: Path) -> None:
    """A collection or page other tools cannot page through (no total, a bad first or partOf) is caught here."""
    data = export_class(tmp_path)
    assert w3c_failures(data, "collections/collectionMusts.test") == []
    page = {"@context": data["@context"], **data["first"]}  # type: ignore[dict-item]
    assert w3c_failures(page, "collections/pages/pageMusts.test") == []
    assert data["total"] == 10


def test_highlights_use_quote_and_position_selectors_purposes_creator_and_times(tmp_path: Path) -> None:
    """An export that lost the quote, the offsets, the category's purpose or who made it is caught here."""
    data = export_class(tmp_path)
    placed = [i for i in data["first"]["items"] if i["motivation"] == "highlighting"  # type: ignore[index]
              and len(i["target"]["selector"]) == 2]
    assert placed
    for item in placed:
        item = {"@context": data["@context"], **item, "created": "2026-11-26T10:15:00+00:00",
                "modified": item.get("modified", "2026-11-26T10:15:00+00:00")}
        missing = [name for name in OPTIONAL_FEATURES if not assertion_passes(item, name)]
        assert missing == []


def test_the_harness_itself_rejects_a_broken_annotation(tmp_path: Path) -> None:
    """A validator that passes everything would make the tests above worthless: a target-less annotation fails."""
    data = export_class(tmp_path)
    broken = {"@context": data["@context"], **data["first"]["items"][0]}  # type: ignore[index]
    del broken["target"]
    assert any("targetKeyFound" in f for f in w3c_failures(broken, "annotations/annotationMusts.test"))


def test_teacher_feedback_is_an_assessing_annotation_targeting_the_students(tmp_path: Path) -> None:
    """A teacher's comment exported as a free-floating note, not tied to the highlight it is about, is caught here."""
    data = export_class(tmp_path)
    items = {i["id"]: i for i in data["first"]["items"]}  # type: ignore[index]
    fb = next(i for i in items.values() if i["motivation"] == "assessing")
    assert fb["target"] in items and items[fb["target"]]["motivation"] == "highlighting"
    assert fb["body"]["value"] == "Good: a loaded verb."


def test_orphans_keep_their_quote_but_claim_no_position(tmp_path: Path) -> None:
    """An orphan exported with offsets into text that no longer says its words would mislead other tools."""
    data = export_class(tmp_path)
    orphan = next(i for i in data["first"]["items"] if i["id"].endswith(":b4"))  # type: ignore[index]
    assert [s["type"] for s in orphan["target"]["selector"]] == ["TextQuoteSelector"]
    assert orphan["target"]["selector"][0]["exact"] == "words that are nowhere in it"


def test_exporting_twice_gives_the_same_ids(tmp_path: Path) -> None:
    """Ids that change on every export would make every re-export look like new annotations elsewhere."""
    first = export_class(tmp_path / "a")
    second = export_class(tmp_path / "b")
    assert [i["id"] for i in first["first"]["items"]] == [i["id"] for i in second["first"]["items"]]  # type: ignore[index]
    assert first["id"] == second["id"] == "urn:annotator:mini-summit:class"


def test_the_article_is_named_by_its_url_or_the_digest_of_its_text(tmp_path: Path) -> None:
    """A target naming no article (or a different one per export) could not be matched to the lesson's text."""
    data = export_class(tmp_path)
    pack = write_pack(tmp_path / "again")
    source = data["first"]["items"][0]["target"]["source"]  # type: ignore[index]
    assert source == f"urn:sha256:{pack.article.sha256}"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(md=ARTICLE_MD, data=st.data())
def test_annotator_to_w3c_to_annotator_keeps_every_highlight_exactly(md: str, data: st.DataObject) -> None:
    """Offsets counted in UTF-16 or bytes, a lost note, a renamed category: any round-trip loss fails here."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pack = write_pack(root / "pack", article_md=md, with_key=False)
        ana_h = highlights(data, pack.article.text, pack, "a")
        ben_h = highlights(data, pack.article.text, pack, "b")
        hand_in(root / "class", pack, Student("Ana Pérez"), ana_h)
        hand_in(root / "class", pack, Student("李明", "s-7"), ben_h)
        write_w3c(root / "class.jsonld", roster(root / "class", pack))
        back = import_into("w3c", [root / "class.jsonld"], pack, root / "back")
        # A student with no highlights has no annotation to carry them in a W3C file.
        assert essentials(list(back["Ana Pérez"].annotations.values()) if ana_h else []) == essentials(ana_h)
        assert essentials(list(back["李明"].annotations.values()) if ben_h else []) == essentials(ben_h)
        assert not ben_h or back["李明"].student.id == "s-7"


def test_an_unknown_selector_is_one_line_and_the_others_are_imported(tmp_path: Path) -> None:
    """One annotation of another tool with only a CSS selector must not stop the rest, nor pass silently."""
    data = export_class(tmp_path)
    item = data["first"]["items"][0]  # type: ignore[index]
    item["target"]["selector"] = [{"type": "CssSelector", "value": "#p2"}]
    (tmp_path / "odd.jsonld").write_text(json.dumps(data, indent=2), encoding="utf-8")
    pack = write_pack(tmp_path / "pack2")
    reading = read_foreign("w3c", [tmp_path / "odd.jsonld"], pack)
    assert [str(p) for p in reading.problems] == [
        f"{tmp_path / 'odd.jsonld'}:{_line(tmp_path / 'odd.jsonld', item['id'])}: annotation 1: only CssSelector; "
        "Annotator finds a passage by its TextQuoteSelector, so it is not imported"]
    assert sum(len(w.highlights) for w in reading.works) == 8


def _line(path: Path, value: str) -> int:
    text = path.read_text(encoding="utf-8")
    return text[: text.index(json.dumps(value))].count("\n") + 1


def test_json_that_is_not_web_annotation_is_one_line(tmp_path: Path) -> None:
    """Importing some other JSON (a settings file) must say what it is not, not raise or import nothing quietly."""
    (tmp_path / "settings.json").write_text('{"theme": "dark"}', encoding="utf-8")
    reading = read_foreign("w3c", [tmp_path / "settings.json"], write_pack(tmp_path / "pack"))
    assert [str(p) for p in reading.problems] == [
        f"{tmp_path / 'settings.json'}:1: not W3C Web Annotation JSON: expected an AnnotationCollection with its "
        "first page, an AnnotationPage or an Annotation"]


def test_good_annotations_never_search_the_file_for_their_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Looking up every annotation's line made importing a class of 12,000 highlights take over a minute."""
    export_class(tmp_path)
    calls: list[object] = []
    monkeypatch.setattr(w3c, "line_of", lambda text, value: calls.append(value))
    reading = read_foreign("w3c", [tmp_path / "class.jsonld"], write_pack(tmp_path / "pack2"))
    assert sum(len(w.highlights) for w in reading.works) == 9 and calls == []
