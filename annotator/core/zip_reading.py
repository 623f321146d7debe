"""Reading a .zip that came from outside (a lesson pack, a brat corpus, a class's download), never unpacking it.

One reader for every zip Annotator opens, with one set of checks. The whole zip is refused (one
:class:`~annotator.core.errors.InvalidFile` naming it) when it is not an ordinary file, cannot be
opened as a zip, holds more than :attr:`ZipLimits.files` files, or says it would unpack to more than
:attr:`ZipLimits.total` bytes. Then each entry, in the zip's order, is one :class:`ZipEntry`, with its
bytes or with why it was not read:

- every entry: a name that leaves the zip (absolute, a drive letter, ``..``) or that no file can have
  (empty, control characters), and links;
- each entry the caller wants read: encryption, a size over :attr:`ZipLimits.entry` or over what is
  left of :attr:`ZipLimits.read`, a compression ratio over :attr:`ZipLimits.ratio` (a zip bomb), an
  entry that cannot be read (bad CRC, unknown compression, cut short), and one that unpacks to more
  than its header declared (never more than that plus one byte is read).

Nothing is written anywhere: entries are read into memory. The caller decides what a bad entry means:
a lesson pack refuses the whole zip (:mod:`annotator.core.pack`), a brat corpus and a class's zip say
it in one line and read the rest.
"""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from types import TracebackType

from annotator.core.errors import InvalidFile, Problem
from annotator.core.i18n import Words
from annotator.core.text import one_line

MAX_RATIO = 200  # text compresses 3-20 times; hundreds of times is a zip bomb


class ZipReading(Words):
    """The words about a zip that cannot be read, or an entry of it that is not read."""


@dataclass(frozen=True)
class ZipLimits:
    """How much one kind of zip may hold."""

    files: int  # files in the zip (folders not counted)
    total: int  # bytes unpacked, as the zip declares them, every file counted
    entry: int  # bytes one file read may unpack to
    read: int  # bytes read altogether
    ratio: int = MAX_RATIO  # how many times better than this a file may not compress


@dataclass(frozen=True)
class ZipEntry:
    """One file of a zip: its bytes, or why it was not read (``data`` is None and ``why`` "" when not wanted)."""

    name: str  # as the zip names it, with "/" between folders
    why: str = ""
    data: bytes | None = None
    mtime: float = 0.0  # the time the zip gives it, as a timestamp
    inside: bool = True  # False: the name leaves the zip, so it must not be joined to a path

    @property
    def shown(self) -> str:
        """The name as a message can show it, on one line."""
        return _shown(self.name)


def _shown(name: str) -> str:
    return name if name.isprintable() else repr(name)[1:-1]


def outside_problem(name: str) -> str:
    """Why a name in a zip is not a file's place inside it, or "" if it is one."""
    shown = _shown(name)
    parts = PurePosixPath(name).parts
    if not name or any(ord(ch) < 32 or ch == "\x7f" for ch in name) or not parts or parts == (".",):
        return ZipReading.tr("the zip names this file {name}, which is no file's name (empty, or with a control "
                             "character in it); not read").format(name=repr(shown))
    if name.startswith("/") or (len(name) > 1 and name[1] == ":") or ".." in parts:
        return ZipReading.tr("the zip names this file {name} outside itself (an absolute path or '..'); "
                             "not read").format(name=repr(shown))
    return ""


def _one_line(exc: BaseException) -> str:
    return one_line(str(exc)) or type(exc).__name__


class ZipReader:
    """An opened zip whose size and number of files were checked; use it in a ``with`` block.

    Raises :class:`InvalidFile` naming the zip when it cannot be read at all or holds too much.
    """

    def __init__(self, path: Path, limits: ZipLimits) -> None:
        self.path = path
        self.limits = limits
        name = str(path)
        try:
            if not stat.S_ISREG(path.stat().st_mode):  # a pipe would block, a device never end
                raise InvalidFile(Problem(name, ZipReading.tr("is not an ordinary file (a device or a pipe?)")))
            self._archive = zipfile.ZipFile(path)
        except InvalidFile:
            raise
        except Exception as exc:  # a damaged or hostile zip fails in many ways; each means "unreadable"
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else _one_line(exc)
            raise InvalidFile(Problem(name, ZipReading.tr("not a readable .zip ({why})").format(why=why))) from None
        self._infos = [i for i in self._archive.infolist() if not i.filename.endswith(("/", "\\"))]
        total = sum(i.file_size for i in self._infos)
        if len(self._infos) > limits.files:
            self._archive.close()
            raise InvalidFile(Problem(name, ZipReading.tr("zip has {files} files, over the limit of {limit}").format(
                files=len(self._infos), limit=limits.files)))
        if total > limits.total:
            self._archive.close()
            raise InvalidFile(Problem(name, ZipReading.tr(
                "zip would expand to {size} bytes, over the limit of {limit}").format(
                size=f"{total:,}", limit=f"{limits.total:,}")))
        self.names = [i.filename.replace("\\", "/") for i in self._infos]
        """Every file's name, in the zip's order (nothing read yet)."""

    def __enter__(self) -> ZipReader:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._archive.close()

    def entries(self, wanted: Callable[[str], bool] = lambda name: True) -> Iterator[ZipEntry]:
        """Every file of the zip, in its order; those ``wanted`` (by name) read, unless something is wrong."""
        budget = self.limits.read
        for info, name in zip(self._infos, self.names, strict=True):
            entry = self._entry(info, name, wanted(name), budget)
            if entry.data is not None:
                budget -= len(entry.data)
            yield entry

    def _entry(self, info: zipfile.ZipInfo, name: str, wanted: bool, budget: int) -> ZipEntry:
        limits = self.limits
        outside = outside_problem(name)
        if outside:
            return ZipEntry(name, outside, inside=False)
        if stat.S_ISLNK(info.external_attr >> 16):
            return ZipEntry(name, ZipReading.tr("is a link inside the zip; links are not followed"))
        if not wanted:
            return ZipEntry(name)
        if info.flag_bits & 0x1:
            return ZipEntry(name, ZipReading.tr("is encrypted in the zip; zip it again without a password"))
        if info.file_size > 1024 and info.file_size > limits.ratio * max(1, info.compress_size):
            return ZipEntry(name, ZipReading.tr("compressed suspiciously well (a zip bomb?); not read"))
        if info.file_size > limits.entry or info.file_size > budget:
            return ZipEntry(name, ZipReading.tr("is {size} bytes unpacked, over the limit of {limit}").format(
                size=f"{info.file_size:,}", limit=f"{min(limits.entry, budget):,}"))
        try:
            with self._archive.open(info) as handle:
                data = handle.read(info.file_size + 1)  # a lying header cannot make us expand more
        except Exception as exc:  # bad CRC, unknown compression, cut short: all "unreadable"
            return ZipEntry(name, ZipReading.tr("cannot be read from the zip ({why})").format(why=_one_line(exc)))
        if len(data) > info.file_size:
            return ZipEntry(name, ZipReading.tr("expands past the size the zip declares for it; not read"))
        try:
            mtime = datetime(*info.date_time).timestamp()
        except (ValueError, OverflowError, OSError):
            mtime = 0.0
        return ZipEntry(name, "", data, mtime)
