"""The package keeps its layers: the core is a library without Qt, and nothing points back up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT_BLOCKER = (
    "import importlib.abc, sys\n"
    "class B(importlib.abc.MetaPathFinder):\n"
    "    def find_spec(self, n, p=None, t=None):\n"
    "        if n.split('.')[0] in {'PySide6', 'shiboken6'}: raise ModuleNotFoundError(n)\n"
    "sys.meta_path.insert(0, B())\n"
)


def test_import_contracts_hold() -> None:
    """A widget calling the command line, or Qt in the core, would tangle the layers again."""
    result = subprocess.run([sys.executable, "-c", "from importlinter.cli import lint_imports_command; "
                             "lint_imports_command()"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_every_core_and_command_module_imports_with_qt_unimportable() -> None:
    """A school server without Qt's libraries could not check or grade files if the core quietly needed Qt."""
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for folder in ("core", "commands") for p in (ROOT / "annotator" / folder).rglob("*.py")
    )
    code = QT_BLOCKER + "import importlib\nfor m in sys.argv[1:]: importlib.import_module(m)\nprint('ok')\n"
    result = subprocess.run([sys.executable, "-c", code, *modules], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]


def test_check_command_runs_with_qt_unimportable(tmp_path: Path) -> None:
    """A teacher can run `annotator check` on a machine where Qt cannot load."""
    code = QT_BLOCKER + "from annotator.cli import main\nsys.exit(main(['check', sys.argv[1]]))\n"
    result = subprocess.run([sys.executable, "-c", code, str(ROOT / "lessons" / "hanoi-summit-2019")],
                            cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout
