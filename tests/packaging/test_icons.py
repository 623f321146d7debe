"""The app's icon in every size the installers ask for, drawn from the one SVG."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

from annotator.packaging.icons import ICONS, PNG_SIZES, render_icons
from annotator.packaging.linux import ICON_SIZES


def _png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header (its IHDR chunk comes first)."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_the_kept_renders_are_the_sizes_the_deb_installs() -> None:
    """A size the .deb copies but nobody rendered fails the build; a wrong one looks blurred in the menu."""
    assert PNG_SIZES == ICON_SIZES
    for size in PNG_SIZES:
        assert _png_size(ICONS / f"annotator-{size}.png") == (size, size)
    assert (ICONS / "annotator.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / "annotator.icns").read_bytes()[:4] == b"icns"


def test_rendering_writes_each_size_and_the_windows_and_mac_icons(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A render at the wrong size, or without its .ico or .icns, would reach the installers unnoticed."""
    shutil.copyfile(ICONS / "annotator.svg", tmp_path / "annotator.svg")
    written = render_icons(tmp_path)
    assert [p.name for p in written] == [*(f"annotator-{s}.png" for s in PNG_SIZES), "annotator.ico", "annotator.icns"]
    assert [_png_size(tmp_path / f"annotator-{s}.png") for s in PNG_SIZES] == [(s, s) for s in PNG_SIZES]
    assert (tmp_path / "annotator.icns").read_bytes()[:4] == b"icns"


def test_an_svg_qt_cannot_draw_is_one_line(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A broken SVG would otherwise be rendered as seven empty squares and shipped."""
    (tmp_path / "annotator.svg").write_text("<svg", encoding="utf-8")
    with pytest.raises(ValueError, match="not a drawable SVG"):
        render_icons(tmp_path)
    assert not list(tmp_path.glob("*.png"))
