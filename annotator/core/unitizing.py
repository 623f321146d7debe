"""Krippendorff's alphas for highlighted passages, computed from pairs of coders so that they can be resampled.

A *coder* is a student (or the answer key); each marks *units* — stretches ``[start, end)`` of
the article's characters — in categories. Four coefficients, each ``1 - observed / expected``
disagreement, and each ``None`` where it is undefined (never a NaN):

``char_alpha``
    Every character is a unit, coded "in this category" or "not" by every coder (binary,
    nominal alpha from the coincidence matrix). Equal to the ``krippendorff`` package on the
    same character-by-coder table.
``u_alpha`` (Krippendorff 2004, "Measuring the reliability of qualitative text analysis data",
    Quality & Quantity 38: 787–800)
    Per category, the disagreement between two coders' partitions of the text into units and
    gaps is the squared distance of mismatched boundaries (``(b1-b2)² + (e1-e2)²`` for two
    overlapping units, ``l²`` for a unit inside the other coder's gap), divided by ``m(m-1)L²``;
    the expected disagreement follows the paper's equation for all units against all gaps of
    all coders. More than two coders: the sum over every pair, as DKPro Statistics'
    ``KrippendorffAlphaUnitizingAgreement`` does. All categories together:
    ``1 - Σ D_o / Σ D_e``. Reproduces the paper's example (c: 0.7286, k: 1, all: 0.8591).
``bar_u_alpha`` (|uα; Krippendorff, Mathet, Bouvry & Widlöcher 2016, "On the reliability of
    unitizing textual continua: further developments", Quality & Quantity 50: 2347–2364)
    Units against gaps, values ignored: the coincidences of intersecting segments, with the
    expected coincidences corrected for self-pairing by ``l²`` for a unit and ``l`` for a gap
    (a gap has no structure: any of its characters could stand alone). Algebraically it is
    ``char_alpha`` with ``(Lm - 1)`` replaced by ``(Lm - S/(Lm))``.
``cu_alpha`` (cuα, same paper) and ``k_alpha`` ((k)uα, one category)
    The categories given to intersecting units, weighted by the length of their intersections:
    do students who highlighted the same words call them the same thing? The self-pairing
    correction of a unit is the square of its intersection with another coder's units, summed
    over the other coders and divided by ``m - 1`` (the paper's equation 10; for two coders
    this is exact). A coder who gives one passage two categories contributes both
    coincidences, as with multi-valued coding.

Everything is reduced to per-coder vectors and coder-by-coder matrices (:class:`Arrays`), so a
figure for any multiset of coders (``weights``: how often each coder is drawn) costs a few
matrix products: the intervals (random halves of the class, :mod:`annotator.core.agreement`)
and the pairwise table come from the same arrays. Units of one coder in one category that
overlap are joined first (one coder, one opinion per character); touching units stay apart,
because where a passage is split is part of unitizing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

Spans = Sequence[tuple[int, int]]
Vec = NDArray[np.float64]


def join_overlapping(spans: Spans, length: int) -> list[tuple[int, int]]:
    """Spans clipped to ``[0, length)``, empty ones dropped, overlapping ones joined (touching ones kept apart)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted((max(0, s), min(length, e)) for s, e in spans):
        if e <= s:
            continue
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


@dataclass(frozen=True)
class Arrays:
    """What every coefficient needs, for ``m`` coders and ``K`` categories (coder-by-coder matrices per category).

    ``cover[c, i]`` characters coder i put in category c; ``count``, ``h`` (Σ (2l³-3l²+l)/3),
    ``q`` (Σ l(l-1)) and ``sq`` (Σ l²) of their units; ``overlap[c, k, i, j]`` characters coder i
    put in c and coder j in k (i = j included); ``dist[c, i, j]`` Krippendorff's 2004 distance of
    two coders' units (0 for i = j); ``gapsum[c, i, j]`` Σ over i's units and j's gaps of
    ``l² · max(0, g - l + 1)``; ``selfsq[c, i, j]`` Σ over i's units of (characters of the unit that
    coder j also marked, in any category)².
    """

    length: int
    cover: Vec
    count: Vec
    h: Vec
    q: Vec
    sq: Vec
    overlap: Vec
    dist: Vec
    gapsum: Vec
    selfsq: Vec

    @property
    def coders(self) -> int:
        """How many coders the arrays describe."""
        return int(self.cover.shape[1])


