"""The start-up benchmark times the real app: its scripts open Annotator's window as `annotator` does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_the_start_up_benchmark_starts_the_real_app(tmp_path: Path) -> None:
    """The benchmark's start-up figures would time a script that no longer opens Annotator's window."""
    from annotator.benchmark import startup as benchmark
    from annotator.resources import default_lesson

    # Checked: each window's named widgets (the article, title and category buttons) are painted by
    # the time the script says its first frame is shown.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANNOTATOR_BENCH_CHECK="1")
    printed = {}
    for code, arg in ((benchmark._APP, str(tmp_path / "d")), (benchmark._ARTICLE_ONLY, str(default_lesson())),
                      (benchmark._VIEW_ONLY, ""), (benchmark._BARE, "")):
        done = subprocess.run([sys.executable, "-c", benchmark.start_script(code), arg], capture_output=True,
                              text=True, env=env, timeout=60)
        assert done.returncode == 0, done.stderr[-2000:]
        printed[code] = done.stdout.split()
    # Each script reached its first frame; the app also reported its prompts and list filled in.
    assert [len(printed[code]) for code in printed] == [2, 1, 1, 1]
    # The window took the student's work as a real start does (the lock outlives the ended process).
    locks = list((tmp_path / "d").rglob("*.lock"))
    assert len(locks) == 1 and locks[0].parent.name == "hanoi-summit-2019" and "bench" in locks[0].name
