"""Linux: the bundle folder as a ``.tar.gz``, and a ``.deb`` that installs it under ``/opt/annotator``.

The .deb (built with ``dpkg-deb``, no other Debian tooling) holds:

- ``/opt/annotator/``: the bundle, owned by root and read-only for everyone else; Annotator never writes
  there (students' work goes to ``~/.local/share/Annotator``).
- ``/usr/bin/annotator``: a link to the program, so teachers can type ``annotator grade …``.
- ``/usr/share/applications/org.annotator.Annotator.desktop``: the menu entry; its ``MimeType`` offers
  Annotator for lesson packs and handed-in files (and, see :func:`desktop_entry`, for zips and YAML).
- ``/usr/share/mime/packages/org.annotator.Annotator.xml``: what those two kinds of file are (see
  :func:`mime_xml`), and the icon in ``/usr/share/icons/hicolor``.
- ``Depends``: the desktop libraries the bundle takes from the system (:data:`layout.SYSTEM_LIBRARIES`), so
  ``apt install ./annotator_VERSION_amd64.deb`` brings any that are missing.

No maintainer scripts: the MIME, desktop and icon caches are refreshed by the dpkg triggers that
shared-mime-info, desktop-file-utils and hicolor-icon-theme declare on those folders.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

from annotator.packaging.icons import ICONS, PNG_SIZES
from annotator.packaging.layout import APP_ID, APP_NAME, EXE_NAME, VERSION, debian_depends

INSTALL_DIR = "/opt/annotator"
LESSON_MIME = "application/x-annotator-lesson"
WORK_MIME = "application/x-annotator-work"
YAML_MIMES = ("application/x-yaml", "application/yaml")  # shared-mime-info's name for YAML, and its newer alias
DESKTOP_MIME_TYPES = (LESSON_MIME, WORK_MIME, *YAML_MIMES, "application/zip")
ICON_NAME = "annotator"
ICON_SIZES = PNG_SIZES  # every size rendered goes in the hicolor theme


def desktop_entry() -> str:
    """The ``.desktop`` file: Annotator in the Education menu, and the file kinds it opens."""
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        "GenericName=News article annotator",
        "Comment=Highlight, tag and discuss news articles in media-literacy lessons",
        "Comment[es]=Subraya, etiqueta y comenta artículos de prensa en clases de alfabetización mediática",
        "Comment[fr]=Surligner, étiqueter et commenter des articles de presse en éducation aux médias",
        # %f: one file, a lesson pack (.zip) or a handed-in .yaml; `annotator FILE` tells them apart.
        f"Exec={EXE_NAME} %f",
        f"TryExec={EXE_NAME}",
        f"Icon={ICON_NAME}",
        "Terminal=false",
        "Categories=Education;Languages;Qt;",
        "Keywords=annotation;highlight;news;media literacy;lesson;",
        # Our own two types, for file managers that sniff contents; and YAML and zip as such, because the
        # freedesktop rule decides by the name alone when one glob (*.yaml, *.zip) matches: without them
        # "Open with Annotator" would not be offered for a hand-in or a lesson at all. None is made the
        # default here; IT can (README: "Installing in a school").
        f"MimeType={';'.join(DESKTOP_MIME_TYPES)};",
        f"StartupWMClass={APP_NAME}",
        "",
    ])


def mime_xml() -> str:
    """shared-mime-info definitions of a lesson pack and of a student's handed-in file.

    Both are common formats (zip, YAML), so Annotator must not claim every zip or YAML file: a lesson pack
    is a zip whose first entry is ``<lesson-id>/lesson.yaml`` (as Annotator exports them); handed-in work
    is YAML that starts with the schema line Annotator writes on every hand-in, and usually has the
    ``<lesson>__<student>.yaml`` name.
    """
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{LESSON_MIME}">
    <comment>Annotator lesson pack</comment>
    <comment xml:lang="es">Lección de Annotator</comment>
    <comment xml:lang="fr">Leçon Annotator</comment>
    <sub-class-of type="application/zip"/>
    <generic-icon name="{ICON_NAME}"/>
    <magic priority="60">
      <match type="string" offset="0" value="PK\\003\\004">
        <match type="string" offset="30:100" value="/lesson.yaml"/>
      </match>
    </magic>
  </mime-type>
  <mime-type type="{WORK_MIME}">
    <comment>Annotator student work</comment>
    <comment xml:lang="es">Trabajo de estudiante de Annotator</comment>
    <comment xml:lang="fr">Travail d'élève Annotator</comment>
    <sub-class-of type="application/x-yaml"/>
    <generic-icon name="{ICON_NAME}"/>
    <magic priority="80">
      <match type="string" offset="0"
             value="# yaml-language-server: $schema=https://annotator.invalid/schemas/annotations.schema.json"/>
    </magic>
    <glob pattern="*__*.yaml" weight="60"/>
  </mime-type>
</mime-info>
"""


