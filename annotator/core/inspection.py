"""What ``annotator check`` says about one file or pack: a summary line for a good one, problems for a bad one.

A folder with a ``lesson.yaml`` is a lesson pack. A folder without one stands for the ``.yaml``
files in it (a class's hand-ins), unless it holds nothing a class hands in: then what is wrong is
the folder, not a missing ``--lesson`` for its key, and that is what is said.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.anchoring import Status
from annotator.core.errors import InvalidFile, Problem
from annotator.core.i18n import QT_TRANSLATE_NOOP, Words
from annotator.core.key import load_key
from annotator.core.pack import Pack, load_pack
from annotator.core.schemas import SCHEMA_IDS
from annotator.core.text import shorten
from annotator.core.workfile import load_work, problems_against, seal_note
from annotator.core.worksheet import Worksheet
from annotator.core.yamlfile import MAX_YAML_BYTES, decode_utf8, kind_of, kind_of_file, parse_yaml, read_bytes


def check_path(path: Path, pack: Pack | None, *, data: bytes | None = None) -> list[str]:
    """The lines ``check`` prints for one good path; raise :class:`InvalidFile` for a bad one.

    ``data``: the file's bytes when it is an entry of a class's zip (``path`` then only names it).
    """
    if data is None and (path.is_dir() or path.suffix.lower() == ".zip"):
        return [summarize_pack(load_pack(path))]
    raw = read_bytes(path, limit=MAX_YAML_BYTES) if data is None else data
    text = decode_utf8(raw, str(path))
    kind = kind_of(text)
    if kind not in SCHEMA_IDS:
        # Say what is wrong with the YAML itself (empty, malformed) before saying what kind it is not.
        doc = parse_yaml(text, str(path))
        found = doc.data.get("schema") if isinstance(doc.data, dict) else None
        kinds = {v: k for k, v in SCHEMA_IDS.items()}
        if isinstance(found, str) and found in kinds:
            kind = kinds[found]  # written in a way the quick look did not catch (quoted key, flow style)
        elif found is not None:  # text, or a list or mapping, which no kind is
            known = ", ".join(SCHEMA_IDS.values())
            raise InvalidFile(doc.problem(("schema",), Inspection.tr(
                "unknown file kind {found} (expected one of: {known})").format(
                    found=shorten(repr(found), 80), known=known)))
        else:
            raise InvalidFile(Problem(str(path), Inspection.tr(
                "not an Annotator file: it has no 'schema: annotator/…' line"), line=1, col=1))
    if kind == "lesson":
        if path.name != "lesson.yaml":
            raise InvalidFile(Problem(str(path), Inspection.tr(
                "a lesson file is read as lesson.yaml inside its pack folder; rename it, or check the folder")))
        return [summarize_pack(load_pack(path.parent))]
    if kind == "key":
        owner = pack or _pack_beside(path)
        key = load_key(path, owner.lesson, owner.article, text=text)
        return [Inspection.tr("{path}: answer key for '{lesson}': {items}, {not_flagged} not to flag").format(
            path=path, lesson=key.lesson_id, items=Inspection.tr("%n item(s)", "", len(key.items)),
            not_flagged=len(key.not_flagged))]
    if kind == "annotations":
        return check_work_file(path, text, pack)
    if kind == "feedback":
        from annotator.core.feedback import load_feedback

        fb = load_feedback(path)
        return [Inspection.tr("{path}: teacher feedback for {student} on '{lesson}'").format(
            path=path, student=fb.student.name or Inspection.tr("an unnamed student"), lesson=fb.lesson_id)]
    raise AssertionError(f"unhandled file kind {kind}")  # pragma: no cover - every kind in SCHEMA_IDS is handled


class Inspection(Words):
    """The words of ``annotator check``."""


_STATUS_WORDS = {Status.EXACT: QT_TRANSLATE_NOOP("Inspection", "exact"),
                 Status.MOVED: QT_TRANSLATE_NOOP("Inspection", "moved"),
                 Status.FUZZY: QT_TRANSLATE_NOOP("Inspection", "fuzzy"),
                 Status.ORPHANED: QT_TRANSLATE_NOOP("Inspection", "orphaned")}


def status_word(status: Status) -> str:
    """What a placement is called (exact, moved, fuzzy, orphaned) in the language spoken."""
    return Inspection.tr(_STATUS_WORDS[status])


def status_summary(counts: dict[Status, int]) -> str:
    """"3 exact, 1 moved, …": how many highlights were placed each way, in the language spoken (whose
    words agree with the number: "2 exactos", "2 déplacés")."""
    counted = {
        Status.EXACT: lambda n: Inspection.tr("%n exact", "", n),
        Status.MOVED: lambda n: Inspection.tr("%n moved", "", n),
        Status.FUZZY: lambda n: Inspection.tr("%n fuzzy", "", n),
        Status.ORPHANED: lambda n: Inspection.tr("%n orphaned", "", n),
    }
    return ", ".join(counted[s](n) for s, n in counts.items())


def folder_entries(folder: Path) -> list[Path]:
    """The ``.yaml`` entries ``check`` looks at in a folder that is not a lesson pack; raise :class:`InvalidFile`
    for a folder that holds no student's work, only parts of a lesson pack or nothing at all.

    Entries of any type are listed (a pipe, a dangling link, a folder named ``x.yaml``): each is
    then reported on its own line, never skipped in silence.
    """
    entries = sorted(p for p in folder.iterdir()
                     if p.suffix.lower() in (".yaml", ".yml") and not p.name.startswith("."))
    if not entries:
        raise InvalidFile(Problem(str(folder), Inspection.tr(
            "not a lesson pack: it has no lesson.yaml, and no .yaml files to check")))
    kinds = {kind_of_file(p) for p in entries}
    if kinds & {"key", "lesson"} and not kinds & {"annotations", "feedback"}:
        # The parts of a lesson pack without its lesson.yaml: no student's work to check here.
        names = ", ".join(p.name for p in entries)
        raise InvalidFile(Problem(str(folder), Inspection.tr(
            "not a lesson pack: it has no lesson.yaml (it has {names})").format(names=names)))
    return entries


def _pack_beside(path: Path) -> Pack:
    if (path.parent / "lesson.yaml").is_file():
        return load_pack(path.parent, with_key=False)
    raise InvalidFile(Problem(str(path), Inspection.tr(
        "an answer key is checked against its lesson: give --lesson PACK")))


def summarize_pack(pack: Pack) -> str:
    """One line: the lesson, its categories, prompts and key items."""
    lesson = pack.lesson
    key = Inspection.tr("%n key item(s)", "", len(pack.key.items)) if pack.key else Inspection.tr("no answer key")
    return Inspection.tr("{pack}: lesson '{lesson}' OK: {categories}, {prompts}, {key}, article {characters}").format(
        pack=pack.name, lesson=lesson.id, key=key,
        categories=Inspection.tr("%n category(ies)", "", len(lesson.categories)),
        prompts=Inspection.tr("%n prompt(s)", "", len(lesson.prompts)),
        characters=Inspection.tr("%n character(s)", "", len(pack.article.text)))


def check_work_file(path: Path, text: str, pack: Pack | None) -> list[str]:
    """Check an annotation file; against a lesson, report where each annotation lands."""
    work, doc = load_work(path, text=text)
    name = Inspection.tr("{path}: {student}").format(path=path, student=work.student.name or Inspection.tr(
        "unnamed student"))
    cut_short = seal_note(doc)
    lines = [Inspection.tr("{path}: note: {note}").format(path=path, note=cut_short)] if cut_short else []
    count = Inspection.tr("%n annotation(s)", "", len(work.annotations))
    if pack is None:
        return [*lines, Inspection.tr("{name}: {count} (give --lesson PACK to place them on the article)").format(
            name=name, count=count)]
    problems = problems_against(doc, pack.lesson, pack.article)
    if problems:
        raise InvalidFile(problems)
    del doc  # its data is in `work` now; a file of 195,000 highlights would be held twice
    if work.lesson_id != pack.lesson.id:
        lines.append(Inspection.tr("{path}: note: made for lesson '{made_for}', checked against '{lesson}'").format(
            path=path, made_for=work.lesson_id, lesson=pack.lesson.id))
    elif work.article_sha256 != pack.article.sha256:
        lines.append(Inspection.tr("{path}: note: made for a different text of the article; passages are found "
                                   "again").format(path=path))
    originals = {a.id: (a.start, a.end) for a in work.annotations.values()}
    sheet = Worksheet(pack.lesson, pack.article, work)
    for a in sorted(work.annotations.values(), key=lambda a: originals[a.id]):
        status = sheet.status(a.id)
        start, end = originals[a.id]
        where = sheet.shown_span(a.id)
        moved = f" -> {where[0]}-{where[1]}" if where and where != (start, end) else ""
        quote = shorten(a.quote, 50)
        lines.append(Inspection.tr("{path}: {id} {category} {span} {status}: “{quote}”").format(
            path=path, id=a.id, category=a.category, span=f"{start}-{end}{moved}", status=status_word(status),
            quote=quote))
    summary = status_summary(sheet.status_counts())
    lines.append(Inspection.tr("{name}: {count}: {summary}").format(name=name, count=count, summary=summary))
    return lines
