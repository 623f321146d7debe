"""``python -m annotator.packaging --check DIR``: runs a built bundle through what a school needs of it.

It runs the bundle's own program, never the source tree: from an empty folder, with a fresh home folder,
without PYTHONPATH, and (when run as root, as CI is) as the unprivileged user ``nobody``, as a student
would, so that any write into the install folder fails. Each step prints one line:

- **libraries** (Linux): every library in the bundle finds the ones it needs; a missing one is named with
  the Debian package that has it. No QtWebEngine, QML or Quick library is in the bundle.
- **version**: ``annotator --version``.
- **check**: ``annotator check`` on the bundled lesson.
- **grade**: ``annotator grade`` on a class of two students made for the bundled lesson (one marked every
  key passage, one nothing): both graded, the first scoring.
- **new-lesson**: ``annotator new-lesson`` from a saved web page, then ``check`` on the lesson made (the
  web-page extractor reads data files a freezer easily leaves out).
- **screenshot**: the student window drawn with Qt's offscreen platform, then in a real X server under
  ``xvfb-run`` (Linux): a readable PNG that is not blank.
- **unchanged**: the install folder, file by file, byte for byte, is as it was before.

Exit status 0 when every step passed, 1 otherwise.
"""

from __future__ import annotations

import csv
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from annotator.packaging.layout import FORBIDDEN_QT_LIBRARIES, SYSTEM_LIBRARIES, platform_name, programs

STEP_TIMEOUT = 180  # seconds; a first start on a cold cache of a slow disk takes a few
NOBODY = 65534


class StepFailed(Exception):
    """One step of the check failed; the message is the one line shown."""


@dataclass(frozen=True)
class Run:
    """How to start the bundle's programs: as whom, with what environment, from where."""

    prefix: tuple[str, ...]
    env: dict[str, str]
    cwd: Path

    def __call__(self, argv: Sequence[str | Path], *, extra_env: dict[str, str] | None = None,
                 wrapper: Sequence[str] = ()) -> subprocess.CompletedProcess[str]:
        """Run a program of the bundle; raise :class:`StepFailed` when it exits with a failure."""
        command = [*self.prefix, *wrapper, *map(str, argv)]
        try:
            done = subprocess.run(command, cwd=self.cwd, env={**self.env, **(extra_env or {})}, capture_output=True,
                                  text=True, timeout=STEP_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise StepFailed(f"{Path(str(argv[0])).name} did not finish within {STEP_TIMEOUT} s") from None
        except OSError as exc:
            raise StepFailed(f"{argv[0]} could not be started ({exc.strerror or exc})") from None
        if done.returncode != 0:
            last = (done.stderr.strip() or done.stdout.strip() or "no output").splitlines()[-1]
            raise StepFailed(f"exit status {done.returncode}: {last}")
        return done


def check_bundle(bundle: Path, *, out: TextIO = sys.stdout, as_nobody: bool | None = None,
                 xvfb: bool | None = None) -> int:
    """Run every step on the bundle in ``bundle``; print one line per step; return the exit status.

    ``as_nobody``: run the bundle as user ``nobody`` (default: when this process is root and ``setpriv``
    exists). ``xvfb``: also take the screenshot under Xvfb (default: on Linux).
    """
    bundle = Path(bundle).resolve()
    gui, cli = programs(bundle)
    if not cli.is_file():
        print(f"FAIL {bundle}: no Annotator program in this folder (expected {cli.name})", file=out)
        return 1
    lessons = sorted(bundle.rglob("_lessons/hanoi-summit-2019"))
    if not lessons:
        print(f"FAIL {bundle}: the bundled lesson (annotator/_lessons/hanoi-summit-2019) is missing", file=out)
        return 1
    lesson = lessons[0]
    if as_nobody is None:
        as_nobody = hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("setpriv") is not None
    if xvfb is None:
        xvfb = platform_name() == "linux"
    before = tree_digest(bundle)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="annotator-check-") as tmp:
        space = Path(tmp)
        run = _runner(space, as_nobody=as_nobody)
        steps: list[tuple[str, Callable[[], str]]] = []
        if platform_name() == "linux":
            steps.append(("libraries", lambda: check_libraries(bundle)))
        steps += [
            ("version", lambda: _version(run, cli)),
            ("check", lambda: _check(run, cli, lesson)),
            ("grade", lambda: _grade(run, cli, lesson, space)),
            ("agreement", lambda: _agreement(run, cli, lesson, space)),
            ("new-lesson", lambda: _new_lesson(run, cli, space)),
            ("screenshot offscreen", lambda: _screenshot(run, gui, space, "offscreen")),
        ]
        if xvfb:
            steps.append(("screenshot under Xvfb", lambda: _screenshot(run, gui, space, "xcb")))
        for name, step in steps:
            try:
                print(f"ok   {name}: {step()}", file=out, flush=True)
            except StepFailed as exc:
                failures += 1
                print(f"FAIL {name}: {exc}", file=out, flush=True)
    changed = describe_changes(before, tree_digest(bundle))
    if changed:
        failures += 1
        print(f"FAIL unchanged: the app wrote into its install folder: {changed}", file=out)
    else:
        print(f"ok   unchanged: {len(before)} files in {bundle} byte for byte as before", file=out)
    who = "as user nobody" if as_nobody else "as this user"
    print(f"{'all steps passed' if not failures else f'{failures} step(s) failed'} ({who})", file=out)
    return 0 if not failures else 1