def make_tarball(bundle: Path, dist: Path) -> Path:
    """``dist/Annotator-VERSION-linux-ARCH.tar.gz``: the bundle folder, to unpack anywhere and run."""
    out = dist / f"{APP_NAME}-{VERSION}-linux-{os.uname().machine}.tar.gz"
    tmp = out.with_suffix(".part")
    # Level 6, not 9: a third of the time for 1 % more; owners dropped, as a download should be.
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{APP_NAME}-{VERSION}", filter=_anonymous)
    os.replace(tmp, out)
    return out


def _anonymous(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def debian_arch() -> str:
    """The Debian name of this machine's architecture (``amd64``, ``arm64``)."""
    machine = os.uname().machine
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(machine, machine)


def control(installed_kb: int) -> str:
    """The .deb's ``DEBIAN/control``."""
    return "\n".join([
        "Package: annotator",
        f"Version: {VERSION}",
        f"Architecture: {debian_arch()}",
        "Maintainer: Annotator developers <annotator@annotator.invalid>",
        f"Installed-Size: {installed_kb}",
        f"Depends: {', '.join(debian_depends())}",
        "Section: education",
        "Priority: optional",
        "Homepage: https://annotator.invalid/",
        "Description: highlight, tag and discuss news articles in media-literacy lessons",
        " Students read a news article beside the lesson's prompts, highlight passages (a named or unnamed",
        " source, framing, loaded language), tag each one and write why, then hand in a small YAML file.",
        " Teachers review the class's files against an answer key, write feedback and export grades.",
        " .",
        " Self-contained: Python and Qt are inside /opt/annotator; needs no network.",
        "",
    ])


def make_deb(bundle: Path, dist: Path) -> Path:
    """``dist/annotator_VERSION_ARCH.deb`` from the bundle folder (see the module docstring for its layout)."""
    stage = dist / "deb-root"
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / INSTALL_DIR.lstrip("/")
    shutil.copytree(bundle, opt, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    os.symlink(f"{INSTALL_DIR}/{EXE_NAME}", stage / "usr" / "bin" / EXE_NAME)
    share = stage / "usr" / "share"
    _write(share / "applications" / f"{APP_ID}.desktop", desktop_entry())
    _write(share / "mime" / "packages" / f"{APP_ID}.xml", mime_xml())
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ICONS / f"annotator-{size}.png", target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True)
    shutil.copyfile(ICONS / "annotator.svg", scalable)
    _write(share / "doc" / "annotator" / "copyright",
           "Annotator: MIT licence. Bundled: Python (PSF licence), Qt and PySide6 (LGPLv3), and the\n"
           f"Python packages listed in {INSTALL_DIR}/_internal/*.dist-info, each under its own licence.\n")
    _normalise_modes(stage)
    installed_kb = sum(p.lstat().st_size for p in stage.rglob("*")) // 1024
    _write(stage / "DEBIAN" / "control", control(installed_kb))
    out = dist / f"annotator_{VERSION}_{debian_arch()}.deb"
    # --root-owner-group: every file root's, whoever builds it. gzip, not dpkg-deb's default xz: measured here,
    # 6 s instead of 85 s for a .deb of 62 MB instead of 45 MB, and every dpkg reads it.
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(stage), str(out)], check=True,
                   stdout=subprocess.DEVNULL)
    shutil.rmtree(stage)
    return out


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _normalise_modes(stage: Path) -> None:
    """Folders and programs 0755, other files 0644: readable by every student, writable by none."""
    for path in (stage, *stage.rglob("*")):
        if path.is_symlink():
            continue
        executable = path.is_dir() or os.access(path, os.X_OK)
        path.chmod(0o755 if executable else 0o644)