def build(coders: Sequence[Sequence[Spans]], length: int, *, unitizing: bool = True) -> Arrays:
    """The arrays for ``coders[i][c]`` = the spans coder i put in category c (every coder lists every category).

    ``unitizing=False`` leaves ``dist``, ``gapsum`` and ``selfsq`` at zero: what only uα and cuα
    use, so the arrays serve :func:`char_alpha` and :func:`bar_u_alpha` for about half the work.
    """
    m = len(coders)
    k = len(coders[0]) if m else 0
    units = [[join_overlapping(coders[i][c], length) for i in range(m)] for c in range(k)]
    rows = [(s, e, c, i) for c in range(k) for i in range(m) for s, e in units[c][i]]
    table = np.array(rows, dtype=np.int64).reshape(-1, 4)  # in (category, coder, start) order
    b, e, cat, own = (table[:, n] for n in range(4))
    lens = (e - b).astype(np.float64)
    group = cat * m + own
    size = k * m

    def per(key: NDArray[np.int64], values: Vec, n: int) -> Vec:
        return np.bincount(key, weights=values, minlength=n).astype(np.float64, copy=False)  # float64 already

    cover, count, h, q, sq = (per(group, v, size).reshape(k, m) for v in (
        lens, np.ones_like(lens), (2 * lens**3 - 3 * lens**2 + lens) / 3, lens * (lens - 1), lens**2))
    u, v = _overlapping_pairs(b, e)
    inter = (np.minimum(e[u], e[v]) - np.maximum(b[u], b[v])).astype(np.float64)
    overlap = per(group[u] * size + group[v], inter, size * size).reshape(k, m, k, m).transpose(0, 2, 1, 3)
    if not unitizing:
        zeros = np.zeros((k, m, m))
        return Arrays(length, cover, count, h, q, sq, overlap, zeros, zeros, zeros)
    same = cat[u] == cat[v]
    us, vs = u[same], v[same]
    squares = ((b[us] - b[vs]) ** 2 + (e[us] - e[vs]) ** 2).astype(np.float64)
    both = per(group[us] * m + own[vs], squares, size * m).reshape(k, m, m)
    # A unit counts l² against every coder of its category who marked none of its characters.
    marked = np.zeros(len(b) * m, dtype=bool)  # unit x coder of its category who marked some of it
    marked[us * m + own[vs]] = True
    touched = np.flatnonzero(marked)
    alone = np.repeat(per(group, lens**2, size)[:, None], m, axis=1).reshape(k, m, m)
    alone -= per(group[touched // m] * m + touched % m, lens[touched // m] ** 2, size * m).reshape(k, m, m)
    dist = both + alone + alone.transpose(0, 2, 1)
    for c in range(k):
        np.fill_diagonal(dist[c], 0.0)
    shared = per(u * m + own[v], inter, len(b) * m)  # unit x coder: characters in common
    met = np.flatnonzero(shared)  # the few units and coders that meet at all
    selfsq = per(group[met // m] * m + met % m, shared[met] ** 2, size * m).reshape(k, m, m)
    return Arrays(length, cover, count, h, q, sq, overlap, dist, _gapsum(b, e, group, length, k, m), selfsq)


def _overlapping_pairs(b: NDArray[np.int64], e: NDArray[np.int64]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Every ordered pair of units (a unit with itself included) sharing at least one character (no empty units).

    Units sorted by start: those starting from a unit's start up to (not including) its end are
    exactly the units it meets that start no earlier, so each pair is found once, without
    candidates to filter, and the pairs the other way round are the same ones turned about.
    """
    n = len(b)
    order = np.argsort(b, kind="stable")
    bs = b[order]
    counts = np.searchsorted(bs, e[order], side="left") - np.arange(n)  # the unit itself and those after it
    position = np.repeat(np.arange(n), counts)
    offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    first, second = order[position], order[position + offsets]
    apart = offsets > 0  # two different units: the pair the other way round too
    return np.concatenate([first, second[apart]]), np.concatenate([second, first[apart]])


def _gapsum(b: NDArray[np.int64], e: NDArray[np.int64], group: NDArray[np.int64], length: int, k: int,
            m: int) -> Vec:
    """Σ over coder i's units and coder j's gaps of l² · max(0, g - l + 1), per category (the 2004 expected term).

    ``group`` is each unit's ``category · m + coder``, in order, with each group's units in reading
    order. For a unit length l, Σ_{g >= l} (g + 1 - l) over one coder's gaps is a suffix sum found
    by bisection; a category's units come in few lengths, so it is worked out once per length and
    coder, and weighted by the squares of the lengths of each coder's units of that length.
    """
    out = np.zeros((k, m, m))
    if length <= 0:
        return out
    # Gaps: before each unit (from the end of the one before it in its group, or from 0), after
    # each group's last unit, and the whole text for a group with no units; empty ones left out.
    first = np.ones(len(b), dtype=bool)
    first[1:] = group[1:] != group[:-1]
    last = np.ones(len(b), dtype=bool)
    last[:-1] = first[1:]
    before = b - np.where(first, 0, np.concatenate([[0], e[:-1]]))
    empty = np.setdiff1d(np.arange(k * m), group)
    size = np.concatenate([before, length - e[last], np.full(len(empty), length)])
    owner = np.concatenate([group, group[last], empty])
    keep = size > 0
    size, owner = size[keep], owner[keep]
    lens = (e - b).astype(np.float64)
    stride = length + 1
    for c in range(k):
        mine = owner // m == c
        keys = np.sort(owner[mine] % m * stride + size[mine])  # by coder, then gap length
        suffix = np.concatenate([np.cumsum((keys % stride + 1)[::-1])[::-1], [0]]).astype(np.float64)
        ends = np.searchsorted(keys, (np.arange(m) + 1) * stride, side="left")  # where each coder's gaps end
        in_c = group // m == c
        if not in_c.any():
            continue
        sizes, which = np.unique(lens[in_c], return_inverse=True)
        at = np.searchsorted(keys, np.arange(m)[:, None] * stride + sizes[None, :].astype(np.int64), side="left")
        beyond = (suffix[at] - suffix[ends[:, None]]) - sizes[None, :] * (ends[:, None] - at)  # (coder j, length)
        weight = np.bincount(group[in_c] % m * len(sizes) + which, weights=lens[in_c] ** 2,
                             minlength=m * len(sizes)).reshape(m, len(sizes))  # (coder i, length)
        out[c] = weight @ beyond.T
    return out


# --- figures for weighted multisets of coders ----------------------------------------------------
# ``w`` is (B, m): row b says how many times each coder is drawn. Every function returns (B,) with
# NaN where the figure is undefined; callers turn NaN into None before anyone sees it.


def _pairs(matrix: Vec, w: Vec) -> Vec:
    """Σ over ordered pairs of draws of ``matrix[..., coder_a, coder_b]`` (a coder drawn twice pairs with itself).

    That is ``wᵀ M w - Σ w_a M_aa`` for each row of ``w``: one matrix product for every leading index
    at once, with no copy of ``matrix`` (it is linear in ``matrix``, which :func:`cu_alphas` uses).
    """
    m = matrix.shape[-1]
    lead = matrix.shape[:-2]
    flat = matrix.reshape(-1, m, m)
    left = w @ np.moveaxis(flat, 1, 0).reshape(m, -1)  # (B, L·m): row b, leading index l, coder b of the pair
    quad = np.einsum("blm,bm->bl", left.reshape(w.shape[0], -1, m), w)
    quad -= w @ np.diagonal(flat, axis1=1, axis2=2).T
    result: Vec = quad.reshape(w.shape[0], *lead)
    return result


def _safe(num: Vec, den: Vec) -> Vec:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)


def char_alpha(a: Arrays, c: int, w: Vec) -> Vec:
    """Per-character binary alpha for category ``c`` (see the module docstring)."""
    return _binary(a, c, w, gap_aware=False)


def bar_u_alpha(a: Arrays, c: int, w: Vec) -> Vec:
    """|uα for category ``c``: units against gaps (see the module docstring)."""
    return _binary(a, c, w, gap_aware=True)


def _binary(a: Arrays, c: int, w: Vec, *, gap_aware: bool) -> Vec:
    m = w.sum(axis=1)
    total = a.length * m
    ones = w @ a.cover[c]
    zeros = total - ones
    hamming = 2 * (m - 1) * ones - 2 * _pairs(a.overlap[c, c], w)
    if gap_aware:
        s = w @ (a.sq[c] + (a.length - a.cover[c]))
        scale = total - _safe(s, total)
    else:
        scale = total - 1
    alpha = 1 - _safe(scale * hamming, 2 * (m - 1) * zeros * ones)
    return np.where((m >= 2) & (ones > 0) & (zeros > 0), alpha, np.nan)


def u_disagreements(a: Arrays, c: int, w: Vec) -> tuple[Vec, Vec]:
    """Krippendorff's (2004) observed and expected unitizing disagreement for category ``c``."""
    m = w.sum(axis=1)
    big_l = float(a.length)
    observed = _safe(_pairs(a.dist[c], w), m * (m - 1) * big_l**2)
    units = w @ a.count[c]
    spread = (units - 1) * (w @ a.h[c]) + ((w @ a.gapsum[c]) * w).sum(axis=1)
    expected = _safe(2 / big_l * spread, m * big_l * (m * big_l - 1) - w @ a.q[c])
    return observed, expected


def u_alpha(a: Arrays, categories: Sequence[int], w: Vec) -> Vec:
    """uα (2004) over ``categories`` together (one category: that category's uα)."""
    observed = np.zeros(w.shape[0])
    expected = np.zeros(w.shape[0])
    for c in categories:
        o, e = u_disagreements(a, c, w)
        observed, expected = observed + np.nan_to_num(o), expected + np.nan_to_num(e)
    alpha = 1 - _safe(observed, expected)
    return np.where(w.sum(axis=1) >= 2, alpha, np.nan)


def u_alphas(a: Arrays, w: Vec) -> tuple[Vec, Vec]:
    """uα over all categories (B,) and each category's uα (B, K): :func:`u_alpha`, each disagreement worked out once."""
    k = a.cover.shape[0]
    observed, expected = np.zeros((w.shape[0], k)), np.zeros((w.shape[0], k))
    for c in range(k):
        observed[:, c], expected[:, c] = u_disagreements(a, c, w)
    observed, expected = np.nan_to_num(observed), np.nan_to_num(expected)  # as u_alpha sums them
    enough = (w.sum(axis=1) >= 2)[:, None]
    per = np.where(enough, 1 - _safe(observed, expected), np.nan)
    together = 1 - _safe(observed.sum(axis=1), expected.sum(axis=1))
    return np.where(enough[:, 0], together, np.nan), per


def pairwise_u_alpha(a: Arrays, categories: Sequence[int]) -> Vec:
    """uα over ``categories`` for every two coders as if they were the only two: an (m, m) matrix, NaN where undefined.

    The same sums as :func:`u_disagreements` with two coders, done for all pairs at once by broadcasting.
    """
    big_l = float(a.length)
    observed = np.zeros((a.coders, a.coders))
    expected = np.zeros((a.coders, a.coders))
    for c in categories:
        observed += a.dist[c] / big_l**2
        units = a.count[c][:, None] + a.count[c][None, :]
        spread_h = a.h[c][:, None] + a.h[c][None, :]
        gd = np.diagonal(a.gapsum[c])
        gaps = gd[:, None] + gd[None, :] + a.gapsum[c] + a.gapsum[c].T
        spread = (units - 1) * spread_h + gaps
        expected += np.nan_to_num(_safe(2 / big_l * spread, 2 * big_l * (2 * big_l - 1) - a.q[c][:, None]
                                        - a.q[c][None, :]))
    return 1 - _safe(observed, expected)


def cu_alphas(a: Arrays, w: Vec) -> tuple[Vec, Vec]:
    """cuα over all categories (B,) and (k)uα for each category (B, K), from intersecting units."""
    m = w.sum(axis=1)
    # Only the margins and the diagonal of the coincidences ℓ*_ck are needed, and pairs of draws are
    # linear in the matrix: K + K sums of pairs rather than all K × K.
    k = a.overlap.shape[0]
    both = np.concatenate([a.overlap.sum(axis=1), a.overlap[np.arange(k), np.arange(k)]])  # (2K, m, m)
    sums = np.nan_to_num(_safe(_pairs(both, w), (m - 1)[:, None]))
    margin, diag = sums[:, :k], sums[:, k:]  # (B, K) each
    corr = np.nan_to_num(_safe(_pairs(a.selfsq, w), (m - 1)[:, None]))  # (B, K): the self-pairing terms
    total = margin.sum(axis=1)
    denom = total - _safe(corr.sum(axis=1), total)
    exp_diag = _safe(margin**2 - corr, denom[:, None])
    exp_margin = _safe(margin * total[:, None] - corr, denom[:, None])
    cu = 1 - _safe(total - diag.sum(axis=1), total - np.nansum(exp_diag, axis=1))
    per = 1 - _safe(exp_margin, margin) * _safe(margin - diag, exp_margin - exp_diag)
    ok = (m >= 2)[:, None]
    return np.where(m >= 2, cu, np.nan), np.where(ok & (margin > 0), per, np.nan)


def union(coders: Sequence[Sequence[Spans]]) -> list[list[list[tuple[int, int]]]]:
    """Each coder's spans of every category as one category: what "any category" means."""
    return [[[span for spans in coder for span in spans]] for coder in coders]
