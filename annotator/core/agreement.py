"""How far a class agrees, with or without an answer key: figures, 95 % intervals, sentences and warnings.

Each student is a coder; their highlights placed on the article are the units (a highlight not
found in the article — orphaned — is left out and counted). Per category, and for all
categories together, :func:`class_agreement` gives the per-character alpha, uα, |uα and cuα of
:mod:`annotator.core.unitizing`, each with a 95 % interval.

The interval comes from resampling students, as a bootstrap does, but by halves: ``resamples``
times, a random half of the class (``m - m//2`` students, drawn without replacement by a
generator seeded with ``seed``, so a class always gets the same interval) is measured, and the
spread of those figures gives the standard error of the delete-d jackknife (Shao and Wu 1989,
``se² = r / (d · B) · Σ (θ_s - θ̄)²`` with r kept and d left out); the interval is the figure
± 1.96 se, at most 1. Why not the ordinary bootstrap of students: a student drawn twice agrees
perfectly with their own copy, which inflates alpha so much that on a class of 30 the
bootstrap interval did not even contain the figure. No interval when fewer than three students
take part, or when most halves leave the figure undefined.

The sentences use Krippendorff's rule of thumb: 0.800 and above is agreement a lesson can rely
on, 0.667 to 0.800 tentative, below that the students read the category differently.
The pairwise table gives, for every two students (and each student and the key, when there is
one), uα over all categories as if they were the only two coders.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field

import numpy as np

from annotator.core import unitizing as u
from annotator.core.i18n import QT_TRANSLATE_NOOP, Words
from annotator.core.key import AnswerKey
from annotator.core.lesson import Lesson
from annotator.core.roster import Submission
from annotator.core.unitizing import Vec

GOOD, TENTATIVE = 0.800, 0.667
FIGURES = (("char_alpha", QT_TRANSLATE_NOOP("Agreement", "per-character α")), ("u_alpha", "uα"),
           ("bar_u_alpha", "|uα"), ("cu_alpha", "cuα"))
"""Each figure's key (a CSV column) and its name; a name is shown as ``Agreement.tr(name)``."""


class Agreement(Words):
    """The sentences and warnings on how far a class agrees, for a teacher."""


def figure_name(name: str) -> str:
    """A figure's name from :data:`FIGURES` in the language spoken."""
    return Agreement.tr(name)


def key_name() -> str:
    """What the pairwise table calls the answer key."""
    return Agreement.tr("answer key")


@dataclass(frozen=True)
class Coder:
    """One student's placed highlights, by category id, and how many of their highlights were left out."""

    name: str
    spans: dict[str, list[tuple[int, int]]]
    orphaned: int = 0


@dataclass(frozen=True)
class Figure:
    """A coefficient and its 95 % interval; ``None`` where it is undefined (never NaN)."""

    value: float | None
    low: float | None = None
    high: float | None = None

    def text(self) -> str:
        """``0.712 [0.55, 0.80]``, or ``—`` when undefined."""
        if self.value is None:
            return "—"
        interval = f" [{self.low:.2f}, {self.high:.2f}]" if self.low is not None and self.high is not None else ""
        return f"{self.value:.3f}{interval}"


@dataclass(frozen=True)
class Row:
    """Agreement in one category (``category`` is "" for all categories together)."""

    category: str
    label: str
    coders: int
    highlights: int
    characters: int
    figures: dict[str, Figure]
    sentence: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pair:
    """Two coders and their uα over all categories (``None`` when it is undefined)."""

    first: str
    second: str
    alpha: float | None


@dataclass
class ClassAgreement:
    """Everything ``annotator agreement`` prints, and what the review window's Class tab shows."""

    students: int
    rows: list[Row]
    pairs: list[Pair] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)  # the odd one out, the identical pair
    orphaned: int = 0


def _none(x: float) -> float | None:
    return None if not np.isfinite(x) else float(x)


