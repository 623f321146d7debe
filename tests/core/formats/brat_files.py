"""brat's ``.txt`` and ``.ann`` files as a researcher's corpus has them, for the import tests."""

from __future__ import annotations

from pathlib import Path


def brat_files(folder: Path, stem: str, txt: str, ann: str) -> None:
    """``stem.txt`` and ``stem.ann`` in ``folder``, written byte for byte (no newline translation)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}.txt").write_text(txt, encoding="utf-8", newline="")
    (folder / f"{stem}.ann").write_text(ann, encoding="utf-8", newline="")


def t_line(tid: str, kind: str, text: str, phrase: str, nth: int = 0) -> str:
    """A text-bound ``T`` line for the ``nth`` occurrence of ``phrase`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return f"{tid}\t{kind} {start} {start + len(phrase)}\t{phrase}\n"


# The mini article as brat corpora often have it: wrapped lines, blank lines, a doubled space, CRLF.
WRAPPED = ("Summit ends in a stunning collapse\r\n\r\nSenator Jane Roe said the talks\r\nhad failed. According to a "
           "senior  official, the North slammed the door on a deal.\r\n\r\n\r\nTwo people familiar with the talks "
           "said more meetings are planned.\r\n")
