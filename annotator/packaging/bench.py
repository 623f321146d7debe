"""The bundle's budgets, for ``python -m annotator.benchmark``: its size on disk and compressed, and its start.

Measured only when a bundle was built into ``dist/`` (``python -m annotator.packaging``); otherwise it says
"not built". Start is timed as the benchmark's other start figures are, to a drawn window: each program
renders the student window with ``--screenshot`` off screen and exits; the pip-installed app is the same
source run by this Python. Warm: the median of seven alternating runs after one run of each. Cold: the
file cache is dropped before each run, where the system allows it (root on Linux).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from annotator.packaging.build import folder_size
from annotator.packaging.layout import APP_NAME, ROOT, programs

SIZE_BUDGET = 160e6  # bytes on disk
ARCHIVE_BUDGET = 70e6
WARM_RATIO_BUDGET = 1.2
COLD_BUDGET = 1.5  # seconds

Report = Callable[[str, str, str, bool], None]


def _started(argv: Sequence[str | Path], data: Path) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as pip-installed: bytecode kept
    env.update(QT_QPA_PLATFORM="offscreen", ANNOTATOR_DATA_DIR=str(data), ANNOTATOR_SCHOOL_SETTINGS="")
    t = time.perf_counter()
    subprocess.run([*map(str, argv), "--screenshot", str(data / "shot.png"), "--student", "Bench"], check=True,
                   capture_output=True, env=env, cwd=data.parent)
    return time.perf_counter() - t


def _drop_file_cache() -> bool:
    """Empty Linux's page cache (root only); False where the system does not allow it."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def bench_bundle(report: Report, tmp: Path, dist: Path = ROOT / "dist") -> None:
    """Report the bundle's size and start beside their budgets, or that no bundle was built."""
    app = dist / f"{APP_NAME}.app"
    bundle = app if app.is_dir() else dist / APP_NAME
    gui, _ = programs(bundle)
    if not gui.is_file():
        print(f"bundle: not built (python -m annotator.packaging builds it into {dist})", flush=True)
        return
    size = folder_size(bundle)
    report("bundle on disk", f"{size / 1e6:.1f} MB", f"<= {SIZE_BUDGET / 1e6:.0f} MB", size <= SIZE_BUDGET)
    archives = sorted([*dist.glob("*.tar.gz"), *dist.glob("*.dmg"), *dist.glob("*-setup.exe")],
                      key=lambda p: p.stat().st_mtime)
    if archives:
        packed = archives[-1].stat().st_size
        report(f"  compressed ({archives[-1].name})", f"{packed / 1e6:.1f} MB", f"<= {ARCHIVE_BUDGET / 1e6:.0f} MB",
               packed <= ARCHIVE_BUDGET)
    else:
        print("bundle archive: not built", flush=True)
    pip_app: tuple[str, ...] = (sys.executable, "-m", "annotator")
    for n, argv in enumerate(((str(gui),), pip_app)):  # one run each: caches warm, bytecode compiled
        _started(argv, _fresh(tmp, f"warmup{n}"))
    frozen: list[float] = []
    pip: list[float] = []
    for i in range(7):
        frozen.append(_started((gui,), _fresh(tmp, f"b{i}")))
        pip.append(_started(pip_app, _fresh(tmp, f"p{i}")))
    warm, baseline = statistics.median(frozen), statistics.median(pip)
    report("start to shown window, pip-installed app (baseline)", f"{baseline:.3f} s", "-", True)
    report("start to shown window, bundle, warm", f"{warm:.3f} s", "-", True)
    report("  ratio to the pip-installed app", f"{warm / baseline:.2f} x", f"<= {WARM_RATIO_BUDGET} x",
           warm / baseline <= WARM_RATIO_BUDGET)
    cold_runs = []
    for i in range(3):
        if not _drop_file_cache():
            print("bundle cold start: not measured (this system does not let the file cache be dropped)", flush=True)
            return
        cold_runs.append(_started((gui,), _fresh(tmp, f"c{i}")))
    cold = statistics.median(cold_runs)
    report("start to shown window, bundle, cold file cache", f"{cold:.3f} s", f"<= {COLD_BUDGET} s",
           cold <= COLD_BUDGET)


def _fresh(tmp: Path, name: str) -> Path:
    folder = tmp / "bundle-bench" / name
    folder.mkdir(parents=True)
    return folder
