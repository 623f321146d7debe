"""Files made for people and other programs: gradebook CSV and per-student HTML reports.

Both are safe to open. A CSV cell that a spreadsheet would run as a formula (one starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return, also after leading spaces, and their
full-width forms) gets a ``'`` in front; the CSV is UTF-8 with a byte-order mark so spreadsheet
programs read accents. A report is rendered from a Jinja2 template with autoescaping on, so
everything that came from a file (names, notes, answers, the article, the teacher's comments) is
HTML-escaped, and the page forbids scripts and loading anything.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path

import jinja2

from annotator.core.anchoring import Status
from annotator.core.annotations import Student, Work, readable_time
from annotator.core.class_insight import KeyInsight, activity, confusion_rows
from annotator.core.feedback import Feedback, number
from annotator.core.i18n import Words, current_language, speaking, supported
from annotator.core.lesson import Lesson
from annotator.core.names import student_stem
from annotator.core.pack import Pack
from annotator.core.safe_write import atomic_write
from annotator.core.scoring import ItemResult, MarkResult, StudentScore
from annotator.core.text import shorten
from annotator.core.worksheet import Worksheet
from annotator.resources import resources_dir

_FORMULA_START = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")  # and full-width ＝ + － ＠


def neutralise_cell(value: object) -> str:
    """A CSV cell as text that no spreadsheet will run as a formula (a number stays a number, even below zero)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    text = "" if value is None else str(value)
    stripped = text.lstrip(" \n")
    if text and (text[0] in _FORMULA_START or (stripped and stripped[0] in _FORMULA_START)):
        return "'" + text
    return text


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """CSV text, every cell neutralised, encoded as UTF-8 with a byte-order mark."""
    out = io.StringIO()
    writer = csv.writer(out)  # "\r\n" line ends and quoting as spreadsheet programs expect
    writer.writerow([neutralise_cell(h) for h in header])
    for row in rows:
        writer.writerow([neutralise_cell(c) for c in row])
    # A path whose name is not UTF-8 (a file copied from an old disk) holds lone surrogates: a "?" each.
    return out.getvalue().encode("utf-8-sig", "replace")


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write a safe CSV file atomically."""
    atomic_write(path, csv_bytes(header, rows))


# --- per-student HTML report -----------------------------------------------------------------


def safe_file_stem(student: Student, taken: set[str] | None = None) -> str:
    """A file name stem for a student's report, safe on every system and unique in ``taken``."""
    stem = student_stem(student.name, student.id)
    if taken is not None:
        base, n = stem, 2
        while stem in taken:
            stem, n = f"{base}-{n}", n + 1
        taken.add(stem)
    return stem


def render_report(pack: Pack, sheet: Worksheet, score: StudentScore, feedback: Feedback | None = None,
                  *, file_name: str = "", with_key: bool = True, insight: KeyInsight | None = None) -> str:
    """A readable HTML page on one student's work: scores, feedback, highlights and (for teachers) the key.

    ``with_key=False`` makes a report to hand back to the student: it leaves out the key's
    passages and rationales, which would otherwise give the key to the whole class, and the
    class's section (``insight``: what the class found and took each key passage for, which
    quotes the key too). The page is ``resources/templates/report.html.j2``, rendered with every
    value escaped.
    """
    with speaking(report_language(pack.lesson.language)):
        return _render_report(pack, sheet, score, feedback, file_name=file_name, with_key=with_key,
                              insight=insight)


