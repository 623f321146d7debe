"""A class on a lesson, made in a temporary folder: the pack, the students' files, and the roster a teacher reads."""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

from annotator.core.annotations import Annotation, Student, Work
from annotator.core.formats.foreign import CategoryMap
from annotator.core.formats.importing import build_all, read_foreign, write_imported
from annotator.core.names import student_stem
from annotator.core.pack import Pack
from annotator.core.roster import ClassRoster, load_class
from annotator.core.text import context
from annotator.core.workfile import load_work, save_work
from annotator.core.worksheet import trim

# Pieces of text that count differently in code points, UTF-16 and bytes, or that other programs
# change: emoji (with a skin tone and a family joined by ZWJ), CJK, a letter with a combining accent
# that NFC composes and one it cannot, right-to-left scripts, a no-break space.
PIECES = ["Ana", "said", "the talks", "é", "e\u0301", "q\u0303", "😀", "👍🏽", "👨\u200d👩\u200d👧", "中文",
          "北朝鲜", "שלום", "مرحبا", "\u00a0", " ", ",", ".", "—", "“", "”", "ß"]
LINE = st.lists(st.sampled_from(PIECES), min_size=1, max_size=10).map("".join).filter(lambda s: s.strip() != "")
PARAGRAPH = st.lists(LINE, min_size=1, max_size=3).map("\r\n".join)  # lines inside a paragraph, CRLF ends
ARTICLE_MD = st.lists(PARAGRAPH, min_size=1, max_size=4).map(lambda ps: "\r\n\r\n".join(ps) + "\r\n")
NOTE = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co", "Cn", "Cf", "Zl", "Zp"))
               | st.sampled_from("\n\t\\"), max_size=30)


def highlights(data: st.DataObject, text: str, pack: Pack, prefix: str = "h") -> list[Annotation]:
    """Some highlights on ``text`` as the student app makes them: spaces at their edges trimmed."""
    out = []
    for n in range(data.draw(st.integers(0, 6), label="highlights")):
        a = data.draw(st.integers(0, len(text) - 1))
        b = data.draw(st.integers(a + 1, len(text)))
        s, e = trim(text, a, b)
        if e <= s:
            continue
        category = data.draw(st.sampled_from([c.id for c in pack.lesson.categories]))
        note = data.draw(NOTE, label="note")
        prefix_text, suffix_text = context(text, s, e)
        out.append(Annotation(f"{prefix}{n}", category, s, e, text[s:e], prefix_text, suffix_text, note,
                              created="2026-11-26T10:15:00+00:00", modified="2026-11-26T10:16:00+00:00"))
    return out


def hand_in(folder: Path, pack: Pack, student: Student, annotations: list[Annotation]) -> Path:
    """A student's file in the class folder."""
    work = Work(pack.lesson.id, pack.article.sha256, student, created="2026-11-26T10:00:00+00:00",
                annotations={a.id: a for a in annotations})
    path = folder / f"{student_stem(student.name, student.id)}.yaml"
    save_work(path, work)
    return path


def roster(folder: Path, pack: Pack) -> ClassRoster:
    """The class as a teacher's command reads it."""
    return load_class([folder], pack)


def import_into(fmt: str, inputs: list[Path], pack: Pack, out: Path, mapping: CategoryMap | None = None,
                ) -> dict[str, Work]:
    """Import, write the files, and read them back as ``check`` would: the work by student name."""
    reading = read_foreign(fmt, inputs, pack)
    assert not reading.problems, reading.problems
    paths = write_imported(build_all(reading, pack, mapping or CategoryMap()), out)
    return {w.student.name: w for w in (load_work(p)[0] for p in paths)}


def essentials(annotations: object) -> list[tuple[str, int, int, str, str]]:
    """What a round trip must keep of each highlight: category, start, end, quote and note."""
    assert isinstance(annotations, list | tuple)
    return sorted((a.category, a.start, a.end, a.quote, a.note) for a in annotations)
