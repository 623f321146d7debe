""".deb, menu entry and MIME types: what a double-click opens in Annotator, and the libraries apt must bring."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tarfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from annotator.core.annotations import Student, Work
from annotator.core.desk import hand_in
from annotator.core.library import export_pack
from annotator.packaging.layout import APP_ID, APP_NAME, VERSION, debian_depends
from annotator.packaging.linux import (
    INSTALL_DIR,
    LESSON_MIME,
    WORK_MIME,
    control,
    debian_arch,
    desktop_entry,
    make_deb,
    make_tarball,
    mime_xml,
)

ROOT = Path(__file__).resolve().parents[2]
LESSON = ROOT / "lessons" / "hanoi-summit-2019"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _magic(mime_type: str) -> ET.Element:
    root = ET.fromstring(mime_xml())
    kind = next(t for t in root.iter(f"{MIME}mime-type") if t.get("type") == mime_type)
    match = kind.find(f"{MIME}magic/{MIME}match")
    assert match is not None
    return match


def test_a_handed_in_file_starts_with_the_work_types_magic(tmp_path: Path) -> None:
    """If hand-ins stopped starting with the schema line, double-clicking one would no longer open Annotator."""
    from annotator.core.pack import load_pack

    pack = load_pack(LESSON)
    written = hand_in(Work(pack.lesson.id, pack.article.sha256, Student("Ana")), tmp_path)
    assert written.read_text(encoding="utf-8").startswith(_magic(WORK_MIME).get("value", "-"))
    assert re.fullmatch(r"[^_]*__[^_].*\.yaml", written.name)  # the *__*.yaml glob


def test_an_exported_lesson_zip_matches_the_lesson_types_magic(tmp_path: Path) -> None:
    """A lesson shared as .zip must be recognised by its first entry, or the desktop opens it as any zip."""
    out = export_pack(LESSON, tmp_path / "lesson.zip", include_key=False)
    head = out.read_bytes()[:200]
    outer = _magic(LESSON_MIME)
    assert head.startswith(b"PK\x03\x04") and outer.get("value") == "PK\\003\\004"
    inner = outer.find(f"{MIME}match")
    assert inner is not None and inner.get("offset") == "30:100"
    assert inner.get("value", "-").encode() in head[30:100 + len(inner.get("value", ""))]
    assert zipfile.ZipFile(out).namelist()[0].endswith("/lesson.yaml")


def test_the_desktop_entry_offers_both_file_kinds_and_passes_the_file() -> None:
    """A MimeType the XML does not define, or an Exec without %f, makes double-clicks open an empty window."""
    entry = dict(line.split("=", 1) for line in desktop_entry().splitlines() if "=" in line)
    offered = entry["MimeType"].rstrip(";").split(";")
    assert offered[:2] == [LESSON_MIME, WORK_MIME]
    # A hand-in is named *.yaml and a lesson *.zip: desktops decide by that glob alone, so both are offered too.
    assert {"application/x-yaml", "application/zip"} <= set(offered)
    assert entry["Exec"] == "annotator %f"
    defined = {t.get("type") for t in ET.fromstring(mime_xml()).iter(f"{MIME}mime-type")}
    assert defined == {LESSON_MIME, WORK_MIME}


def test_the_deb_depends_on_what_qt_needs_from_the_system() -> None:
    """Without libxcb-cursor0 Qt 6 refuses to start on X11; without a font it draws no text."""
    depends = debian_depends()
    for package in ("libxcb-cursor0", "libegl1", "libgl1", "libfontconfig1", "libxkbcommon-x11-0",
                    "fonts-dejavu-core", "libdbus-1-3"):
        assert package in depends
    line = next(x for x in control(1234).splitlines() if x.startswith("Depends: "))
    assert line == "Depends: " + ", ".join(depends)


def test_the_control_file_names_the_package_its_version_machine_and_size() -> None:
    """A wrong Version stops apt upgrading; a wrong Architecture stops it installing; no size, no disk check."""
    fields = dict(line.split(": ", 1) for line in control(61234).splitlines() if ": " in line and line[0] != " ")
    assert fields["Package"] == "annotator" and fields["Version"] == VERSION
    assert fields["Architecture"] == debian_arch() and fields["Installed-Size"] == "61234"
    assert fields["Section"] == "education"
    assert control(1).endswith("\n") and "\n .\n" in control(1)  # the long description's blank line, as dpkg wants


def _bundle(folder: Path) -> Path:
    """A bundle folder as PyInstaller leaves it: the program and a library beside it."""
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "libpython3.11.so.1.0").write_bytes(b"\x7fELF")
    program = folder / "annotator"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o700)
    return folder


def test_the_tarball_unpacks_into_one_versioned_folder_owned_by_nobody_in_particular(tmp_path: Path) -> None:
    """A tarball spilling into the current folder, or carrying the builder's user name, is no download."""
    out = make_tarball(_bundle(tmp_path / APP_NAME), tmp_path)
    assert out.name == f"{APP_NAME}-{VERSION}-linux-{os.uname().machine}.tar.gz"
    with tarfile.open(out) as tar:
        members = tar.getmembers()
    assert {m.name.split("/")[0] for m in members} == {f"{APP_NAME}-{VERSION}"}
    assert {(m.uid, m.gid, m.uname, m.gname) for m in members} == {(0, 0, "root", "root")}
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb comes with Debian and Ubuntu")
def test_the_deb_installs_the_bundle_the_menu_entry_and_the_file_types_readable_by_all(tmp_path: Path) -> None:
    """A .deb missing the menu entry or MIME file offers nothing on a double-click; a 0700 program runs for no one."""
    deb = make_deb(_bundle(tmp_path / APP_NAME), tmp_path)
    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], check=True, capture_output=True, text=True).stdout
    entries = {line.split()[-1] if "->" not in line else line.split()[-3]: line.split()[0]
               for line in listing.splitlines()}
    assert entries[f".{INSTALL_DIR}/annotator"] == "-rwxr-xr-x"
    assert entries[f".{INSTALL_DIR}/_internal/libpython3.11.so.1.0"] == "-rw-r--r--"
    for needed in (f"./usr/share/applications/{APP_ID}.desktop", f"./usr/share/mime/packages/{APP_ID}.xml",
                   "./usr/share/icons/hicolor/48x48/apps/annotator.png", "./usr/bin/annotator"):
        assert needed in entries, needed
    depends = subprocess.run(["dpkg-deb", "--field", str(deb), "Depends"], check=True, capture_output=True,
                             text=True).stdout.strip()
    assert depends == ", ".join(debian_depends())
    assert not (tmp_path / "deb-root").exists()
