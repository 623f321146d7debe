"""``python -m annotator.packaging``: build the bundle and installers; ``--check DIR`` tests a built bundle."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from annotator.packaging.layout import ROOT


def main(argv: Sequence[str] | None = None) -> int:
    """Build (the default), check a bundle, or render the icons; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m annotator.packaging",
                                     description="Build Annotator for computers without Python, or check a build.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where to build (default: dist/)")
    parser.add_argument("--no-installers", action="store_true", help="only the bundle folder: no .tar.gz, .deb, "
                        "setup.exe or .dmg")
    parser.add_argument("--check", type=Path, metavar="DIR", help="run the bundle in DIR (dist/Annotator, or an "
                        "installed /opt/annotator) through its checks instead of building")
    parser.add_argument("--no-xvfb", action="store_true", help="with --check: skip the screenshot under Xvfb")
    parser.add_argument("--icons", action="store_true", help="render resources/icons/annotator.svg to PNG, ICO and "
                        "ICNS, and stop")
    args = parser.parse_args(argv)
    if args.check is not None:
        from annotator.packaging.check import check_bundle

        return check_bundle(args.check, xvfb=False if args.no_xvfb else None)
    if args.icons:
        from annotator.packaging.icons import render_icons

        for path in render_icons():
            print(path)
        return 0
    from annotator.packaging.build import build

    build(args.dist, installers=not args.no_installers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
