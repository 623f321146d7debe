"""The bundle's budgets in ``python -m annotator.benchmark``: nothing to measure is said, never a failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.packaging.bench import bench_bundle


def test_without_a_built_bundle_it_says_not_built_and_reports_nothing(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A benchmark run before any build would crash, or report a bundle of 0 MB as within its budget."""
    reported: list[tuple[str, str, str, bool]] = []
    bench_bundle(lambda *row: reported.append(row), tmp_path / "tmp", dist=tmp_path / "dist")
    assert reported == []
    assert capsys.readouterr().out == (f"bundle: not built (python -m annotator.packaging builds it into "
                                       f"{tmp_path / 'dist'})\n")
