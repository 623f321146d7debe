"""Placing annotations on a changed article: exact, moved, fuzzy, orphaned."""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from annotator.core.anchoring import (
    MIN_FUZZY_LENGTH,
    Placement,
    Status,
    max_edits,
    place,
    place_all,
)
from annotator.core.text import context

ARTICLE = (
    "Leaders met in Hanoi on Wednesday for a second summit.\n"
    "Nevertheless, a senior State Department official conceded that Kim has yet to act.\n"
    "The goverment said the talks would continue next month."
)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WORDS = string.ascii_letters + " .,"


def annotate(text: str, quote: str, occurrence: int = 0) -> tuple[str, int, int, str, str]:
    """The stored form of a highlight of the ``occurrence``-th ``quote`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    end = start + len(quote)
    prefix, suffix = context(text, start, end)
    return quote, start, end, prefix, suffix


def levenshtein(a: str, b: str) -> int:
    """Plain edit distance, to check what the fast search reports."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def check_invariants(text: str, quote: str, placed: Placement) -> None:
    """What every placement promises, whatever the input."""
    assert isinstance(placed.status, Status)
    if placed.status is Status.ORPHANED:
        assert placed.start is None and placed.end is None
        return
    assert placed.start is not None and placed.end is not None
    assert 0 <= placed.start <= placed.end <= len(text)
    assert placed.found == text[placed.start : placed.end]
    if placed.status in (Status.EXACT, Status.MOVED):
        assert placed.found == quote
    else:
        assert len(quote) >= MIN_FUZZY_LENGTH
        assert 0 < levenshtein(placed.found, quote) <= max_edits(quote)


def test_exact_when_the_article_is_unchanged() -> None:
    """An unchanged article shows every highlight exactly where the student made it."""
    item = annotate(ARTICLE, "a senior State Department official")
    placed = place(ARTICLE, *item)
    assert placed == Placement(Status.EXACT, item[1], item[2], item[0])


def test_moved_after_a_paragraph_is_inserted_before() -> None:
    """A paragraph added above a highlight does not lose it or shift it onto other words."""
    item = annotate(ARTICLE, "a senior State Department official")
    extra = "Editor's note: this story was updated on Thursday.\n"
    placed = place(extra + ARTICLE, *item)
    assert placed.status is Status.MOVED
    assert (placed.start, placed.end) == (item[1] + len(extra), item[2] + len(extra))
    assert placed.found == item[0]


def test_duplicate_quote_placed_by_its_context() -> None:
    """When the same words appear twice, the highlight returns to the one the student marked."""
    text = "Officials said no. Critics said yes.\nLater, officials said no. Critics said yes, twice."
    quote, start, end, prefix, suffix = annotate(text, "Critics said yes", occurrence=1)
    changed = "A new first line.\n" + text
    placed = place(changed, quote, start, end, prefix, suffix)
    assert placed.status is Status.MOVED
    assert placed.start == changed.index("Critics said yes, twice")


def test_duplicate_quote_placed_nearest_when_context_is_equal() -> None:
    """Without context to go on, a highlight goes to the nearest copy, not the first in the article."""
    text = "vote. " * 20
    placed = place("xy" + text, "vote", 60, 64)
    assert placed.status is Status.MOVED
    assert placed.start == 62 and placed.found == "vote"


def test_fuzzy_after_a_typo_is_corrected_inside_the_quote() -> None:
    """Fixing a typo in the article keeps the highlight, flagged, over the corrected word."""
    item = annotate(ARTICLE, "The goverment said the talks would continue")
    fixed = ARTICLE.replace("goverment", "government")
    placed = place(fixed, *item)
    assert placed.status is Status.FUZZY
    assert placed.found == "The government said the talks would continue"
    assert placed.start is not None and placed.end is not None
    word = fixed.index("government")
    assert placed.start <= word and word + len("government") <= placed.end


def test_fuzzy_when_the_passage_also_moved() -> None:
    """A corrected passage that also moved far away is still found over the whole article."""
    item = annotate(ARTICLE, "The goverment said the talks would continue")
    fixed = ARTICLE.replace("goverment", "government").replace("\n", "\n" + "Filler text. " * 400, 1)
    placed = place(fixed, *item)
    assert placed.status is Status.FUZZY
    assert placed.found == "The government said the talks would continue"


def test_orphaned_when_the_passage_is_deleted() -> None:
    """A highlight whose passage was removed is reported as orphaned, not put on other words."""
    item = annotate(ARTICLE, "a senior State Department official")
    cut = ARTICLE.replace("Nevertheless, a senior State Department official conceded that Kim has yet to act.\n", "")
    assert place(cut, *item) == Placement(Status.ORPHANED, None, None)


def test_empty_quote_is_orphaned() -> None:
    """A highlight with no text (a damaged file) is listed as orphaned rather than shown anywhere."""
    assert place(ARTICLE, "", 0, 0).status is Status.ORPHANED


def test_short_quote_is_not_matched_approximately() -> None:
    """A three-letter highlight is never guessed onto a different word."""
    text = "The cat sat on the mat."
    assert place(text, "cot", 4, 7).status is Status.ORPHANED
    assert place(text, "mat", 4, 7).status is Status.MOVED


@pytest.mark.parametrize(
    ("start", "end"),
    [(-5, 3), (10, 5), (0, 10_000), (10_000, 10_050), (-100, -50), (len(ARTICLE), len(ARTICLE) + 34)],
)
def test_out_of_range_offsets_do_not_raise(start: int, end: int) -> None:
    """A hand-edited file with impossible offsets still opens, and the quote is found by its text."""
    quote = "a senior State Department official"
    placed = place(ARTICLE, quote, start, end)
    assert placed.status is Status.MOVED
    assert placed.found == quote


def test_offsets_count_code_points() -> None:
    """An emoji added above a highlight shifts it by one character, not by two UTF-16 units."""
    item = annotate(ARTICLE, "second summit")
    placed = place("\N{GRINNING FACE}" + ARTICLE, *item)
    assert placed.status is Status.MOVED
    assert placed.start == item[1] + 1


def test_place_all_agrees_with_place() -> None:
    """Opening a whole file places each highlight as opening it alone would."""
    items = [
        annotate(ARTICLE, "a senior State Department official"),
        annotate(ARTICLE, "The goverment said"),
        annotate(ARTICLE, "Hanoi"),
        ("nowhere in the article", 3, 25, "", ""),
        ("", 0, 0, "", ""),
    ]
    changed = "Update.\n" + ARTICLE.replace("goverment", "government")
    assert place_all(changed, iter(items)) == [place(changed, *item) for item in items]


@PROPERTY
@given(st.data())
def test_edit_outside_the_span_keeps_it_in_place(data: st.DataObject) -> None:
    """Editing the article away from a highlight never moves it onto other words."""
    text = data.draw(st.text(alphabet=WORDS, min_size=1, max_size=300), label="text")
    start = data.draw(st.integers(0, len(text) - 1), label="start")
    end = data.draw(st.integers(start + 1, len(text)), label="end")
    quote = text[start:end]
    prefix, suffix = context(text, start, end)
    before = data.draw(st.booleans(), label="before")
    if before:
        a = data.draw(st.integers(0, start - len(prefix)), label="a")
        b = data.draw(st.integers(a, start - len(prefix)), label="b")
    else:
        a = data.draw(st.integers(end + len(suffix), len(text)), label="a")
        b = data.draw(st.integers(a, len(text)), label="b")
    inserted = data.draw(st.text(alphabet=WORDS, max_size=60), label="inserted")
    changed = text[:a] + inserted + text[b:]
    shift = len(inserted) - (b - a)
    needle = prefix + quote + suffix
    first = changed.find(needle)
    assume(changed.find(needle, first + 1) == -1)  # otherwise another copy is just as right

    placed = place(changed, quote, start, end, prefix, suffix)

    if not before:
        assert placed == Placement(Status.EXACT, start, end, quote)
    elif placed.status is Status.EXACT:
        assert (placed.start, placed.end) == (start, end)
    else:
        assert placed == Placement(Status.MOVED, start + shift, end + shift, quote)


