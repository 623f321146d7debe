"""A class's files: grading, agreement, the standard formats, and checking a huge file."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.benchmark.measure import median_time, report
from annotator.benchmark.startup import INSTALLED_ENV

if TYPE_CHECKING:
    from annotator.core.worksheet import Worksheet


def make_class(folder: Path, students: int, per_student: int = 40) -> Path:
    """A folder of handed-in files for the bundled lesson, each with ``per_student`` highlights."""
    from annotator.core.annotations import Student, Work
    from annotator.core.desk import hand_in
    from annotator.core.pack import load_pack
    from annotator.core.worksheet import Worksheet
    from annotator.resources import default_lesson

    pack = load_pack(default_lesson())
    text, cats = pack.article.text, [c.id for c in pack.lesson.categories]
    rng = random.Random(students)
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(students):
        work = Work(pack.lesson.id, pack.article.sha256, Student(f"Student {n:03d}", f"s-{n:04d}"))
        sheet = Worksheet(pack.lesson, pack.article, work)
        while len(work.annotations) < per_student:
            s = rng.randrange(0, len(text) - 60)
            try:
                sheet.add(s, s + rng.randint(5, 60), rng.choice(cats), note="Because of this word.")
            except ValueError:
                continue
        hand_in(work, folder)
    return folder


def quietly(args: list[str]) -> None:
    """Run ``annotator ARGS`` in this process, its output thrown away; it must succeed."""
    import contextlib
    import io

    from annotator.cli import main as cli

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert cli(args) == 0


def bench_grading(tmp: Path) -> None:
    """Grade 100, 200 and 300 files of 40 annotations with `annotator grade`, to show linear growth."""
    from annotator.resources import default_lesson

    figures = []
    for count in (100, 200, 300):
        folder = make_class(tmp / f"class{count}", count)
        args = ["grade", str(folder), "--lesson", str(default_lesson()), "--csv", str(tmp / "grades.csv")]
        figures.append((count, median_time(partial(quietly, args), 3)))
    for count, seconds in figures:
        budget = "<= 2 s" if count == 300 else "-"
        report(f"grade {count} files x 40 annotations", f"{seconds:.3f} s", budget, count != 300 or seconds <= 2)
    per_file = [t / c * 1000 for c, t in figures]
    linear = max(per_file) <= 1.5 * min(per_file)
    report("  time per file, 100 to 300 files", " / ".join(f"{x:.2f}" for x in per_file) + " ms",
           "about constant (linear growth)", linear)


def bench_formats(tmp: Path) -> None:
    """Export a class of 300 x 40 highlights as W3C JSON-LD and import it back, with the commands."""
    from annotator.resources import default_lesson

    folder = tmp / "class300" if (tmp / "class300").is_dir() else make_class(tmp / "class300", 300)
    lesson, out = str(default_lesson()), tmp / "class.jsonld"
    for what, args in (("export", ["export", str(folder), "--lesson", lesson, "--format", "w3c", "--out", str(out)]),
                       ("import", ["import", "w3c", str(out), "--lesson", lesson, "--out", str(tmp / "imported")])):
        seconds = median_time(partial(quietly, args), 3)
        report(f"{what} 300 files x 40 annotations as W3C JSON-LD", f"{seconds:.3f} s", "<= 3 s", seconds <= 3)


def bench_agreement(tmp: Path) -> None:
    """`annotator agreement` on 30 and 300 students x 40 highlights, and 300 x 20 / 300 x 40 to show linear growth."""
    from annotator.core.class_stats import class_heat, unitized_alpha
    from annotator.core.pack import load_pack
    from annotator.core.roster import load_class
    from annotator.resources import default_lesson

    def timed(folder: Path) -> float:
        return median_time(lambda: quietly(["agreement", str(folder), "--lesson", str(default_lesson())]), 3)

    small = timed(make_class(tmp / "agree30", 30))
    report("agreement, 30 students x 40 highlights", f"{small:.3f} s", "<= 0.5 s", small <= 0.5)
    half = timed(make_class(tmp / "agree300x20", 300, 20))
    full = timed(make_class(tmp / "agree300", 300))
    report("agreement, 300 students x 20 highlights", f"{half:.3f} s", "-", True)
    report("agreement, 300 students x 40 highlights", f"{full:.3f} s", "<= 5 s", full <= 5)
    # The whole command compares every two students' overlapping highlights, and on a crowded article
    # overlapping pairs grow with the square of the highlights; the per-character figure alone does not.
    report("  whole command, 20 to 40 highlights each", f"x {full / half:.2f}", "-", True)
    pack = load_pack(default_lesson())
    length = len(pack.article.text)
    per_char = []
    for folder in (tmp / "agree300x20", tmp / "agree300"):
        sheets = [sub.sheet for sub in load_class([folder], pack).submissions]  # the files read before timing

        def alpha_only(sheets: list[Worksheet] = sheets) -> None:  # every category, from the heat-map runs
            for cat in pack.lesson.categories:
                unitized_alpha(class_heat(sheets, cat.id), len(sheets), length)

        per_char.append(median_time(alpha_only, 3))
    report("  per-character alpha alone, 20 to 40 highlights each", f"x {per_char[1] / per_char[0]:.2f}",
           "<= x 2 (linear)", per_char[1] / per_char[0] <= 2.0)


def bench_flood(tmp: Path) -> None:
    """``annotator check --lesson`` on a 16 MB hand-written file of 195,000 highlights found nowhere."""
    if not hasattr(os, "wait4"):
        return  # a child's peak memory is read with wait4, which Windows does not have
    from annotator.core.pack import load_pack
    from annotator.resources import default_lesson

    pack = load_pack(default_lesson(), with_key=False)
    rows = [f"- {{id: a{i:06d}, category: framing, start: 0, end: 9, quote: qxqxqxqxqxqxqx{i:06d}}}"
            for i in range(195_000)]
    flood = tmp / "flood.yaml"
    flood.write_text(f"schema: annotator/annotations@1\nlesson: {{id: {pack.lesson.id}, article_sha256: "
                     f"{pack.article.sha256}}}\nstudent: {{name: Flood}}\nannotations:\n" + "\n".join(rows) + "\n")
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "annotator", "check", "--lesson", str(default_lesson()),
                              str(flood)], stdout=subprocess.DEVNULL, env=INSTALLED_ENV)
    _, status, usage = os.wait4(child.pid, 0)  # Unix: the child's own peak memory
    seconds = time.perf_counter() - started
    peak = usage.ru_maxrss / 1024
    what = f"check a {flood.stat().st_size / 2**20:.1f} MB file of 195,000 unplaceable highlights"
    report(what, f"{seconds:.2f} s", "<= 5 s", seconds <= 5 and status == 0)
    report("  its peak memory (resident)", f"{peak:.0f} MB", "<= 300 MB", peak <= 300)
