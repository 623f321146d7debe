"""The ``annotator`` command: the student app by default, and tools for teachers.

``annotator [PACK]`` opens the student window; ``check``, ``grade``, ``export``, ``import`` and
``new-lesson`` work without a window, and only the commands that open one import Qt.
Exit status: 0 when all is well, 1 when an input has problems, 2 for a usage mistake.
Everything here speaks the command's language, chosen before any parser is made, help and argparse's
usage mistakes included (:mod:`annotator.cli_words`).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from annotator import __version__
from annotator.cli_words import Cli, argparse_speaking, command_language, number, whole_number, words
from annotator.core.errors import AnnotatorError
from annotator.core.i18n import LANGUAGES, set_language

EXIT_PROBLEMS, EXIT_USAGE = 1, 2  # as in annotator.commands.common, which cli does not import: it must start light


def _check(args: argparse.Namespace) -> int:
    from annotator.commands.check import run_check

    return run_check(args.paths, lesson=args.lesson, out=sys.stdout, err=sys.stderr)


def _app(args: argparse.Namespace) -> int:
    # The start makes a few hundred thousand objects that all live on: the garbage collector would walk
    # them over and over (6 ms of every start). start_student_app turns it back on once the window is made.
    gc.disable()
    try:
        from annotator.ui.launch import run_student_app

        pack, work = args.pack, args.open
        if work is None and pack is not None and pack.suffix.lower() in (".yaml", ".yml"):
            pack, work = None, pack  # a double-clicked handed-in file: the desktop passes it as the one argument
        return run_student_app(pack=pack, work_file=work, screenshot=args.screenshot,
                               student=args.student, data_dir=args.data_dir, teacher=args.teacher,
                               lang=args.lang, window_size=args.window_size)
    finally:
        gc.enable()  # when the start stopped short of a window


def _grade(args: argparse.Namespace) -> int:
    from annotator.commands.grade import LmsReturn, run_grade

    lms = None
    if args.gradebook is None and (args.fill or args.assignment or args.points is not None or args.gradebook_out):
        print(Cli.tr("annotator grade: --assignment, --points, --fill and --gradebook-out need --gradebook "
                     "canvas|moodle"), file=sys.stderr)
        return EXIT_USAGE
    if args.gradebook == "canvas" and not args.assignment:
        print(Cli.tr("annotator grade: --gradebook canvas needs --assignment NAME (the assignment's column)"),
              file=sys.stderr)
        return EXIT_USAGE
    if args.points is not None and not args.points > 0:
        print(Cli.tr("annotator grade: --points must be a number above 0"), file=sys.stderr)
        return EXIT_USAGE
    if args.gradebook is not None:
        lms = LmsReturn(args.gradebook, args.assignment or "", args.points, args.fill, args.gradebook_out)
    return run_grade(args.inputs, lesson=args.lesson, key=args.key, csv=args.csv, report=args.report,
                     missed=args.missed, confusion=args.confusion, lms=lms, out=sys.stdout, err=sys.stderr)


def _export(args: argparse.Namespace) -> int:
    from annotator.commands.export import run_export

    return run_export(args.inputs, lesson=args.lesson, format=args.format, out_file=args.out,
                      out=sys.stdout, err=sys.stderr)


def _agreement(args: argparse.Namespace) -> int:
    from annotator.commands.agreement import run_agreement

    return run_agreement(args.inputs, lesson=args.lesson, csv=args.csv, pairs=args.pairs, category=args.category,
                         resamples=args.resamples, seed=args.seed, students=args.students,
                         out=sys.stdout, err=sys.stderr)


def _import(args: argparse.Namespace) -> int:
    from annotator.commands.import_work import run_import

    return run_import(args.format, args.inputs, lesson=args.lesson, out_dir=args.out, maps=args.map,
                      map_file=args.map_file, student=args.student or "", out=sys.stdout, err=sys.stderr)


def _debrief(args: argparse.Namespace) -> int:
    from annotator.commands.debrief import run_debrief

    return run_debrief(args.inputs, lesson=args.lesson, out_dir=args.out, share=args.share,
                       out=sys.stdout, err=sys.stderr)


def _review(args: argparse.Namespace) -> int:
    from annotator.ui.launch import run_review

    return run_review(folder=args.folder, pack=args.lesson, screenshot=args.screenshot, lang=args.lang,
                      window_size=args.window_size)


def _new_lesson(args: argparse.Namespace) -> int:
    from annotator.commands.new_lesson import run_new_lesson

    return run_new_lesson(args.article, title=args.title, folder=args.out, language=args.language,
                          out=sys.stdout, err=sys.stderr)


def _lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, metavar="{" + ",".join(LANGUAGES) + "}",
                        help=Cli.tr("the language Annotator speaks (default: the system's)"))


def _version_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"annotator {__version__}",
                        help=Cli.tr("show Annotator's version and exit"))


def _window_size(text: str) -> tuple[int, int]:
    """``--window-size WxH``: lay the window out as on a screen of W×H pixels (for screenshots)."""
    width, sep, height = text.lower().partition("x")
    if not (sep and width.isdigit() and height.isdigit() and min(int(width), int(height)) >= 200):
        raise argparse.ArgumentTypeError(Cli.tr("expected WIDTHxHEIGHT in pixels, such as 1366x768, not {value}")
                                         .format(value=repr(text)))
    return int(width), int(height)


def _window_size_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--window-size", type=_window_size, metavar="WxH",
                        help=Cli.tr("with --screenshot: lay the window out as on a screen of W×H pixels"))


def _commands() -> argparse.ArgumentParser:
    """The teachers' tools. Each text is said in the language spoken when the parser is made (see main)."""
    parser = argparse.ArgumentParser(prog="annotator",
                                     description=Cli.tr("Tools for Annotator lesson packs and class work."))
    _version_option(parser)
    sub = parser.add_subparsers(dest="command", required=True)
    languages = argparse.ArgumentParser(add_help=False)
    _lang_option(languages)

    check = sub.add_parser("check", parents=[languages],
                           help=Cli.tr("check lesson packs, annotation files and answer keys"))
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    check.add_argument("--lesson", type=Path, metavar="PACK",
                       help=Cli.tr("lesson pack to check annotation files against"))
    check.set_defaults(run=_check)

    grade = sub.add_parser("grade", parents=[languages],
                           help=Cli.tr("score a class's handed-in files against the answer key"))
    grade.add_argument("inputs", nargs="+", type=Path, metavar="FILES_OR_FOLDER")
    grade.add_argument("--lesson", type=Path, required=True, metavar="PACK")
    grade.add_argument("--key", type=Path, metavar="KEY", help=Cli.tr("answer key (default: the pack's key.yaml)"))
    grade.add_argument("--csv", type=Path, required=True, metavar="OUT.csv", help=Cli.tr("grades for the gradebook"))
    grade.add_argument("--report", type=Path, metavar="DIR",
                       help=Cli.tr("write each student's HTML report here: in DIR/teacher with the key, "
                                   "in DIR/students without it"))
    grade.add_argument("--missed", type=Path, metavar="OUT.csv",
                       help=Cli.tr("per key passage: how many found it, and what the others marked it as"))
    grade.add_argument("--confusion", type=Path, metavar="OUT.csv",
                       help=Cli.tr("category the key expects against the category students gave its passages"))
    grade.add_argument("--gradebook", choices=["canvas", "moodle"],
                       help=Cli.tr("also write the LMS's gradebook import file (with --report, a zip of the "
                                   "students' reports for its bulk feedback upload too)"))
    grade.add_argument("--assignment", type=words, metavar="NAME",
                       help=Cli.tr("the assignment's name (its column in the gradebook)"))
    grade.add_argument("--points", type=number, metavar="N",
                       help=Cli.tr("scale scores to N points (default: the gradebook's)"))
    grade.add_argument("--fill", type=Path, metavar="GRADEBOOK.csv",
                       help=Cli.tr("fill the assignment's column of this gradebook export (written as a new file)"))
    grade.add_argument("--gradebook-out", type=Path, metavar="OUT.csv",
                       help=Cli.tr("where to write the LMS's gradebook (default: GRADEBOOK-annotator.csv, or "
                                   "OUT-canvas.csv beside --csv)"))
    grade.set_defaults(run=_grade)

    export = sub.add_parser("export", parents=[languages],
                            help=Cli.tr("write the class's annotations as CSV, W3C JSON-LD, brat or REFI-QDA"))
    export.add_argument("inputs", nargs="+", type=Path, metavar="FILES_OR_FOLDER")
    export.add_argument("--lesson", type=Path, required=True, metavar="PACK")
    export.add_argument("--format", choices=["csv", "w3c", "brat", "qdpx"], default="csv",
                        help=Cli.tr("csv: one row per annotation; w3c: a JSON-LD Web Annotation collection "
                                    "(.jsonld); brat: a folder of .txt/.ann files; qdpx: a REFI-QDA project"))
    export.add_argument("--out", type=Path, required=True, metavar="OUT", help=Cli.tr("the file (a folder for brat)"))
    export.set_defaults(run=_export)

    agree = sub.add_parser("agreement", parents=[languages],
                           help=Cli.tr("how far the class agrees per category (Krippendorff's alphas)"))
    agree.add_argument("inputs", nargs="+", type=Path, metavar="FILES_OR_FOLDER")
    agree.add_argument("--lesson", type=Path, required=True, metavar="PACK")
    agree.add_argument("--csv", type=Path, metavar="OUT.csv", help=Cli.tr("write the figures as CSV"))
    agree.add_argument("--pairs", type=Path, metavar="OUT.csv",
                       help=Cli.tr("write every two students' agreement as CSV"))
    agree.add_argument("--students", type=Path, metavar="OUT.csv",
                       help=Cli.tr("each student's highlights, share of the article, notes, answers and time on task"))
    agree.add_argument("--category", type=words, default="", metavar="ID", help=Cli.tr("only this category"))
    # argparse fills help texts in with %: a percent sign is %% in the text and in its translations.
    agree.add_argument("--resamples", type=whole_number, default=1000,
                       help=Cli.tr("bootstrap resamples for the 95%% intervals"))
    agree.add_argument("--seed", type=whole_number, default=0,
                       help=Cli.tr("seed of the bootstrap (same seed, same intervals)"))
    agree.set_defaults(run=_agreement)

    imp = sub.add_parser("import", parents=[languages],
                         help=Cli.tr("make Annotator files from brat, Hypothesis or W3C annotations"))
    imp.add_argument("format", choices=["brat", "hypothesis", "w3c"], metavar="FORMAT",
                     help=Cli.tr("brat (.ann/.txt folders or a .zip), hypothesis (API JSON) or w3c (JSON-LD)"))
    imp.add_argument("inputs", nargs="+", type=Path, metavar="INPUT")
    imp.add_argument("--lesson", type=Path, required=True, metavar="PACK")
    imp.add_argument("--out", type=Path, required=True, metavar="FOLDER",
                     help=Cli.tr("where to write one file per annotator"))
    imp.add_argument("--map", type=words, action="append", default=[], metavar="TYPE=CATEGORY",
                     help=Cli.tr("make a brat type or Hypothesis tag a category (repeatable; '*=CATEGORY' for "
                                 "the rest)"))
    imp.add_argument("--map-file", type=Path, metavar="FILE", help=Cli.tr("TYPE=CATEGORY lines"))
    imp.add_argument("--student", type=words, metavar="NAME",
                     help=Cli.tr("the annotator's name (default: from the files)"))
    imp.set_defaults(run=_import)

    debrief = sub.add_parser("debrief", parents=[languages],
                             help=Cli.tr("an anonymous handout: the article shaded by how many students marked "
                                         "each passage, per category"))
    debrief.add_argument("inputs", nargs="+", type=Path, metavar="FILES_OR_FOLDER")
    debrief.add_argument("--lesson", type=Path, required=True, metavar="PACK")
    debrief.add_argument("--out", type=Path, required=True, metavar="DIR", help=Cli.tr("folder for debrief.html"))
    debrief.add_argument("--share", type=number, default=0.5,
                         help=Cli.tr("share of the class that makes a consensus passage (default 0.5)"))
    debrief.set_defaults(run=_debrief)

    review = sub.add_parser("review", parents=[languages],
                            help=Cli.tr("open the teacher's review window on a folder (or a zip) of handed-in files"))
    review.add_argument("folder", type=Path, metavar="FOLDER")
    review.add_argument("--lesson", type=Path, required=True, metavar="PACK")
    review.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help=Cli.tr("render the window to a PNG and exit"))
    _window_size_option(review)
    review.set_defaults(run=_review)

    new = sub.add_parser("new-lesson", parents=[languages],
                         help=Cli.tr("make a lesson pack from an article (.txt, .md or a saved .html page)"))
    new.add_argument("article", type=Path, metavar="ARTICLE")
    new.add_argument("--title", type=words, help=Cli.tr("lesson title (default: the article's title)"))
    new.add_argument("--out", type=Path, metavar="DIR",
                     help=Cli.tr("where to make the pack (default: beside the article)"))
    new.add_argument("--language", type=words, metavar="CODE",
                     help=Cli.tr("the lesson's language, for its categories and prompts: es, fr or en "
                                 "(default: the one the article declares or is written in)"))
    new.set_defaults(run=_new_lesson)
    return parser


