"""The Mac app's Info.plist: the files a double-click opens in Annotator, without claiming every zip or YAML file."""

from __future__ import annotations

import plistlib

from annotator.packaging.layout import APP_ID, VERSION
from annotator.packaging.macos import info_plist


def test_the_mac_app_opens_yaml_work_and_never_claims_every_file() -> None:
    """LSHandlerRank Owner would make Annotator every Mac's default for zips and YAML files."""
    types = info_plist()["CFBundleDocumentTypes"]
    assert {t["LSHandlerRank"] for t in types} == {"Alternate"}
    assert any("yaml" in t.get("CFBundleTypeExtensions", []) for t in types)


def test_lessons_are_opened_to_read_and_work_to_edit() -> None:
    """A lesson pack offered for editing, or a hand-in only for viewing, would open the wrong window's way."""
    by_name = {t["CFBundleTypeName"]: t for t in info_plist()["CFBundleDocumentTypes"]}
    lesson, work = by_name["Annotator lesson pack"], by_name["Annotator student work"]
    assert (lesson["CFBundleTypeRole"], lesson["LSItemContentTypes"]) == ("Viewer", ["public.zip-archive"])
    assert work["CFBundleTypeRole"] == "Editor" and "public.yaml" in work["LSItemContentTypes"]
    declared = info_plist()["UTImportedTypeDeclarations"]
    assert [d["UTTypeIdentifier"] for d in declared] == ["public.yaml"]  # macOS has no YAML type of its own


def test_the_plist_is_one_macos_can_read_with_the_apps_id_and_version() -> None:
    """A value plistlib cannot write fails the Mac build; a stale version confuses IT's update tools."""
    back = plistlib.loads(plistlib.dumps(info_plist()))
    assert back["CFBundleIdentifier"] == APP_ID
    assert back["CFBundleShortVersionString"] == back["CFBundleVersion"] == VERSION
    assert back["NSRequiresAquaSystemAppearance"] is False  # follows dark mode
