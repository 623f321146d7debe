"""Measures Annotator against its budgets (the README's "Performance" table) and prints each figure beside its budget.

Run ``python -m annotator.benchmark`` (off screen; about a minute). Baselines are measured in
the same run: a bare PySide6 window for start-up, and reading the same file for grading. Timings
are medians of several runs; nothing here is a pass/fail test.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROWS: list[tuple[str, str, str, bool]] = []


def report(what: str, figure: str, budget: str, ok: bool) -> None:
    """Print one line: what was measured, the figure, the budget, and whether it is met."""
    ROWS.append((what, figure, budget, ok))
    print(f"{'ok  ' if ok else 'OVER'} {what:<58} {figure:>14}   budget {budget}", flush=True)


def median_time(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``fn`` in seconds."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


# Every start is timed from spawning the child to its first frame, which the child prints (one clock,
# ``time.monotonic()``, for all processes): the end of the event-loop pass in which its window was
# first exposed. Qt paints the whole window and shows the frame inside that expose event; work the
# frame posts (the student window's deferred panels) waits for the next pass. No Python event filter
# watches the paints while timing (a process's first Python callback costs PySide 2.5 ms that the
# bare window would not spend); with ANNOTATOR_BENCH_CHECK set, one checks them (the tests do).
_FIRST_FRAME = """
import os, sys, time
def first_frame(app, window, widgets):
    if os.environ.get("ANNOTATOR_BENCH_CHECK"):
        from PySide6.QtCore import QEvent, QObject
        class Painted(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint:
                    widgets[:] = [w for w in widgets if w is not obj]
                return False
        painted = Painted(window)
        for w in widgets:
            w.installEventFilter(painted)
    else:
        widgets.clear()
    deadline = time.monotonic() + 30
    while not window.windowHandle().isExposed():
        app.processEvents()
        if time.monotonic() > deadline:
            sys.exit("no first frame within 30 s")
    print(time.monotonic(), flush=True)
    if widgets:
        sys.exit(f"not painted in the first frame: {widgets}")
"""
_BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1]); w = QMainWindow(); w.resize(1360, 860); w.show()
first_frame(app, w, [w])
os._exit(0)
"""
# What any window showing this lesson's article must pay: PySide6's Qt namespace (about 90 Python
# enums), PyYAML for lesson.yaml, a text view with 11,000 characters laid out. No highlights,
# palette, prompts, checks or saved work. It shows how much of the ratio is left for Annotator.
_ARTICLE_ONLY = """
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter, QTextEdit
folder = sys.argv[1]
lesson = yaml.load(open(folder + "/lesson.yaml", encoding="utf-8"), Loader=yaml.CSafeLoader)
text = open(folder + "/article.md", encoding="utf-8").read()
app = QApplication(sys.argv[:1]); w = QMainWindow(); w.resize(1360, 860)
split = QSplitter(Qt.Orientation.Horizontal); view = QTextEdit(); view.setReadOnly(True); view.setPlainText(text)
title = QLabel(lesson["title"]); split.addWidget(view); split.addWidget(title); w.setCentralWidget(split)
w.show()
first_frame(app, w, [view, title])
os._exit(0)
"""
# Annotator's own reading view alone: the lesson read and checked, the student's worksheet, the
# article with its highlighting, and nothing else (no palette, prompts, notes, list or menus).
_VIEW_ONLY = """
import annotator.cli
import annotator.ui
from annotator.core.annotations import Student, Work
from annotator.core.pack import load_pack
from annotator.core.worksheet import Worksheet
from annotator.resources import default_lesson
from PySide6.QtWidgets import QApplication, QMainWindow
from annotator.ui.common.article_view import ArticleView
app = QApplication(sys.argv[:1])
pack = load_pack(default_lesson(), with_key=False)
sheet = Worksheet(pack.lesson, pack.article, Work(pack.lesson.id, pack.article.sha256, Student("Bench")))
w = QMainWindow(); w.resize(1360, 860); view = ArticleView(sheet, 13); w.setCentralWidget(view); w.show()
first_frame(app, w, [view])
os._exit(0)
"""
# The student's window to the first frame that shows the article, the lesson title and the
# category buttons; then (a second line) to the prompts and the highlight list filled in.
_APP = """
import gc
from pathlib import Path
import annotator.cli  # what the `annotator` command loads first
gc.disable()  # as the command does before it imports the window (annotator.cli._app)
from annotator.ui.launch import start_student_app
app, window = start_student_app(pack=None, work_file=None, student="Bench", data_dir=Path(sys.argv[1]))
first_frame(app, window, [window.article, window.title_label, *window.palette_box.buttons.values()])
while not window.fully_built:
    app.processEvents()
print(time.monotonic(), flush=True)
os._exit(0)
"""


def start_script(code: str) -> str:
    """One of the start-up scripts above, ready to run with ``python -c``."""
    return _FIRST_FRAME + code


def _start_seconds(code: str, *args: str) -> list[float]:
    """Seconds from spawning a child running ``code`` to each time it prints (its first frame, ...)."""
    t = time.monotonic()
    out = subprocess.run([sys.executable, "-c", start_script(code), *args], check=True, capture_output=True,
                         text=True, env=_INSTALLED_ENV).stdout.split()
    return [float(x) - t for x in out]


# As on an installed copy, compiled bytecode is cached (pip compiles it at install time); some
# shells set PYTHONDONTWRITEBYTECODE, which would make every start compile Annotator's sources.
_INSTALLED_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
_INSTALLED_ENV["PYTHONPYCACHEPREFIX"] = os.path.join(tempfile.gettempdir(), "annotator-bench-pycache")


def drop_file_cache() -> bool:
    """Empty the system's file cache (Linux, as root), so that the next start reads everything from disk."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w", encoding="ascii") as knob:
            knob.write("3\n")
    except OSError:
        return False
    return True


def bench_startup(tmp: Path) -> None:
    """Start to the first frame with the bundled lesson, against a bare PySide6 window's first frame."""
    from annotator.resources import default_lesson

    starts: dict[str, list[list[float]]] = {"bare": [], "article": [], "view": [], "app": []}
    codes = {"bare": (_BARE,), "article": (_ARTICLE_ONLY, str(default_lesson())), "view": (_VIEW_ONLY,), "app": (_APP,)}
    for i in range(11):  # round 0 warms the disk and bytecode caches; rounds alternate so load hits all alike
        for name, (code, *args) in codes.items():  # the app's data folder comes last (the others ignore it)
            figures = _start_seconds(code, *args, str(tmp / f"d{i}"))
            starts[name] += [figures] if i else []

    def first(name: str, index: int = 0) -> float:
        return statistics.median(run[index] for run in starts[name])

    def ratio(name: str) -> float:  # per round, against the bare start just before: steadier on a busy machine
        return statistics.median(run[0] / bare[0] for run, bare in zip(starts[name], starts["bare"], strict=True))

    bare, app, filled = first("bare"), first("app"), first("app", 1)
    report("bare PySide6 QMainWindow start to first frame (baseline)", f"{bare:.3f} s", "-", True)
    report("  (reference) a window with only the article text", f"{ratio('article'):.2f} x", "-", True)
    report("  (reference) Annotator's article view alone", f"{ratio('view'):.2f} x", "-", True)
    report("start to first frame (article, title, categories)", f"{app:.3f} s", "<= 0.5 s", app <= 0.5)
    report("  ratio to the bare window", f"{ratio('app'):.2f} x", "<= 2.0 x", ratio("app") <= 2.0)
    report("  prompts and highlight list filled in", f"{filled:.3f} s", "-", True)
    bench_cold_startup(tmp)


def bench_cold_startup(tmp: Path) -> None:
    """The same starts with the file cache emptied before each, where the system allows it."""
    if not drop_file_cache():
        print("cold start: not measured (cannot drop the file cache here)", flush=True)
        return

    def cold(code: str, *args: str) -> float:
        drop_file_cache()
        return _start_seconds(code, *args)[0]

    pairs = [(cold(_BARE), cold(_APP, str(tmp / f"cold{i}"))) for i in range(3)]
    bare, app = statistics.median(b for b, _ in pairs), statistics.median(a for _, a in pairs)
    report("cold start (file cache dropped): bare PySide6 window", f"{bare:.3f} s", "-", True)
    report("cold start to first frame, bundled lesson", f"{app:.3f} s", "-", True)
    report("  ratio to the cold bare window", f"{statistics.median(a / b for b, a in pairs):.2f} x", "-", True)


def large_article(chars: int = 400_000, seed: int = 7) -> str:
    """An article.md of about ``chars`` characters in paragraphs of plausible words."""
    rng = random.Random(seed)
    words = ["the", "senator", "said", "officials", "talks", "summit", "nuclear", "deal", "sanctions", "leader",
             "diplomacy", "briefing", "reportedly", "anonymous", "framing", "Pyongyang", "Hanoi", "négociation",
             "élite", "naïve"]
    paras, size = [], 0
    while size < chars:
        p = " ".join(rng.choice(words) for _ in range(rng.randint(40, 120))).capitalize() + "."
        paras.append(p)
        size += len(p) + 2
    return "# A very long article\n\n" + "\n\n".join(paras) + "\n"


def make_large_pack(folder: Path, annotations: int = 5000, chars: int = 400_000) -> tuple[Path, Path]:
    """A pack with a ``chars``-character article and a work file of ``annotations`` highlights."""
    from annotator.core.annotations import Student, Work
    from annotator.core.pack import load_pack
    from annotator.core.safe_write import atomic_write
    from annotator.core.workfile import save_work
    from annotator.core.worksheet import Worksheet
    from annotator.resources import default_lesson

    pack_dir = folder / "big"
    pack_dir.mkdir(parents=True, exist_ok=True)
    lesson_yaml = (default_lesson() / "lesson.yaml").read_text(encoding="utf-8")
    atomic_write(
        pack_dir / "lesson.yaml", lesson_yaml.replace("id: hanoi-summit-2019", "id: big-article"), backup=False
    )
    atomic_write(pack_dir / "article.md", large_article(chars), backup=False)
    pack = load_pack(pack_dir, with_key=False)
    work = Work(pack.lesson.id, pack.article.sha256, Student("Bench"))
    sheet = Worksheet(pack.lesson, pack.article, work)
    rng = random.Random(3)
    n = len(pack.article.text)
    cats = [c.id for c in pack.lesson.categories]
    while len(work.annotations) < annotations:
        s = rng.randrange(0, n - 200)
        try:
            sheet.add(s, s + rng.randint(8, 120), rng.choice(cats), note="Because the words suggest a view.")
        except ValueError:
            continue
    work_file = folder / "big.yaml"
    save_work(work_file, work)
    return pack_dir, work_file


_OPEN_LARGE = """
import sys, time, resource
t0 = time.perf_counter()
from pathlib import Path
from annotator.ui.common.application import application
from annotator.ui.student.opening import open_student_window
from annotator.core.pack import load_pack
app = application()
t = time.perf_counter()
pack = load_pack(Path(sys.argv[1]), with_key=False)
window = open_student_window(pack, data_dir=Path(sys.argv[3]), work_file=Path(sys.argv[2]))
window.show()
app.processEvents()
first_frame = time.perf_counter() - t
while not window.fully_built:  # My highlights' 5,000 rows are built just after the first frame
    app.processEvents()
app.processEvents()
opened = time.perf_counter() - t
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(opened, peak_mb, first_frame)
"""


def bench_large(tmp: Path) -> None:
    """Open, edit and save the 400,000-character article with 5,000 annotations."""
    from annotator.core.workfile import load_work, save_work
    from annotator.ui.common.application import application
    from annotator.ui.student.opening import open_student_window

    pack_dir, work_file = make_large_pack(tmp)
    runs = []
    for i in range(3):
        out = subprocess.run(
            [sys.executable, "-c", _OPEN_LARGE, str(pack_dir), str(work_file), str(tmp / f"o{i}")],
            check=True,
            capture_output=True,
            text=True,
            env=_INSTALLED_ENV,
        ).stdout.split()
        runs.append((float(out[0]), float(out[1]), float(out[2])))
    opened = statistics.median(r[0] for r in runs)
    peak = max(r[1] for r in runs)
    first = statistics.median(r[2] for r in runs)
    report("open 400,000-char article with 5,000 annotations", f"{opened:.3f} s", "<= 0.5 s", opened <= 0.5)
    report("  its first frame (My highlights fills in after)", f"{first:.3f} s", "-", True)
    report("peak memory with the large article", f"{peak:.0f} MB", "<= 300 MB", peak <= 300)

    from annotator.core.pack import load_pack

    app = application()
    pack = load_pack(pack_dir, with_key=False)
    window = open_student_window(pack, data_dir=tmp / "edit", work_file=work_file)
    assert window is not None
    window.show()
    app.processEvents()
    window.finish_building()
    window.autosaver.enabled = False
    text = pack.article.text
    rng = random.Random(11)
    add_times, remove_times = [], []
    for _ in range(40):
        s = rng.randrange(0, len(text) - 100)
        window.article.select_span(s, s + 40, scroll=False)
        app.processEvents()
        t = time.perf_counter()
        window.mark("framing")
        app.processEvents()
        add_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        window.delete_current()
        app.processEvents()
        remove_times.append(time.perf_counter() - t)
    add_ms, remove_ms = statistics.median(add_times) * 1000, statistics.median(remove_times) * 1000
    report("add one annotation when 5,000 exist (with repaint)", f"{add_ms:.1f} ms", "<= 10 ms", add_ms <= 10)
    report("remove one annotation when 5,000 exist (with repaint)", f"{remove_ms:.1f} ms", "<= 10 ms", remove_ms <= 10)
    window.close()

    work, _ = load_work(work_file)
    target = tmp / "save.yaml"
    saved = median_time(lambda: save_work(target, work), 5)
    report("save a file of 5,000 annotations", f"{saved:.3f} s", "<= 0.2 s", saved <= 0.2)


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


def bench_grading(tmp: Path) -> None:
    """Grade 100, 200 and 300 files of 40 annotations with `annotator grade`, to show linear growth."""
    import contextlib
    import io

    from annotator.cli import main as cli
    from annotator.resources import default_lesson

    figures = []
    for count in (100, 200, 300):
        folder = make_class(tmp / f"class{count}", count)

        def grade(folder: Path = folder) -> None:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                assert cli(["grade", str(folder), "--lesson", str(default_lesson()), "--csv",
                            str(tmp / "grades.csv")]) == 0

        figures.append((count, median_time(grade, 3)))
    for count, seconds in figures:
        budget = "<= 2 s" if count == 300 else "-"
        report(f"grade {count} files x 40 annotations", f"{seconds:.3f} s", budget, count != 300 or seconds <= 2)
    per_file = [t / c * 1000 for c, t in figures]
    linear = max(per_file) <= 1.5 * min(per_file)
    report("  time per file, 100 to 300 files", " / ".join(f"{x:.2f}" for x in per_file) + " ms",
           "about constant (linear growth)", linear)


def bench_formats(tmp: Path) -> None:
    """Export a class of 300 x 40 highlights as W3C JSON-LD and import it back, with the commands."""
    import contextlib
    import io

    from annotator.cli import main as cli
    from annotator.resources import default_lesson

    folder = tmp / "class300" if (tmp / "class300").is_dir() else make_class(tmp / "class300", 300)
    lesson, out = str(default_lesson()), tmp / "class.jsonld"
    for what, args in (("export", ["export", str(folder), "--lesson", lesson, "--format", "w3c", "--out", str(out)]),
                       ("import", ["import", "w3c", str(out), "--lesson", lesson, "--out", str(tmp / "imported")])):
        def run(args: list[str] = args) -> None:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                assert cli(args) == 0

        seconds = median_time(run, 3)
        report(f"{what} 300 files x 40 annotations as W3C JSON-LD", f"{seconds:.3f} s", "<= 3 s", seconds <= 3)


def bench_agreement(tmp: Path) -> None:
    """`annotator agreement` on 30 and 300 students x 40 highlights, and 300 x 20 / 300 x 40 to show linear growth."""
    import contextlib
    import io

    from annotator.cli import main as cli
    from annotator.resources import default_lesson

    def timed(folder: Path) -> float:
        def run() -> None:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                assert cli(["agreement", str(folder), "--lesson", str(default_lesson())]) == 0
        return median_time(run, 3)

    from annotator.core.pack import load_pack
    from annotator.core.roster import load_class

    small = timed(make_class(tmp / "agree30", 30))
    report("agreement, 30 students x 40 highlights", f"{small:.3f} s", "<= 0.5 s", small <= 0.5)
    half = timed(make_class(tmp / "agree300x20", 300, 20))
    full = timed(make_class(tmp / "agree300", 300))
    pack = load_pack(default_lesson())
    for folder in (tmp / "agree300x20", tmp / "agree300"):
        _ROSTERS[folder] = ([sub.sheet for sub in load_class([folder], pack).submissions], pack)
    report("agreement, 300 students x 20 highlights", f"{half:.3f} s", "-", True)
    report("agreement, 300 students x 40 highlights", f"{full:.3f} s", "<= 5 s", full <= 5)
    # The whole command compares every two students' overlapping highlights, and on a crowded article
    # overlapping pairs grow with the square of the highlights; the per-character figure alone does not.
    report("  whole command, 20 to 40 highlights each", f"x {full / half:.2f}", "-", True)
    per_char = []
    for folder in (tmp / "agree300x20", tmp / "agree300"):
        def alpha_only(folder: Path = folder) -> None:
            _per_character_alpha(folder)
        per_char.append(median_time(alpha_only, 3))
    report("  per-character alpha alone, 20 to 40 highlights each", f"x {per_char[1] / per_char[0]:.2f}",
           "<= x 2 (linear)", per_char[1] / per_char[0] <= 2.0)


def _per_character_alpha(folder: Path) -> None:
    """The class's per-character alpha in every category from the heat-map runs (files already read)."""
    from annotator.core.class_stats import class_heat, unitized_alpha

    sheets, pack = _ROSTERS[folder]
    for cat in pack.lesson.categories:
        unitized_alpha(class_heat(sheets, cat.id), len(sheets), len(pack.article.text))


_ROSTERS: dict[Path, tuple[list[Any], Any]] = {}


def main() -> int:
    """Run every benchmark; exit 1 if any figure is over its budget."""
    print(f"Annotator benchmarks — Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        bench_startup(tmp)
        bench_large(tmp)
        bench_grading(tmp)
        bench_agreement(tmp)
        bench_formats(tmp)
        bench_flood(tmp)
    budgeted = [r for r in ROWS if r[2] != "-"]  # baselines and references have no budget of their own
    over = [r for r in budgeted if not r[3]]
    print(f"{len(budgeted) - len(over)} of {len(budgeted)} budgets met")
    return 1 if over else 0



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
                              str(flood)], stdout=subprocess.DEVNULL, env=_INSTALLED_ENV)
    _, status, usage = os.wait4(child.pid, 0)  # Unix: the child's own peak memory
    seconds = time.perf_counter() - started
    peak = usage.ru_maxrss / 1024
    what = f"check a {flood.stat().st_size / 2**20:.1f} MB file of 195,000 unplaceable highlights"
    report(what, f"{seconds:.2f} s", "<= 5 s", seconds <= 5 and status == 0)
    report("  its peak memory (resident)", f"{peak:.0f} MB", "<= 300 MB", peak <= 300)

if __name__ == "__main__":
    sys.exit(main())
