"""Mapping offsets in another copy of an article's text onto the lesson's canonical text.

Another program's copy of the text (a brat ``.txt``) rarely equals the lesson's: it keeps the
line breaks inside paragraphs, has blank lines between them, extra spaces, maybe a heading
marker. Offsets into it are mapped by aligning the two texts on their non-space characters:
the k-th non-space character of one is the k-th of the other. When the texts differ in more
than spacing, the stretch before the first difference and the stretch after the last one are
still aligned (counted from each end); a span in between gets no mapping, and is found again
by its quoted words instead (:func:`annotator.core.formats.foreign.place_foreign`).

Both texts are compared in Unicode NFC, so a copy in decomposed form (an accent as its own
code point) still aligns; offsets are mapped back into the copy as it is.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left


class Alignment:
    """Maps spans of a ``source`` text to spans of a ``target`` text that differ mostly in spacing."""

    def __init__(self, source: str, target: str) -> None:
        self._src_start, _, src_chars = _visible(source)
        self._tgt_start, self._tgt_end, tgt_chars = _visible(target)
        n, m = len(src_chars), len(tgt_chars)
        limit = min(n, m)
        head = 0
        while head < limit and src_chars[head] == tgt_chars[head]:
            head += 1
        tail = 0
        while tail < limit - head and src_chars[n - 1 - tail] == tgt_chars[m - 1 - tail]:
            tail += 1
        self._head, self._tail, self._n, self._m = head, tail, n, m

    @property
    def identical(self) -> bool:
        """Whether the two texts have the same non-space characters (they differ at most in spacing)."""
        return self._head == self._n == self._m

    def _rank(self, r: int) -> int | None:
        if r < self._head:
            return r
        if r >= self._n - self._tail:
            return r - self._n + self._m
        return None

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Where ``source[start:end]`` is in the target, spaces at its edges left off; None if unknown."""
        first = bisect_left(self._src_start, start)
        last = bisect_left(self._src_start, end) - 1
        if first > last:
            return None  # only spaces
        a, b = self._rank(first), self._rank(last)
        if a is None or b is None or (first < self._head) != (last < self._head):
            return None  # in, or across, the stretch where the texts differ
        return self._tgt_start[a], self._tgt_end[b]


def _visible(text: str) -> tuple[list[int], list[int], str]:
    """Where each non-space character of ``text`` starts and ends, and the characters, compared in NFC.

    A letter and the combining marks after it are one cluster; every character NFC makes of a
    cluster spans the whole cluster, so mapped spans never cut a letter from its accent.
    """
    starts: list[int] = []
    ends: list[int] = []
    chars: list[str] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if not cluster.isspace():
            for ch in unicodedata.normalize("NFC", cluster):
                starts.append(i)
                ends.append(j)
                chars.append(ch)
        i = j
    return starts, ends, "".join(chars)
