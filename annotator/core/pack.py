"""Reading a lesson pack from a folder or a .zip, with every path kept inside the pack.

A pack holds ``lesson.yaml``, the article file it names, and optionally ``key.yaml``. A zip
is read into memory by :mod:`annotator.core.zip_reading` (no names outside it, no links, a
bounded number of entries and size, no zip bombs), so a hostile zip cannot write anywhere or
fill the memory; any entry it refuses refuses the whole pack, since a pack missing a file is no lesson.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from annotator.core.errors import InvalidFile, Problem
from annotator.core.i18n import Words
from annotator.core.key import AnswerKey, load_key
from annotator.core.lesson import Lesson, lesson_from_document
from annotator.core.schemas import load_document
from annotator.core.text import Article
from annotator.core.yamlfile import MAX_YAML_BYTES, YamlFile, decode_utf8, read_bytes, too_big

MAX_ARTICLE_BYTES = 8 * 1024 * 1024
MAX_ZIP_ENTRIES = 200
MAX_ZIP_TOTAL = 64 * 1024 * 1024


class LessonPack(Words):
    """The words about a lesson pack: one that cannot be read, written, shared or imported."""


class PackFiles:
    """The files of a pack, by relative path, whether it is a folder or a zip."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: dict[str, bytes] | None = None
        self._root = path
        if not path.is_dir():  # a zip; a pipe or a device named x.zip is refused by the zip reader as what it is
            self._zip = _read_zip(path)

    def name(self, rel: str) -> str:
        """How to name a file of the pack in a message."""
        return f"{self.path}!{rel}" if self._zip is not None else str(self._root / rel)

    def exists(self, rel: str) -> bool:
        """Whether the pack has a file at a relative path."""
        if self._zip is not None:
            return rel in self._zip
        return (self._root / rel).is_file()

    def read(self, rel: str, *, limit: int, what: str) -> bytes:
        """The bytes of a file of the pack, refusing paths that leave it."""
        problem = unsafe_path(rel)
        if problem:
            raise InvalidFile(Problem(self.name(rel), problem))
        if self._zip is not None:
            if rel not in self._zip:
                raise InvalidFile(Problem(self.name(rel), LessonPack.tr("{what} not found in the pack").format(
                    what=YamlFile.tr(what))))
            data = self._zip[rel]
            if len(data) > limit:
                raise InvalidFile(Problem(self.name(rel), too_big(what, len(data), limit)))
            return data
        target = self._root / rel
        try:
            inside = target.resolve().is_relative_to(self._root.resolve())
        except RuntimeError:  # a link loop (Python before 3.13): reading it says so
            inside = True
        except OSError:
            inside = False
        if not inside:
            raise InvalidFile(Problem(str(target), LessonPack.tr("points outside the lesson pack (through a link)")))
        return read_bytes(target, limit=limit, what=what)


def unsafe_path(rel: str) -> str:
    """Why a path written in a pack is not allowed, or "" if it is fine."""
    if not rel:
        return LessonPack.tr("path is empty")
    if any(ord(ch) < 32 or ch == "\x7f" for ch in rel):
        return LessonPack.tr("path {path} has a control character in it").format(path=repr(rel))
    if rel.startswith(("/", "\\")) or (len(rel) > 1 and rel[1] == ":"):
        return LessonPack.tr("path '{path}' is absolute; paths in a lesson pack must be relative to it").format(
            path=rel)
    parts = PurePosixPath(rel.replace("\\", "/")).parts
    if ".." in parts:
        return LessonPack.tr("path '{path}' leaves the lesson pack").format(path=rel)
    if not parts:
        return LessonPack.tr("path '{path}' names the lesson pack itself, not a file in it").format(path=rel)
    return ""


def _read_zip(path: Path) -> dict[str, bytes]:
    """The files of a zipped pack, by path below the folder holding ``lesson.yaml``; any bad entry refuses it all."""
    from annotator.core.zip_reading import ZipLimits, ZipReader  # only zipped packs need it (and zipfile)

    name = str(path)
    limits = ZipLimits(files=MAX_ZIP_ENTRIES, total=MAX_ZIP_TOTAL, entry=max(MAX_ARTICLE_BYTES, MAX_YAML_BYTES),
                       read=MAX_ZIP_TOTAL)
    with ZipReader(path, limits) as archive:
        lessons = [n for n in archive.names if PurePosixPath(n).name == "lesson.yaml"]
        if not lessons:
            raise InvalidFile(Problem(name, LessonPack.tr("zip holds no lesson.yaml")))
        top = str(PurePosixPath(min(lessons, key=len)).parent)
        prefix = "" if top == "." else top + "/"
        files: dict[str, bytes] = {}
        for entry in archive.entries(wanted=lambda n: n.startswith(prefix)):
            if entry.why:
                raise InvalidFile(Problem(f"{name}!{entry.shown}", entry.why))
            if entry.data is not None:
                files[entry.name[len(prefix) :]] = entry.data
        return files


@dataclass
class Pack:
    """A loaded lesson pack: the lesson, its article, and the answer key when the pack has one."""

    path: Path
    lesson: Lesson
    article: Article
    key: AnswerKey | None
    files: PackFiles

    @property
    def name(self) -> str:
        """The pack's folder or zip name, for messages."""
        return str(self.path)

    def article_markdown(self) -> str:
        """The article file as written (before it becomes canonical text), e.g. to copy the pack."""
        rel = self.lesson.article.file
        return decode_utf8(self.files.read(rel, limit=MAX_ARTICLE_BYTES, what="article file"), self.files.name(rel))


def load_pack(path: Path, *, with_key: bool = True) -> Pack:
    """Read and check a lesson pack; raise :class:`InvalidFile` listing every problem found."""
    if path.name == "lesson.yaml" and path.is_file():
        path = path.parent  # a teacher pointing at the lesson file means its pack
    if not path.exists():
        raise InvalidFile(Problem(str(path), LessonPack.tr("no lesson pack here (expected a folder or a .zip)")))
    files = PackFiles(path)
    if not files.exists("lesson.yaml"):
        raise InvalidFile(Problem(files.name("lesson.yaml"), LessonPack.tr("lesson pack has no lesson.yaml")))
    text = decode_utf8(files.read("lesson.yaml", limit=MAX_YAML_BYTES, what="lesson.yaml"), files.name("lesson.yaml"))
    doc = load_document(path / "lesson.yaml", "lesson", text=text, name=files.name("lesson.yaml"))
    lesson, problems = lesson_from_document(doc)
    article_rel = lesson.article.file
    bad = unsafe_path(article_rel)
    if bad:
        problems.append(doc.problem(("article", "file"), bad))
        raise InvalidFile(problems)
    if problems:
        raise InvalidFile(problems)
    raw = files.read(article_rel, limit=MAX_ARTICLE_BYTES, what="article file")
    article = Article.from_markdown(decode_utf8(raw, files.name(article_rel)))
    if not article.text:
        raise InvalidFile(Problem(files.name(article_rel), LessonPack.tr("article file has no text")))
    key = None
    if with_key and files.exists("key.yaml"):
        key_text = decode_utf8(files.read("key.yaml", limit=MAX_YAML_BYTES, what="key.yaml"), files.name("key.yaml"))
        key = load_key(path / "key.yaml", lesson, article, text=key_text, name=files.name("key.yaml"))
    return Pack(path, lesson, article, key, files)