def _runner(space: Path, *, as_nobody: bool) -> Run:
    home = space / "home"
    home.mkdir()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8",
           "ANNOTATOR_DATA_DIR": str(home / "data")}
    # Windows needs the first seven to start a program and find its folders.
    for name in ("SYSTEMROOT", "TEMP", "TMP", "PROGRAMDATA", "LOCALAPPDATA", "APPDATA", "USERPROFILE",
                 "ANNOTATOR_SCHOOL_SETTINGS"):
        if name in os.environ:
            env[name] = os.environ[name]
    prefix: tuple[str, ...] = ()
    if as_nobody:
        # nobody owns the check's own folder (the files put there later are readable by all); the bundle
        # stays root's, so any write into it fails as it would for a student.
        runtime = space / "runtime"
        runtime.mkdir(mode=0o700)
        for path in (space, home, runtime):
            os.chown(path, NOBODY, NOBODY)
        space.chmod(0o755)
        prefix = ("setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups")
        env["XDG_RUNTIME_DIR"] = str(runtime)
    return Run(prefix, env, home)


def _version(run: Run, cli: Path) -> str:
    said = run([cli, "--version"]).stdout.strip()
    if not said.startswith("annotator "):
        raise StepFailed(f"--version printed {said!r}, not 'annotator VERSION'")
    return said


def _check(run: Run, cli: Path, lesson: Path) -> str:
    said = run([cli, "check", lesson]).stdout.strip()
    if "OK" not in said:
        raise StepFailed(f"check did not say the bundled lesson is OK: {said[-200:]!r}")
    return said.rsplit(": ", 1)[-1] if ": " in said else said


def _agreement(run: Run, cli: Path, lesson: Path, space: Path) -> str:
    # numpy (the agreement figures, the debrief, the review window's Class tab) is the one part that loads
    # OpenBLAS: a bundle whose copy the loader refuses passes every other step.
    folder, figures = space / "class", space / "agreement.csv"
    run([cli, "agreement", folder, "--lesson", lesson, "--csv", figures, "--resamples", "50"])
    try:
        rows = list(csv.DictReader(figures.read_text(encoding="utf-8-sig").splitlines()))
    except OSError as exc:
        raise StepFailed(f"agreement wrote no CSV ({exc.strerror or exc})") from None
    if not rows:
        raise StepFailed("agreement wrote no figures for the class")
    return f"{len(rows)} rows of figures for the class of 2"


def make_class(lesson: Path, folder: Path) -> None:
    """Two handed-in files for the lesson: one marking every key passage as the key expects, one empty."""
    from annotator.core.annotations import Annotation, Student, Work
    from annotator.core.desk import hand_in
    from annotator.core.pack import load_pack
    from annotator.core.text import context

    pack = load_pack(lesson)
    if pack.key is None:
        raise StepFailed(f"{lesson}: the bundled lesson has no answer key to grade against")
    folder.mkdir(parents=True)
    text = pack.article.text
    keen = Work(pack.lesson.id, pack.article.sha256, Student("Ana Keen", "s-1"))
    for n, item in enumerate(pack.key.items):
        prefix, suffix = context(text, item.start, item.end)
        keen.annotations[f"K{n}"] = Annotation(f"K{n}", item.categories[0], item.start, item.end, item.quote,
                                               prefix, suffix, note="Marked by the bundle check.")
    hand_in(keen, folder)
    hand_in(Work(pack.lesson.id, pack.article.sha256, Student("Ben Blank", "s-2")), folder)


def _grade(run: Run, cli: Path, lesson: Path, space: Path) -> str:
    folder, grades = space / "class", space / "grades.csv"
    make_class(lesson, folder)
    run([cli, "grade", folder, "--lesson", lesson, "--csv", grades])
    try:
        rows = list(csv.DictReader(grades.read_text(encoding="utf-8-sig").splitlines()))
    except OSError as exc:
        raise StepFailed(f"grade wrote no CSV ({exc.strerror or exc})") from None
    found = {row.get("student_name", ""): row.get("found", "") for row in rows}
    if set(found) != {"Ana Keen", "Ben Blank"}:
        raise StepFailed(f"grade listed {sorted(found)}, not the two students of the class")
    if not found["Ana Keen"].isdigit() or int(found["Ana Keen"]) == 0 or found["Ben Blank"] != "0":
        raise StepFailed(f"grade found {found['Ana Keen']!r} passages for the student who marked every one "
                         f"and {found['Ben Blank']!r} for the one who marked none")
    return f"2 students, {found['Ana Keen']} key passages found by the one who marked them all"