SUBCOMMANDS = ("check", "grade", "export", "import", "agreement", "debrief", "review", "new-lesson")


def _app_parser() -> argparse.ArgumentParser:
    """The student window's options (``annotator [PACK]``), in the language spoken when it is made."""
    parser = argparse.ArgumentParser(
        prog="annotator",
        description=Cli.tr("Read a news article, highlight passages by category and write why. "
                           "Teachers' tools: annotator {commands} --help").format(
            commands="{" + ",".join(SUBCOMMANDS) + "}"),
    )
    _version_option(parser)
    parser.add_argument("pack", nargs="?", type=Path, metavar="PACK",
                        help=Cli.tr("lesson pack to open, a folder or a .zip (default: the bundled lesson)"))
    parser.add_argument("--open", type=Path, metavar="FILE.yaml", help=Cli.tr("open this annotation file"))
    parser.add_argument("--student", type=words, metavar="NAME",
                        help=Cli.tr("the student's name (asked once otherwise)"))
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help=Cli.tr("render the window to a PNG and exit"))
    parser.add_argument("--teacher", action="store_true",
                        help=Cli.tr("add the Teacher menu: lesson library, new lesson, lesson editor, answer key"))
    parser.add_argument("--data-dir", type=Path, metavar="DIR", help=argparse.SUPPRESS)
    _window_size_option(parser)
    _lang_option(parser)
    parser.set_defaults(run=_app)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # The language first: the parsers' help and argparse's usage mistakes speak it, and so do the commands.
    # A window chooses its language again when it starts, with the person's remembered choice.
    set_language(command_language(argv))
    wants_tool = bool(argv) and argv[0] in SUBCOMMANDS
    with argparse_speaking():
        parser = _commands() if wants_tool else _app_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:
            return int(exc.code or 0)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except AnnotatorError as exc:
        for problem in exc.problems:
            print(" ".join(str(problem).splitlines()), file=sys.stderr)  # one problem, one line
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a last guard: a person sees one line, not a traceback
        if os.environ.get("ANNOTATOR_DEBUG"):
            raise
        if isinstance(exc, OSError) and isinstance(exc.filename, str | bytes):
            # A path the system will not look at (a name too long, a device taken out): Path.exists and
            # is_file raise these before Python 3.14, wherever a command looks.
            name = os.fsdecode(exc.filename)
            print(Cli.tr("{file}: cannot be used: {why}").format(
                file=name if len(name) <= 200 else f"{name[:100]}…{name[-99:]}",
                why=exc.strerror or type(exc).__name__), file=sys.stderr)
            return EXIT_PROBLEMS
        print(Cli.tr("annotator: unexpected error ({error}); set ANNOTATOR_DEBUG=1 to see details").format(
            error=f"{type(exc).__name__}: {' '.join(str(exc).split())}"), file=sys.stderr)
        return EXIT_PROBLEMS


if __name__ == "__main__":
    sys.exit(main())
