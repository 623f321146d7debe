"""brat's standoff format: a ``.txt`` with the text and an ``.ann`` with the annotations beside it.

Followed: the brat rapid annotation tool's standoff format as documented for brat v1.3
("Crunchy Frog", brat.nlplab.org/standoff.html). Offsets count characters (Unicode code points)
of the ``.txt``, end exclusive. Used here: text-bound annotations (``T1<TAB>Type START END<TAB>text``,
with discontinuous spans as ``START END;START END``) and notes (``#1<TAB>AnnotatorNotes T1<TAB>note``).
Relations, events, attributes and normalizations have no counterpart in Annotator: they are
counted and left out, and the command says so.

**Export** (:func:`~annotator.core.formats.exporting.write_brat`): per student ``NAME.txt`` (the
lesson's canonical text, so offsets are the same as in Annotator's files) and ``NAME.ann``;
``annotation.conf`` lists the lesson's categories as entity types and ``visual.conf`` gives their
labels and colours; ``annotators.tsv`` (not a brat file; brat ignores it) gives the full name behind
each file name. A highlight that crosses a paragraph break is written as pieces split at the line
break, as brat itself does. A note is one line in brat: a line break in it is written ``\\n``, a tab
``\\t`` and a backslash ``\\\\``, and read back the same way. Orphaned highlights have no place in
the text and are not written (the command says how many).

**Import** (:func:`read_brat`): a folder of ``.txt`` + ``.ann`` files, several folders (one per
annotator), single ``.ann`` files, or a ``.zip`` of any of these, read in memory by
:mod:`annotator.core.zip_reading` (nothing is ever unpacked; an entry it refuses is one line, the
rest is read). Each ``.ann`` is one annotator's work; the name is the one ``annotators.tsv`` gives,
else the file's name, or the folder's when several annotators' files share a name (``ann1/doc.ann``,
``ann2/doc.ann``). Offsets are mapped onto the lesson's text
by aligning the two texts (:mod:`.align`); pieces of a discontinuous span separated only by spaces
or line breaks are one highlight, other pieces one highlight each, with a note saying so.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from annotator.core.annotations import Student
from annotator.core.errors import InvalidFile, Problem
from annotator.core.formats.align import Alignment
from annotator.core.formats.foreign import MAX_INPUT_BYTES, ForeignHighlight, ForeignWork, Reading
from annotator.core.i18n import Words
from annotator.core.lesson import Lesson
from annotator.core.pack import MAX_ARTICLE_BYTES
from annotator.core.text import context
from annotator.core.yamlfile import decode_utf8, read_bytes
from annotator.core.zip_reading import ZipLimits, ZipReader

ANNOTATORS_FILE = "annotators.tsv"
ZIP_LIMITS = ZipLimits(files=5000, total=512 * 1024 * 1024, entry=max(MAX_INPUT_BYTES, MAX_ARTICLE_BYTES),
                       read=MAX_INPUT_BYTES)
"""A corpus zip: thousands of documents, other files (PDFs, configs) counted but not read."""
_T_LINE = re.compile(r"^(T\d+)\t([^\t ]+) (\d+ \d+(?:;\d+ \d+)*)(?:\t(.*))?$")
_NOTE_LINE = re.compile(r"^(#\d+)\tAnnotatorNotes (T\d+)\t(.*)$")
_OTHER_KINDS = {"R": "relation", "E": "event", "A": "attribute", "M": "attribute", "N": "normalization",
                "*": "equivalence", "#": "comment"}
_UNESCAPE = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


class BratFiles(Words):
    """The words of reading brat files: problems, what was left out, and the note on a discontinuous span
    (the exported files themselves, ``annotation.conf`` included, stay in English: they are a file format)."""


# --- export ----------------------------------------------------------------------------------


def escape_note(note: str) -> str:
    """A note on one line, as brat needs it; :func:`unescape_note` gives it back exactly."""
    return note.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def unescape_note(text: str) -> str:
    """A note read from an ``.ann`` line: ``\\n``, ``\\t``, ``\\r`` and ``\\\\`` become what they stand for."""
    return re.sub(r"\\([ntr\\])", lambda m: _UNESCAPE[m.group(1)], text)


def pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span split at line breaks, as brat writes a span across lines (empty pieces left out)."""
    out: list[tuple[int, int]] = []
    s = start
    for i in range(start, end):
        if text[i] == "\n":
            if i > s:
                out.append((s, i))
            s = i + 1
    if end > s:
        out.append((s, end))
    return out


def ann_text(text: str, highlights: Iterable[tuple[int, int, str, str]]) -> str:
    """The ``.ann`` of ``(start, end, category, note)`` highlights on ``text``, in reading order."""
    lines: list[str] = []
    n_note = 0
    for n_t, (start, end, category, note) in enumerate(sorted(highlights), 1):
        parts = pieces(text, start, end) or [(start, end)]
        spans = ";".join(f"{s} {e}" for s, e in parts)
        lines.append(f"T{n_t}\t{category} {spans}\t{' '.join(text[s:e] for s, e in parts)}")
        if note:
            n_note += 1
            lines.append(f"#{n_note}\tAnnotatorNotes T{n_t}\t{escape_note(note)}")
    return "".join(line + "\n" for line in lines)


