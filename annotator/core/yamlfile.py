"""Reading a YAML file safely: a size limit, UTF-8, libyaml's events, no aliases or custom tags.

Every problem names the file, line and column, as an editor numbers them. A :class:`Document`
keeps the data and the text; where a value is written is looked up in the text only when a
problem needs it (:mod:`annotator.core.yamlevents`).
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from annotator.core.errors import InvalidFile, Problem
from annotator.core.i18n import QT_TRANSLATE_NOOP, Words
from annotator.core.text import one_line
from annotator.core.yamlevents import EMPTY, MAX_YAML_DEPTH, Lines, Place, build, locate

MAX_YAML_BYTES = 16 * 1024 * 1024  # 5,000 annotations take about 2 MB; anything far past is a mistake


class YamlFile(Words):
    """The words about a file that cannot be read, or read as YAML."""


# What a file is called in "… not found" and "… is N bytes, over the limit": the names callers give.
KINDS_OF_FILE = (QT_TRANSLATE_NOOP("YamlFile", "file"), QT_TRANSLATE_NOOP("YamlFile", "annotations file"),
                 QT_TRANSLATE_NOOP("YamlFile", "lesson file"), QT_TRANSLATE_NOOP("YamlFile", "key file"),
                 QT_TRANSLATE_NOOP("YamlFile", "feedback file"), QT_TRANSLATE_NOOP("YamlFile", "article"),
                 QT_TRANSLATE_NOOP("YamlFile", "article file"), QT_TRANSLATE_NOOP("YamlFile", "gradebook"),
                 QT_TRANSLATE_NOOP("YamlFile", "mapping file"), QT_TRANSLATE_NOOP("YamlFile", "brat text"),
                 QT_TRANSLATE_NOOP("YamlFile", "brat annotation file"), QT_TRANSLATE_NOOP("YamlFile", "school file"))


def read_bytes(path: Path, *, limit: int, what: str = "file") -> bytes:
    """Read a whole file, refusing one that is missing, empty or over ``limit`` bytes."""
    name = str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):
            # A device or a pipe says it is empty and then never ends (/dev/zero), or blocks (a FIFO).
            raise InvalidFile(Problem(name, YamlFile.tr("is not an ordinary file (a device or a pipe?)")))
        size = info.st_size
        if size <= limit:
            with path.open("rb") as handle:
                # Asking for the limit would allocate 16 MB for every file; the file may have grown since stat().
                data = handle.read(size + 1)
                if len(data) > size:
                    data += handle.read(limit - size)
            size = max(size, len(data))
        if size > limit:
            raise InvalidFile(Problem(name, too_big(what, size, limit)))
    except FileNotFoundError:
        raise InvalidFile(Problem(name, _dangling(path) or YamlFile.tr("{what} not found").format(
            what=YamlFile.tr(what)))) from None
    except IsADirectoryError:
        raise InvalidFile(Problem(name, YamlFile.tr("is a folder, not a file"))) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InvalidFile(Problem(name, YamlFile.tr("is a link that leads back to itself (a link loop)"))) from None
        raise InvalidFile(Problem(name, YamlFile.tr("cannot read {what}: {why}").format(
            what=YamlFile.tr(what), why=exc.strerror or exc))) from None
    return data


def too_big(what: str, size: int, limit: int) -> str:
    """"file is 20,000,000 bytes, over the limit of 16,777,216", in the language spoken (``what``: one of
    :data:`KINDS_OF_FILE`, or a file's own name)."""
    return YamlFile.tr("{what} is {size} bytes, over the limit of {limit}").format(
        what=YamlFile.tr(what), size=f"{size:,}", limit=f"{limit:,}")


def _dangling(path: Path) -> str:
    """"is a link to X, which does not exist" for a dangling link, "" for anything else."""
    try:
        return YamlFile.tr("is a link to {target}, which does not exist").format(target=os.readlink(path)) \
            if path.is_symlink() else ""
    except OSError:
        return ""


def decode_utf8(data: bytes, name: str) -> str:
    """Decode UTF-8 (a byte-order mark is allowed), naming the line and column of a bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise InvalidFile(
            Problem(name, YamlFile.tr("is not UTF-8 text (byte {byte}); save it as UTF-8").format(
                byte=f"0x{data[exc.start]:02x}"), line=line, col=col)
        ) from None


@dataclass
class Document:
    """Data read from a YAML file, and its text, to find where a value is written when a problem needs it."""

    name: str
    data: Any
    places: dict[tuple[str | int, ...], Place] | None = None  # paths located so far
    text: str = ""
    seal: str = ""  # why the text does not end with a digest line that matches it ("" if it does)

    def locate(self, paths: Iterable[tuple[str | int, ...]]) -> None:
        """Find where each path (and each step on the way) is written, in one pass over the text.

        Call it with every path a batch of problems needs: each call reads the YAML events again.
        """
        if self.places is None:
            self.places = {}
        todo = {p[:i] for p in paths for i in range(len(p) + 1)} - self.places.keys()
        if not todo or not self.text:
            return
        self.places.update(locate(self.text, todo))
        for path in todo:
            self.places.setdefault(path, _NOWHERE)  # asked for, not in the text: never looked for again

    def place(self, path: tuple[str | int, ...]) -> Place | None:
        """Where the deepest step of ``path`` that is in the text is written."""
        self.locate([path])
        assert self.places is not None
        for depth in range(len(path), -1, -1):
            found = self.places.get(path[:depth], _NOWHERE)
            if found is not _NOWHERE:
                return found
        return None

    def raw(self, path: tuple[str | int, ...]) -> str | None:
        """The scalar at ``path`` as written (``no``, ``0755``), or None for a list, a mapping or no such value."""
        self.locate([path])
        found = (self.places or {}).get(path)
        return None if found is None else found.raw  # _NOWHERE's raw is None too

    def problem(self, path: tuple[str | int, ...], message: str, *, at_key: bool = False) -> Problem:
        """A problem placed where a data path leads (its key's place with ``at_key``)."""
        found = self.place(path)
        where = dotted(path)
        if found is None:
            return Problem(self.name, message, where=where, line=1, col=1) if self.text else \
                Problem(self.name, message, where=where)
        line, col = found.key if at_key and found.key is not None else found.value
        return Problem(self.name, message, where=where, line=line, col=col)


_NOWHERE = Place(None, (1, 1), None)


def dotted(path: tuple[str | int, ...] | list[str | int]) -> str:
    """``annotations[3].category`` for a data path, the way a person reads it."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out or "(top)"


def parse_yaml(text: str, name: str) -> Document:
    """Read YAML safely into plain data, refusing aliases and custom tags."""
    if not text.strip():
        raise InvalidFile(Problem(name, YamlFile.tr("file is empty"), line=1, col=1))
    try:
        data = build(text, name)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = " ".join(x for x in (exc.context, exc.problem) if x)
        line, col = Lines(text).of(mark) if mark else (None, None)
        if "nesting depth" in what:  # PyYAML 6.0.4's own limit says the same as ours, in its words
            raise InvalidFile(Problem(name, YamlFile.tr("nested more than {levels} levels deep").format(
                levels=MAX_YAML_DEPTH), line=line, col=col)) from None
        raise InvalidFile(Problem(name, YamlFile.tr("not valid YAML: {why}").format(why=what), line=line, col=col)) \
            from None
    except yaml.reader.ReaderError as exc:
        # libyaml counts its position in its own units; the character itself says where it is.
        char = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)
        pos = text.find(char)
        line, col = Lines(text).at(pos) if pos >= 0 else (None, None)
        raise InvalidFile(Problem(name, YamlFile.tr("character {code} is not allowed in a YAML file ({why})").format(
            code=f"U+{ord(char[:1] or ' '):04X}", why=exc.reason), line=line, col=col)) from None
    except yaml.YAMLError as exc:
        raise InvalidFile(Problem(name, YamlFile.tr("not valid YAML: {why}").format(why=one_line(str(exc))))) \
            from None
    if data is EMPTY:
        raise InvalidFile(Problem(name, YamlFile.tr("file holds no data (only comments?)"), line=1, col=1))
    return Document(name, data, None, text)


def kind_of(text: str) -> str | None:
    """The file kind named on a document's ``schema:`` line, read without parsing the rest."""
    match = re.search(r"^schema:\s*['\"]?annotator/(\w+)@\d+", text, re.MULTILINE)
    return match.group(1) if match else None


def kind_of_file(path: Path) -> str | None:
    """The kind a file's ``schema:`` line names, from its first 4 KB; None for anything but a readable file.

    Only a regular file is opened: a pipe would wait for a writer, and a big file is never read whole.
    """
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return None
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return None
    return kind_of(head.decode("utf-8-sig", "replace"))
