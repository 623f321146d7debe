"""The tests mirror the package: each module with behaviour has its test module at the same place, and no
hand-written module is too long to read in one sitting.

``annotator/core/roster.py`` is tested by ``tests/core/test_roster.py``; a test of a module's behaviour
found anywhere else is easy to miss when that module changes. A test module may also tell a story
across several modules (``tests/core/test_big_files.py``); that one needs no module of its own.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "annotator"
TESTS = ROOT / "tests"
MAX_LINES = 400
# Written by annotator/schema_compiler.py, never by hand; tests/core/test_schema_checks.py tests it.
GENERATED = {"annotator/core/schema_checks.py"}
# Entry points: ``python -m annotator`` and ``python -m annotator.benchmark`` only call a main().
ENTRY_POINTS = {"__init__.py", "__main__.py"}

# Modules without a test module of their own, each with the reason. Keep it short: a module with
# behaviour a person would notice gets tests instead.
NO_TEST_MODULE: dict[str, str] = {}


def relative(path: Path) -> str:
    """A path as the project names it: ``annotator/core/roster.py``."""
    return path.relative_to(ROOT).as_posix()


def modules() -> list[Path]:
    """Every hand-written module of the package but its entry points."""
    return sorted(p for p in PACKAGE.rglob("*.py") if p.name not in ENTRY_POINTS and relative(p) not in GENERATED)


def mirror(module: Path) -> Path:
    """Where a module's tests live: ``annotator/X/Y.py`` -> ``tests/X/test_Y.py``."""
    inside = module.relative_to(PACKAGE)
    return TESTS / inside.parent / f"test_{inside.name}"


def test_every_module_has_its_test_module_at_the_mirrored_path() -> None:
    """A module whose tests sit in some other file (or nowhere) is changed without anyone running them."""
    missing = [f"{relative(m)}: no {relative(mirror(m))}"
               for m in modules() if relative(m) not in NO_TEST_MODULE and not mirror(m).exists()]
    assert missing == [], "\n".join(["write these test modules, or add the module to NO_TEST_MODULE with why:",
                                     *missing])


def test_the_allowlist_names_only_modules_still_without_a_test_module() -> None:
    """An entry left over after a module was renamed, or given tests, would quietly excuse the next one."""
    stale = [f"{name}: {'no such module' if not (ROOT / name).exists() else 'has ' + relative(mirror(ROOT / name))}"
             for name in NO_TEST_MODULE if not (ROOT / name).exists() or mirror(ROOT / name).exists()]
    assert stale == [], "\n".join(["NO_TEST_MODULE entries to remove:", *stale])


def test_no_hand_written_module_is_over_400_lines() -> None:
    """A module too long to read in one sitting hides its mistakes; split it by what its parts do."""
    long = [f"{relative(p)}: {n} lines" for folder in (PACKAGE, TESTS) for p in sorted(folder.rglob("*.py"))
            if relative(p) not in GENERATED and (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES]
    assert long == [], "\n".join([f"modules over {MAX_LINES} lines:", *long])
