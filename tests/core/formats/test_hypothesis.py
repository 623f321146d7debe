"""Hypothesis API JSON of annotations on a news page, imported onto a lesson made from the same page."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.anchoring import Status
from annotator.core.authoring import new_lesson
from annotator.core.formats.foreign import CategoryMap
from annotator.core.formats.hypothesis import read_hypothesis
from annotator.core.formats.importing import build_all, read_foreign
from annotator.core.formats.w3c import read_w3c
from annotator.core.pack import Pack, load_pack

PAGE = Path(__file__).resolve().parents[2] / "fixtures" / "news-pages" / "guardian-1" / "source.html"
URL = ("http://www.theguardian.com/environment/2019/jan/03/what-is-the-sea-telling-us-maori-tribes-fearful-over-"
       "whale-strandings")


def row(rid: str, user: str, quote: str, tags: list[str], *, text: str = "", display: str = "",
        start: int = 5000, selectors: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    """One annotation as Hypothesis's search API returns it (the fields it always has)."""
    if selectors is None:
        selectors = [
            {"type": "RangeSelector", "startContainer": "/div[1]/p[3]", "startOffset": 0,
             "endContainer": "/div[1]/p[3]", "endOffset": len(quote)},
            {"type": "TextPositionSelector", "start": start, "end": start + len(quote)},
            {"type": "TextQuoteSelector", "exact": quote, "prefix": "", "suffix": ""},
        ]
    return {"id": rid, "created": "2019-01-04T09:15:02.554930+00:00", "updated": "2019-01-04T09:16:40.000000+00:00",
            "user": f"acct:{user}@hypothes.is", "uri": URL, "text": text, "tags": tags, "group": "__world__",
            "permissions": {"read": ["group:__world__"]}, "target": [{"source": URL, "selector": selectors}],
            "document": {"title": ["What is the sea telling us?"]}, "links": {},
            "user_info": {"display_name": display or None}, **extra}


def search_result() -> dict[str, Any]:
    """A class's annotations on the Guardian page, with what real exports also hold."""
    rows = [
        row("a1AAAAAAAAAAAAAAAAAAAA", "alice", "Man’s greed in the ocean is hurting the whales", ["loaded"],
            display="Alice Ng", text="Whose greed?"),
        # The page's own spacing: a line break and indentation inside the quote.
        row("a2AAAAAAAAAAAAAAAAAAAA", "alice", "renowned in New Zealand as the\n      leading Māori whale expert",
            ["Framing"], display="Alice Ng"),
        row("b1BBBBBBBBBBBBBBBBBBBB", "bob", "the whale stranding capital of the world", ["check"]),
        row("b2BBBBBBBBBBBBBBBBBBBB", "bob", "more than 5,000 incidents recordd since 1840", ["check"]),  # a typo
        row("b3BBBBBBBBBBBBBBBBBBBB", "bob", "Sign up to our weekly newsletter", ["check"]),  # not in the article
        row("c1CCCCCCCCCCCCCCCCCCCC", "carol", "", [], selectors=[], text="Great article!"),  # a page note
        row("c2CCCCCCCCCCCCCCCCCCCC", "carol", "", [], selectors=[], text="Agreed.",
            references=["a1AAAAAAAAAAAAAAAAAAAA"]),  # a reply
        row("c3CCCCCCCCCCCCCCCCCCCC", "carol", "", ["check"],
            selectors=[{"type": "FragmentSelector", "conformsTo": "http://tools.ietf.org/rfc/rfc3778",
                        "value": "page=2"}]),  # on a PDF
    ]
    return {"total": len(rows), "rows": rows}


def lesson(tmp_path: Path) -> Pack:
    """The lesson a teacher makes from the saved page with new-lesson."""
    return load_pack(new_lesson(PAGE, out=tmp_path / "lesson"), with_key=False)


