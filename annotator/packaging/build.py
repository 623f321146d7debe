"""Freezing the app with PyInstaller and making this operating system's installers from the folder."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from annotator.packaging.layout import APP_NAME, ROOT, platform_name

SPEC = Path(__file__).with_name("annotator.spec")


@dataclass
class Built:
    """What a build made: the bundle folder, the installers, and how long each part took."""

    bundle: Path
    artifacts: list[Path] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


def freeze(dist: Path, work: Path) -> Path:
    """Run PyInstaller on ``annotator.spec``; return the bundle folder (``dist/Annotator``)."""
    import importlib.util

    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit("PyInstaller is not installed: pip install -e '.[bundle]'")
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work)]
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / APP_NAME


def build(dist: Path, *, installers: bool = True, out: TextIO = sys.stdout) -> Built:
    """Freeze the app into ``dist`` and, with ``installers``, make this system's installers beside it."""
    dist = Path(dist).resolve()
    dist.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    built = Built(freeze(dist, ROOT / "build" / "pyinstaller"))
    built.seconds["freeze"] = time.perf_counter() - started
    print(f"bundle: {built.bundle} ({folder_size(built.bundle) / 1e6:.0f} MB)", file=out)
    if not installers:
        return built
    target = platform_name()
    step = time.perf_counter()
    if target == "linux":
        from annotator.packaging.linux import make_deb, make_tarball

        built.artifacts.append(make_tarball(built.bundle, dist))
        if shutil.which("dpkg-deb"):
            built.artifacts.append(make_deb(built.bundle, dist))
        else:
            print("no .deb: dpkg-deb is not installed (it comes with Debian and Ubuntu)", file=out)
    elif target == "windows":
        from annotator.packaging.windows import make_installer

        built.artifacts.append(make_installer(built.bundle, dist))
    else:
        from annotator.packaging.macos import make_dmg

        built.artifacts.append(make_dmg(dist))
    built.seconds["installers"] = time.perf_counter() - step
    for artifact in built.artifacts:
        print(f"{artifact.name}: {artifact.stat().st_size / 1e6:.1f} MB", file=out)
    print("built in " + ", ".join(f"{k} {v:.0f} s" for k, v in built.seconds.items()), file=out)
    return built


def folder_size(folder: Path) -> int:
    """Bytes of the files in a folder (links counted once, as the link)."""
    return sum(p.lstat().st_size for p in Path(folder).rglob("*") if p.is_file() or p.is_symlink())
