"""Start-up to the first frame, warm and cold, against a bare window measured in the same run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from annotator.benchmark.measure import report

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
                         text=True, env=INSTALLED_ENV).stdout.split()
    return [float(x) - t for x in out]


# As on an installed copy, compiled bytecode is cached (pip compiles it at install time); some
# shells set PYTHONDONTWRITEBYTECODE, which would make every start compile Annotator's sources.
INSTALLED_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
INSTALLED_ENV["PYTHONPYCACHEPREFIX"] = os.path.join(tempfile.gettempdir(), "annotator-bench-pycache")


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