# A saved news page, long enough that the extractor takes it for an article.
NEWS_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>River bridge opens after two years of work | Valley Courier</title>
<meta name="author" content="Sam Rivera"><meta property="article:published_time" content="2024-05-06">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article>
<h1>River bridge opens after two years of work</h1>
<p>The new bridge over the Alder River opened to traffic on Monday morning, two years after work began
and four months later than the town council had promised residents at the start of the project.</p>
<p>Mayor Dana Holt cut the ribbon in front of a crowd of about two hundred people, calling the bridge
"the most important thing this town has built in a generation" and thanking the engineers by name.</p>
<p>Not everyone was convinced. A council official, who asked not to be named because the final accounts
have not been published, said the project had cost nearly twice the amount first set aside for it.</p>
<p>Local shop owners on the east bank said the closure of the old crossing had cut their trade by a
third last winter, and that some regular customers had not come back since the detour was signposted.</p>
<p>The council says the bridge will carry around nine thousand vehicles a day and that cyclists will
have a separate lane, protected from traffic by a low wall, for the whole of its length.</p>
<p>A public meeting on the final cost of the project is planned for next month at the town hall, where
residents will be able to put questions to the council and to the company that built the bridge.</p>
</article></main><footer>Copyright Valley Courier</footer></body></html>
"""


def _new_lesson(run: Run, cli: Path, space: Path) -> str:
    page, made = space / "bridge.html", space / "made-lesson"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    run([cli, "new-lesson", page, "--out", made])
    said = run([cli, "check", made]).stdout.strip()
    if "OK" not in said:
        raise StepFailed(f"the lesson made from a web page does not check: {said[-200:]!r}")
    return "a lesson made from a saved web page, and checked"


def _screenshot(run: Run, gui: Path, space: Path, platform: str) -> str:
    shot = space / f"student-{platform}.png"
    wrapper: tuple[str, ...] = ()
    if platform == "xcb":
        if shutil.which("xvfb-run") is None:
            raise StepFailed("xvfb-run is not installed (Debian: apt-get install xvfb xauth)")
        wrapper = ("xvfb-run", "-a", "-s", "-screen 0 1400x900x24")
    run([gui, "--screenshot", shot, "--student", "Bundle Check"], extra_env={"QT_QPA_PLATFORM": platform},
        wrapper=wrapper)
    colours = colours_in(shot)
    if colours <= 50:
        raise StepFailed(f"the screenshot looks blank ({colours} colours)")
    return f"{shot.name}, {colours} colours sampled"


def colours_in(png: Path) -> int:
    """How many colours a sample of the picture's pixels has (a blank or unreadable picture: at most 1)."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    if image.isNull():
        raise StepFailed(f"no readable PNG was written at {png.name}")
    return len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)})


def check_libraries(bundle: Path) -> str:
    """Linux: every ELF library in the bundle resolves its dependencies, here, as the bundle does."""
    forbidden = sorted({p.name for p in bundle.rglob("*") if p.name.startswith(FORBIDDEN_QT_LIBRARIES)})
    if forbidden:
        raise StepFailed(f"the bundle has Qt parts it must not ship: {', '.join(forbidden)}")
    if shutil.which("ldd") is None:
        return "ldd is not installed; not checked"
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    search = os.pathsep.join(str(p) for p in (internal, internal / "PySide6" / "Qt" / "lib"))
    missing: dict[str, set[str]] = {}
    libraries = [p for p in bundle.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    for lib in libraries:
        done = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, env={"LD_LIBRARY_PATH": search},
                              timeout=60)
        for line in done.stdout.splitlines():
            if "=> not found" in line:
                missing.setdefault(line.split()[0], set()).add(lib.name)
    if missing:
        named = [f"{name} (package {SYSTEM_LIBRARIES.get(name, '?')}, for {sorted(users)[0]})"
                 for name, users in sorted(missing.items())]
        raise StepFailed("this system lacks libraries the bundle needs: " + "; ".join(named))
    return f"{len(libraries)} libraries find everything they need"


def tree_digest(folder: Path) -> dict[str, str]:
    """Each file and link under a folder, by relative path: the SHA-256 of its bytes, or where it points."""
    digest: dict[str, str] = {}
    for path in sorted(Path(folder).rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            digest[rel] = "-> " + os.readlink(path)
        elif path.is_file():
            with path.open("rb") as handle:
                digest[rel] = hashlib.file_digest(handle, "sha256").hexdigest()
        elif path.is_dir():
            digest[rel] = "folder"
    return digest


def describe_changes(before: dict[str, str], after: dict[str, str]) -> str:
    """The files added, removed or changed between two :func:`tree_digest` results, in a few words ("" if none)."""
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = sorted(k for k in set(before) & set(after) if before[k] != after[k])
    parts = [f"{what} {', '.join(names[:3])}{' …' if len(names) > 3 else ''}"
             for what, names in (("added", added), ("removed", removed), ("changed", changed)) if names]
    return "; ".join(parts)
