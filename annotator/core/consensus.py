"""The class's consensus, anonymous: the article shaded by how many students marked each passage, per category.

Used after the hand-in: the teacher shows the class what it saw together (the debrief handout,
``annotator debrief``, and the review window's full-screen view), and may start the answer key
from the passages most of the class marked (**Promote to key**, :func:`draft_passages`).

Rules:

- Nothing names a student: the handout has counts ("9 of 24 students"), never names or notes.
  With fewer than three students the counts would show each one's work, so the command says so.
- A character's count is the number of students with a placed highlight of that category over
  it (a student counts once however many of their highlights overlap; orphans are left out).
- A **consensus passage** is a stretch where at least ``share`` of the class (half by default,
  and never fewer than two students) marked the category, trimmed of spaces and widened to
  whole words; its ``students`` is the most students marking any character of it.
- Shading has four steps by share of the class (under ¼, ¼ to ½, ½ to ¾, ¾ or more); from half
  the class up the passage is also underlined (as is every consensus passage, at the default
  share), and from three quarters also bold, so the handout reads in black and white and never
  relies on colour alone. Each shaded passage says "k of n students" on hover.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from annotator.core.agreement import Coder
from annotator.core.class_stats import Run, highlight_runs
from annotator.core.exports import page_template, report_language
from annotator.core.i18n import Words, speaking
from annotator.core.key_sheet import KeySheet
from annotator.core.lesson import Lesson
from annotator.core.text import Article, whole_words
from annotator.core.worksheet import trim

DEFAULT_SHARE = 0.5


class Consensus(Words):
    """The words of the class's anonymous debrief handout, and of drafts promoted to the key."""


@dataclass(frozen=True)
class ConsensusPassage:
    """A stretch of the article that at least the chosen share of the class marked in one category."""

    category: str
    start: int
    end: int
    quote: str
    students: int  # the most students marking any character of it
    of: int  # students in the class

    @property
    def share(self) -> float:
        """Share of the class (0-1) that marked it."""
        return self.students / self.of if self.of else 0.0


def category_runs(coders: Sequence[Coder], category: str) -> list[Run]:
    """How many students marked each stretch of the article in ``category`` ("" for any category)."""
    return highlight_runs([s for cid, spans in c.spans.items() if not category or cid == category for s in spans]
                          for c in coders)


def needed(students: int, share: float = DEFAULT_SHARE) -> int:
    """Students needed for a consensus: ``share`` of the class, and at least two."""
    return max(2, math.ceil(share * students - 1e-9))


def consensus_passages(coders: Sequence[Coder], lesson: Lesson, text: str, *, share: float = DEFAULT_SHARE,
                       category: str = "") -> list[ConsensusPassage]:
    """The consensus passages of every category (or one), in reading order."""
    m = len(coders)
    need = needed(m, share)
    out: list[ConsensusPassage] = []
    for cat in lesson.categories:
        if category and cat.id != category:
            continue
        stretch: list[Run] = []
        for run in [*category_runs(coders, cat.id), Run(len(text) + 1, len(text) + 1, 0)]:
            if run.students >= need and (not stretch or stretch[-1].end == run.start):
                stretch.append(run)
                continue
            if stretch:
                out.append(_passage(cat.id, stretch, text, m))
            stretch = [run] if run.students >= need else []
    return sorted((p for p in out if p.end > p.start), key=lambda p: (p.start, p.end, p.category))


def _passage(category: str, stretch: list[Run], text: str, m: int) -> ConsensusPassage:
    s, e = trim(text, stretch[0].start, stretch[-1].end)
    if e > s:
        s, e = whole_words(text, s, e)
    return ConsensusPassage(category, s, e, text[s:e], max(r.students for r in stretch), m)


def level(students: int, of: int) -> int:
    """The shading step, 1 to 4, of a passage ``students`` of ``of`` marked (0 for none)."""
    if students <= 0 or of <= 0:
        return 0
    return min(4, 1 + math.floor(4 * students / of + 1e-9))


