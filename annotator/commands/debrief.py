"""``annotator debrief``: the anonymous consensus handout for the class, as HTML.

The page (:func:`annotator.core.consensus.render_debrief`) shades the article by how many students
marked each passage, per category, and lists the consensus passages; it names nobody. A PDF of it
needs Qt's printing, which commands never load: the review window's **File ▸ Export debrief**
writes both. Files that cannot be used are reported on stderr, one line each, as ``grade`` does.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from annotator.commands.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    Commands,
    load_pack_and_key,
    print_problems,
    refuse_outputs,
    summary_of_files,
    write_failure,
)
from annotator.core.agreement import coders_of
from annotator.core.consensus import DEFAULT_SHARE, render_debrief
from annotator.core.exports import write_report
from annotator.core.roster import load_class

PAGE = "debrief.html"


def run_debrief(inputs: list[Path], *, lesson: Path, out_dir: Path, out: TextIO, err: TextIO,
                share: float = DEFAULT_SHARE) -> int:
    """Write ``out_dir/debrief.html`` for the class's files; return the exit status."""
    if not 0 < share <= 1:
        print(Commands.tr("--share must be more than 0 and at most 1, not {share}").format(share=share), file=err)
        return EXIT_USAGE
    pack = load_pack_and_key(lesson, err, need_key=False)  # the handout is shown to the class: the key stays out
    if pack is None:
        return EXIT_PROBLEMS
    if refuse_outputs(pack, inputs, err, folders=(out_dir,)):
        return EXIT_PROBLEMS
    roster = load_class(inputs, pack, exclude=[out_dir])
    print_problems(roster.messages(), err)
    if not roster.submissions:
        print(Commands.tr("no debrief to make: no readable work for lesson '{lesson}' in %n file(s)", "",
                          roster.files).format(lesson=pack.lesson.id), file=err)
        return EXIT_PROBLEMS
    coders = coders_of(roster.submissions)
    orphaned = sum(c.orphaned for c in coders)
    if len(coders) < 3:
        print(Commands.tr("warning: only %n student(s): the handout shows each one's highlights, so it is not "
                          "anonymous", "", len(coders)), file=err)
    if orphaned:
        print(Commands.tr("note: %n highlight(s) not found in the article are left out", "", orphaned), file=err)
    target = out_dir / PAGE
    try:
        write_report(target, render_debrief(pack.lesson, pack.article, coders, share=share))
    except OSError as exc:
        print(write_failure(exc, target), file=err)
        return EXIT_PROBLEMS
    print(Commands.tr("debrief of {files} on lesson '{lesson}' in {path} (no names)").format(
        files=summary_of_files(roster), lesson=pack.lesson.id, path=target), file=out)
    return EXIT_OK
