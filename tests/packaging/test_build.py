"""Building the bundle and this system's installers, with PyInstaller and the installers' tools stood in for."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from annotator.packaging import build as building
from annotator.packaging.layout import APP_NAME


def _frozen(dist: Path, work: Path) -> Path:
    """What PyInstaller leaves: ``dist/Annotator`` with the program in it (1,000 bytes)."""
    bundle = dist / APP_NAME
    bundle.mkdir(parents=True)
    (bundle / "annotator").write_bytes(b"x" * 1000)
    return bundle


def test_the_folder_size_counts_links_once_as_links(tmp_path: Path) -> None:
    """Following Qt's framework links would count the libraries twice and fail the size budget."""
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "libQt6Core.so.6.8.0").write_bytes(b"x" * 5000)
    os.symlink("libQt6Core.so.6.8.0", tmp_path / "lib" / "libQt6Core.so.6")
    assert building.folder_size(tmp_path) == 5000 + len("libQt6Core.so.6.8.0")


def test_a_bundle_only_build_makes_no_installer_and_says_its_size(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """--no-installers must stop after the folder; the size line is how a growing bundle is noticed."""
    monkeypatch.setattr(building, "freeze", _frozen)
    out = io.StringIO()
    built = building.build(tmp_path / "dist", installers=False, out=out)
    assert built.bundle == (tmp_path / "dist" / APP_NAME).resolve() and built.artifacts == []
    assert out.getvalue() == f"bundle: {built.bundle} (0 MB)\n"
    assert list(built.seconds) == ["freeze"]


def test_without_dpkg_deb_linux_gets_the_tarball_and_is_told_why_no_deb(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """On Fedora the build would fail at the .deb, or skip it without a word, and the release would lack it."""
    monkeypatch.setattr(building, "freeze", _frozen)
    monkeypatch.setattr(building, "platform_name", lambda: "linux")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    out = io.StringIO()
    built = building.build(tmp_path / "dist", out=out)
    assert [p.suffixes[-2:] for p in built.artifacts] == [[".tar", ".gz"]]
    said = out.getvalue().splitlines()
    assert "no .deb: dpkg-deb is not installed (it comes with Debian and Ubuntu)" in said
    assert said[-1].startswith("built in freeze ") and "installers" in said[-1]


def test_without_pyinstaller_the_build_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A ModuleNotFoundError traceback would not tell a teacher building at home which extra to install."""
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(SystemExit, match=r"pip install -e '\.\[bundle\]'"):
        building.freeze(tmp_path / "dist", tmp_path / "work")
