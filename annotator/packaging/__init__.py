"""Building Annotator for computers without Python: ``python -m annotator.packaging``.

- ``python -m annotator.packaging`` freezes the app with PyInstaller into ``dist/Annotator/`` (one folder,
  for the operating system it runs on), then makes the installers: a ``.tar.gz`` and a ``.deb`` on Linux,
  an Inno Setup ``setup.exe`` on Windows, ``Annotator.app`` in a ``.dmg`` on macOS.
- ``python -m annotator.packaging --check DIR`` runs a built bundle (never the source tree) through what a
  school needs: its version, ``check`` on its bundled lesson, ``grade`` on a small class, ``new-lesson``
  from a web page, and a screenshot off screen and under Xvfb, as an unprivileged user, with the install
  folder compared byte for byte before and after.

Why PyInstaller rather than Briefcase: PyInstaller freezes the Python and packages already installed here
(no network during the build), its PySide6 hooks collect only the Qt modules Annotator imports, and one
spec file (``annotator.spec``) serves Linux, Windows and macOS. Briefcase downloads a Python "support
package" and app template from GitHub on every fresh build, which our CI machines may not do, and
rebuilds the app's environment from PyPI. Its Linux output is a system package per distribution or an
AppImage/Flatpak, not the plain folder the issue asks for. The build scripts live here,
``annotator/packaging``; nothing here is imported by the app.
"""