def shaded_blocks(article: Article, runs: Sequence[Run], of: int) -> list[dict[str, object]]:
    """The blocks with any marking, cut into pieces: text, shading step and "k of n students"."""
    out: list[dict[str, object]] = []
    text = article.text
    i = 0
    for block in article.blocks:
        while i < len(runs) and runs[i].end <= block.start:
            i += 1
        j, pos, pieces = i, block.start, []
        while j < len(runs) and runs[j].start < block.end:
            s, e = max(runs[j].start, block.start), min(runs[j].end, block.end)
            if s > pos:
                pieces.append({"text": text[pos:s], "level": 0, "title": ""})
            pieces.append({"text": text[s:e], "level": level(runs[j].students, of),
                           "title": Consensus.tr("{k} of %n student(s)", "", of).format(k=runs[j].students)})
            pos = e
            j += 1
        if pieces:
            if pos < block.end:
                pieces.append({"text": text[pos:block.end], "level": 0, "title": ""})
            out.append({"heading": block.is_heading, "pieces": pieces})
    return out


def render_debrief(lesson: Lesson, article: Article, coders: Sequence[Coder], *,
                   share: float = DEFAULT_SHARE) -> str:
    """The anonymous handout: per category the paragraphs the class marked, shaded, and its consensus passages.

    It speaks the lesson's language when Annotator has it (the class reads it), as a report does.
    """
    with speaking(report_language(lesson.language)):
        return _render_debrief(lesson, article, coders, share)


def _render_debrief(lesson: Lesson, article: Article, coders: Sequence[Coder], share: float) -> str:
    m = len(coders)
    sections = []
    passages = consensus_passages(coders, lesson, article.text, share=share)
    for cat in lesson.categories:
        used = sum(1 for c in coders if c.spans.get(cat.id))
        sections.append({
            "label": cat.label, "help": cat.help, "used": used,
            "blocks": shaded_blocks(article, category_runs(coders, cat.id), m) if used else [],
            "passages": [{"quote": p.quote, "students": p.students, "percent": round(100 * p.share)}
                         for p in passages if p.category == cat.id]})
    warning = ""
    if m < 3:
        warning = Consensus.tr("Only %n student(s): the shading shows each student's own highlights, so this handout "
                               "is not anonymous.", "", m)
    need = needed(m, share)
    return page_template("debrief.html.j2").render(
        lang=lesson.language, t=_words(m, need), lesson_title=lesson.title, students=m, sections=sections,
        warning=warning, article_title=lesson.article.title)


def _words(students: int, need: int) -> dict[str, str]:
    """Every word of the handout, translated (the template holds none of its own); ``{placeholders}`` the
    template fills are left in."""
    return {
        "title": Consensus.tr("What the class saw — {lesson}"),
        "heading": Consensus.tr("What the class saw: {lesson}"),
        "students": Consensus.tr("%n student(s)", "", students),
        "no_names": Consensus.tr("no names: each passage is shaded by how many students marked it."),
        "key": Consensus.tr("Key:"),
        "s1": Consensus.tr("fewer than a quarter of the class"),
        "s2": Consensus.tr("a quarter to half"),
        "s3": Consensus.tr("half to three quarters"),
        "s4": Consensus.tr("three quarters or more"),
        "need": Consensus.tr("A consensus passage was marked by at least %n student(s).", "", need),
        "marked_by": Consensus.tr("marked by {used} of %n student(s).", "", students),
        "consensus": Consensus.tr("Consensus passages:"),
        "k_of_n": Consensus.tr("{k} of {n} ({percent} %)"),
        "none_enough": Consensus.tr("No passage was marked by %n or more students.", "", need),
        "nobody": Consensus.tr("Nobody marked this category."),
    }


# --- Promote to key ----------------------------------------------------------------------------

def draft_note(p: ConsensusPassage, label: str) -> str:
    """The rationale a promoted passage starts with: the class's share, as a hint to replace."""
    return Consensus.tr("Draft from the class: {k} of %n student(s) ({percent} %) marked this as {label}. "
                        "Write why an expert marks it.", "", p.of).format(k=p.students, percent=round(100 * p.share),
                                                                          label=label)


def draft_passages(sheet: KeySheet, passages: Sequence[ConsensusPassage]) -> list[str]:
    """Add consensus passages to an answer key being edited, as drafts; return the ids of those added.

    Each becomes a key passage in its category, under the first prompt about it, with
    :func:`draft_note` as its rationale; a passage the key already has in that category (the same
    words) is skipped. Each is one step of the key's undo history, so Ctrl+Z takes drafts back.
    """
    labels = {c.id: c.label for c in sheet.lesson.categories}
    added = []
    for p in passages:
        if sheet.lesson.category(p.category) is None or sheet.existing(p.start, p.end, p.category):
            continue
        change = sheet.add(p.start, p.end, p.category, note=draft_note(p, labels.get(p.category, p.category)))
        if change.annotation_id:
            added.append(change.annotation_id)
    return added