def _render_report(pack: Pack, sheet: Worksheet, score: StudentScore, feedback: Feedback | None,
                   *, file_name: str, with_key: bool, insight: KeyInsight | None) -> str:
    lesson, work = pack.lesson, sheet.work
    student = work.student
    label = {c.id: c.label for c in lesson.categories}
    article = lesson.article
    source = ", ".join(x for x in (article.title, article.source, article.author, article.published) if x)
    meta = [Report.tr("Article: {source}").format(source=source) if source else "",
            Report.tr("File: {file}").format(file=file_name) if file_name else "",
            Report.tr("Last changed: {time}").format(
                # The pattern is translated too: month names would stay English, so es and fr use numbers.
                time=readable_time(work.modified, Report.tr("%d %B %Y, %H:%M")))
            if work.modified else ""]
    score_rows = []
    for p in lesson.prompts:
        ps = score.prompts[p.id]
        teacher = number(ps.override) if ps.override is not None else ""
        score_rows.append({"name": prompt_name(lesson, p.id), "auto": ps.auto, "teacher": teacher,
                           "max": ps.max})
    quotes = {r.item.id: r.item.quote for r in score.items}
    prompts = [{"text": p.text, "answer": work.answers.get(p.id, ""),
                "comment": feedback.prompts[p.id].comment if feedback is not None and p.id in feedback.prompts else ""}
               for p in lesson.prompts]
    return page_template("report.html.j2").render(
        lang=lesson.language, t=_words(score, len(score.marks)), lesson_title=lesson.title,
        who=student.name or Report.tr("(no name)"), student_id=student.id,
        meta=[m for m in meta if m], score=score, score_rows=score_rows, prompts=prompts,
        overall=feedback.overall if feedback is not None else "", with_key=with_key,
        highlights=[_highlight(r, sheet, pack.article.text, quotes, feedback, label) for r in score.marks],
        key_items=[_key_item(r, work, label) for r in score.items] if with_key else [],
        activity=activity(sheet, lesson).summary(), class_key=_class_key(insight, lesson) if with_key else None,
    )


def _class_key(insight: KeyInsight | None, lesson: Lesson) -> dict[str, object] | None:
    """The teacher's section on the whole class against the key, or None."""
    if insight is None or not insight.passages:
        return None
    label = {c.id: c.label for c in lesson.categories}
    _, rows = confusion_rows(insight.table, lesson)  # its header is the CSV's, in English; the page speaks the lesson's
    given = [label.get(c, c) if c else Report.tr("Not marked") for c in insight.table.columns]
    header = [Report.tr("Expected"), *given, Report.tr("Total")]
    taken_as = Report.tr("{n} as {category}")
    passages = [{"quote": o.item.quote, "expected": label.get(o.item.categories[0], o.item.categories[0]),
                 "found": o.found, "students": o.students,
                 "taken_as": [taken_as.format(n=n, category=label.get(c, c)) for c, n in o.taken_as],
                 "unmarked": o.unmarked}
                for o in insight.passages]
    return {"students": insight.passages[0].students, "passages": passages, "header": header, "rows": rows}


def _highlight(r: MarkResult, sheet: Worksheet, text: str, quotes: dict[str, str], feedback: Feedback | None,
               label: dict[str, str]) -> dict[str, object]:
    """What a report says about one of the student's highlights (``quotes``: the key's, by item id)."""
    m = r.mark
    a = sheet.work.annotations.get(m.id)
    status = sheet.status(m.id) if m.id in sheet.placements else Status.ORPHANED
    passage = text[m.start:m.end] if m.start is not None and m.end is not None else (a.quote if a else "")
    where = Report.tr("not found in the article") if not m.placed else ""
    if status is Status.FUZZY:
        where = Report.tr("the article changed here")
    return {"label": label.get(m.category, m.category), "where": where, "passage": passage,
            "note": a.note if a is not None else "", "matches": [quotes[i] for i in r.matches],
            "caution": r.caution, "comment": feedback.annotations.get(m.id, "") if feedback is not None else ""}


def _key_item(r: ItemResult, work: Work, label: dict[str, str]) -> dict[str, object]:
    """What a teacher's report says about one key passage: found or missed, and how it was highlighted."""
    it = r.item
    highlighted_as = ""
    if not r.found and r.other_category:
        highlighted_as = ", ".join(sorted({label.get(work.annotations[i].category, "") for i in r.other_category
                                           if i in work.annotations}))
    points = Report.tr("{points} point(s)").format(points=number(it.points))
    return {"found": r.found, "accepted": ", ".join(label.get(c, c) for c in it.categories), "points_text": points,
            "required": it.required, "quote": it.quote, "rationale": it.rationale, "highlighted_as": highlighted_as}