def annotation_conf(lesson: Lesson) -> str:
    """``annotation.conf``: the lesson's categories as brat entity types."""
    entities = "".join(f"{c.id}\n" for c in lesson.categories)
    return (f"# Categories of the Annotator lesson '{lesson.id}'\n"
            f"[entities]\n{entities}[relations]\n[events]\n[attributes]\n")


def visual_conf(lesson: Lesson) -> str:
    """``visual.conf``: each category's label and colour, so brat shows them as Annotator does."""
    labels = "".join(f"{c.id} | {c.label}\n" for c in lesson.categories)
    drawing = "".join(f"{c.id}\tbgColor:{c.color}\n" for c in lesson.categories)
    return f"[labels]\n{labels}[drawing]\n{drawing}"


# --- import ----------------------------------------------------------------------------------


@dataclass
class BratFile:
    """One ``.ann`` file (and its ``.txt``), from a folder or a zip."""

    name: str  # how messages name it
    stem: str
    folder: str  # the name of the folder it is in
    ann: bytes
    txt: bytes | None
    annotators: dict[str, Student] = field(default_factory=dict)  # from annotators.tsv beside it


def collect(inputs: list[Path], problems: list[Problem]) -> list[BratFile]:
    """Every ``.ann`` file under the inputs (folders, files, zips), with its ``.txt``."""
    found: list[BratFile] = []
    for given in inputs:
        try:
            if given.is_dir():
                found += _from_folder(given, problems)
            elif given.suffix.lower() == ".zip":
                found += _from_zip(given, problems)
            elif given.suffix.lower() == ".ann" or given.with_suffix(".ann").is_file():
                found += _from_paths([given.with_suffix(".ann")], given.parent, problems)
            else:
                problems.append(Problem(str(given), BratFiles.tr("not a brat .ann file, a folder of them or a .zip")))
        except InvalidFile as exc:
            problems.extend(exc.problems)
    return found


def _from_folder(folder: Path, problems: list[Problem]) -> list[BratFile]:
    anns = sorted(p for p in folder.rglob("*.ann") if p.is_file()
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))
    if not anns:
        problems.append(Problem(str(folder), BratFiles.tr("no brat .ann files in this folder")))
    return _from_paths(anns, folder, problems)


def _from_paths(anns: list[Path], root: Path, problems: list[Problem]) -> list[BratFile]:
    """Each ``.ann`` with its ``.txt``; one that cannot be read is reported and the others still read."""
    out = []
    tables: dict[Path, dict[str, Student]] = {}
    for ann in anns:
        try:
            if ann.parent not in tables:
                tables[ann.parent] = {}
                table = ann.parent / ANNOTATORS_FILE
                if table.is_file():
                    tables[ann.parent] = _annotators(read_bytes(table, limit=MAX_ARTICLE_BYTES,
                                                                what=ANNOTATORS_FILE), str(table))
            txt_path = ann.with_suffix(".txt")
            txt = read_bytes(txt_path, limit=MAX_ARTICLE_BYTES, what="brat text") if txt_path.is_file() else None
            data = read_bytes(ann, limit=MAX_INPUT_BYTES, what="brat annotation file")
        except InvalidFile as exc:
            problems.extend(exc.problems)
            continue
        out.append(BratFile(str(ann), ann.stem, ann.parent.name or root.name, data, txt, tables[ann.parent]))
    return out


def _from_zip(path: Path, problems: list[Problem]) -> list[BratFile]:
    """The ``.ann`` files of a zip, read in memory; an entry that cannot be read is reported and skipped."""
    files: dict[str, bytes] = {}
    with ZipReader(path, ZIP_LIMITS) as archive:
        for entry in archive.entries(wanted=lambda n: n.lower().endswith((".ann", ".txt", ".tsv"))):
            if entry.why:
                problems.append(Problem(f"{path}!{entry.shown}", entry.why))
            elif entry.data is not None:
                files[entry.name] = entry.data
    out = []
    for name in sorted(n for n in files if n.lower().endswith(".ann")):
        p = PurePosixPath(name)
        table_name = str(p.parent / ANNOTATORS_FILE) if str(p.parent) != "." else ANNOTATORS_FILE
        table = _annotators(files[table_name], f"{path}!{table_name}") if table_name in files else {}
        txt = files.get(str(p.with_suffix(".txt")))
        folder = p.parent.name or path.stem
        out.append(BratFile(f"{path}!{name}", p.stem, folder, files[name], txt, table))
    return out


def _annotators(data: bytes, name: str) -> dict[str, Student]:
    """``annotators.tsv``: file name, then full name, then student number (optional), tab-separated."""
    table = {}
    for line in decode_utf8(data, name).splitlines():
        cells = line.split("\t")
        if len(cells) >= 2 and cells[0] and cells[1] and not line.startswith("#"):
            table[cells[0]] = Student(cells[1], cells[2] if len(cells) > 2 else "")
    return table


