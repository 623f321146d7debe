"""Windows: ``Annotator-VERSION-setup.exe``, an Inno Setup installer around the PyInstaller folder.

Not run on our machines (no Windows); the ``bundles`` GitHub workflow builds it on a hosted Windows
runner. Inno Setup over an MSI: one readable script (``annotator.iss``), the ``/SILENT`` and ``/VERYSILENT``
switches IT expects, a per-machine install, and "Open with" entries for lesson packs and handed-in files;
an MSI would need the WiX toolset and a generated file list for the 1,000 files of the bundle.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from annotator.packaging.layout import APP_NAME, ROOT, VERSION

SCRIPT = Path(__file__).with_name("annotator.iss")


def find_iscc() -> Path | None:
    """Inno Setup's compiler: on the PATH, or where its installer puts it."""
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)", ""), os.environ.get("PROGRAMFILES", "")):
        candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
        if base and candidate.is_file():
            return candidate
    return None


def make_installer(bundle: Path, dist: Path) -> Path:
    """Compile ``annotator.iss`` into ``dist/Annotator-VERSION-setup.exe``."""
    iscc = find_iscc()
    if iscc is None:
        raise FileNotFoundError("Inno Setup 6 is not installed (https://jrsoftware.org/isinfo.php; "
                                "on a GitHub runner: choco install innosetup)")
    subprocess.run([str(iscc), "/Q", f"/DAppVersion={VERSION}", f"/DSourceDir={bundle}", f"/DOutputDir={dist}",
                    f"/DRepoDir={ROOT}", str(SCRIPT)], check=True)
    return dist / f"{APP_NAME}-{VERSION}-setup.exe"
