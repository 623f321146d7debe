"""Placing annotations on a (possibly changed) canonical text (:mod:`annotator.core.text`).

An annotation remembers its span, the quoted text and up to 32 code points of context on each
side. When the article it was made on has changed, each annotation is placed by the first rule
that succeeds:

1. **exact** — the quote is still at ``start:end``;
2. **moved** — the quote is found verbatim elsewhere: the occurrence whose surroundings best
   match the stored prefix and suffix wins, then the one nearest the old start;
3. **fuzzy** — the quote is found with at most ``max(1, len(quote) // 8)`` edits (Levenshtein),
   for quotes of at least 4 code points: the fewest edits win, then context, then proximity.
   The neighbourhood of the old span is searched first and a match there is taken as it is;
   only when there is none is the whole text searched;
4. **orphaned** — not found. The caller keeps the annotation; this module never drops it.

Decisions beyond these four rules: offsets that make no sense (negative, past the end,
start after end) are not an error, they just fail rule 1; proximity is measured from the old
start clamped into the text; fuzzy matches tied on edits, context and proximity go to the one
whose length is closest to the quote's; remaining ties go to the earlier position, so results
are deterministic.

Speed: rule 1 is a single comparison. Rule 2 first looks for the quote with its whole context
in windows growing around the old position, so the usual move (text inserted or deleted
somewhere before) costs work proportional to the shift, not to the article. Rule 3 splits the
quote into at least ``k + 1`` pieces, so that ``k`` edits leave some verbatim (pigeonhole), finds
the pieces with ``str.find``, and checks only the windows where enough of them cluster, with
Myers' bit-parallel form of Sellers' approximate-substring algorithm.

Bounded work: looking for passages (rules 2 and 3) is counted in work units of one to two
nanoseconds (a character scanned by ``str.find`` costs half a unit, one run through by the
edit-distance search 300 and more for long quotes), and one call may spend at most
:data:`SEARCH_BUDGET` units, about three seconds. :func:`place_all` leaves out what reading a
file of that many annotations already costs (about 15 µs each), keeping a tenth of the budget
however many there are: 5,000 highlights all moved by an edit at the top of the article and a
typo fixed every 40 characters take half their 1.95 billion units; a file of 195,000 highlights
found nowhere, which would take minutes, gets 0.2 billion. Once the budget is spent, the
remaining annotations are only tried at their own place (rule 1) and are otherwise orphaned:
the file is still read and graded, and says how many were not found. The same text and
annotations always give the same result: the budget counts work, never time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

MIN_FUZZY_LENGTH = 4  # shorter quotes match too many places to be found approximately
_NEAR_MARGIN = 64  # how far around the old span the first fuzzy search looks
_FIRST_WINDOW = 1024  # half-width of the first window of the moved search; it grows 4x
_PIECE_LENGTH = 6  # fuzzy seeds: long enough to be rare in prose, short enough to survive edits
SEARCH_BUDGET = 2_000_000_000  # work units one placing call may spend on rules 2 and 3 (see the module docstring)
_READING_COST = 10_000  # units taken off place_all's budget for each annotation: reading it cost about that
_CALL = 100  # the units a call into str.find or a context comparison costs beyond its characters


class Status(StrEnum):
    """How an annotation was placed on the text."""

    EXACT = "exact"
    MOVED = "moved"
    FUZZY = "fuzzy"
    ORPHANED = "orphaned"


@dataclass(frozen=True)
class Placement:
    """Where an annotation landed: its status, its span (``None`` when orphaned) and the text there."""

    status: Status
    start: int | None  # None when orphaned
    end: int | None
    found: str = ""  # the text actually at start:end (differs from the quote when fuzzy)


_ORPHANED = Placement(Status.ORPHANED, None, None)


def max_edits(quote: str) -> int:
    """How many edits a fuzzy match of ``quote`` may have."""
    return max(1, len(quote) // 8)


def place(text: str, quote: str, start: int, end: int, prefix: str = "", suffix: str = "") -> Placement:
    """Place one annotation on a (possibly changed) canonical text."""
    return _Placer(text).place(quote, start, end, prefix, suffix)


def place_all(text: str, items: Iterable[tuple[str, int, int, str, str]]) -> list[Placement]:
    """Place many ``(quote, start, end, prefix, suffix)`` at once: what :func:`place` gives each, within the budget."""
    todo = list(items)
    placer = _Placer(text, max(SEARCH_BUDGET // 10, SEARCH_BUDGET - _READING_COST * len(todo)))
    return [placer.place(*item) for item in todo]


class _OutOfBudget(Exception):
    """The search budget of the module docstring is spent."""


class _Placer:
    """Places annotations on one text, sharing the occurrences of equal quotes between them."""

    def __init__(self, text: str, budget: int = SEARCH_BUDGET) -> None:
        self.text = text
        self._occurrences: dict[str, list[int]] = {}
        self._scores: dict[tuple[str, str, bool], list[int]] = {}  # for one fuzzy search at a time
        self.budget = budget

    def _spend(self, units: int) -> None:
        self.budget -= units
        if self.budget < 0:
            raise _OutOfBudget

    def place(self, quote: str, start: int, end: int, prefix: str = "", suffix: str = "") -> Placement:
        """Apply the rules of the module docstring, in order, to one annotation."""
        text = self.text
        if not quote:
            return _ORPHANED
        if 0 <= start <= end <= len(text) and end - start == len(quote) and text.startswith(quote, start):
            return Placement(Status.EXACT, start, end, quote)
        if self.budget < 0:
            return _ORPHANED
        center = min(max(start, 0), len(text))
        try:
            moved = self._moved(quote, center, prefix, suffix)
            if moved is not None:
                return Placement(Status.MOVED, moved, moved + len(quote), quote)
            if len(quote) >= MIN_FUZZY_LENGTH:
                span = self._fuzzy(quote, center, prefix, suffix)
                if span is not None:
                    return Placement(Status.FUZZY, span[0], span[1], text[span[0] : span[1]])
        except _OutOfBudget:
            pass  # no answer within the budget: orphaned, like every annotation after it
        return _ORPHANED

    # -- rule 2: verbatim elsewhere ------------------------------------------------------------

    def _moved(self, quote: str, center: int, prefix: str, suffix: str) -> int | None:
        """Start of the best verbatim occurrence of ``quote``, or ``None`` if there is none."""
        text, n = self.text, len(self.text)
        # An occurrence with its whole context intact has the best possible context score, so
        # the nearest such one wins outright; look for it in windows growing around the old place.
        needle = prefix + quote + suffix
        lead = len(prefix)
        half = _FIRST_WINDOW
        while True:
            lo, hi = center - half, center + half  # bounds on the quote's start
            best: int | None = None
            self._spend(_CALL + (hi - lo + len(needle)) // 2)
            p = text.find(needle, max(0, lo - lead), max(0, hi - lead + len(needle)))
            while p != -1:
                self._spend(_CALL)
                q = p + lead
                if best is None or abs(q - center) < abs(best - center):
                    best = q
                p = text.find(needle, p + 1, max(0, hi - lead + len(needle)))
            if best is not None:
                return best
            if lo <= 0 and hi >= n:
                break
            self._spend(_CALL + n // 2)
            if half == _FIRST_WINDOW and quote not in text:
                return None  # not a near move, and not anywhere: save the wider searches
            half *= 4
        if not prefix and not suffix:
            return None  # the needle was the quote itself, and it is nowhere
        occurrences = self._find_all(quote)
        if not occurrences:
            return None
        self._spend(_CALL * len(occurrences) + len(prefix) + len(suffix))
        return min(
            occurrences,
            key=lambda q: (-_context_score(text, q, q + len(quote), prefix, suffix), abs(q - center), q),
        )

    def _find_all(self, quote: str) -> list[int]:
        """Every start of ``quote`` in the text, overlapping ones included."""
        found = self._occurrences.get(quote)
        if found is None:
            found = []
            self._spend(_CALL + len(self.text) // 2)
            p = self.text.find(quote)
            while p != -1:
                self._spend(_CALL)
                found.append(p)
                p = self.text.find(quote, p + 1)
            self._occurrences[quote] = found
        return found

    # -- rule 3: a few edits -------------------------------------------------------------------

    def _fuzzy(self, quote: str, center: int, prefix: str, suffix: str) -> tuple[int, int] | None:
        """Span of the best approximate match of ``quote``, or ``None`` if there is none."""
        m, k, n = len(quote), max_edits(quote), len(self.text)
        self._scores.clear()  # one search at a time: kept, it would grow with every window checked
        near = [(max(0, center - _NEAR_MARGIN - k), min(n, center + m + _NEAR_MARGIN + k))]
        matches = self._matches(quote, k, near)
        if not matches:
            matches = self._matches(quote, k, self._seed_windows(quote, k))
        if not matches:
            return None
        text = self.text
        self._spend(_CALL * len(matches) + len(prefix) + len(suffix))
        return min(
            matches,
            key=lambda se: (
                -_context_score(text, se[0], se[1], prefix, suffix),
                abs(se[0] - center),
                abs(se[1] - se[0] - m),
                se[0],
                se[1],
            ),
        )

    def _seed_windows(self, quote: str, k: int) -> list[tuple[int, int]]:
        """Windows of the text that may hold a match of ``quote`` with at most ``k`` edits.

        The quote is cut into ``pieces`` disjoint pieces; ``k`` edits touch at most ``k`` of them,
        so at least ``pieces - k`` appear verbatim, each within ``k`` of where an untouched
        alignment would put it. Only places where that many pieces cluster are worth checking.
        """
        text, m, n = self.text, len(quote), len(self.text)
        pieces = max(k + 1, m // _PIECE_LENGTH)
        need = pieces - k
        size, extra = divmod(m, pieces)
        starts: list[int] = []  # where the match would start if the piece found is untouched
        offset = 0
        for i in range(pieces):
            length = size + (1 if i < extra else 0)
            piece = quote[offset : offset + length]
            self._spend(_CALL + n // 2)
            p = text.find(piece)
            while p != -1:
                self._spend(_CALL)
                starts.append(p - offset)
                p = text.find(piece, p + 1)
            offset += length
        starts.sort()
        windows: list[tuple[int, int]] = []
        last = 0
        for i, c in enumerate(starts):
            last = max(last, i)
            while last + 1 < len(starts) and starts[last + 1] - c <= 2 * k:
                last += 1
            if last - i + 1 < need:
                continue
            lo, hi = max(0, c - k), min(n, starts[last] + m + k)
            # Overlapping windows are merged, up to a size: a passage repeated all over the
            # text then gives windows that repeat too, and their scores come from the cache.
            if windows and lo <= windows[-1][1] and hi - windows[-1][0] <= 4 * (m + 2 * k):
                windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
            else:
                windows.append((lo, hi))
        return windows

    def _matches(self, quote: str, k: int, windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Spans inside ``windows`` at the smallest edit distance from ``quote``, if that is ≤ ``k``."""
        text, m = self.text, len(quote)
        best = k + 1
        ends: set[int] = set()
        for lo, hi in windows:
            if hi - lo < m - k:
                continue
            scores = self._scores_for(quote, text[lo:hi], anchored=False)
            low = min(scores)
            if low < best:
                best, ends = low, set()
            if low == best:
                ends.update(lo + j + 1 for j, score in enumerate(scores) if score == best)
        if best > k:
            return []
        reverse = quote[::-1]
        spans: list[tuple[int, int]] = []
        for e in sorted(ends):
            # The match ending at e starts at most m + k before it: read backwards from e.
            segment = text[max(0, e - m - k) : e][::-1]
            scores = self._scores_for(reverse, segment, anchored=True)
            spans.extend((e - j - 1, e) for j, score in enumerate(scores) if score == best)
        return spans

    def _scores_for(self, pattern: str, segment: str, anchored: bool) -> list[int]:
        """Cached :func:`_edit_scores`: repeated passages give repeated windows."""
        key = (pattern, segment, anchored)
        scores = self._scores.get(key)
        if scores is None:
            # Bit-parallel steps over Python integers: about 300 ns a character, more for long patterns.
            self._spend(_CALL + len(segment) * (300 + len(pattern) // 4))
            scores = self._scores[key] = _edit_scores(pattern, segment, anchored)
        return scores


def _edit_scores(pattern: str, segment: str, anchored: bool) -> list[int]:
    """Edit distance from ``pattern`` to text ending at each position of ``segment``.

    Entry ``j`` is the distance to the best substring ``segment[i : j + 1]`` (Sellers' search,
    any ``i``), or to ``segment[: j + 1]`` when ``anchored``. Myers' bit-vector algorithm
    (Hyyrö's formulation) computes a whole column of the dynamic programme per character.
    """
    m = len(pattern)
    eqs: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        eqs[ch] = eqs.get(ch, 0) | (1 << i)
    mask = (1 << m) - 1
    top = 1 << (m - 1)
    carry = 1 if anchored else 0
    pv, mv, score = mask, 0, m
    scores: list[int] = []
    append = scores.append
    for ch in segment:
        eq = eqs.get(ch, 0)
        xv = eq | mv
        xh = ((((eq & pv) + pv) ^ pv) | eq) & mask
        ph = mv | (mask ^ (xh | pv))  # mask ^ x is ~x within m bits, without negative ints
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        ph = ((ph << 1) | carry) & mask
        mh = (mh << 1) & mask
        pv = mh | (mask ^ (xv | ph))
        mv = ph & xv
        append(score)
    return scores


def _context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many code points of the stored context agree with the text around ``start:end``."""
    score = 0
    if prefix:
        if text.endswith(prefix, 0, start):
            score += len(prefix)
        else:
            i, limit = 0, min(len(prefix), start)
            while i < limit and text[start - 1 - i] == prefix[-1 - i]:
                i += 1
            score += i
    if suffix:
        if text.startswith(suffix, end):
            score += len(suffix)
        else:
            i, limit = 0, min(len(suffix), len(text) - end)
            while i < limit and text[end + i] == suffix[i]:
                i += 1
            score += i
    return score