@st.composite
def anything(draw: st.DrawFn) -> tuple[str, str, int, int, str, str]:
    """Any text, and a quote that is random, taken from the text, or taken and garbled."""
    text = draw(st.one_of(st.text(max_size=200), st.text(alphabet="ab ", max_size=200)))
    kind = draw(st.sampled_from(["random", "slice", "garbled"]))
    if kind == "random" or not text:
        quote = draw(st.text(st.sampled_from(sorted(set(text))), max_size=40) if text else st.text(max_size=40))
    else:
        i = draw(st.integers(0, len(text) - 1))
        quote = text[i : draw(st.integers(i, len(text)))]
        if kind == "garbled" and quote:
            j = draw(st.integers(0, len(quote) - 1))
            quote = quote[:j] + draw(st.text(max_size=2)) + quote[j + 1 :]
    bounds = st.integers(-10 * len(text) - 10, 10 * len(text) + 10)
    context_text = st.text(max_size=40)
    return text, quote, draw(bounds), draw(bounds), draw(context_text), draw(context_text)


@PROPERTY
@given(anything())
def test_place_never_raises_and_stays_in_range(case: tuple[str, str, int, int, str, str]) -> None:
    """Whatever a file holds, opening it never crashes and never points outside the article."""
    text, quote, start, end, prefix, suffix = case
    check_invariants(text, quote, place(text, quote, start, end, prefix, suffix))


@PROPERTY
@given(st.lists(anything(), min_size=1, max_size=4))
def test_place_all_is_place_for_each(cases: list[tuple[str, str, int, int, str, str]]) -> None:
    """Placing a file's highlights together gives the same result as placing them one by one."""
    text = cases[0][0]
    items = [case[1:] for case in cases]
    assert place_all(text, items) == [place(text, *item) for item in items]


@PROPERTY
@given(st.data())
def test_one_substitution_in_a_long_quote_is_fuzzy(data: st.DataObject) -> None:
    """A one-letter change inside a long highlight keeps it, flagged, on the same passage."""
    text = data.draw(st.text(alphabet=string.ascii_letters, min_size=16, max_size=300), label="text")
    start = data.draw(st.integers(0, len(text) - 16), label="start")
    end = data.draw(st.integers(start + 16, len(text)), label="end")
    quote = text[start:end]
    assume(text.find(quote, start + 1) == -1 and text.find(quote) == start)
    prefix, suffix = context(text, start, end)
    i = data.draw(st.integers(start, end - 1), label="i")
    letter = data.draw(st.sampled_from(string.ascii_letters).filter(lambda c: c != text[i]), label="letter")
    changed = text[:i] + letter + text[i + 1 :]
    assume(quote not in changed)

    placed = place(changed, quote, start, end, prefix, suffix)

    assert placed.status is Status.FUZZY
    assert placed.start is not None and placed.end is not None
    assert placed.start < end and start < placed.end


@PROPERTY
@given(st.data())
def test_a_passage_within_the_allowed_edits_is_never_orphaned(data: st.DataObject) -> None:
    """A highlight whose passage changed by only a few letters is always found again."""
    text = data.draw(st.text(alphabet=data.draw(st.sampled_from(["ab ", "abcd ", WORDS])), max_size=400))
    assume(len(text) >= MIN_FUZZY_LENGTH)
    start = data.draw(st.integers(0, len(text) - MIN_FUZZY_LENGTH), label="start")
    end = data.draw(st.integers(start + MIN_FUZZY_LENGTH, min(len(text), start + 120)), label="end")
    original = text[start:end]
    prefix, suffix = context(text, start, end)
    quote = original
    for _ in range(data.draw(st.integers(1, 1 + len(original) // 8), label="edits")):
        j = data.draw(st.integers(0, len(quote)), label="at")
        replacement = data.draw(st.sampled_from(["", "x", "Z", "xa"]), label="replacement")
        quote = quote[:j] + replacement + quote[j + 1 :]
    distance = levenshtein(original, quote)
    assume(len(quote) >= MIN_FUZZY_LENGTH and distance <= max_edits(quote))

    placed = place(text, quote, start, end, prefix, suffix)

    check_invariants(text, quote, placed)
    assert placed.status is not Status.ORPHANED
    if placed.status is Status.FUZZY:
        assert levenshtein(placed.found, quote) <= distance
