"""How far a class agrees: who stands apart, who is too alike, and intervals that a second run repeats."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.agreement import Coder, agreement_in_steps, class_agreement
from annotator.core.pack import Pack
from tests.commands.test_grade import write_pack


@pytest.fixture
def pack(tmp_path: Path) -> Pack:
    """The small three-category lesson, with its key."""
    return write_pack(tmp_path / "pack")


def test_identical_pair_and_the_odd_one_out_are_found(pack: Pack) -> None:
    """Two students with the very same highlights, and one who marks elsewhere, are pointed out by name."""
    t = pack.article.text
    same = {"named-source": [(t.index("Senator"), t.index("Senator") + 16)], "framing": [(10, 30)]}
    others = [Coder(f"C{n}", {"named-source": [(t.index("Senator") + n, t.index("Senator") + 16)],
                              "framing": [(12 + n, 30)]}) for n in range(4)]
    odd = Coder("Odd", {"unnamed-source": [(len(t) - 40, len(t) - 5)]})
    result = class_agreement([Coder("Twin A", same), Coder("Twin B", same), *others, odd], pack.lesson, len(t),
                             resamples=100)
    text = " ".join(result.findings)
    assert "Twin A and Twin B highlighted almost exactly the same passages" in text
    assert "Odd's highlights look like nobody else's" in text


def test_intervals_are_the_same_for_the_same_seed(pack: Pack) -> None:
    """The 95 % intervals are reproducible: a report printed twice shows the same numbers."""
    t = pack.article.text
    coders = [Coder(f"C{n}", {"framing": [(n, 30 + 3 * n)]}) for n in range(6)]
    first = class_agreement(coders, pack.lesson, len(t), resamples=100, seed=3)
    second = class_agreement(coders, pack.lesson, len(t), resamples=100, seed=3)
    assert first.rows == second.rows
    f = first.rows[2].figures["char_alpha"]
    assert f.low is not None and f.high is not None and f.value is not None and f.low <= f.value <= f.high


def test_agreement_in_steps_is_class_agreement(pack: Pack) -> None:
    """Worked out a step at a time, agreement says how far it has got and ends with the very same figures."""
    t = pack.article.text
    coders = [Coder(f"C{n}", {"framing": [(n, 30 + 3 * n), (40, 50)], "named-source": [(5 * n, 5 * n + 12)]})
              for n in range(7)]
    steps = agreement_in_steps(coders, pack.lesson, len(t), resamples=50)
    shares = []
    while True:
        try:
            shares.append(next(steps))
        except StopIteration as done:
            result = done.value
            break
    assert len(shares) >= 3 and shares == sorted(shares) and shares[0] >= 0 and shares[-1] < 1
    whole = class_agreement(coders, pack.lesson, len(t), resamples=50)
    assert (result.rows, result.pairs, result.findings, result.warnings) == (
        whole.rows, whole.pairs, whole.findings, whole.warnings)


def test_characters_highlighted_are_counted_once(pack: Pack) -> None:
    """A row's characters are those at least one student highlighted, overlaps counted once, the key left out."""
    t = pack.article.text
    coders = [Coder("A", {"framing": [(10, 30), (25, 40)], "named-source": [(0, 5)]}),
              Coder("B", {"framing": [(35, 60), (70, 70)]}), Coder("C", {})]
    result = class_agreement(coders, pack.lesson, len(t), resamples=0)
    rows = {row.category: row.characters for row in result.rows}
    assert rows["framing"] == 50 and rows["named-source"] == 5 and rows[""] == 55
    assert rows["unnamed-source"] == 0
