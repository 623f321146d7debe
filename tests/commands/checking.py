"""Running `annotator check` in tests: the bundled lesson, annotation files made for it, and copies to spoil."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.pack import load_pack
from annotator.resources import default_lesson

PACK = default_lesson()
BUNDLED = load_pack(PACK)
SHA = BUNDLED.article.sha256
LESSON_YAML = (PACK / "lesson.yaml").read_bytes()
ARTICLE_MD = (PACK / "article.md").read_bytes()
ROOT = Path(__file__).resolve().parents[2]


def work_yaml(annotations: str, *, sha: str = SHA) -> str:
    """An annotation file for the bundled lesson; ``annotations`` starts on line 5."""
    return (
        "schema: annotator/annotations@1\n"
        f"lesson: {{id: hanoi-summit-2019, article_sha256: {sha}}}\n"
        "student: {name: Ana Pérez}\n"
        "annotations:\n" + annotations
    )


GOOD_ANNOTATION = "  - id: A1\n    category: framing\n    start: 0\n    end: 3\n    quote: How\n"


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    """Run ``annotator check`` in this process; return its exit status, output and errors."""
    code = main(["check", *(str(a) for a in args)])
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(folder: Path) -> dict[Path, tuple[bytes, int]]:
    """Every file under a folder with its bytes and modification time (links are not followed)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file() and not p.is_symlink():
            out[p] = (p.read_bytes(), p.stat().st_mtime_ns)
    return out


def copy_pack(tmp_path: Path, name: str = "pack", *, key: bool = True) -> Path:
    """A copy of the bundled lesson pack to spoil."""
    target = tmp_path / name
    shutil.copytree(PACK, target)
    if not key:
        (target / "key.yaml").unlink()
    return target


def line_of(path: Path, needle: str) -> int:
    """The 1-based line of a file on which ``needle`` first appears."""
    for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if needle in line:
            return n
    raise AssertionError(f"{needle!r} not in {path}")


def make_zip(path: Path, entries: list[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """A zip with exactly these entries, names written as given."""
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return path
