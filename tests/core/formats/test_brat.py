"""brat standoff: export per student, import by aligning texts, and a multi-annotator corpus as a researcher has it."""

from __future__ import annotations

import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.anchoring import Status
from annotator.core.annotations import Student
from annotator.core.authoring import new_lesson
from annotator.core.class_stats import highlight_runs, unitized_alpha
from annotator.core.formats.brat import escape_note, read_brat, unescape_note
from annotator.core.formats.exporting import write_brat
from annotator.core.formats.foreign import CategoryMap
from annotator.core.formats.importing import build_all, read_foreign, write_imported
from annotator.core.pack import load_pack
from annotator.core.workfile import load_work
from annotator.core.worksheet import Worksheet
from tests.core.formats.brat_files import brat_files, t_line
from tests.core.formats.classes import ARTICLE_MD, NOTE, essentials, hand_in, highlights, import_into, roster
from tests.core.mini_summit import TEXT, write_pack
from tests.helpers import snapshot

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(md=ARTICLE_MD, data=st.data())
def test_annotator_to_brat_to_annotator_keeps_every_highlight_exactly(md: str, data: st.DataObject) -> None:
    """Offsets in UTF-16 or bytes, a span split at a line break and not joined again, a note cut at its first line:
    any of these round-trip losses fails here."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pack = write_pack(root / "pack", article_md=md, with_key=False)
        ana_h = highlights(data, pack.article.text, pack, "a")
        hand_in(root / "class", pack, Student("Ana Pérez"), ana_h)
        hand_in(root / "class", pack, Student("Ben"), highlights(data, pack.article.text, pack, "b"))
        write_brat(root / "brat", roster(root / "class", pack))
        back = import_into("brat", [root / "brat"], pack, root / "back")
        assert essentials(list(back["Ana Pérez"].annotations.values())) == essentials(ana_h)


@given(NOTE)
def test_a_note_survives_brats_one_line_notes(note: str) -> None:
    """A note with line breaks, tabs or backslashes must come back as typed from brat's one-line AnnotatorNotes."""
    line = escape_note(note)
    assert "\n" not in line and "\t" not in line
    assert unescape_note(line) == note


def test_discontinuous_spans_become_one_highlight_per_piece_with_a_note(tmp_path: Path) -> None:
    """A discontinuous brat span imported as one highlight would cover the words between its pieces."""
    pack = write_pack(tmp_path / "pack")
    a, b = TEXT.index("the talks"), TEXT.index("more meetings")
    ann = f"T1\tframing {a} {a + 9};{b} {b + 13}\tthe talks more meetings\n#1\tAnnotatorNotes T1\tSame talks?\n"
    brat_files(tmp_path / "in", "ana", TEXT, ann)
    built = build_all(read_foreign("brat", [tmp_path / "in"], pack), pack, CategoryMap())[0]
    got = sorted((x.id, x.quote, x.note) for x in built.work.annotations.values())
    assert got == [("T1-1", "the talks", "Same talks?\n\nPart 1 of 2 of the discontinuous brat annotation T1."),
                   ("T1-2", "more meetings", "Same talks?\n\nPart 2 of 2 of the discontinuous brat annotation T1.")]


def test_bad_lines_are_one_line_each_and_the_rest_is_imported(tmp_path: Path) -> None:
    """One broken line (or offsets past the text) must not lose a researcher's whole file, nor pass unsaid."""
    pack = write_pack(tmp_path / "pack")
    ann = (t_line("T1", "framing", TEXT, "stunning collapse") + "this is not brat\n" + "T2\tframing 10 9999\tx\n"
           + "R1\tSays Arg1:T1 Arg2:T1\nA1\tNegated T1\n" + t_line("T3", "framing", TEXT, "slammed the door"))
    brat_files(tmp_path / "in", "ana", TEXT, ann)
    reading = read_foreign("brat", [tmp_path / "in"], pack)
    name = tmp_path / "in" / "ana.ann"
    assert [str(p) for p in reading.problems] == [
        f"{name}:2: not a brat annotation line: 'this is not brat'",
        f"{name}:3: offsets 10-9999 are past the end of the text ({len(TEXT)} characters)"]
    assert reading.notes == [f"{name}: note: left out 1 attribute, 1 relation (Annotator keeps highlights and their "
                             "notes)"]
    assert [h.ident for h in reading.works[0].highlights] == ["T1", "T3"]


def test_a_zip_with_escaping_names_is_read_in_memory_and_the_rest_imported(tmp_path: Path) -> None:
    """A corpus zip naming '../evil.ann' must not write or read outside, and must not stop the other files."""
    pack = write_pack(tmp_path / "pack")
    with zipfile.ZipFile(tmp_path / "corpus.zip", "w") as z:
        z.writestr("corpus/ana.txt", TEXT)
        z.writestr("corpus/ana.ann", t_line("T1", "framing", TEXT, "stunning collapse"))
        z.writestr("../evil.ann", t_line("T1", "framing", TEXT, "stunning collapse"))
        z.writestr("/etc/evil.txt", "x")
    before = snapshot(tmp_path)
    reading = read_foreign("brat", [tmp_path / "corpus.zip"], pack)
    assert [str(p) for p in reading.problems] == [
        f"{tmp_path / 'corpus.zip'}!../evil.ann: the zip names this file '../evil.ann' outside itself (an absolute "
        "path or '..'); not read",
        f"{tmp_path / 'corpus.zip'}!/etc/evil.txt: the zip names this file '/etc/evil.txt' outside itself (an "
        "absolute path or '..'); not read"]
    assert [w.student.name for w in reading.works] == ["ana"]
    assert snapshot(tmp_path) == before


# --- a multi-annotator corpus, as a researcher would bring it ---------------------------------

