"""Files made for people: CSV cells no spreadsheet runs, safe report names, and HTML reports from a template that
escapes everything a student or teacher typed."""

from __future__ import annotations

import dataclasses
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.annotations import Annotation, Student
from annotator.core.class_insight import key_insight
from annotator.core.exports import csv_bytes, neutralise_cell, render_report, safe_file_stem
from annotator.core.feedback import Feedback, PromptFeedback
from annotator.core.pack import Pack
from annotator.core.scoring import score_with_feedback, score_work
from annotator.core.worksheet import Worksheet
from annotator.resources import resources_dir
from tests.core.mini_summit import ann, work_of, write_pack

# Every element and attribute the report template writes; anything else came from the input.
REPORT_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "strong", "span", "table",
               "thead", "tbody", "tr", "th", "td", "div", "blockquote", "ol", "li"}
REPORT_ATTRIBUTES = {"lang", "charset", "http-equiv", "content", "name", "class"}

# Text a student could type, with the pieces of markup that would do harm if they were not escaped.
_MARKUP = st.sampled_from([
    "<", ">", "&", '"', "'", "<b>", "</div>", "</li></ol>", "<script>alert(1)</script>", "<!--", "-->",
    "<img src=x onerror=alert(1)>", "&lt;", "&amp;", "&#60;", "<![CDATA[", "]]>", "{{ 7 * 7 }}", "{% raw %}", "\n",
])
TYPED = st.lists(st.one_of(_MARKUP, st.text(max_size=12)), max_size=6).map("".join)


class _Page(HTMLParser):
    """The elements, attributes and visible text of a page, as a browser would read them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.tags.add("<!-- a comment -->")

    def unknown_decl(self, data: str) -> None:
        self.tags.add("<![ a declaration ]>")


def _read(page: str) -> _Page:
    parsed = _Page()
    parsed.feed(page)
    parsed.close()
    return parsed


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    """The small lesson pack with its key, read once for every example."""
    return write_pack(tmp_path_factory.mktemp("reports") / "pack")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=TYPED, student_id=TYPED, note=TYPED, answer=TYPED, quote=TYPED, overall=TYPED, comment=TYPED,
       prompt_comment=TYPED, file_name=TYPED)
def test_nothing_typed_is_left_unescaped(pack: Pack, name: str, student_id: str, note: str, answer: str, quote: str,
                                         overall: str, comment: str, prompt_comment: str, file_name: str) -> None:
    """A name, note, answer, quote or comment with markup in it would become a tag in the teacher's browser."""
    placed = ann("a1", "named-source", "Senator Jane Roe", note=note)
    lost = Annotation("a2", "framing", 0, 0, quote, note=note)  # nowhere on the article: the report shows its quote
    work = work_of(pack, placed, lost, name=name)
    work.student = Student(name, student_id)
    work.answers = {p.id: answer for p in pack.lesson.prompts}
    sheet = Worksheet(pack.lesson, pack.article, work)
    feedback = Feedback.for_work(work)
    feedback.overall = overall
    feedback.annotations = {"a1": comment, "a2": comment}
    feedback.prompts = {p.id: PromptFeedback(prompt_comment) for p in pack.lesson.prompts}
    score = score_with_feedback(sheet, pack, feedback)
    typed = [name, student_id, note, answer, overall, comment, prompt_comment, file_name]
    if sheet.shown_span("a2") is None:
        typed.append(quote)
    for with_key in (True, False):
        page = _read(render_report(pack, sheet, score, feedback, file_name=file_name, with_key=with_key))
        assert page.tags <= REPORT_TAGS, page.tags - REPORT_TAGS
        assert page.attributes <= REPORT_ATTRIBUTES, page.attributes - REPORT_ATTRIBUTES
        shown = "".join(page.text)
        for text in typed:
            assert text in shown  # as typed: escaped, not dropped or mangled


def test_the_report_template_never_turns_escaping_off() -> None:
    """A later edit marking a value |safe (or turning autoescape off) would let a student's markup through."""
    templates = sorted((resources_dir() / "templates").glob("*.j2"))
    assert templates, "the report templates are missing from resources/templates"
    for template in templates:
        source = re.sub(r"\{#.*?#\}", "", template.read_text(encoding="utf-8"), flags=re.DOTALL)  # not comments
        assert not re.search(r"\|\s*safe\b", source), template
        assert not re.search(r"autoescape\s+false", source, re.IGNORECASE), template


