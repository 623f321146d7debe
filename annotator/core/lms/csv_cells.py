"""A teacher's gradebook CSV read cell by cell, so that one column can be filled and nothing else changes.

Python's :mod:`csv` reads values but forgets how each was written (quoted or not, ``""`` escapes, line
ends, a byte-order mark), so writing the rows back would change cells nobody touched. Here every cell
keeps its place in the text: a filled file is the given text with only the filled cells' characters
replaced, byte for byte the same everywhere else. A cell is read as RFC 4180 says (quotes around a
value that holds the separator, a quote or a line break; ``""`` for a quote inside); the separator is
the one the header row uses most of comma, semicolon and tab (Canvas writes semicolons for some
languages). A formula in the file (a cell starting with ``=``, ``+``, ``-`` or ``@`` that is not a
number) is never evaluated; it is only ever copied as it is.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.errors import InvalidFile, Problem
from annotator.core.i18n import Words
from annotator.core.yamlfile import decode_utf8, read_bytes

MAX_GRADEBOOK_BYTES = 32 * 1024 * 1024  # a course of 2,000 students and 300 assignments is about 5 MB
_BOM = "\ufeff"
# What a spreadsheet or PHP's is_numeric reads as a number; Python's float also takes "inf", "nan", "1_000"
# and digits of other scripts, which no gradebook means as a grade.
_NUMERAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


class CsvCells(Words):
    """The words about a gradebook file that cannot be read."""


@dataclass(frozen=True)
class Cell:
    """One cell: where it is written in the text (``start``, ``end``) and its value."""

    start: int
    end: int
    value: str


@dataclass
class Table:
    """A CSV file as written: its text, separator, and every row's cells in place."""

    name: str
    text: str  # without the byte-order mark
    bom: bool
    delimiter: str
    rows: list[list[Cell]] = field(default_factory=list)

    def value(self, row: int, col: int) -> str:
        """The value of a cell, "" past the end of a short row."""
        cells = self.rows[row]
        return cells[col].value if col < len(cells) else ""

    def line_of(self, row: int) -> int:
        """The line (1-based, as an editor counts) on which a row starts."""
        return self.text.count("\n", 0, self.rows[row][0].start) + 1

    def filled(self, values: dict[tuple[int, int], str]) -> bytes:
        """The file with the given cells (row, column) set to new values and every other byte as it was."""
        edits: list[tuple[int, int, str]] = []
        for (row, col), value in values.items():
            cells = self.rows[row]
            if col < len(cells):
                edits.append((cells[col].start, cells[col].end, quoted(value, self.delimiter)))
            else:  # a short row: add the missing separators at its end
                end = cells[-1].end
                edits.append((end, end, self.delimiter * (col - len(cells) + 1) + quoted(value, self.delimiter)))
        out, last = [], 0
        for start, end, new in sorted(edits):
            out += [self.text[last:start], new]
            last = end
        out.append(self.text[last:])
        return ((_BOM if self.bom else "") + "".join(out)).encode("utf-8")


def quoted(value: str, delimiter: str) -> str:
    """A value as a CSV cell: quoted only when it has to be."""
    if any(ch in value for ch in (delimiter, '"', "\r", "\n")):
        return '"' + value.replace('"', '""') + '"'
    return value


def is_formula(value: str) -> bool:
    """Whether a spreadsheet would run a cell as a formula (a number below zero is a number)."""
    text = value.strip()
    if not text or text[0] not in "=+-@":
        return False
    try:
        float(text)
    except ValueError:
        return True
    return False


def numeral(text: str) -> float | None:
    """A number written with ASCII digits and a decimal point (``12.5``, ``1e3``), or None: not a numeral, or
    too large to be a number (``1e400``)."""
    if not _NUMERAL.fullmatch(text):
        return None
    value = float(text)
    return value if math.isfinite(value) else None


def read_table(path: Path) -> Table:
    """Read a CSV file cell by cell; raise :class:`InvalidFile` if it is not UTF-8 or a quote never closes."""
    data = read_bytes(path, limit=MAX_GRADEBOOK_BYTES, what="gradebook")
    text, bom = decode_utf8(data, str(path)), data.startswith(b"\xef\xbb\xbf")
    if not text.strip():
        raise InvalidFile(Problem(str(path), CsvCells.tr("the gradebook is empty")))
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    return Table(str(path), text, bom, delimiter, _rows(text, delimiter, str(path)))


def _rows(text: str, delim: str, name: str) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    i, n = 0, len(text)
    stops = (delim, "\r", "\n")
    while i < n:
        row: list[Cell] = []
        while True:
            start = i
            if i < n and text[i] == '"':
                j = i + 1
                while True:
                    k = text.find('"', j)
                    if k < 0:
                        line = text.count("\n", 0, start) + 1
                        raise InvalidFile(Problem(name, CsvCells.tr("a quoted cell is never closed"), line=line,
                                                  col=start - (text.rfind("\n", 0, start) + 1) + 1))
                    if text.startswith('""', k):
                        j = k + 2
                        continue
                    break
                value = text[i + 1 : k].replace('""', '"')
                i = k + 1
                while i < n and text[i] not in stops:  # stray text after the closing quote: kept as it is
                    value += text[i]
                    i += 1
            else:
                while i < n and text[i] not in stops:
                    i += 1
                value = text[start:i]
            row.append(Cell(start, i, value))
            if i < n and text[i] == delim:
                i += 1
                continue
            if i < n and text[i] == "\r":
                i += 1
            if i < n and text[i] == "\n":
                i += 1
            break
        rows.append(row)
    return rows