TYPES = {"Named_source": "named-source", "Anonymous_source": "unnamed-source", "Hedge": "hedge",
         "Loaded_language": "loaded-language"}


def _corpus(root: Path) -> tuple[Path, str]:
    """Three annotators' folders of the same document, as a brat project for agreement studies has them.

    The text is the bundled lesson's article (tests/fixtures/articles), one paragraph per line as
    brat documents usually are. No public multi-annotator brat corpus with a licence allowing it
    to be copied here was found, so the annotations are made here, as three readers might.
    """
    source = (FIXTURES / "articles" / "hanoi-summit-2019.txt").read_text(encoding="utf-8")
    text = "\n".join(p.strip() for p in source.split("\n") if p.strip()) + "\n"
    t = text
    maria = (t_line("T1", "Named_source", t, "Stephen Biegun") + t_line("T2", "Anonymous_source", t,
             "one senator who was in the room") + t_line("T3", "Hedge", t, "may yet compel")
             + t_line("T4", "Loaded_language", t, "rather famously") + "#1\tAnnotatorNotes T2\tWho? Not named.\n")
    a, b = t.index("the reasons Trump walked"), t.index("remained obscure")
    max_ = (t_line("T1", "Named_source", t, "Stephen Biegun")
            + t_line("T2", "Anonymous_source", t, "according to one senator")
            + t_line("T3", "Loaded_language", t, "ridiculed") + t_line("T4", "Hedge", t, "may yet compel")
            + f"T5\tHedge {a} {a + 24};{b} {b + 16}\tthe reasons Trump walked remained obscure\n"
            + "A1\tUncertain T3\n")
    peter = (t_line("T1", "Named_source", t, "Biegun", 1) + t_line("T2", "Anonymous_source", t, "one senator")
             + t_line("T3", "Loaded_language", t, "rather famously") + t_line("T4", "Loaded_language", t, "ridiculed")
             + "R1\tSays Arg1:T1 Arg2:T3\n")
    corpus = root / "corpus"
    for who, ann in (("Maria", maria), ("Max", max_), ("Peter", peter)):
        brat_files(corpus / who, "hanoi", text, ann)
    (corpus / "annotation.conf").write_text("[entities]\n" + "\n".join(TYPES) + "\n", encoding="utf-8")
    return corpus, text


def _independent_alpha(folder: Path, text: str, kind: str) -> float:
    """Krippendorff's alpha for one brat type, straight from the .ann files: every character a unit, every
    annotator a coder saying 1 (in a span of that type) or 0, computed from the coincidence matrix."""
    coders: dict[str, set[int]] = defaultdict(set)
    for ann in sorted(folder.rglob("*.ann")):
        coders[ann.parent.name] = set()
        for line in ann.read_text(encoding="utf-8").splitlines():
            if line.startswith("T") and line.split("\t")[1].split(" ")[0] == kind:
                for piece in line.split("\t")[1].split(" ", 1)[1].split(";"):
                    s, e = map(int, piece.split())
                    coders[ann.parent.name].update(range(s, e))
    m = len(coders)
    o = {(0, 0): 0.0, (0, 1): 0.0, (1, 0): 0.0, (1, 1): 0.0}
    for u in range(len(text.rstrip("\n"))):
        values = [1 if u in marked else 0 for marked in coders.values()]
        for i, vi in enumerate(values):
            for j, vj in enumerate(values):
                if i != j:
                    o[(vi, vj)] += 1 / (m - 1)
    n0, n1 = o[(0, 0)] + o[(0, 1)], o[(1, 0)] + o[(1, 1)]
    n = n0 + n1
    return 1 - (n - 1) * (o[(0, 1)] + o[(1, 0)]) / (2 * n0 * n1)


def test_a_multi_annotator_brat_corpus_imports_exactly_and_agrees_as_computed_from_the_files(tmp_path: Path) -> None:
    """A researcher's corpus placed wrongly, or an agreement figure that differs from brat's own counts,
    would make Annotator useless for their study."""
    corpus, text = _corpus(tmp_path)
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    pack = load_pack(new_lesson(tmp_path / "article.txt", out=tmp_path / "lesson"), with_key=False)
    mapping = CategoryMap(TYPES)
    built = build_all(read_foreign("brat", [corpus], pack), pack, mapping)
    assert [b.work.student.name for b in built] == ["Maria", "Max", "Peter"]  # folders, as the file names are one
    for b in built:
        assert b.counts[Status.FUZZY] == b.counts[Status.ORPHANED] == 0 and not b.unmapped
    assert sum(len(b.work.annotations) for b in built) == 14  # Max's discontinuous hedge is two highlights
    files = write_imported(built, tmp_path / "class")
    sheets = [Worksheet(pack.lesson, pack.article, load_work(p)[0]) for p in files]
    for kind, category in TYPES.items():
        spans = [[sheet.shown_span(a.id) for a in sheet.work.annotations.values() if a.category == category]
                 for sheet in sheets]
        ours = unitized_alpha(highlight_runs([[s for s in ss if s] for ss in spans]), 3, len(pack.article.text))
        assert ours is not None
        assert abs(ours - _independent_alpha(corpus, text, kind)) < 1e-12, kind


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from("T#RAE*N0123456789 \t;\n\r\\xé😀-")))
def test_any_ann_text_gives_highlights_or_one_line_problems(ann: str) -> None:
    """Whatever an .ann holds, reading it must never raise: it gives highlights, notes or one-line problems."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "x.txt").write_text(TEXT, encoding="utf-8")
        (folder / "x.ann").write_text(ann, encoding="utf-8", newline="")
        got = read_brat([folder], TEXT)
        for p in got.problems:
            assert "\n" not in str(p)