def read_brat(inputs: list[Path], lesson_text: str, *, student: str = "") -> Reading:
    """Every annotator's highlights in brat files, with offsets mapped onto the lesson's text."""
    result = Reading()
    files = collect(inputs, result.problems)
    stems = Counter(f.stem for f in files)
    for f in files:
        if student:
            who = Student(student)
        elif f.stem in f.annotators:
            who = f.annotators[f.stem]
        else:
            who = Student(f.folder if stems[f.stem] > 1 else f.stem)
        try:
            highlights = _read_file(f, lesson_text, result)
        except InvalidFile as exc:
            result.problems.extend(exc.problems)
            continue
        result.works.append(ForeignWork(who, f.name, highlights))
    return result


def _read_file(f: BratFile, lesson_text: str, result: Reading) -> list[ForeignHighlight]:
    ann = decode_utf8(f.ann, f.name)
    if f.txt is not None:
        own = decode_utf8(f.txt, f.name[: -len(".ann")] + ".txt")
    else:
        own = lesson_text
        result.notes.append(BratFiles.tr("{file}: note: no .txt beside it; its offsets are taken as the lesson's, "
                                         "and its passages are found by their quoted words").format(file=f.name))
    alignment = Alignment(own, lesson_text)
    spans: dict[str, tuple[int, str, list[tuple[int, int]]]] = {}  # id -> line, type, pieces
    notes: dict[str, str] = {}
    left_out: Counter[str] = Counter()
    for number, raw in enumerate(ann.splitlines(), 1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        t = _T_LINE.match(line)
        if t:
            parts = [(int(a), int(b)) for a, b in (p.split(" ") for p in t.group(3).split(";"))]
            bad = next(((a, b) for a, b in parts if a > b or b > len(own)), None)
            if bad is not None:
                why = (BratFiles.tr("offsets {start}-{end} are past the end of the text ({length} characters)").format(
                    start=bad[0], end=bad[1], length=f"{len(own):,}") if bad[1] > len(own)
                       else BratFiles.tr("span {start}-{end} ends before it starts").format(start=bad[0], end=bad[1]))
                result.problems.append(Problem(f.name, why, line=number))
                continue
            spans[t.group(1)] = (number, t.group(2), parts)
            continue
        noted = _NOTE_LINE.match(line)
        if noted:
            notes[noted.group(2)] = unescape_note(noted.group(3))
        elif line[0] in _OTHER_KINDS and "\t" in line:
            left_out[_OTHER_KINDS[line[0]]] += 1
        else:
            shown = line if len(line) <= 60 else line[:59] + "…"
            result.problems.append(Problem(f.name, BratFiles.tr("not a brat annotation line: {line}").format(
                line=repr(shown)), line=number))
    if left_out:
        kinds = ", ".join(_left_out(kind, n) for kind, n in sorted(left_out.items()))
        result.notes.append(BratFiles.tr("{file}: note: left out {kinds} (Annotator keeps highlights and their "
                                         "notes)").format(file=f.name, kinds=kinds))
    out: list[ForeignHighlight] = []
    for tid, (number, kind, parts) in spans.items():
        groups = _join_pieces(own, parts)
        for k, (s, e) in enumerate(groups, 1):
            note = notes.get(tid, "")
            ident = tid
            if len(groups) > 1:
                ident = f"{tid}-{k}"
                note = (note + "\n\n" if note else "") + BratFiles.tr(
                    "Part {part} of {parts} of the discontinuous brat annotation {id}.").format(
                    part=k, parts=len(groups), id=tid)
            prefix, suffix = context(own, s, e)
            out.append(ForeignHighlight(f.name, number, ident, (kind,), own[s:e], s, e, alignment.span(s, e),
                                        prefix, suffix, note))
    return out


def _left_out(kind: str, n: int) -> str:
    """How many of one kind of brat annotation were left out ("2 relations"), in the language spoken."""
    words = {"relation": lambda: BratFiles.tr("%n relation(s)", "", n),
             "event": lambda: BratFiles.tr("%n event(s)", "", n),
             "attribute": lambda: BratFiles.tr("%n attribute(s)", "", n),
             "normalization": lambda: BratFiles.tr("%n normalization(s)", "", n),
             "equivalence": lambda: BratFiles.tr("%n equivalence(s)", "", n),
             "comment": lambda: BratFiles.tr("%n comment(s)", "", n)}
    return words[kind]()


def _join_pieces(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces of a span joined where only spaces or line breaks separate them (brat splits at line ends)."""
    joined: list[tuple[int, int]] = []
    for s, e in sorted(parts):
        if joined and (s <= joined[-1][1] or not text[joined[-1][1] : s].strip()):
            joined[-1] = (joined[-1][0], max(e, joined[-1][1]))
        else:
            joined.append((s, e))
    return joined
