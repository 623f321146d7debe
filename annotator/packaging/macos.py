"""macOS: the ``Annotator.app`` PyInstaller makes, its Info.plist file types, and the ``.dmg`` around it.

Not run on our machines (no Mac); the ``bundles`` GitHub workflow builds it on a hosted macOS runner.
The .dmg is made with ``hdiutil`` (part of macOS): a compressed read-only image holding the app and a link
to /Applications, the usual "drag it there" install. IT can also copy ``Annotator.app`` to
``/Applications`` with their management tool; nothing in it is written to after that.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from annotator.packaging.layout import APP_ID, APP_NAME, VERSION

# Uniform Type Identifiers for the two kinds of file a double-click should open in Annotator.
LESSON_UTI = "org.annotator.lesson-pack"
WORK_UTI = "org.annotator.handed-in-work"


def info_plist() -> dict[str, Any]:
    """Keys PyInstaller adds to the app's Info.plist: version, file types, and that it works in dark mode."""
    return {
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": VERSION,
        "CFBundleVersion": VERSION,
        "NSHighResolutionCapable": True,
        "LSMinimumSystemVersion": "11.0",  # PySide6 6.8+ wheels need macOS 11 (Big Sur)
        "NSRequiresAquaSystemAppearance": False,
        # A lesson pack is a .zip and a student's file a .yaml: Annotator offers to open them ("Alternate")
        # but does not claim every zip and YAML file on the Mac as its own.
        "CFBundleDocumentTypes": [
            {"CFBundleTypeName": "Annotator lesson pack", "CFBundleTypeRole": "Viewer", "LSHandlerRank": "Alternate",
             "LSItemContentTypes": ["public.zip-archive"]},
            {"CFBundleTypeName": "Annotator student work", "CFBundleTypeRole": "Editor",
             "LSHandlerRank": "Alternate", "LSItemContentTypes": ["public.yaml", "public.text"],
             "CFBundleTypeExtensions": ["yaml", "yml"]},
        ],
        "UTImportedTypeDeclarations": [
            {"UTTypeIdentifier": "public.yaml", "UTTypeDescription": "YAML document",
             "UTTypeConformsTo": ["public.text"],
             "UTTypeTagSpecification": {"public.filename-extension": ["yaml", "yml"]}},
        ],
        "CFBundleIdentifier": APP_ID,
    }


def make_dmg(dist: Path) -> Path:
    """Put ``dist/Annotator.app`` and a link to /Applications in ``dist/Annotator-VERSION.dmg``."""
    app = dist / f"{APP_NAME}.app"
    stage = dist / "dmg"
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir()
    subprocess.run(["ditto", str(app), str(stage / app.name)], check=True)  # keeps the signature and links
    os.symlink("/Applications", stage / "Applications")
    dmg = dist / f"{APP_NAME}-{VERSION}.dmg"
    dmg.unlink(missing_ok=True)
    subprocess.run(["hdiutil", "create", "-volname", f"{APP_NAME} {VERSION}", "-srcfolder", str(stage),
                    "-fs", "HFS+", "-format", "UDZO", "-ov", str(dmg)], check=True)
    shutil.rmtree(stage)
    return dmg
