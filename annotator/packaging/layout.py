"""What goes into the bundle and where: one list read by the PyInstaller spec, the installers and the check.

Kept free of PyInstaller and Qt so that the spec (run by PyInstaller), the tests and the self-check
can all read it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotator import __version__

APP_NAME = "Annotator"
EXE_NAME = "annotator"  # the program in the bundle folder (annotator.exe on Windows)
APP_ID = "org.annotator.Annotator"  # reverse-DNS id: macOS bundle id, .desktop file name, Windows AppUserModelID
VERSION = __version__
ROOT = Path(__file__).resolve().parents[2]  # the source checkout the bundle is built from

# resources/ subfolders that only the tests and the README use: the W3C and REFI-QDA schemas the tests
# validate exports against (1.2 MB) and the README's screenshots. Everything else in resources/ (schemas,
# templates, icons, translations, whatever is added next) goes in, so a new folder is never forgotten.
RESOURCES_LEFT_OUT = ("formats", "screenshots")

# Python packages PyInstaller would otherwise follow from optional imports of our dependencies, and the
# Qt modules Annotator never imports. Annotator draws with QtCore, QtGui and QtWidgets only; its PDF
# reports are QtGui's QPdfWriter and QTextDocument, so QtPrintSupport and QtPdf are not needed either.
EXCLUDED_MODULES = (
    "tkinter", "_tkinter", "unittest", "pydoc_data", "test", "IPython", "matplotlib", "pytest", "hypothesis",
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtPrintSupport", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtDBus", "PySide6.QtConcurrent", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools",
    "PySide6.QtSvg", "PySide6.QtSvgWidgets", "PySide6.QtXml", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    # urllib3 (under trafilatura) tries these for HTTPS; Annotator never goes on the network. 14 MB.
    "cryptography", "OpenSSL", "cffi", "_cffi_backend",
    # ...and the TLS and HTTP stack under them (5 MB of OpenSSL): urllib3 and jsonschema import it only to
    # go online, and hashlib has its own SHA-256 without OpenSSL.
    "ssl", "_ssl", "_hashlib", "requests",
    "readline", "lxml.objectify", "numpy.testing", "numpy.f2py", "numpy.distutils",
    # numpy's Fourier transforms (0.5 MB): loaded only when asked for, and agreement's bootstrap never asks.
    "numpy.fft",
)
# Files PyInstaller's hooks collect that Annotator cannot use, by the start of their place in the bundle:
# - Qt plugins for running without a desktop (framebuffer, VNC, EGLFS, touch-screen input), and GTK's theme
#   plugin, which would load the system's GTK against other copies of its libraries; Qt's own look and the
#   freedesktop portal theme remain. Image formats no lesson uses (TIFF, WebP).
# - babel's locale data (31 MB): courlan imports babel only to filter pages by language, which Annotator
#   never asks for; the root locale and English stay so that the import itself works.
LEFT_OUT_PREFIXES = (
    "PySide6/Qt/plugins/platforms/libqvnc", "PySide6/Qt/plugins/platforms/libqlinuxfb",
    "PySide6/Qt/plugins/platforms/libqeglfs", "PySide6/Qt/plugins/platforms/libqminimalegl",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay", "PySide6/Qt/plugins/egldeviceintegrations/",
    "PySide6/Qt/plugins/generic/", "PySide6/Qt/plugins/platformthemes/libqgtk3",
    "PySide6/Qt/plugins/imageformats/libqtiff", "PySide6/Qt/plugins/imageformats/libqwebp",
    "PySide6/Qt/lib/libQt6EglF", "PySide6/Qt/lib/libQt6Network",
    # OpenGL window surfaces: Annotator's widgets are drawn by Qt's raster engine on X11 and Wayland alike.
    "PySide6/Qt/plugins/xcbglintegrations/", "PySide6/Qt/plugins/wayland-graphics-integration-client/",
    "PySide6/Qt/lib/libQt6OpenGL",
    # Wayland shells of car dashboards and kiosks (desktops speak xdg-shell); Qt's test platform; image
    # formats only other programs write.
    "PySide6/Qt/plugins/wayland-shell-integration/libivi", "PySide6/Qt/plugins/wayland-shell-integration/libqt-",
    "PySide6/Qt/plugins/wayland-shell-integration/libwl-", "PySide6/Qt/plugins/wayland-shell-integration/libfull",
    "PySide6/Qt/lib/libQt6WlShell", "PySide6/Qt/plugins/platforms/libqminimal.",
    "PySide6/Qt/plugins/imageformats/libqicns", "PySide6/Qt/plugins/imageformats/libqtga",
    "PySide6/Qt/plugins/imageformats/libqwbmp",
    # Data of dependencies' features Annotator never calls, and the installers' own icon files. The CA
    # certificates (0.23 MB) serve only trafilatura's downloading, and Annotator never goes online: it reads
    # pages the teacher saved (trafilatura's import still needs certifi's code, which stays).
    "jsonschema/benchmarks/", "lxml/isoschematron/", "annotator/_resources/icons/annotator.ic",
    "certifi/cacert.pem", "numpy/fft/", "numpy/_core/_multiarray_tests",
)
# Qt libraries that must never be in the bundle: the "no QtWebEngine, QML or Quick". The self-check
# fails when one is found, so a dependency that starts pulling them in is noticed.
FORBIDDEN_QT_LIBRARIES = ("libQt6WebEngine", "libQt6Qml", "libQt6Quick", "QtWebEngineProcess", "Qt6WebEngine",
                          "Qt6Qml", "Qt6Quick")
_QT_TRANSLATIONS = "PySide6/Qt/translations/"
# Qt's own words (OK, Cancel, the file dialog) in the languages Annotator's interface is translated to: with
# the rest of the window in English, a German "Abbrechen" would only confuse. Add a language here when
# Annotator's translation into it lands. The other 30 languages of Qt's dialogs are 6 MB.
QT_LANGUAGES = ("en", "es", "fr")

# The desktop's own libraries, taken from the system rather than copied into the bundle, with the Debian
# package that has each (the .deb depends on them; the self-check names the package of any that is missing).
# Copies of these in the bundle go stale against the system's X server, graphics drivers, D-Bus and font
# configuration, which is the usual cause of frozen Qt apps failing on a newer distribution; every desktop
# Linux has them, except often libxcb-cursor0, which Qt 6.5+ needs.
SYSTEM_LIBRARIES = {
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1",
    "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3", "libzstd.so.1": "libzstd1", "libz.so.1": "zlib1g",
    "libstdc++.so.6": "libstdc++6", "libgcc_s.so.1": "libgcc-s1",
}
# Fonts are not a library any program names, but without one Qt draws no text at all.
SYSTEM_PACKAGES = ("fonts-dejavu-core",)
# Libraries that only the left-out plugins needed (GTK's stack, X11's helpers, Kerberos for Qt's network
# module, systemd's under D-Bus, readline's): PyInstaller collected them for those, and nothing left uses them.
_ORPHAN_PREFIXES = (
    "libgtk-", "libgdk-", "libgdk_pixbuf", "libatk", "libcairo", "libpango", "libpixman", "libthai", "libdatrie",
    "libfribidi", "libharfbuzz", "libgraphite2", "libepoxy", "libjpeg", "libpng", "libgio-", "libgobject-",
    "libgmodule-", "libmount", "libblkid", "libselinux", "libpcre2", "libXau", "libXdmcp", "libXext", "libXrender",
    "libbsd", "libmd.", "libexpat", "libbrotli", "libgssapi", "libkrb5", "libk5crypto", "libcom_err", "libkeyutils",
    "libsystemd", "libgcrypt", "libgpg-error", "liblz4", "libcap.", "libreadline", "libtinfo",
)
# Data files our dependencies read at run time that PyInstaller's hooks do not collect: trafilatura's
# settings.cfg (without it every web page import fails), jusText's stop-word lists, tld's list of domains.
PACKAGES_WITH_DATA = ("trafilatura", "justext", "tld")
_BABEL_DATA = "babel/locale-data/"
_BABEL_KEPT = ("root.dat", "en.dat")


def vendored_by_auditwheel(dest: str) -> bool:
    """A library a Linux wheel carries in its ``NAME.libs`` folder (numpy's OpenBLAS and gfortran).

    auditwheel rewrote these with patchelf, and ``strip`` leaves their segments out of page alignment: the
    loader then refuses them ("ELF load command address/offset not page-aligned") and numpy does not import.
    The spec copies them as they came, never stripped.
    """
    return any(part.endswith(".libs") for part in dest.replace("\\", "/").split("/")[:-1])


def keep_in_bundle(dest: str) -> bool:
    """Whether a file PyInstaller collected (named by its place in the bundle) stays in it."""
    dest = dest.replace("\\", "/")
    if dest.startswith("PySide6/") and not dest.startswith("PySide6/Qt/"):
        dest = "PySide6/Qt/" + dest[len("PySide6/"):]  # Windows wheels keep plugins and translations one level up
    if dest.startswith(_BABEL_DATA):
        return dest[len(_BABEL_DATA):] in _BABEL_KEPT
    if dest.startswith(_QT_TRANSLATIONS):
        name = dest[len(_QT_TRANSLATIONS):]
        return any(name in (f"qt_{lang}.qm", f"qtbase_{lang}.qm") for lang in QT_LANGUAGES)
    if "/" not in dest and (dest in SYSTEM_LIBRARIES or dest.startswith(_ORPHAN_PREFIXES)):
        return False
    return not dest.startswith(LEFT_OUT_PREFIXES)


def debian_depends() -> list[str]:
    """The Debian packages the bundle needs from the system, for the .deb's Depends line."""
    return sorted({*SYSTEM_LIBRARIES.values(), *SYSTEM_PACKAGES})


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(source, folder in the bundle)`` pairs: the lessons and resources, where annotator/resources.py
    looks for them in an installed copy (``annotator/_lessons`` and ``annotator/_resources``)."""
    pairs = [(str(root / "lessons"), "annotator/_lessons")]
    for child in sorted((root / "resources").iterdir()):
        if child.name in RESOURCES_LEFT_OUT or child.name.startswith("."):
            continue
        target = "annotator/_resources" if child.is_file() else f"annotator/_resources/{child.name}"
        pairs.append((str(child), target))
    return pairs


def platform_name() -> str:
    """``linux``, ``windows`` or ``macos``: which installer the build makes."""
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def programs(bundle: Path) -> tuple[Path, Path]:
    """The bundle's (windowed program, command-line program): the same on Linux and macOS; on Windows the
    windowed ``annotator.exe`` has no console to print to, so commands run through ``annotator-cli.exe``."""
    bundle = Path(bundle)
    if bundle.suffix == ".app":
        exe = bundle / "Contents" / "MacOS" / EXE_NAME
        return exe, exe
    if (bundle / f"{APP_NAME}.app").is_dir():
        return programs(bundle / f"{APP_NAME}.app")
    if (bundle / f"{EXE_NAME}.exe").exists():
        return bundle / f"{EXE_NAME}.exe", bundle / f"{EXE_NAME}-cli.exe"
    return bundle / EXE_NAME, bundle / EXE_NAME
