"""The teacher's lesson library: the bundled packs, the user's own, and packs shared as .zip files.

The user's packs live in ``USER/lessons/<lesson-id>/``. Writing is all or nothing: a new pack
is built and checked in a hidden folder beside its place, then renamed into place, so a failure
leaves nothing behind and never touches the packs already there. Only a pack's own files
(``lesson.yaml``, its article, ``key.yaml``) are ever written, exported or imported: other files
in a pack folder (notes, student work) are never shared, and other entries in a zip are never
extracted.

Lesson ids name the folder where students' autosaved work is kept (``DATA/work/<lesson-id>/``),
so two lessons in one library never share an id: an imported or new lesson whose id is taken
gets ``<id>-2``, ``<id>-3``…, inside its files as well as in its folder name.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

from annotator.core.errors import InvalidFile, Problem
from annotator.core.key import AnswerKey
from annotator.core.lesson import Lesson
from annotator.core.names import RESERVED, slugify
from annotator.core.pack import MAX_ARTICLE_BYTES, LessonPack, Pack, load_pack, unsafe_path
from annotator.core.safe_write import atomic_write
from annotator.core.schemas import dump_yaml, load_document
from annotator.core.text import one_line
from annotator.resources import lessons_dir

LIBRARY_FOLDER = "lessons"
SLUG_MAX = 48
ID_MAX = 64  # the lesson schema's limit
_PACK_FILES = ("lesson.yaml", "key.yaml")


@dataclass(frozen=True)
class LessonEntry:
    """A lesson pack in the library; ``problem`` says why it cannot be opened ("" when it can)."""

    path: Path
    id: str
    title: str
    bundled: bool
    problem: str = ""
    has_key: bool = False  # whether "export for teachers" has a key to include

    @property
    def ok(self) -> bool:
        """Whether the pack opens."""
        return not self.problem


def library_dir(user_dir: Path) -> Path:
    """Where the user's own lesson packs are kept."""
    return Path(user_dir) / LIBRARY_FOLDER


def list_lessons(user_dir: Path, *, bundled_dir: Path | None = None) -> list[LessonEntry]:
    """The bundled lessons and the school's (its settings' lesson_folders), then the user's own by title;
    broken packs are listed with their problem. The school's, like the bundled ones, are never changed."""
    from annotator.core.school import school_settings

    shared = (bundled_dir or lessons_dir(), *school_settings().lesson_folders)
    bundled = [_entry(p, bundled=True) for folder in shared for p in _pack_folders(folder)]
    own = [_entry(p, bundled=False) for p in _pack_folders(library_dir(user_dir))]
    own.sort(key=lambda e: (e.title.casefold(), e.id))
    return bundled + own


def _pack_folders(folder: Path) -> list[Path]:
    try:
        # Hidden folders are packs being written or imported (see make_pack), not lessons yet.
        return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError:
        return []


def _entry(path: Path, *, bundled: bool) -> LessonEntry:
    try:
        pack = load_pack(path)
        return LessonEntry(path, pack.lesson.id, pack.lesson.title, bundled, has_key=pack.key is not None)
    except InvalidFile as exc:
        problem = _first_line(exc)
    except OSError as exc:
        problem = LessonPack.tr("{path}: cannot be read ({why})").format(path=path, why=exc.strerror or exc)
    try:
        # A broken answer key still leaves a lesson students can open: name it properly.
        pack = load_pack(path, with_key=False)
        return LessonEntry(path, pack.lesson.id, pack.lesson.title, bundled, problem)
    except (InvalidFile, OSError):
        return LessonEntry(path, path.name, path.name, bundled, problem)


def _first_line(exc: InvalidFile) -> str:
    first = one_line(str(exc.problems[0])) if exc.problems else LessonPack.tr("cannot be read")
    return first + (LessonPack.tr(" (and %n more problem(s))", "", len(exc.problems) - 1) if exc.problems[1:] else "")


def slug_for(title: str) -> str:
    """A lesson id made from a title: ascii, lower case, words joined by dashes, at most 48 characters."""
    return slugify(title, limit=SLUG_MAX, fallback="lesson")


