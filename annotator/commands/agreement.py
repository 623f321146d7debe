"""``annotator agreement``: how far the class agrees, per category, with or without an answer key.

stdout gets, per category and for all categories together: students, highlights, characters
covered and the four figures with their 95 % intervals, then a sentence for the teacher, the
warnings, and who stands apart; ``--csv`` writes the same figures (an undefined figure is an
empty cell, never NaN), ``--pairs`` every two students' uα (and each student's with the key),
``--students`` what each student did (:func:`annotator.core.class_insight.activity`: highlights,
share of the article, notes, written answers, time on task), which needs no key either.
Files that cannot be used are reported on stderr, one line each, as ``grade`` does.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from annotator.commands.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    Commands,
    print_problems,
    refuse_outputs,
    summary_of_files,
    write_failure,
)
from annotator.core.agreement import FIGURES, ClassAgreement, class_agreement, coders_of, figure_name
from annotator.core.class_insight import activity, activity_rows
from annotator.core.errors import InvalidFile
from annotator.core.exports import write_csv
from annotator.core.pack import load_pack
from annotator.core.roster import load_class


def figure_rows(result: ClassAgreement) -> tuple[list[str], list[list[object]]]:
    """The CSV: one row per category and one for all categories; undefined figures are empty cells."""
    header = ["category", "label", "students", "highlights", "characters"]
    for key, _ in FIGURES:
        header += [key, f"{key}_low", f"{key}_high"]
    header += ["sentence", "warnings"]
    rows: list[list[object]] = []
    for row in result.rows:
        cells: list[object] = [row.category or "all", row.label, row.coders, row.highlights, row.characters]
        for key, _ in FIGURES:
            f = row.figures[key]
            cells += ["" if x is None else round(x, 6) for x in (f.value, f.low, f.high)]
        rows.append([*cells, row.sentence, "; ".join(row.warnings)])
    return header, rows


def print_agreement(result: ClassAgreement, out: TextIO) -> None:
    """The table, the sentences, the warnings and the findings, for a terminal."""
    names = [figure_name(name) for _, name in FIGURES]
    heads = (Commands.tr("category"), Commands.tr("students"), Commands.tr("highlights"), Commands.tr("characters"))
    print(f"{heads[0]:<24} {heads[1]:>8} {heads[2]:>10} {heads[3]:>10}  "
          + "  ".join(f"{n:<22}" for n in names), file=out)
    for row in result.rows:
        print(f"{row.label[:24]:<24} {row.coders:>8} {row.highlights:>10} {row.characters:>10}  "
              + "  ".join(f"{row.figures[k].text():<22}" for k, _ in FIGURES), file=out)
    print("", file=out)
    for row in result.rows:
        print(Commands.tr("{category}: {sentence}").format(category=row.label, sentence=row.sentence), file=out)
        for w in row.warnings:
            print("  " + Commands.tr("warning: {message}").format(message=w), file=out)
    for w in result.warnings:
        print(Commands.tr("warning: {message}").format(message=w), file=out)
    for f in result.findings:
        print(Commands.tr("note: {message}").format(message=f), file=out)


def run_agreement(inputs: list[Path], *, lesson: Path, out: TextIO, err: TextIO, csv: Path | None = None,
                  pairs: Path | None = None, category: str = "", resamples: int = 1000, seed: int = 0,
                  students: Path | None = None) -> int:
    """Print the class's agreement (and write ``csv`` / ``pairs``); return the exit status."""
    try:
        pack = load_pack(lesson)  # with its key when it has one: agreement needs none, the pairwise table uses it
    except InvalidFile as exc:
        print_problems(exc.problems, err)
        return EXIT_PROBLEMS
    if category and category not in {c.id for c in pack.lesson.categories}:
        ids = ", ".join(c.id for c in pack.lesson.categories)
        print(Commands.tr("no category '{category}' in lesson '{lesson}' (its categories: {ids})").format(
            category=category, lesson=pack.lesson.id, ids=ids), file=err)
        return EXIT_USAGE
    outputs = [p for p in (csv, pairs, students) if p is not None]
    if refuse_outputs(pack, inputs, err, files=tuple(outputs)):
        return EXIT_PROBLEMS
    roster = load_class(inputs, pack, exclude=outputs)
    print_problems(roster.messages(), err)
    if not roster.submissions:
        print(Commands.tr("no agreement to measure: no readable work for lesson '{lesson}' in %n file(s)", "",
                          roster.files).format(lesson=pack.lesson.id), file=err)
        return EXIT_PROBLEMS
    coders = coders_of(roster.submissions)
    result = class_agreement(coders, pack.lesson, len(pack.article.text), key=pack.key,
                             category=category, resamples=resamples, seed=seed)
    if pack.key is not None:
        heading = Commands.tr("agreement of {files} on lesson '{lesson}' and the answer key in the pairwise table; "
                              "95 % intervals from {resamples} random halves of the class (seed {seed})")
    else:
        heading = Commands.tr("agreement of {files} on lesson '{lesson}', no answer key; 95 % intervals from "
                              "{resamples} random halves of the class (seed {seed})")
    print(heading.format(files=summary_of_files(roster), lesson=pack.lesson.id, resamples=resamples, seed=seed),
          file=out)
    print_agreement(result, out)
    target = csv
    try:
        if csv is not None:
            write_csv(csv, *figure_rows(result))
            print(Commands.tr("figures in {path}").format(path=csv), file=out)
        if pairs is not None:
            target = pairs
            write_csv(pairs, ["first", "second", "u_alpha"],
                      [[p.first, p.second, "" if p.alpha is None else round(p.alpha, 6)] for p in result.pairs])
            print(Commands.tr("pairwise table in {path}").format(path=pairs), file=out)
        if students is not None:
            target = students
            names = [c.name for c in coders]
            write_csv(students, *activity_rows(names, [activity(s.sheet, pack.lesson) for s in roster.submissions]))
            print(Commands.tr("each student's work in {path}").format(path=students), file=out)
    except OSError as exc:
        print(write_failure(exc, target or Path(".")), file=err)
        return EXIT_PROBLEMS
    return EXIT_OK