def test_a_report_shows_the_teachers_words_and_the_students(tmp_path: Path, pack: Pack) -> None:
    """The template could drop the teacher's comments or the student's note and answer without any test noticing."""
    work = work_of(pack, ann("a1", "named-source", "Senator Jane Roe", note="Named & quoted."))
    work.answers = {pack.lesson.prompts[0].id: "Two sources <agree>."}
    sheet = Worksheet(pack.lesson, pack.article, work)
    feedback = Feedback.for_work(work)
    feedback.overall = "Well done."
    feedback.annotations = {"a1": "Yes, named."}
    feedback.prompts = {pack.lesson.prompts[0].id: PromptFeedback("Good answer.", 2)}
    page = render_report(pack, sheet, score_with_feedback(sheet, pack, feedback), feedback, file_name="ana.yaml")
    text = "".join(_read(page).text)
    for words in ("Student: Ana Pérez", "File: ana.yaml", "Teacher's feedback", "Well done.", "Named & quoted.",
                  "Two sources <agree>.", "Teacher: Good answer.", "Teacher: Yes, named.",
                  "✓ Matches the key: “Senator Jane Roe”", "Key passages"):
        assert words in text, words
    # the teacher's score for the first prompt shows beside the automatic one, and in the total
    assert "<td class=\"n\">2</td>" in page


def test_the_class_section_is_headed_in_the_reports_language(pack: Pack) -> None:
    """The table of what the class gave each key category is headed in the lesson's language, not in the
    English headings of the ``--confusion`` CSV."""
    spanish = dataclasses.replace(pack, lesson=dataclasses.replace(pack.lesson, language="es"))
    works = [work_of(spanish, ann("a1", "unnamed-source", "a senior official"), name="Ana"),
             work_of(spanish, ann("b1", "named-source", "a senior official"), name="Ben")]
    sheets = [Worksheet(spanish.lesson, spanish.article, w) for w in works]
    scores = [score_work(s, spanish) for s in sheets]
    page = render_report(spanish, sheets[0], scores[0], insight=key_insight(scores, spanish.lesson))
    header = re.findall(r"<th>([^<]*)</th>", page.rsplit("<h3>", 1)[1].split("</thead>")[0])
    assert header[0] == "Esperada" and "Sin marcar" in header and header[-1] == "Total"
    assert "key expects" not in page and "not marked" not in page and "passages x students" not in page


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", " =1+1", "\uff1d1+1"])
def test_formula_cells_are_neutralised(cell: str) -> None:
    """A cell a student typed would run as a formula when the teacher opens the CSV."""
    assert neutralise_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Ana Pérez", "3.5", "", "it's = fine", "s-0412"])
def test_ordinary_cells_are_unchanged(cell: str) -> None:
    """Names and numbers in the gradebook would gain stray quotes."""
    assert neutralise_cell(cell) == cell


def test_report_file_names_are_safe_and_unique() -> None:
    """A student's name could make a report land outside the folder, or overwrite another student's."""
    taken: set[str] = set()
    assert safe_file_stem(Student("../../etc/passwd"), taken) == "etc-passwd"
    assert safe_file_stem(Student("CON"), taken) == "student-con"
    assert safe_file_stem(Student("Ana Pérez", "s-1"), taken) == "ana-perez-s-1"
    assert safe_file_stem(Student("Ana Pérez", "s-1"), taken) == "ana-perez-s-1-2"
    li_lei = safe_file_stem(Student("李雷"), taken)
    assert li_lei.startswith("student-") and safe_file_stem(Student("李雷"), taken) == f"{li_lei}-2"
    assert safe_file_stem(Student("王芳"), taken) != li_lei  # names ASCII cannot spell still differ


def test_a_path_whose_name_is_not_utf8_goes_into_a_csv() -> None:
    """A class zip copied from an old disk (b"\\xff.zip") stopped export and grade with UnicodeEncodeError."""
    data = csv_bytes(["file"], [[os.fsdecode(b"class-\xff.zip!/ana.yaml")]])
    assert data.decode("utf-8-sig").splitlines()[1] == "class-?.zip!/ana.yaml"