def free_lesson_id(user_dir: Path, wanted: str, *, bundled_dir: Path | None = None) -> str:
    """``wanted`` if no lesson in the library (bundled or own) has it, else ``wanted-2``, ``-3``…"""
    folders = _pack_folders(bundled_dir or lessons_dir()) + _pack_folders(library_dir(user_dir))
    taken = {p.name.casefold() for p in folders} | {e.id for e in list_lessons(user_dir, bundled_dir=bundled_dir)}
    taken |= RESERVED  # folder names Windows refuses
    wanted = wanted[:ID_MAX]
    if wanted not in taken:
        return wanted
    n = 2
    while True:
        suffix = f"-{n}"
        candidate = wanted[: ID_MAX - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        n += 1


# --- writing a pack ---------------------------------------------------------------------------


def render_pack(lesson: Lesson, article_markdown: str, key: AnswerKey | None = None) -> dict[str, str]:
    """The text of each file of a pack, by relative path: ``lesson.yaml``, the article, ``key.yaml``."""
    rel = lesson.article.file
    bad = unsafe_path(rel) or (LessonPack.tr("the article cannot be called '{name}'").format(name=rel)
                               if rel in _PACK_FILES else "")
    if bad:
        raise InvalidFile(Problem("lesson.yaml", bad, where="article.file"))
    files = {"lesson.yaml": dump_yaml(lesson.to_data(), "lesson"), rel: article_markdown}
    if key is not None:
        files["key.yaml"] = dump_yaml(key.to_data(), "key")
    return files


def make_pack(
    folder: Path,
    *,
    lesson: Lesson,
    article_markdown: str,
    key: AnswerKey | None = None,
    replace: bool = False,
) -> Path:
    """Write a lesson pack into ``folder`` and return the folder; the pack is checked before anything is written.

    - A missing or empty folder gets the new pack all at once (built beside it, then renamed).
    - A folder holding this same lesson (same id) is updated: each changed file is written
      atomically and its previous version kept as ``NAME.bak``. With ``key=None`` an existing
      ``key.yaml`` is kept, and must still fit the lesson and article.
    - Any other folder (another lesson's pack, other files) is refused unless ``replace``; then
      the old files are kept as ``.bak`` and an old key (which cannot fit a new lesson) becomes
      ``key.yaml.bak``.
    """
    folder = Path(folder)
    files = render_pack(lesson, article_markdown, key)
    state, reason = _folder_state(folder, lesson.id)
    if state == "blocked" or (state == "other" and not replace):
        raise InvalidFile(Problem(str(folder), reason))
    created = _make_parents(folder.parent)
    staging = _hidden_folder(folder.parent, f".{folder.name}.", ".new")
    try:
        _write_all(staging, {rel: text.encode("utf-8") for rel, text in files.items()})
        kept_key = folder / "key.yaml"
        if key is None and state == "same" and kept_key.is_file():
            shutil.copyfile(kept_key, staging / "key.yaml")
        _check_staged(staging, shown_as=folder)
        if state == "new":
            os.rename(staging, folder)
            return folder
        _update_in_place(folder, files, drop_old_key=(state == "other" and key is None))
        return folder
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if not folder.exists():
            _remove_created(created)


def _folder_state(folder: Path, lesson_id: str) -> tuple[str, str]:
    """("new" | "empty" | "same" | "other" | "blocked", why the folder cannot simply be written)."""
    if not folder.exists():
        return "new", ""
    if not folder.is_dir():
        return "blocked", LessonPack.tr("this is a file, not a folder; choose a folder for the lesson pack")
    try:
        visible = [p for p in folder.iterdir() if not p.name.startswith(".")]
    except OSError as exc:
        return "blocked", LessonPack.tr("the folder cannot be read ({why})").format(why=exc.strerror or exc)
    if not visible:
        return "empty", ""
    if not (folder / "lesson.yaml").is_file():
        return "other", LessonPack.tr("the folder already holds other files; choose an empty folder for the "
                                         "lesson pack")
    try:
        found = load_document(folder / "lesson.yaml", "lesson").data["id"]
    except InvalidFile:
        return "other", LessonPack.tr("the folder holds a lesson.yaml that cannot be read; it is not overwritten")
    if found == lesson_id:
        return "same", ""
    return "other", LessonPack.tr("the folder already holds another lesson pack ('{found}'); it is not "
                                     "overwritten").format(found=found)


def _token_hex(n: int) -> str:
    """A random name part, as secrets.token_hex gives it (secrets is not loaded at start-up)."""
    return os.urandom(n).hex()


def _hidden_folder(parent: Path, prefix: str, suffix: str) -> Path:
    """A new hidden folder to build a pack in. Unlike mkdtemp's (private), its permissions follow
    the user's umask, so that the renamed pack is as readable as any folder they make."""
    while True:
        candidate = parent / f"{prefix}{_token_hex(4)}{suffix}"
        try:
            candidate.mkdir()
            return candidate
        except FileExistsError:
            continue


def _hidden_file(parent: Path, prefix: str, suffix: str) -> tuple[int, Path]:
    """A new hidden file, open for writing, whose permissions follow the umask (mkstemp's are private:
    a zip for students on a shared drive must be readable by them)."""
    while True:
        candidate = parent / f"{prefix}{_token_hex(4)}{suffix}"
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            return os.open(candidate, flags, 0o666), candidate
        except FileExistsError:
            continue


def _make_parents(folder: Path) -> list[Path]:
    """Create a folder and its missing parents; return those created, deepest first."""
    missing = []
    for p in (folder, *folder.parents):
        if p.exists():
            break
        missing.append(p)
    folder.mkdir(parents=True, exist_ok=True)
    return missing


def _remove_created(created: list[Path]) -> None:
    for p in created:  # deepest first; a folder someone else filled meanwhile stays
        try:
            p.rmdir()
        except OSError:
            break


def _write_all(folder: Path, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())


def _check_staged(staging: Path, *, shown_as: Path) -> Pack:
    """Load a staged pack as ``annotator check`` would, naming problems by where the pack is going."""
    try:
        return load_pack(staging)
    except InvalidFile as exc:
        raise InvalidFile([dataclasses.replace(p, file=p.file.replace(str(staging), str(shown_as)))
                           for p in exc.problems]) from None


def _update_in_place(folder: Path, files: dict[str, str], *, drop_old_key: bool) -> None:
    # The article first and lesson.yaml last: lesson.yaml is what makes a folder a pack.
    order = sorted(files, key=lambda rel: (rel == "lesson.yaml", rel == "key.yaml"))
    for rel in order:
        target = folder / rel
        data = files[rel].encode("utf-8")
        try:
            unchanged = target.is_file() and target.read_bytes() == data
        except OSError:
            unchanged = False
        if not unchanged:
            atomic_write(target, data, backup=True)
    old_key = folder / "key.yaml"
    if drop_old_key and old_key.is_file():
        os.replace(old_key, old_key.with_name("key.yaml.bak"))


def add_lesson(user_dir: Path, *, lesson: Lesson, article_markdown: str, key: AnswerKey | None = None) -> Path:
    """Add a new pack to the user's library under a free id (see :func:`free_lesson_id`); return its folder."""
    lesson, key = _with_id(lesson, key, free_lesson_id(user_dir, lesson.id))
    return make_pack(library_dir(user_dir) / lesson.id, lesson=lesson, article_markdown=article_markdown, key=key)


def _with_id(lesson: Lesson, key: AnswerKey | None, new_id: str) -> tuple[Lesson, AnswerKey | None]:
    if new_id == lesson.id:
        return lesson, key
    key = dataclasses.replace(key, lesson_id=new_id) if key is not None else None
    return dataclasses.replace(lesson, id=new_id), key


# --- sharing as .zip --------------------------------------------------------------------------


def _pack_file_names(pack: Pack, *, with_key: bool) -> list[str]:
    names = ["lesson.yaml", pack.lesson.article.file]
    if with_key and pack.files.exists("key.yaml"):
        names.append("key.yaml")
    return names


def export_pack(pack_dir: Path, out_zip: Path, *, include_key: bool) -> Path:
    """Zip a pack to share it: "for students" without ``key.yaml``, "for teachers" with it.

    Entries sit under a folder named by the lesson id. The zip is written to a temporary file,
    read back as a pack, then renamed over ``out_zip``.
    """
    pack = load_pack(Path(pack_dir), with_key=include_key)
    if include_key and pack.key is None:
        raise InvalidFile(Problem(pack.name, LessonPack.tr(
            "this lesson has no answer key (key.yaml) yet; export it for students, or make the key first")))
    out_zip = Path(out_zip)
    if out_zip.is_dir():
        raise InvalidFile(Problem(str(out_zip), LessonPack.tr("is a folder; give the name of the .zip file to write")))
    names = _pack_file_names(pack, with_key=include_key)
    created = _make_parents(out_zip.parent)
    fd, tmp = _hidden_file(out_zip.parent, f".{out_zip.name}.", ".tmp")
    import zipfile  # only exports need it; the library is opened at every start

    try:
        stamp = time.localtime()[:6]
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w") as archive:
                for rel in names:
                    data = pack.files.read(rel, limit=MAX_ARTICLE_BYTES, what=rel)
                    info = zipfile.ZipInfo(f"{pack.lesson.id}/{rel}", date_time=stamp)
                    info.external_attr = 0o644 << 16
                    info.compress_type = _compression_for(data)
                    archive.writestr(info, data)
            handle.flush()
            os.fsync(handle.fileno())
        load_pack(tmp, with_key=include_key)  # what a colleague will import must load here too
        os.replace(tmp, out_zip)
    except BaseException:
        tmp.unlink(missing_ok=True)
        _remove_created(created)
        raise
    return out_zip


def _compression_for(data: bytes) -> int:
    import zipfile

    from annotator.core.zip_reading import MAX_RATIO  # with zipfile, when a pack is zipped: not at every start

    # A very repetitive article compresses like a zip bomb, and importing would refuse it: store it.
    if len(data) > 1024 and len(data) > MAX_RATIO // 2 * len(zlib.compress(data, 6)):
        return zipfile.ZIP_STORED
    return zipfile.ZIP_DEFLATED


def import_pack(zip_path: Path, user_dir: Path) -> Path:
    """Add a shared pack (a .zip, or a folder) to the user's library; return its new folder.

    The pack is read and checked first (paths that escape, zip bombs, a key for another article:
    see :func:`annotator.core.pack.load_pack`); then its files are written to a hidden folder in
    the library and renamed into place, so a failure leaves the library as it was. A lesson id
    already in the library gets a fresh one (``<id>-2``…), written into the pack's files too.
    """
    source = Path(zip_path)
    pack = load_pack(source)
    files = {
        rel: pack.files.read(rel, limit=MAX_ARTICLE_BYTES, what=rel) for rel in _pack_file_names(pack, with_key=True)
    }
    new_id = free_lesson_id(user_dir, pack.lesson.id)
    if new_id != pack.lesson.id:
        lesson, key = _with_id(pack.lesson, pack.key, new_id)
        files["lesson.yaml"] = dump_yaml(lesson.to_data(), "lesson").encode("utf-8")
        if key is not None:
            files["key.yaml"] = dump_yaml(key.to_data(), "key").encode("utf-8")
    library = library_dir(user_dir)
    target = library / new_id
    created = _make_parents(library)
    staging = _hidden_folder(library, ".import-", "")
    try:
        _write_all(staging, files)
        _check_staged(staging, shown_as=target)
        if target.exists():  # appeared since the id was chosen: never write over it
            raise InvalidFile(Problem(str(target), LessonPack.tr(
                "a lesson pack appeared here during the import; try again")))
        os.rename(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        _remove_created(created)
        raise
    return target