def test_a_hypothesis_export_of_a_news_page_lands_on_the_lesson_made_from_it(tmp_path: Path) -> None:
    """Highlights made on the web page must land on the same words of the lesson's text, each with its status."""
    pack = lesson(tmp_path)
    path = tmp_path / "hypothesis.json"
    path.write_text(json.dumps(search_result(), indent=2, ensure_ascii=False), encoding="utf-8")
    mapping = CategoryMap({"loaded": "loaded-language", "check": "check-claim"})
    reading = read_foreign("hypothesis", [path], pack)
    assert [str(p) for p in reading.problems] == [
        f"{path}:{_line(path, 'c3CCCCCCCCCCCCCCCCCCCC')}: annotation c3CCCCCCCCCCCCCCCCCCCC: only FragmentSelector, "
        "no TextQuoteSelector to find its passage by; not imported"]
    assert reading.notes == [f"{path}: note: left out 1 page note and 1 reply: they are not highlights "
                             "of a passage"]
    built = {b.work.student.name: b for b in build_all(reading, pack, mapping)}
    alice, bob = built["Alice Ng"], built["bob"]
    assert alice.work.student.id == "alice"
    assert alice.counts == {Status.EXACT: 0, Status.MOVED: 2, Status.FUZZY: 0, Status.ORPHANED: 0}
    assert bob.counts == {Status.EXACT: 0, Status.MOVED: 1, Status.FUZZY: 1, Status.ORPHANED: 1}
    text = pack.article.text
    for a in alice.work.annotations.values():
        assert text[a.start : a.end] == a.quote
    a2 = alice.work.annotations["a2AAAAAAAAAAAAAAAAAAAA"]
    assert (a2.quote, a2.category) == ("renowned in New Zealand as the leading Māori whale expert", "framing")
    assert alice.work.annotations["a1AAAAAAAAAAAAAAAAAAAA"].note == "Whose greed?"
    orphan = bob.work.annotations["b3BBBBBBBBBBBBBBBBBBBB"]
    assert orphan.quote == "Sign up to our weekly newsletter"  # kept, never dropped
    assert alice.work.created == "2019-01-04T09:15:02+00:00"


def _line(path: Path, value: str) -> int:
    text = path.read_text(encoding="utf-8")
    return text[: text.index(f'"{value}"')].count("\n") + 1


def test_json_that_is_not_hypothesiss_is_one_line(tmp_path: Path) -> None:
    """A W3C file or a settings file given as Hypothesis must say so, not import nothing in silence."""
    path = tmp_path / "other.json"
    path.write_text('{"items": []}', encoding="utf-8")
    reading = read_foreign("hypothesis", [path], lesson(tmp_path))
    assert [str(p) for p in reading.problems] == [
        f"{path}:1: not Hypothesis annotation JSON: expected a search result with 'rows', or annotations with a "
        "'target'"]


def test_broken_json_names_its_line_and_column(tmp_path: Path) -> None:
    """A cut-off download must be reported where it breaks, not as a traceback."""
    path = tmp_path / "cut.json"
    path.write_text('{"rows": [\n  {"id": "x",\n', encoding="utf-8")
    reading = read_foreign("hypothesis", [path], lesson(tmp_path))
    assert len(reading.problems) == 1 and str(reading.problems[0]).startswith(f"{path}:3:1: is not JSON (")


WORDS = st.sampled_from(["TextQuoteSelector", "TextPositionSelector", "Annotation", "AnnotationPage",
                         "AnnotationCollection", "classifying", "commenting", "assessing", "summit"])
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8) | WORDS,
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                        st.sampled_from(["rows", "target", "selector", "type", "exact", "id", "user", "tags", "text",
                                         "references", "first", "items", "body", "purpose", "value", "creator",
                                         "motivation", "start", "end", "TextQuoteSelector", "Annotation"]),
                        inner, max_size=5), max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_any_json_gives_highlights_or_one_line_problems(data: object) -> None:
    """Whatever JSON a teacher picks, the Hypothesis and W3C readers must answer in lines, never raise."""
    text = json.dumps(data)
    for got in (read_hypothesis(data, text, "x.json"), read_w3c(data, text, "x.json", default_student="x")):
        for p in got.problems:
            assert "\n" not in str(p)