@cache
def _environment() -> jinja2.Environment:
    # Autoescaping for every template, whatever its name: a report shows what students typed, and
    # a future edit must not be able to leave any of it unescaped by forgetting to escape it.
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(resources_dir() / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,  # a misspelt name fails the tests instead of printing nothing
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["number"] = number
    return env


def page_template(name: str) -> jinja2.Template:
    """A template of ``resources/templates``, with autoescaping on (see :func:`_environment`)."""
    return _environment().get_template(name)


def prompt_name(lesson: Lesson, prompt_id: str) -> str:
    """How a report names a prompt: ``Prompt 2: Read the headline…``, not its id."""
    for n, p in enumerate(lesson.prompts, 1):
        if p.id == prompt_id:
            return Report.tr("Prompt {n}: {text}").format(n=n, text=shorten(p.text, 70))
    return prompt_id


class Report(Words):
    """The words of a student's report."""


def report_language(lesson_language: str) -> str:
    """A report speaks the lesson's language (the class's, which students read) when Annotator has it, else
    the command line's or the window's: a report handed back should read like the lesson it is about."""
    return supported(lesson_language) or current_language()


def _words(score: StudentScore, highlights: int) -> dict[str, str]:
    """Every word of the report page, translated (the template holds none of its own)."""
    return {
        "student": Report.tr("Student:"),
        "scores": Report.tr("Scores"),
        "prompt": Report.tr("Prompt"),
        "automatic": Report.tr("Automatic"),
        "teacher": Report.tr("Teacher"),
        "out_of": Report.tr("Out of"),
        "no_prompt": Report.tr("(key passages under no prompt)"),
        "total": Report.tr("Total"),
        "score_line": Report.tr("Score: {total} of {max}.").format(total=number(score.total),
                                                                   max=number(score.max_total)),
        "found_line": Report.tr("Key passages found: {found} of {items}; missed: {missed}; highlights matching no "
                                "key passage: {extra}.").format(found=score.found, items=len(score.items),
                                                                missed=score.missed, extra=score.extra),
        "feedback": Report.tr("Teacher's feedback"),
        "prompts_and_answers": Report.tr("Prompts and answers"),
        "prompt_n": Report.tr("Prompt {n}"),
        "answer": Report.tr("Answer:"),
        "teacher_said": Report.tr("Teacher:"),
        "highlights": Report.tr("Highlights (%n)", "", highlights),
        "note": Report.tr("Note:"),
        "matches_key_quotes": Report.tr("✓ Matches the key:"),
        "matches_key": Report.tr("✓ Matches the key."),
        "matches_nothing": Report.tr("• Matches no key passage."),
        "key_says": Report.tr("⚠ The key says:"),
        "key_passages": Report.tr("Key passages"),
        "found": Report.tr("✓ found"),
        "missed": Report.tr("✗ missed"),
        "required": Report.tr("required"),
        "highlighted_as": Report.tr("Highlighted, but as {categories}."),
        "work": Report.tr("Work:"),
        "class_and_key": Report.tr("The class and the key"),
        "class_and_key_intro": Report.tr("How all {n} students did on each key passage; a passage counts as taken "
                                         "for another category when a student highlighted enough of it only in "
                                         "categories the key does not accept there."),
        "key_passage": Report.tr("Key passage"),
        "expected": Report.tr("Expected"),
        "found_by": Report.tr("Found by"),
        "taken_as": Report.tr("Taken as"),
        "not_marked": Report.tr("Not marked"),
        "n_of_m": Report.tr("{n} of {m}"),
        "confusion": Report.tr("Which category the class gave the key's passages"),
        "confusion_intro": Report.tr("A row per category the key expects; each cell counts passages of that row "
                                     "times students. The diagonal agrees with the key."),
    }


def write_report(path: Path, html_text: str) -> None:
    """Write one report atomically (no backup: reports are made again from the files)."""
    atomic_write(path, html_text, backup=False)


# Who each copy of a report is for, and whether it shows the key.
AUDIENCES = (("teacher", True), ("students", False))


def class_reports(
    pack: Pack, entries: Iterable[tuple[Student, Worksheet, StudentScore, Feedback | None, str]],
    insight: KeyInsight | None = None,
) -> Iterator[tuple[Path, str]]:
    """(path within the reports folder, HTML page) for each student: ``teacher/`` copies with the key,
    ``students/`` copies without, so handing reports back never gives the key to the class.

    ``entries``: (student, their work, score, feedback, file name) per submission; ``insight``, the
    class against the key, goes into the teacher's copies only.
    """
    taken: set[str] = set()
    for student, sheet, score, feedback, file_name in entries:
        stem = safe_file_stem(student, taken)
        for audience, with_key in AUDIENCES:
            yield Path(audience) / f"{stem}.html", render_report(pack, sheet, score, feedback, file_name=file_name,
                                                                  with_key=with_key, insight=insight)
