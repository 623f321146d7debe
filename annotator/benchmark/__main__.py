"""``python -m annotator.benchmark``: every benchmark, then how many budgets were met."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from annotator.benchmark.classwork import bench_agreement, bench_flood, bench_formats, bench_grading
from annotator.benchmark.large import bench_large
from annotator.benchmark.measure import ROWS, report
from annotator.benchmark.review import bench_review
from annotator.benchmark.startup import bench_startup


def main() -> int:
    """Run every benchmark; exit 1 if any figure is over its budget."""
    print(f"Annotator benchmarks — Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        bench_startup(tmp)
        # Before anything that grows this process: a child's peak memory counts the pages it shares
        # with its parent between fork and exec, which would be blamed on the child.
        bench_flood(tmp)
        bench_large(tmp)
        bench_grading(tmp)
        bench_agreement(tmp)
        bench_review(tmp)
        bench_formats(tmp)
        from annotator.packaging.bench import bench_bundle  # the school bundle in dist/, if one was built

        bench_bundle(report, tmp)
    budgeted = [r for r in ROWS if r[2] != "-"]  # baselines and references have no budget of their own
    over = [r for r in budgeted if not r[3]]
    print(f"{len(budgeted) - len(over)} of {len(budgeted)} budgets met")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
