"""Files made for people and other programs: gradebook CSV and per-student HTML reports.

Both are safe to open. A CSV cell that a spreadsheet would run as a formula (one starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return, also after leading spaces, and their
full-width forms) gets a ``'`` in front; the CSV is UTF-8 with a byte-order mark so spreadsheet
programs read accents. In a report, everything that came from a file (names, notes, answers,
the article, the teacher's comments) is HTML-escaped, and the page forbids scripts and loading
anything.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from html import escape
from pathlib import Path

from annotator.core.anchoring import Status
from annotator.core.annotations import Student, readable_time
from annotator.core.feedback import Feedback, number
from annotator.core.lesson import Lesson
from annotator.core.names import student_stem
from annotator.core.pack import Pack
from annotator.core.safe_write import atomic_write
from annotator.core.scoring import StudentScore
from annotator.core.text import shorten
from annotator.core.worksheet import Worksheet

_FORMULA_START = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")  # and full-width ＝ + － ＠


def neutralise_cell(value: object) -> str:
    """A CSV cell as text that no spreadsheet will run as a formula."""
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
    return out.getvalue().encode("utf-8-sig")


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


_CSS = """
body { font-family: system-ui, sans-serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5;
       color: #111; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #999; }
table { border-collapse: collapse; } th, td { border: 1px solid #999; padding: .25rem .6rem; text-align: left; }
td.n { text-align: right; }
blockquote { margin: .3rem 0 .3rem 1rem; padding-left: .6rem; border-left: 4px solid #777; }
.text { white-space: pre-wrap; }
.meta { color: #444; }
.teacher { background: #fff7d6; padding: .3rem .6rem; border-left: 4px solid #b58900; }
li { margin-bottom: 1rem; }
"""


def _e(text: object) -> str:
    return escape("" if text is None else str(text), quote=True)


def _text(text: str) -> str:
    return f'<div class="text">{_e(text)}</div>'


def render_report(pack: Pack, sheet: Worksheet, score: StudentScore, feedback: Feedback | None = None,
                  *, file_name: str = "", with_key: bool = True) -> str:
    """A readable HTML page on one student's work: scores, feedback, highlights and (for teachers) the key.

    ``with_key=False`` makes a report to hand back to the student: it leaves out the key's
    passages and rationales, which would otherwise give the key to the whole class.
    """
    lesson, text, work = pack.lesson, pack.article.text, sheet.work
    student = work.student
    label = {c.id: c.label for c in lesson.categories}
    fb = feedback
    who = student.name or "(no name)"
    out: list[str] = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(lesson.language)}"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(who)} — {_e(lesson.title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(lesson.title)}</h1>",
        f"<p><strong>Student:</strong> {_e(who)}" + (f" ({_e(student.id)})" if student.id else "") + "</p>",
    ]
    article = pack.lesson.article
    source = ", ".join(x for x in (article.title, article.source, article.author, article.published) if x)
    meta = [f"Article: {_e(source)}" if source else "", f"File: {_e(file_name)}" if file_name else "",
            f"Last changed: {_e(readable_time(work.modified))}" if work.modified else ""]
    out.append(f'<p class="meta">{" · ".join(m for m in meta if m)}</p>')

    out.append("<h2>Scores</h2><table><thead><tr><th>Prompt</th><th>Automatic</th><th>Teacher</th>"
               "<th>Out of</th></tr></thead><tbody>")
    for p in lesson.prompts:
        ps = score.prompts[p.id]
        teacher = number(ps.override) if ps.override is not None else ""
        out.append(f"<tr><td>{_e(prompt_name(lesson, p.id))}</td><td class=\"n\">{number(ps.auto)}</td>"
                   f"<td class=\"n\">{teacher}</td><td class=\"n\">{number(ps.max)}</td></tr>")
    if score.unassigned_max:
        out.append(f"<tr><td>(key passages under no prompt)</td><td class=\"n\">{number(score.unassigned)}</td>"
                   f"<td></td><td class=\"n\">{number(score.unassigned_max)}</td></tr>")
    teacher_total = number(score.total) if score.overridden else ""
    out.append(f"<tr><th>Total</th><td class=\"n\">{number(score.auto_total)}</td><td class=\"n\">{teacher_total}</td>"
               f"<td class=\"n\">{number(score.max_total)}</td></tr></tbody></table>")
    out.append(f"<p><strong>Score: {number(score.total)} of {number(score.max_total)}</strong>. "
               f"Key passages found: {score.found} of {len(score.items)}; missed: {score.missed}; "
               f"highlights matching no key passage: {score.extra}.</p>")

    if fb is not None and fb.overall:
        out.append(f"<h2>Teacher's feedback</h2><div class=\"teacher\">{_text(fb.overall)}</div>")

    out.append("<h2>Prompts and answers</h2>")
    for n, p in enumerate(lesson.prompts, 1):
        out.append(f"<h3>Prompt {n}</h3><p>{_e(p.text)}</p>")  # the whole text once, not shortened and again
        answer = work.answers.get(p.id, "")
        if answer:
            out.append(f"<p><strong>Answer:</strong></p><blockquote>{_text(answer)}</blockquote>")
        comment = fb.prompts[p.id].comment if fb is not None and p.id in fb.prompts else ""
        if comment:
            out.append(f'<div class="teacher"><strong>Teacher:</strong> {_text(comment)}</div>')

    out.append(f"<h2>Highlights ({len(score.marks)})</h2><ol>")
    items = {r.item.id: r.item for r in score.items}
    for r in score.marks:
        m = r.mark
        a = work.annotations.get(m.id)
        status = sheet.status(m.id) if m.id in sheet.placements else Status.ORPHANED
        passage = text[m.start:m.end] if m.start is not None and m.end is not None else (a.quote if a else "")
        where = "not found in the article" if not m.placed else ""
        if status is Status.FUZZY:
            where = "the article changed here"
        where_html = f" <span class=\"meta\">({_e(where)})</span>" if where else ""
        out.append(f"<li><strong>{_e(label.get(m.category, m.category))}</strong>{where_html}"
                   f"<blockquote>{_text(passage)}</blockquote>")
        if a is not None and a.note:
            out.append(f"<p><strong>Note:</strong></p>{_text(a.note)}")
        if r.matches and with_key:
            found = "; ".join(f"“{_e(items[i].quote)}”" for i in r.matches)
            out.append(f"<p>✓ Matches the key: {found}</p>")
        elif r.matches:
            out.append("<p>✓ Matches the key.</p>")
        else:
            out.append("<p>• Matches no key passage.</p>")
        if r.caution and with_key:
            out.append(f"<p>⚠ The key says: {_e(r.caution)}</p>")
        comment = fb.annotations.get(m.id, "") if fb is not None else ""
        if comment:
            out.append(f'<div class="teacher"><strong>Teacher:</strong> {_text(comment)}</div>')
        out.append("</li>")
    out.append("</ol>")

    if not with_key:
        out.append("</body></html>")
        return "\n".join(out) + "\n"
    out.append("<h2>Key passages</h2><ol>")
    for ir in score.items:
        it = ir.item
        state = "✓ found" if ir.found else "✗ missed"
        accepted = ", ".join(label.get(c, c) for c in it.categories)
        extra = " · required" if it.required else ""
        out.append(f"<li><strong>{state}</strong> — {_e(accepted)} · {number(it.points)} point(s){extra}"
                   f"<blockquote>{_text(it.quote)}</blockquote><p class=\"meta\">{_e(it.rationale)}</p>")
        if not ir.found and ir.other_category:
            cats = ", ".join(sorted({label.get(work.annotations[i].category, "") for i in ir.other_category
                                     if i in work.annotations}))
            out.append(f"<p>Highlighted, but as {_e(cats)}.</p>")
        out.append("</li>")
    out.append("</ol></body></html>")
    return "\n".join(out) + "\n"


def prompt_name(lesson: Lesson, prompt_id: str) -> str:
    """How a report names a prompt: ``Prompt 2: Read the headline…``, not its id."""
    for n, p in enumerate(lesson.prompts, 1):
        if p.id == prompt_id:
            return f"Prompt {n}: {shorten(p.text, 70)}"
    return prompt_id


def write_report(path: Path, html_text: str) -> None:
    """Write one report atomically (no backup: reports are made again from the files)."""
    atomic_write(path, html_text, backup=False)


# Who each copy of a report is for, and whether it shows the key.
AUDIENCES = (("teacher", True), ("students", False))


def class_reports(
    pack: Pack, entries: Iterable[tuple[Student, Worksheet, StudentScore, Feedback | None, str]]
) -> Iterator[tuple[Path, str]]:
    """(path within the reports folder, HTML page) for each student: ``teacher/`` copies with the key,
    ``students/`` copies without, so handing reports back never gives the key to the class.

    ``entries``: (student, their work, score, feedback, file name) per submission.
    """
    taken: set[str] = set()
    for student, sheet, score, feedback, file_name in entries:
        stem = safe_file_stem(student, taken)
        for audience, with_key in AUDIENCES:
            yield Path(audience) / f"{stem}.html", render_report(pack, sheet, score, feedback, file_name=file_name,
                                                                  with_key=with_key)
