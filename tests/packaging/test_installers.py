"""What the installers declare: the files a double-click opens in Annotator, the libraries apt must bring."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from annotator.core.annotations import Student, Work
from annotator.core.desk import hand_in
from annotator.core.library import export_pack
from annotator.packaging.layout import data_files, debian_depends, keep_in_bundle
from annotator.packaging.linux import LESSON_MIME, WORK_MIME, control, desktop_entry, mime_xml
from annotator.packaging.macos import info_plist

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


def test_libraries_taken_from_the_system_are_not_also_bundled() -> None:
    """A bundled libX11 or libstdc++ goes stale against the system's and breaks on a newer distribution."""
    for dest in ("libX11.so.6", "libxcb-cursor.so.0", "libstdc++.so.6", "libfontconfig.so.1", "libgtk-3.so.0"):
        assert not keep_in_bundle(dest)
    for dest in ("libpython3.11.so.1.0", "PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/plugins/platforms/libqxcb.so",
                 "PySide6/Qt/translations/qtbase_fr.qm", "babel/locale-data/root.dat"):
        assert keep_in_bundle(dest)
    assert not keep_in_bundle("PySide6/Qt/translations/qtbase_de.qm")


def test_the_bundle_carries_lessons_schemas_and_templates_where_the_app_looks() -> None:
    """resources.py finds annotator/_resources and annotator/_lessons in an install: the bundle must match."""
    places = {dest for _, dest in data_files()}
    assert "annotator/_lessons" in places
    for folder in ("schemas", "templates", "icons"):
        assert f"annotator/_resources/{folder}" in places
    assert "annotator/_resources/formats" not in places  # test data, 1.2 MB


def test_the_mac_app_opens_yaml_work_and_never_claims_every_file() -> None:
    """LSHandlerRank Owner would make Annotator every Mac's default for zips and YAML files."""
    types = info_plist()["CFBundleDocumentTypes"]
    assert {t["LSHandlerRank"] for t in types} == {"Alternate"}
    assert any("yaml" in t.get("CFBundleTypeExtensions", []) for t in types)
