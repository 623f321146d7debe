"""Small helpers shared by core and UI tests."""

from __future__ import annotations

import hashlib
from pathlib import Path


def snapshot(folder: Path) -> dict[str, str]:
    """Every file and folder under ``folder`` (hidden ones too), with a digest of each file."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
        for p in folder.rglob("*")
    }


def flood_file(path: Path, lesson_id: str, article_sha256: str, category: str, *, count: int = 195_000,
               broken: tuple[int, ...] = ()) -> int:
    """A student's file just under the 16 MB limit: ``count`` highlights of text found nowhere in any article.

    Hand-written YAML (flow mappings, no digest), so nothing but the full parser can read it, every
    quote long enough for the fuzzy search, every one unique so no search is shared. The annotations
    at the positions in ``broken`` have ``start: -1`` (against the schema). Returns the file's size.
    """
    lines = ["schema: annotator/annotations@1", f"lesson: {{id: {lesson_id}, article_sha256: {article_sha256}}}",
             "student: {name: Flood}", "annotations:"]
    for i in range(count):
        start = -1 if i in broken else 0
        lines.append(f"- {{id: a{i:06d}, category: {category}, start: {start}, end: 9, quote: qxqxqxqxqxqxqx{i:06d}}}")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(data)
    return len(data)