def _figure(values: Vec, halves: Vec | None, kept: int = 0, left: int = 0) -> Figure:
    """The figure, and its interval from the figures of the random halves (``kept`` students in, ``left`` out)."""
    value = _none(float(values[0]))
    if value is None or halves is None:
        return Figure(value)
    ok = halves[np.isfinite(halves)]
    if len(ok) < len(halves) / 2:
        return Figure(value)
    se = float(np.sqrt(kept / (left * len(ok)) * ((ok - ok.mean()) ** 2).sum()))
    return Figure(value, value - 1.96 * se, min(1.0, value + 1.96 * se))


def _level(x: float) -> int:
    """0 agree, 1 mostly agree, 2 agree only a little, 3 do not agree."""
    if x >= GOOD:
        return 0
    if x >= TENTATIVE:
        return 1
    return 2 if x > 0.2 else 3


def _main_clause(level: int, label: str, everyone: bool) -> str:
    """"Students agree on which passages are {label}", whole, for each level (no full stop)."""
    if everyone:
        return (Agreement.tr("Students agree on which passages to highlight"),
                Agreement.tr("Students mostly agree on which passages to highlight"),
                Agreement.tr("Students agree only a little on which passages to highlight"),
                Agreement.tr("Students do not agree on which passages to highlight"))[level]
    return (Agreement.tr("Students agree on which passages are {label}"),
            Agreement.tr("Students mostly agree on which passages are {label}"),
            Agreement.tr("Students agree only a little on which passages are {label}"),
            Agreement.tr("Students do not agree on which passages are {label}"))[level].format(label=label)


def sentence(label: str, figures: dict[str, Figure], *, used: int, everyone: bool = False) -> str:
    """What the figures mean for a teacher, in one sentence."""
    if used == 0:
        return Agreement.tr("Nobody highlighted {label}; there is nothing to agree on.").format(label=label)
    char, unit, cu = (figures[k].value for k in ("char_alpha", "u_alpha", "cu_alpha"))
    if char is None:
        if everyone:
            return Agreement.tr("Too few students or highlights to say how far students agree on which passages "
                                "to highlight.")
        return Agreement.tr("Too few students or highlights to say how far students agree on which passages are "
                            "{label}.").format(label=label)
    text = _main_clause(_level(char), label, everyone)
    if unit is not None and unit < char - 0.1:
        text += Agreement.tr(", less on where they begin and end")
    elif unit is not None and unit > char + 0.1:
        text += Agreement.tr(", and more on where the passages they share begin and end")
    if cu is not None and cu < TENTATIVE:
        text += (Agreement.tr("; where they highlight the same words, they often pick different categories")
                 if everyone else
                 Agreement.tr("; students who highlighted the same words often called them something other than "
                              "{label}").format(label=label))
    return text + "."


def coders_of(submissions: Sequence[Submission]) -> list[Coder]:
    """Each submission as a coder: placed highlights by category, orphans counted and left out."""
    coders = []
    for sub in submissions:
        spans: dict[str, list[tuple[int, int]]] = {}
        orphaned = 0
        for aid, a in sub.work.annotations.items():
            where = sub.sheet.shown_span(aid)
            if where is None:
                orphaned += 1
            else:
                spans.setdefault(a.category, []).append(where)
        name = sub.student.name or sub.path.name
        coders.append(Coder(f"{name} ({sub.student.id})" if sub.student.id else name, spans, orphaned))
    return coders


