"""Measures Annotator against its budgets (the README's "Performance" table) and prints each figure beside its budget.

Run ``python -m annotator.benchmark`` (off screen; a few minutes). Baselines are measured in the
same run: a bare PySide6 window for start-up, and reading the same file for grading. Timings are
medians of several runs; nothing here is a pass/fail test. One module per room: :mod:`.startup`,
:mod:`.large` (the big article), :mod:`.classwork` (a class's files), :mod:`.review` (the review
window on a year group), and :mod:`.measure`, the shared clock and report.
"""
