"""Renders ``resources/icons/annotator.svg`` to the PNG, ICO and ICNS files the installers need.

Run by ``python -m annotator.packaging --icons`` after changing the SVG; the renders are kept in the
repository, so building a bundle needs no image tools (the Windows and macOS builds read the .ico and
.icns directly). Qt draws them: its SVG renderer and its ICO and ICNS image writers come with PySide6.
"""

from __future__ import annotations

from pathlib import Path

from annotator.packaging.layout import ROOT

ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)  # the freedesktop hicolor sizes; 512 also feeds the .icns


def render_icons(folder: Path = ICONS) -> list[Path]:
    """Write ``annotator-SIZE.png`` for each size, ``annotator.ico`` and ``annotator.icns``; return them."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["annotator-icons"])
    renderer = QSvgRenderer(str(folder / "annotator.svg"))
    if not renderer.isValid():
        raise ValueError(f"{folder / 'annotator.svg'}: not a drawable SVG")
    written: list[Path] = []
    images: dict[int, QImage] = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        images[size] = image
        out = folder / f"annotator-{size}.png"
        # The format comes from the suffix: PySide6 6.11 rejects the format given as bytes, as its stubs ask.
        if not image.save(str(out)):
            raise OSError(f"{out}: could not be written")
        written.append(out)
    # ICO holds at most 256 px; Windows picks the size it needs from the one file.
    for out, size in ((folder / "annotator.ico", 256), (folder / "annotator.icns", 512)):
        if not images[size].save(str(out)):
            raise OSError(f"{out}: Qt has no {out.suffix[1:].upper()} writer here (its imageformats plugins are "
                          "missing)")
        written.append(out)
    return written