def key_coder(key: AnswerKey) -> Coder:
    """The answer key as a coder: each key passage in its expected (first) category."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for item in key.items:
        spans.setdefault(item.categories[0], []).append((item.start, item.end))
    return Coder(key_name(), spans)


def class_agreement(coders: Sequence[Coder], lesson: Lesson, length: int, *, key: AnswerKey | None = None,
                    category: str = "", resamples: int = 1000, seed: int = 0) -> ClassAgreement:
    """Agreement of ``coders`` per category (only ``category`` when given) and for all categories together."""
    steps = agreement_in_steps(coders, lesson, length, key=key, category=category, resamples=resamples, seed=seed)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            result: ClassAgreement = done.value
            return result


def agreement_in_steps(coders: Sequence[Coder], lesson: Lesson, length: int, *, key: AnswerKey | None = None,
                       category: str = "", resamples: int = 1000,
                       seed: int = 0) -> Generator[float, None, ClassAgreement]:
    """:func:`class_agreement` a step at a time: yields the share of the work done (0-1), returns the result.

    For a window, which works out a step between two turns of its event loop and stays responsive;
    the figures are the same as :func:`class_agreement`'s, which runs every step at once.
    """
    cats = [c for c in lesson.categories if not category or c.id == category]
    everyone = [*coders, key_coder(key)] if key is not None else list(coders)
    m = len(coders)
    spans = [[c.spans.get(cat.id, []) for cat in cats] for c in everyone]
    arrays = u.build(spans, length)
    yield 0.35
    together = u.build(u.union(spans), length, unitizing=False)  # for char_alpha and bar_u_alpha only
    yield 0.5
    w = np.zeros((1, len(everyone)))
    w[0, :m] = 1.0
    boot: Vec | None = None
    kept, left = m - m // 2, m // 2
    if m >= 3 and resamples > 0:
        order = np.random.default_rng(seed).random((resamples, m)).argsort(axis=1)[:, :kept]
        boot = np.zeros((resamples, len(everyone)))
        np.put_along_axis(boot, order, 1.0, axis=1)
    result = ClassAgreement(m, [], orphaned=sum(c.orphaned for c in coders))
    if m < 3:
        result.warnings.append(Agreement.tr("only %n student(s): agreement between fewer than three students "
                                            "means little, and no interval is given", "", m))
    for c in coders:
        if not any(c.spans.values()):
            result.warnings.append(Agreement.tr("{name} highlighted nothing; they count as saying 'not this' "
                                                "everywhere").format(name=c.name))
    if result.orphaned:
        result.warnings.append(Agreement.tr("%n highlight(s) not found in the article are left out of agreement", "",
                                            result.orphaned))
    covered = _covered(coders)
    cu_now, k_now = u.cu_alphas(arrays, w)
    cu_boot, k_boot = u.cu_alphas(arrays, boot) if boot is not None else (None, None)
    yield 0.6
    ua_now, ka_now = u.u_alphas(arrays, w)  # each category's disagreements once, for it and for all together
    ua_boot, ka_boot = u.u_alphas(arrays, boot) if boot is not None else (None, None)
    yield 0.7

    def figures(a: u.Arrays, c: int, unit: tuple[Vec, Vec | None], cu: tuple[Vec, Vec | None]) -> dict[str, Figure]:
        """The four figures of category ``c`` of ``a``; uα and cuα already worked out (for the class, the halves)."""
        return {"char_alpha": _both(u.char_alpha, a, c, w, boot, kept, left), "u_alpha": _figure(*unit, kept, left),
                "bar_u_alpha": _both(u.bar_u_alpha, a, c, w, boot, kept, left), "cu_alpha": _figure(*cu, kept, left)}

    for n, cat in enumerate(cats):
        row_figures = figures(arrays, n, (ka_now[:, n], None if ka_boot is None else ka_boot[:, n]),
                            (k_now[:, n], None if k_boot is None else k_boot[:, n]))
        used = sum(1 for c in coders if c.spans.get(cat.id))
        warnings = []
        if used == 0:
            warnings.append(Agreement.tr("nobody highlighted {label}").format(label=cat.label))
        elif used == 1:
            warnings.append(Agreement.tr("only one student highlighted {label}").format(label=cat.label))
        result.rows.append(Row(cat.id, cat.label, m, sum(len(c.spans.get(cat.id, [])) for c in coders),
                               covered(cat.id), row_figures,
                               sentence(cat.label, row_figures, used=used), tuple(warnings)))
    all_figures = figures(together, 0, (ua_now, ua_boot), (cu_now, cu_boot))
    yield 0.8
    used_any = sum(1 for c in coders if any(c.spans.values()))
    result.rows.append(Row("", Agreement.tr("All categories"), m, sum(len(s) for c in coders for s in c.spans.values()),
                           covered(None), all_figures,
                           sentence("", all_figures, used=used_any, everyone=True)))
    _pairs(result, everyone, arrays, m, len(cats))
    return result


def _both(fn: Callable[[u.Arrays, int, Vec], Vec], arrays: u.Arrays, c: int, w: Vec, halves: Vec | None,
          kept: int, left: int) -> Figure:
    """A figure for the class (weights ``w``) with its interval from the random halves."""
    return _figure(fn(arrays, c, w), fn(arrays, c, halves) if halves is not None else None, kept, left)


def _covered(coders: Sequence[Coder]) -> Callable[[str | None], int]:
    """Characters highlighted by at least one student, in a category or (None) in any: each count one sweep."""
    ids: dict[str, int] = {}
    rows = [(s, e, ids.setdefault(cid, len(ids))) for c in coders for cid, ss in c.spans.items() for s, e in ss]
    table = np.array(rows, dtype=np.int64).reshape(-1, 3)
    starts, ends = np.maximum(table[:, 0], 0), table[:, 1]

    def count(category: str | None) -> int:
        keep = ends > starts
        if category is not None:
            keep &= table[:, 2] == ids.get(category, -1)
        if not keep.any():
            return 0
        s, e = starts[keep], ends[keep]
        size = int(e.max()) + 1
        depth = np.cumsum(np.bincount(s, minlength=size) - np.bincount(e, minlength=size))
        return int((depth > 0).sum())

    return count


def _pairs(result: ClassAgreement, everyone: Sequence[Coder], arrays: u.Arrays, m: int, k: int) -> None:
    """Fill the pairwise table and say who stands apart and which pair is suspiciously alike."""
    table = u.pairwise_u_alpha(arrays, range(k))
    n = len(everyone)
    names = [c.name for c in everyone]
    firsts, seconds = np.triu_indices(n, 1)  # every two coders, in the order of a loop over i, then j > i
    alphas = [x if math.isfinite(x) else None for x in table[firsts, seconds].tolist()]
    result.pairs.extend(Pair(names[i], names[j], a)
                        for i, j, a in zip(firsts.tolist(), seconds.tolist(), alphas, strict=True))
    if m < 3:
        return
    students = table[:m, :m].copy()
    np.fill_diagonal(students, np.nan)
    with np.errstate(all="ignore"):
        means = np.nanmean(np.where(np.isfinite(students), students, np.nan), axis=1)
    if np.isfinite(means).sum() >= 3:
        lone = int(np.nanargmin(means))
        others = np.delete(means, lone)
        if means[lone] < np.nanmedian(others) - 0.25:
            result.findings.append(Agreement.tr(
                "{name}'s highlights look like nobody else's (uα with the others {mean} on average; the class's "
                "median is {median})").format(name=everyone[lone].name, mean=f"{means[lone]:.3f}",
                                              median=f"{np.nanmedian(others):.3f}"))
    with np.errstate(invalid="ignore"):
        alike = np.flatnonzero((seconds < m) & (table[firsts, seconds] >= 0.95)  # students only, never the key
                               & np.isfinite(table[firsts, seconds]))
    for p in (result.pairs[x] for x in alike.tolist()):
        result.findings.append(Agreement.tr("{first} and {second} highlighted almost exactly the same passages "
                                            "(uα {alpha}): worth a look").format(
            first=p.first, second=p.second, alpha=f"{p.alpha:.3f}"))
